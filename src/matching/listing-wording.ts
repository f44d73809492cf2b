/** What a listing's title says about being an accessory for something else. */
export interface AccessoryContext {
  /** Folded phrases that follow a compatibility marker ("for", "compatible with", "适用于"), up to punctuation. */
  readonly compatibilityPhrases: readonly string[];
  /** An accessory noun naming what the listing sells ("case", "strap", "保护套"), unless it comes "with" the product. */
  readonly accessoryNoun?: string;
}

const LATIN_MARKER = /(?:^|[^\p{L}\p{N}])(?:compatible (?:with|for)|replacement (?:for|of)|designed for|made for|for use with|works with|fits|for)\s+([^,;:|()[\]{}!?。，；：、]{1,60})/gu;
const CJK_MARKER = /(?:适用于|适用|兼容|适配|配套)\s*([^,;:|()[\]{}!?。，；：、]{1,30})/gu;
const ACCESSORY_NOUNS = [
  'case', 'cases', 'cover', 'covers', 'sleeve', 'pouch', 'skin', 'skins', 'strap', 'straps', 'protector', 'holder',
  'sticker', 'stickers', 'decal', 'decals', 'shell', 'bumper',
];
const ACCESSORY_NOUN = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${ACCESSORY_NOUNS.join('|')})(?=$|[^\\p{L}\\p{N}])`, 'gu');
const CJK_ACCESSORY_NOUN = /(保护套|保护壳|手机壳|收纳包|收纳袋|贴膜|钢化膜|外壳|替换|配件)/u;
const BUNDLED_BEFORE = /(?:(?:^|\s)(?:with|w\/|and|plus|incl\.?|includes|including|\+)(?:\s+\S+){0,2}|[附带含]\S{0,3})\s*$/u;

/**
 * Finds compatibility phrases and accessory nouns in a folded (lower-cased, NFKC) title.
 * @example accessoryContext('silicone case for anker a1263').compatibilityPhrases // ['anker a1263']
 */
export function accessoryContext(foldedTitle: string): AccessoryContext {
  const compatibilityPhrases: string[] = [];
  pushPhrases(LATIN_MARKER, foldedTitle, compatibilityPhrases);
  pushPhrases(CJK_MARKER, foldedTitle, compatibilityPhrases);
  return { compatibilityPhrases, accessoryNoun: findAccessoryNoun(foldedTitle) };
}

// The scans below run `exec` on the shared global expressions from lastIndex 0 rather than `matchAll`, which
// copies its expression on every call: four times the cost on a title.

/** Pushes the first group of every match of the global `marker`, trimmed. */
function pushPhrases(marker: RegExp, foldedTitle: string, out: string[]): void {
  marker.lastIndex = 0;
  for (let match = marker.exec(foldedTitle); match !== null; match = marker.exec(foldedTitle)) out.push((match[1] as string).trim());
}

function findAccessoryNoun(foldedTitle: string): string | undefined {
  ACCESSORY_NOUN.lastIndex = 0;
  for (let match = ACCESSORY_NOUN.exec(foldedTitle); match !== null; match = ACCESSORY_NOUN.exec(foldedTitle)) {
    const before = foldedTitle.slice(0, match.index);
    if (!BUNDLED_BEFORE.test(before)) return match[1];
  }
  return CJK_ACCESSORY_NOUN.exec(foldedTitle)?.[1];
}

const NEGATION = /(?:^|[^\p{L}\p{N}])(?:not|non|isn'?t|is not|unaffected by|not affected by|not part of)(?:\s+(?:the|a|an|any|our))?(?:\s+(?:recalled|affected|recall))?\s+([^,;:|()[\]{}!?。，；：、]{1,40})/giu;
const CJK_NEGATION = /(?:非|不是|不属于|不在)(?:召回)?(?:范围)?\s*([^,;:|()[\]{}!?。，；：、\s]{1,20})/gu;

/**
 * The title with negated mentions removed ("NOT the recalled A1263", "非召回 A1263"), so a model number a
 * seller names only to deny it is not taken as the listing's own.
 * @example withoutNegatedMentions('Anker A1388 - NOT the recalled A1263') // 'Anker A1388 - '
 */
export function withoutNegatedMentions(title: string): string {
  if (!MAY_NEGATE.test(title)) return title;
  return title.replace(NEGATION, ' ').replace(CJK_NEGATION, ' ');
}

const MAY_NEGATE = /not|non|isn|unaffected|非|不/i;
