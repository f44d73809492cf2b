import * as OpenCC from 'opencc-js';

/** Han ideographs: unified, extension A, compatibility, and the astral extensions (as surrogate pairs). */
const CJK_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff]/;

let converter: ((text: string) => string) | undefined;

/**
 * Whether the text holds at least one Chinese (Han) character.
 * @example containsCjk('罗马仕 PAC20') // true
 */
export function containsCjk(text: string): boolean {
  return CJK_RE.test(text);
}

/**
 * Traditional (Taiwan and Hong Kong usage included) to simplified Chinese. Text without Han characters
 * is returned as it came, without touching the converter, which is built on first use.
 * @example toSimplified('羅馬仕行動電源') // '罗马仕行动电源'
 */
export function toSimplified(text: string): string {
  if (!CJK_RE.test(text)) return text;
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}
