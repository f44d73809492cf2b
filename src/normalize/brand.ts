import { AMBIGUOUS_CJK_ALIASES, BRAND_ALIASES } from './brand-aliases.js';
import { containsCjk, toSimplified } from './chinese.js';
import { boundedMemo } from './bounded-memo.js';
import { undoLeet } from './leet.js';
import { foldCapitalI, foldWidth } from './unicode.js';

export { toSimplified } from './chinese.js';

/** Legal forms and generic company words dropped from the end of a name, repeatedly. */
const LATIN_SUFFIXES = new Set([
  'co', 'ltd', 'limited', 'inc', 'incorporated', 'llc', 'llp', 'lp', 'corp', 'corporation', 'company', 'cos',
  'gmbh', 'ag', 'kg', 'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'bv', 'nv', 'plc', 'pty', 'pte', 'ab', 'oy',
  'kk', 'technology', 'technologies', 'tech', 'international', 'intl', 'industrial', 'industries', 'industry',
  'trading', 'trade', 'group', 'holding', 'holdings', 'innovations', 'innovation', 'electronics', 'electronic',
  'enterprise', 'enterprises', 'manufacturing', 'mfg', 'products', 'imports', 'usa', 'global', 'worldwide',
  'ecommerce', 'brands', 'store', 'official', 'shop',
]);
/** Chinese legal forms and generic company words, longest first. */
const CJK_SUFFIXES = [
  '股份有限公司', '有限责任公司', '电子商务', '有限公司', '进出口', '责任公司', '公司', '集团', '控股', '科技',
  '技术', '电子', '电器', '实业', '贸易', '商贸', '工贸', '创新', '制造', '数码', '智能', '网络', '国际', '工厂',
  '商行', '旗舰店', '专卖店', '官方', '厂',
];
/** Province and city prefixes of Chinese firm names, longest first. */
const CJK_PLACES = [
  '广东省', '浙江省', '江苏省', '福建省', '山东省', '湖南省', '深圳市', '广州市', '东莞市', '上海市', '北京市',
  '杭州市', '宁波市', '义乌市', '佛山市', '中山市', '珠海市', '厦门市', '苏州市', '温州市', '汕头市', '惠州市',
  '青岛市', '天津市', '重庆市', '南京市', '武汉市', '成都市', '长沙市', '深圳', '广州', '东莞', '上海', '北京',
  '杭州', '宁波', '义乌', '佛山', '中山', '珠海', '厦门', '苏州', '温州', '汕头', '惠州', '青岛', '天津', '重庆',
  '南京', '武汉', '成都', '长沙', '香港',
];
const LATIN_PLACES = new Set([
  'shenzhen', 'guangzhou', 'dongguan', 'shanghai', 'beijing', 'hangzhou', 'ningbo', 'yiwu', 'foshan',
  'zhongshan', 'zhuhai', 'xiamen', 'suzhou', 'wenzhou', 'shantou', 'huizhou', 'qingdao', 'tianjin', 'chongqing',
  'nanjing', 'wuhan', 'chengdu', 'changsha', 'guangdong', 'zhejiang', 'jiangsu', 'fujian', 'shandong', 'hunan',
  'hongkong',
]);
/** "Aria Child Inc. of Dedham, Mass." — the place after a legal form. */
const OF_PLACE_RE = /\b(inc|llc|ltd|co|corp|corporation|company|limited)\.?,?\s+of\s+[^,]+,\s*[^,]{2,24}$/;
const BRACKETED_RE = /\([^)]*\)|\[[^\]]*\]|【[^】]*】/g;
const JOINING_PUNCTUATION_RE = /['’.\-\u2010-\u2015]/g;
const OTHER_PUNCTUATION_RE = /[^\p{L}\p{N}\s]+/gu;
const WHITESPACE_RE = /\s+/;
const SINGLE_LETTER_RE = /^[a-z]$/;
const MIN_CJK_STEM = 2;
const CACHE_LIMIT = 20_000;

function stripCjkAffixes(word: string): string {
  let out = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const place of CJK_PLACES) {
      if (out.startsWith(place) && out.length - place.length >= MIN_CJK_STEM) {
        out = out.slice(place.length);
        changed = true;
      }
    }
    for (const suffix of CJK_SUFFIXES) {
      if (out.endsWith(suffix) && out.length - suffix.length >= MIN_CJK_STEM) {
        out = out.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return out;
}

/** "r o m o s s" → "romoss": three or more single letters in a row are one spaced-out word. */
function joinSpacedLetters(words: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 3) out.push(run.join(''));
    else out.push(...run);
    run = [];
  };
  for (const word of words) {
    if (SINGLE_LETTER_RE.test(word)) run.push(word);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}

function stripAffixes(input: readonly string[]): string[] {
  const words = [...input];
  for (let changed = true; changed; ) {
    changed = false;
    if (words.length > 1 && (words[0] === 'the' || LATIN_PLACES.has(words[0] ?? ''))) {
      words.shift();
      changed = true;
    }
    if (words.length > 1 && LATIN_SUFFIXES.has(words[words.length - 1] ?? '')) {
      words.pop();
      changed = true;
    }
    if (words.length > 1 && words[0] === 'hong' && words[1] === 'kong') {
      words.splice(0, 2, 'hongkong');
      changed = true;
    }
    const last = words.length - 1;
    const stemmed = stripCjkAffixes(words[last] ?? '');
    if (last >= 0 && stemmed !== words[last]) {
      words[last] = stemmed;
      changed = true;
    }
    if (words.length > 0 && containsCjk(words[0] ?? '')) {
      const first = stripCjkAffixes(words[0] ?? '');
      if (first !== words[0]) {
        words[0] = first;
        changed = true;
      }
    }
  }
  return words;
}

/** Everything brandKey does except the alias lookup. */
function foldBrandName(raw: string): string {
  let text = toSimplified(undoLeet(foldCapitalI(foldWidth(raw)).toLowerCase()));
  const unbracketed = text.replace(BRACKETED_RE, ' ');
  if (/[\p{L}\p{N}]/u.test(unbracketed)) text = unbracketed;
  text = text.trim().replace(OF_PLACE_RE, '$1');
  text = text.replace(/&/g, ' and ').replace(JOINING_PUNCTUATION_RE, '').replace(OTHER_PUNCTUATION_RE, ' ');
  const words = text.split(WHITESPACE_RE).filter((w) => w.length > 0);
  return stripAffixes(joinSpacedLetters(words)).join(' ');
}

let aliasIndex: Map<string, string> | undefined;

function getAliasIndex(): Map<string, string> {
  if (aliasIndex !== undefined) return aliasIndex;
  const index = new Map<string, string>();
  for (const { canonical, aliases } of BRAND_ALIASES) {
    for (const name of [canonical, ...aliases]) index.set(foldBrandName(name).replace(/ /g, ''), canonical);
  }
  aliasIndex = index;
  return index;
}

const SCRIPT_SEGMENT_RE = /\p{Script=Han}+|[^\p{Script=Han}\s]+/gu;

/** "romoss 罗马仕", "罗马仕romoss": a name written in both scripts whose every part names one brand. */
function bilingualAlias(folded: string, index: ReadonlyMap<string, string>): string | undefined {
  const segments = folded.match(SCRIPT_SEGMENT_RE) ?? [];
  if (segments.length < 2) return undefined;
  let canonical: string | undefined;
  for (const segment of segments) {
    const brand = index.get(segment);
    if (brand === undefined || (canonical !== undefined && brand !== canonical)) return undefined;
    canonical = brand;
  }
  return canonical;
}

/**
 * The comparison key of a brand or company name: compatibility forms and case folded, traditional Chinese
 * simplified, bracketed notes and a trailing "Inc. of City, State" dropped, legal forms and generic company
 * words (Co., Ltd., LLC, GmbH, Technology, 有限公司, 科技 ...) and leading city names (Shenzhen, 深圳市 ...)
 * dropped, spaced-out letters re-joined, punctuation dropped, then mapped through {@link BRAND_ALIASES}
 * (a name given in both scripts, "ROMOSS 罗马仕", maps when both parts name the same brand). Idempotent.
 * @example brandKey('深圳罗马仕科技有限公司') // 'romoss'
 * @example brandKey('Aria Child Inc. of Dedham, Mass.') // 'aria child'
 */
export const brandKey: (raw: string) => string = boundedMemo(CACHE_LIMIT, (raw) => {
  const folded = foldBrandName(raw);
  const index = getAliasIndex();
  return index.get(folded.replace(/ /g, '')) ?? bilingualAlias(folded, index) ?? folded;
});

const SKELETON_RE = /[01i3457|]/g;
const SKELETON: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', i: 'l', '|': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/**
 * A compact brand key with look-alike characters made one (0 → o; 1, i and | → l; 3 → e, 4 → a, 5 → s, 7 → t),
 * so "D0IIar Tree" and "Dollar Tree" meet. Compared only with other skeletons: a brand field is a name, so
 * unlike a title word it can be folded without a care for model numbers.
 * @example brandSkeleton(compactBrandKey('K0hIs')) === brandSkeleton(compactBrandKey("Kohl's")) // true
 */
export const brandSkeleton: (compactKey: string) => string = boundedMemo(CACHE_LIMIT, (compactKey) =>
  compactKey.replace(SKELETON_RE, (ch) => SKELETON[ch] ?? ch),
);

/**
 * A brand key with its spaces removed: the form matching compares brands in.
 * @example compactBrandKey('Fisher-Price, Inc.') // 'fisherprice'
 */
export const compactBrandKey: (raw: string) => string = boundedMemo(CACHE_LIMIT, (raw) => brandKey(raw).replace(/\s+/g, ''));

interface MentionPatterns {
  /** Latin aliases of 3+ characters, whole words, any case. */
  readonly words: RegExp;
  /** Two-letter aliases (Mi, HP, LG): whole words, exactly as written, lest "mi" (miles) count. */
  readonly shortWords: RegExp;
  readonly latin: ReadonlyMap<string, string>;
  /** Every Chinese alias in one alternation, longest first, so a title is scanned once. */
  readonly cjkWords: RegExp;
  readonly cjk: ReadonlyMap<string, string>;
}

let patterns: MentionPatterns | undefined;

function escapeForPattern(alias: string): string {
  return alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]?');
}

