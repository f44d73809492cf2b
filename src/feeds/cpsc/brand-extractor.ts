import { cleanText, uniqueStrings } from '../shared/text-values.js';
import { parseCpscTitle } from './cpsc-title.js';

/** Where brand names may be read from; every part is optional. */
export interface BrandSources {
  /** A CPSC-style title: the firm that recalls is usually the brand. */
  readonly title?: string;
  /** Free text: "sold under the brand name X", "X-branded", "X brand". */
  readonly text?: string;
  /** Manufacturer, importer or brand-owner names, cleaned of legal suffixes and places. */
  readonly companies?: readonly string[];
}

const LEGAL_SUFFIX =
  /[,\s]+(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Co|Corp|Corporation|Company|GmbH|S\.?A|SAS|S\.?p\.?A|B\.?V|AG|Pty|PLC|LP|L\.P|LLP|N\.?V|Oy|AB|A\/S|Kft|s\.r\.o|Sp\. z o\.o|USA|U\.S\.A|U\.S|US|North America|of America|International|Intl)\.?$/i;
const PLACE_SUFFIX = /,?\s+(?:of|in|from|based in)\s+[A-Z][\w.'’ -]*(?:,\s*[A-Z][\w.'’ -]*)+\.?$/;
const LEGAL_THEN_PLACE = /(,?\s+(?:Inc|LLC|Ltd|Corp|Co|Corporation|Company|GmbH|Limited))\.?,?\s+(?:of|in|from|based in)\s+.*$/i;
/** Anything the cleaning below could remove; most firm names have none of it. */
const NEEDS_CLEANING =
  /[,(.&;:®™-]|\b(?:Inc|Incorporated|LLC|Ltd|Limited|Co|Corp|Corporation|Company|GmbH|SA|SAS|SpA|BV|AG|Pty|PLC|LP|LLP|NV|Oy|AB|Kft|USA|US|America|International|Intl|of|in|from|dba|the|and)\b|\s$/i;
const NOT_BRANDS = new Set([
  'the', 'this', 'these', 'that', 'all', 'certain', 'some', 'its', 'their', 'our', 'his', 'her', 'store',
  'private', 'house', 'national', 'popular', 'other', 'same', 'own', 'new', 'name', 'a', 'an', 'and', 'or',
  'recalled', 'recall', 'involves', 'includes', 'cpsc', 'consumer', 'consumers', 'under', 'with', 'of', 'as',
  'any', 'each', 'both', 'major', 'different', 'various', 'generic', 'brand', 'brands', 'sold', 'by', 'in',
]);

/**
 * A company name as a brand: legal suffixes, "of <place>", "d/b/a" tails and parentheses removed.
 * @example cleanCompanyName('Aria Child Inc. of Dedham, Mass.') // 'Aria Child'
 */
export function cleanCompanyName(name: string): string | undefined {
  const cleaned = cleanText(name);
  if (cleaned === undefined) return undefined;
  if (!NEEDS_CLEANING.test(cleaned)) return cleaned.length >= 2 && !NOT_BRANDS.has(cleaned.toLowerCase()) ? cleaned : undefined;
  let text: string = cleaned.replace(/\s*\([^)]*\)/g, '').replace(/\s*,?\s*\b(?:d\/b\/a|dba|doing business as)\b.*$/i, '');
  text = text.replace(LEGAL_THEN_PLACE, '$1').replace(PLACE_SUFFIX, '');
  for (let round = 0; round < 4; round += 1) {
    const next: string = text.replace(LEGAL_SUFFIX, '').replace(/(?:[\s,.;:&-]|\band)+$/, '');
    if (next === text) break;
    text = next;
  }
  text = text.replace(/^the\s+/i, '').replace(/[®™]/g, '').trim();
  return text.length >= 2 && !NOT_BRANDS.has(text.toLowerCase()) ? text : undefined;
}

function isNameWord(word: string): boolean {
  return /^[\p{Lu}\d][\p{L}\d&'’+!-]*(?:\.[\p{L}\d]+)*$/u.test(word) && !/^\d+$/.test(word) && !/['’]s$/.test(word);
}

/** Brand from "X brand", "X-branded", "\"X\" brand": the capitalised words just before "brand". */
function brandBefore(prefix: string): string | undefined {
  const quoted = /"([^"]{2,40})"\s*$/.exec(prefix);
  if (quoted) return cleanText(quoted[1]);
  const words = prefix.trimEnd().split(/\s+/);
  const picked: string[] = [];
  for (let index = words.length - 1; index >= 0 && picked.length < 3; index -= 1) {
    const word = (words[index] ?? '').replace(/^[("']+/, '');
    if (!isNameWord(word) || NOT_BRANDS.has(word.toLowerCase())) break;
    picked.unshift(word);
  }
  if (picked.length > 0) return picked.join(' ');
  const last = (words[words.length - 1] ?? '').replace(/^[("']+/, '');
  return /^[\p{Ll}][\p{L}\d-]{2,}$/u.test(last) && !NOT_BRANDS.has(last) ? last : undefined;
}

function brandsInText(text: string): string[] {
  const flat = text.replace(/[“”″]/g, '"').replace(/[®™]/g, '');
  const out: string[] = [];
  for (const m of flat.matchAll(/\bbrand\s+names?\s+(?:is\s+|are\s+|of\s+)?(?:"([^"]{2,40})"|([\p{Lu}\d][\p{L}\d&'’+-]*(?:\.[\p{L}\d]+)*(?:\s+[\p{Lu}\d][\p{L}\d&'’+-]*(?:\.[\p{L}\d]+)*){0,2}))/gu)) {
    out.push(m[1] ?? m[2] ?? '');
  }
  for (const m of flat.matchAll(/(?:-|\s)brand(?:ed)?\b(?!\s+(?:names?|new)\b)/gi)) {
    const found = brandBefore(flat.slice(Math.max(0, (m.index ?? 0) - 80), m.index));
    if (found !== undefined) out.push(found);
  }
  return out;
}

/**
 * Brand names as display strings (normalised to keys elsewhere): the firm of a CPSC title ("Aria Child
 * Recalls Strollers…" → "Aria Child"; "…Recalled by X"), cleaned company names, and brands named in free
 * text ("sold under the brand name X", "X-branded", "X brand"). Never throws.
 * @example extractBrands({ title: 'Aria Child Recalls Strollers Due to Fall Hazards', companies: ['Aria Child Inc. of Dedham, Mass.'] })
 * // ['Aria Child']
 */
export function extractBrands(sources: BrandSources): string[] {
  try {
    const found: string[] = [];
    if (typeof sources.title === 'string') {
      const parts = parseCpscTitle(sources.title);
      for (const firm of [parts.firm, ...parts.makers]) {
        const brand = firm === undefined ? undefined : cleanCompanyName(firm);
        if (brand !== undefined) found.push(brand);
      }
    }
    for (const company of sources.companies ?? []) {
      const brand = typeof company === 'string' ? cleanCompanyName(company) : undefined;
      if (brand !== undefined) found.push(brand);
    }
    if (typeof sources.text === 'string') {
      for (const brand of brandsInText(sources.text.slice(0, 20_000))) {
        const clean = cleanText(brand)?.replace(/[.,;:]+$/, '');
        if (clean !== undefined && clean.length >= 2 && !NOT_BRANDS.has(clean.toLowerCase())) found.push(clean);
      }
    }
    return uniqueStrings(found);
  } catch {
    return [];
  }
}
