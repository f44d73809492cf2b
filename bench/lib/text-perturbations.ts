import { CHINESE_MODIFIERS, ENGLISH_TO_CHINESE } from './bilingual-words.js';

/** How a model number can be rewritten without changing what it identifies. */
export const MODEL_FORMATS = ['joined', 'spaced', 'dashed', 'dotted', 'lower', 'lower-joined'] as const;
export type ModelFormat = (typeof MODEL_FORMATS)[number];

/**
 * Rewrites a model number's separators and case: its letter and digit runs are kept, the rest is
 * chosen by `format`.
 * @example reformatModel('XJ-2041', 'joined') === 'XJ2041'; reformatModel('YETI3000X', 'spaced') === 'YETI 3000 X'
 */
export function reformatModel(model: string, format: ModelFormat): string {
  const parts = model.match(/[A-Za-z]+|\d+/g) ?? [model];
  switch (format) {
    case 'joined':
      return parts.join('');
    case 'spaced':
      return parts.join(' ');
    case 'dashed':
      return parts.join('-');
    case 'dotted':
      return parts.join('.');
    case 'lower':
      return model.toLowerCase();
    case 'lower-joined':
      return parts.join('').toLowerCase();
  }
}

const HOMOGLYPHS: Readonly<Record<string, string>> = { O: '0', o: '0', '0': 'O', I: 'l', l: 'I', '1': 'l' };

/**
 * Swaps every letter or digit that has a look-alike: O/o↔0, I↔l, 1→l.
 * @example swapHomoglyphs('POLO 100') === 'P0L0 lOO'
 */
export function swapHomoglyphs(text: string): string {
  let out = '';
  for (const char of text) out += HOMOGLYPHS[char] ?? char;
  return out;
}

/** Whether `swapHomoglyphs` would change the text. */
export function hasHomoglyphs(text: string): boolean {
  for (const char of text) if (HOMOGLYPHS[char] !== undefined) return true;
  return false;
}

/**
 * Printable ASCII to its full-width form (U+FF01–U+FF5E), space to the ideographic space.
 * @example toFullWidth('XJ-2041') === 'ＸＪ－２０４１'
 */
export function toFullWidth(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x21 && code <= 0x7e) out += String.fromCharCode(code + 0xfee0);
    else out += char === ' ' ? '\u3000' : char;
  }
  return out;
}

export const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Puts a zero-width space between neighbouring visible characters: it looks unchanged, but exact and
 * token matching no longer see the word.
 * @example insertZeroWidth('Anker') === 'A\u200Bn\u200Bk\u200Be\u200Br'
 */
export function insertZeroWidth(text: string): string {
  return [...text].reduce((out, char, i, chars) => {
    const previous = chars[i - 1];
    const between = i > 0 && char !== ' ' && previous !== ' ' ? ZERO_WIDTH_SPACE : '';
    return out + between + char;
  }, '');
}

/**
 * Spells a word out with spaces between its letters; existing spaces become three.
 * @example spaceLetters('Goal Zero') === 'G o a l   Z e r o'
 */
export function spaceLetters(text: string): string {
  return [...text].join(' ');
}

/**
 * Replaces every case-insensitive occurrence of `target` (taken literally) in `text`.
 * @example replaceLiteral('Anker anker', 'ANKER', 'X') === 'X X'
 */
export function replaceLiteral(text: string, target: string, replacement: string): string {
  if (target === '') return text;
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(escaped, 'gi'), () => replacement);
}

/** Collapses runs of spaces and trims separators left at the edges after words are cut out. */
export function tidySpaces(text: string): string {
  return text
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,\-–]+|[\s,\-–]+$/g, '')
    .trim();
}

const PHRASES: ReadonlyMap<string, string> = new Map(ENGLISH_TO_CHINESE.map(([en, zh]) => [en, zh]));
const LONGEST_PHRASE = Math.max(...ENGLISH_TO_CHINESE.map(([en]) => en.split(' ').length));

/** The table entry for a phrase as written, or else with a plural ending dropped. */
function tableKey(phrase: string): string | undefined {
  return [phrase, phrase.replace(/s$/, ''), phrase.replace(/es$/, '')].find((key) => PHRASES.has(key));
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '');
}

/**
 * A Chinese marketplace title for an English one: known product words are translated, the `keep`
 * phrases (brand, model) and any token holding a digit stay in Latin letters, other English words go.
 * Returns `undefined` unless some product noun of the text (not just "portable", "kids"…) is in the table.
 * @example toChineseTitle('Goal Zero YETI 3000X Portable Power Stations', ['Goal Zero'])
 *   === 'Goal Zero 3000X 便携式储能电源'
 */
export function toChineseTitle(text: string, keep: readonly string[]): string | undefined {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const keepPhrases = new Set(keep.map((phrase) => phrase.toLowerCase()));
  const longest = Math.max(LONGEST_PHRASE, ...keep.map((phrase) => phrase.split(/\s+/).length));
  const pieces: { readonly text: string; readonly chinese: boolean }[] = [];
  let nouns = 0;
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let length = Math.min(longest, words.length - i); length > 0 && !matched; length--) {
      const slice = words.slice(i, i + length);
      const phrase = slice.map(bare).join(' ');
      const key = tableKey(phrase);
      if (key !== undefined) {
        const chinese = PHRASES.get(key) as string;
        if (!pieces.some((piece) => piece.text === chinese)) pieces.push({ text: chinese, chinese: true });
        if (!CHINESE_MODIFIERS.has(key)) nouns++;
      } else if (keepPhrases.has(phrase)) {
        pieces.push({ text: slice.join(' '), chinese: false });
      } else continue;
      i += length;
      matched = true;
    }
    if (matched) continue;
    const word = words[i] as string;
    if (/\d/.test(word)) pieces.push({ text: word.replace(/[,;:]+$/, ''), chinese: false });
    i++;
  }
  if (nouns === 0) return undefined;
  return pieces.reduce((title, piece, i) => {
    const previous = pieces[i - 1];
    const glue = i === 0 || (piece.chinese && previous?.chinese) ? '' : ' ';
    return title + glue + piece.text;
  }, '');
}
