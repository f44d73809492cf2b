/** What a title says about which edition of a product it is, each facet as a set of canonical values. */
export interface EditionFacets {
  /** Versions and years: `2007`, `cs3`, `v2`, `6.5`, `9`, and small counts with their unit (`3year`, `5user`). */
  readonly versions: ReadonlySet<string>;
  /** `mac`, `win`, `linux`. */
  readonly platforms: ReadonlySet<string>;
  /** `upgrade`, `full`, `academic`, `oem`. */
  readonly licenses: ReadonlySet<string>;
  /** `pro`, `premium`, `standard`, `deluxe`, `home`, … */
  readonly tiers: ReadonlySet<string>;
  /** Colours and finishes: `black`, `white`, `gray`, `stainless`, … */
  readonly colours: ReadonlySet<string>;
}

const PLATFORM: Readonly<Record<string, string>> = {
  mac: 'mac', macintosh: 'mac', osx: 'mac', win: 'win', windows: 'win', pc: 'win', xp: 'win', vista: 'win', linux: 'linux',
};
const LICENSE: Readonly<Record<string, string>> = {
  upgrade: 'upgrade', upg: 'upgrade', upgrd: 'upgrade', pbupgrd: 'upgrade', upsell: 'upgrade', full: 'full',
  academic: 'academic', student: 'academic', students: 'academic', education: 'academic', edu: 'academic', teacher: 'academic', oem: 'oem',
};
const TIER: Readonly<Record<string, string>> = {
  pro: 'pro', professional: 'pro', prof: 'pro', premium: 'premium', standard: 'standard', std: 'standard', deluxe: 'deluxe', dlx: 'deluxe',
  home: 'home', basic: 'basic', premier: 'premier', ultimate: 'ultimate', enterprise: 'enterprise', platinum: 'platinum', gold: 'gold',
  express: 'express', elements: 'elements', business: 'business', lite: 'lite', producer: 'producer', essentials: 'essentials',
};
const COLOUR: Readonly<Record<string, string>> = Object.fromEntries([
  'black', 'white', 'silver', 'red', 'blue', 'pink', 'green', 'gold', 'brown', 'purple', 'orange', 'yellow', 'beige', 'navy', 'bronze',
  'titanium', 'chrome', 'stainless', 'graphite', 'ivory', 'bisque', 'cherry', 'champagne', 'magenta', 'teal',
].map((colour) => [colour, colour]).concat([['grey', 'gray'], ['gray', 'gray']]));
/** Counts that name a licence or bundle size rather than a version. */
const COUNT_UNITS = new Set(['user', 'users', 'year', 'years', 'yr', 'pack', 'pk', 'seat', 'seats', 'disc', 'cd', 'cds']);
/** A version-like number, a year, `cs3`, `v2`, `x64`, an ordinal grade; with the next word to tell a count. */
const VERSION = /(?<![\w.])(?:(cs\d|v\d+(?:\.\d+)?|x64|x86|\d{1,2}(?:st|nd|rd|th)|(?:19[89]|20[0-3])\d|\d{1,2}(?:\.\d{1,2})?)(?![\w.]))(?:\s+([a-z]+))?/g;

function canonical(tokens: readonly string[], table: Readonly<Record<string, string>>): Set<string> {
  const values = new Set<string>();
  for (const token of tokens) {
    const value = table[token];
    if (value !== undefined) values.add(value);
  }
  return values;
}

function versionsOf(lower: string): Set<string> {
  const versions = new Set<string>();
  for (const match of lower.matchAll(VERSION)) {
    const value = (match[1] as string).replace(/\.0$/, '');
    const unit = match[2];
    versions.add(unit !== undefined && COUNT_UNITS.has(unit) ? `${value}${unit.replace(/s$/, '')}` : value);
  }
  return versions;
}

/**
 * The edition facets of a title (or product name).
 * @example editionFacets('Adobe Photoshop CS3 Upgrade [Mac]').licenses // Set { 'upgrade' }
 */
export function editionFacets(title: string): EditionFacets {
  const lower = title.toLowerCase();
  // every word counts here, stop words included ("upgrade", "full" are marketplace filler elsewhere)
  const tokens = lower.split(/[^a-z0-9]+/);
  return { versions: versionsOf(lower), platforms: canonical(tokens, PLATFORM), licenses: canonical(tokens, LICENSE), tiers: canonical(tokens, TIER), colours: canonical(tokens, COLOUR) };
}

/** Whether two value sets are both non-empty and share nothing. */
export function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const value of a) if (b.has(value)) return false;
  return true;
}
