import * as OpenCC from 'opencc-js';
import { boundedMemo } from './bounded-memo.js';

/** Han ideographs: unified, extension A, compatibility, and the astral extensions (as surrogate pairs). */
const CJK_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff]/;
const CJK_RUN_RE = /(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff])+/g;
/** Product vocabulary repeats endlessly across listings, so converted runs are remembered. */
const CACHE_LIMIT = 50_000;

let converter: ((text: string) => string) | undefined;

const convertRun = boundedMemo(CACHE_LIMIT, (run: string): string => {
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  let simplified = convert(run);
  // a few variants convert in two steps (薴 → 苧 → 苎); repeating keeps the result idempotent
  for (let pass = 0; pass < 3; pass++) {
    const again = convert(simplified);
    if (again === simplified) break;
    simplified = again;
  }
  return simplified;
});

/**
 * Whether the text holds at least one Chinese (Han) character.
 * @example containsCjk('罗马仕 PAC20') // true
 */
export function containsCjk(text: string): boolean {
  return CJK_RE.test(text);
}

/**
 * Traditional (Taiwan and Hong Kong usage included) to simplified Chinese, run by run of Han characters.
 * Text without Han characters is returned as it came, without touching the converter, which is built on
 * first use.
 * @example toSimplified('羅馬仕行動電源 PAC20') // '罗马仕行动电源 PAC20'
 */
export function toSimplified(text: string): string {
  if (!CJK_RE.test(text)) return text;
  return text.replace(CJK_RUN_RE, convertRun);
}