function latinLookupKey(match: string): string {
  return match.toLowerCase().replace(/[-\s]/g, '');
}

function getPatterns(): MentionPatterns {
  if (patterns !== undefined) return patterns;
  const long: string[] = [];
  const short: string[] = [];
  const latin = new Map<string, string>();
  const cjk = new Map<string, string>();
  for (const { canonical, aliases } of BRAND_ALIASES) {
    for (const alias of aliases) {
      const simplified = toSimplified(alias);
      if (containsCjk(simplified)) {
        cjk.set(simplified, canonical);
        continue;
      }
      latin.set(latinLookupKey(alias), canonical);
      (alias.length <= 2 ? short : long).push(escapeForPattern(alias));
    }
  }
  long.sort((a, b) => b.length - a.length);
  const bounded = (body: string): string => `(?<![\\p{Script=Latin}\\p{N}])(?:${body})(?![\\p{Script=Latin}\\p{N}])`;
  patterns = {
    words: new RegExp(bounded(long.join('|')), 'giu'),
    shortWords: new RegExp(bounded(short.join('|')), 'gu'),
    latin,
    cjkWords: new RegExp([...cjk.keys()].sort((a, b) => b.length - a.length).join('|'), 'g'),
    cjk,
  };
  return patterns;
}

const HAN_BEFORE_RE = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Canonical keys of the {@link BRAND_ALIASES} brands a text mentions, in order of first mention: Latin
 * aliases as whole words in any case (two-letter ones as written), Chinese aliases as substrings in
 * simplified or traditional script; a Chinese alias that is also an everyday word counts only where it
 * opens a run of Chinese characters.
 * @example findBrandMentions('羅馬仕 power bank, not an Anker') // ['romoss', 'anker']
 */
export function findBrandMentions(text: string): string[] {
  const { words, shortWords, latin, cjkWords, cjk } = getPatterns();
  const folded = foldWidth(text);
  const hits: Array<readonly [at: number, canonical: string]> = [];
  for (const re of [words, shortWords]) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const canonical = latin.get(latinLookupKey(m[0]));
      if (canonical !== undefined) hits.push([m.index, canonical]);
    }
  }
  if (containsCjk(folded)) {
    const simplified = toSimplified(folded);
    cjkWords.lastIndex = 0;
    for (let m = cjkWords.exec(simplified); m !== null; m = cjkWords.exec(simplified)) {
      const canonical = cjk.get(m[0]);
      const opensRun = m.index === 0 || !HAN_BEFORE_RE.test(simplified.charAt(m.index - 1));
      if (canonical !== undefined && (opensRun || !AMBIGUOUS_CJK_ALIASES.has(m[0]))) hits.push([m.index, canonical]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  return [...new Set(hits.map(([, canonical]) => canonical))];
}
