/**
 * Recognises tokens that are amounts, sizes, ratings or versions rather than model numbers: "20000mAh",
 * "5V/2.4A", "3-pack", "1080p", "1920x1080", "3in1", "USB3", "IP68", "PD20W", "2nd". Deliberately narrow: a
 * model number taken for a quantity is lost, a quantity taken for a model only adds a candidate.
 */

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const charCodeAt = String.prototype.charCodeAt;

/** Units and counters that follow a number in listing titles (lower case, longest spellings first). */
const WORD_UNITS = [
  // electrical and power
  'mah', 'kwh', 'wh', 'ah', 'kw', 'mw', 'kv', 'mv', 'ma', 'ghz', 'mhz', 'khz', 'hz',
  // length, area, volume, weight
  'mm', 'cm', 'km', 'inches', 'inch', 'in', 'feet', 'ft', 'yds', 'yd', 'sqft', 'mil', 'awg', 'gauge',
  'ml', 'cl', 'dl', 'ltr', 'gal', 'qt', 'pt', 'cc', 'oz', 'lbs', 'lb', 'kg', 'mg', 'gsm', 'ton',
  // counts and packs
  'pieces', 'piece', 'pcs', 'pc', 'packs', 'pack', 'pk', 'count', 'ct', 'pairs', 'pair', 'sets', 'set', 'ply',
  // display, data, sound, light
  'tb', 'gb', 'mb', 'kb', 'gbps', 'mbps', 'dbi', 'db', 'fps', 'mp', 'lm', 'lux', 'rpm', 'psi', 'bar', 'nm',
  // time, age, temperature, ordinals
  'seconds', 'sec', 'mins', 'min', 'hours', 'hour', 'hrs', 'hr', 'days', 'day', 'months', 'month', 'mos', 'mo',
  'years', 'year', 'yrs', 'yr', 'deg', 'st', 'nd', 'rd', 'th',
].join('|');
/** One-letter units (watts, volts, amps, times, metres ...): only after a short number, "51629a" is a model. */
const LETTER_UNITS = '[wvaxmlgtnshycf]';
const UNITS = `${WORD_UNITS}|${LETTER_UNITS}`;

/** One or more number+unit segments: "65w", "5v24a" (from 5V/2.4A), "3pack". */
const AMOUNT_RE = new RegExp(`^(?:\\d+(?:${WORD_UNITS})|\\d{1,4}${LETTER_UNITS})+$`);
/** Dimensions and resolutions: "1920x1080", "10x20cm". */
const DIMENSION_RE = new RegExp(`^\\d+(?:x\\d+)+(?:${UNITS})?$`);
/** Video resolutions and "k" counts: "1080p", "4k", "10k" (but "1008p" may well be a model). */
const RESOLUTION_RE = /^(?:(?:240|360|480|540|576|720|900|1080|1440|2160|4320)[pi]|\d{1,3}k)$/;
/** "3in1", "2in1". */
const MULTI_IN_ONE_RE = /^\d+in\d+$/;
/** Standards, ratings and versions: "usb3", "wifi6", "qc30", "pd20w", "gen2", "cat6a", "win10". */
const RATING_RE = new RegExp(
  '^(?:usb|wifi|ddr|lpddr|qc|pd|bt|gen|cat|hdmi|pcie|ios|android|win|windows|rev|ver|version|no|size|level|' +
    `lvl|class|grade|series|step|stage|age|ages|top|type)(?:\\d{1,2}[a-z]?|\\d{1,3}(?:${UNITS}))$`,
);
/** Ingress ratings and safety standards: "ip68", "ipx7", "en71", "iso9001". */
const STANDARD_RE = /^(?:ip[x0-6][x0-9]|(?:iso|en|astm|ansi|ul)\d{2,5})$/;
/** Year words sellers glue together: "2024new", "new2025". */
const YEAR_WORD_RE = /^(?:(?:new|latest|upgraded|model|version)(?:19|20)\d\d|(?:19|20)\d\d(?:new|latest|upgraded|model|version|edition|ver))$/;

const UNIT_WORD_RE = new RegExp(`^(?:${UNITS})$`);

/** The patterns as one expression each, so a token costs one regular-expression call, not up to five. */
const DIGIT_FIRST_RE = anyOf([AMOUNT_RE, RESOLUTION_RE, DIMENSION_RE, MULTI_IN_ONE_RE, YEAR_WORD_RE]);
const OTHER_FIRST_RE = anyOf([RATING_RE, STANDARD_RE, YEAR_WORD_RE]);

/** One expression matching what any of the given whole-string (`^...$`, no flags) expressions matches. */
function anyOf(patterns: readonly RegExp[]): RegExp {
  for (const re of patterns) {
    // a flag would be lost and an unanchored pattern would change meaning inside the alternation
    if (re.flags !== '' || !re.source.startsWith('^') || !re.source.endsWith('$')) throw new Error(`not a whole-string pattern: ${re}`);
  }
  return new RegExp(`^(?:${patterns.map((re) => re.source.slice(1, -1)).join('|')})$`);
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = charCodeAt.call(text, i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Whether a lower-case word is a unit or counter on its own ("mah", "w", "pack"), as in "1000 mAh".
 * @example isUnitWord('mah') // true
 */
export function isUnitWord(lower: string): boolean {
  return UNIT_WORD_RE.test(lower);
}

/**
 * Whether a compact token (lower case, separators removed) is a quantity, unit, size or rating. Not
 * remembered: most digit tokens of listings are new, and a look-up in a large map cost more than this.
 * @example isQuantityToken('20000mah') // true
 * @example isQuantityToken('bs30kp365') // false
 */
export function isQuantityToken(compactLower: string): boolean {
  const first = charCodeAt.call(compactLower, 0);
  if (first >= 48 && first <= 57) {
    // each pattern below needs a letter (a unit, x, in, k, p): a bare number is none of them
    return !isDigits(compactLower) && DIGIT_FIRST_RE.test(compactLower);
  }
  return OTHER_FIRST_RE.test(compactLower);
}
