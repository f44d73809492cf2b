import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { containsCjk, foldText, STOP_WORDS, tokenize } from './text.js';

/** Title words that neither join with a model nor look like one. */
const FILLER = ['power', 'bank', 'portable', 'charger', '20000mAh', 'for', 'iPhone', 'fast', 'black', 'with', 'cable', 'Slim',
  'stroller', 'baby', 'helmet', 'LED', 'display'];
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 5 }).map((words) => words.join(' '));

/**
 * Model numbers as the normaliser promises to keep them: parts joined by "-" where each part is letters,
 * digits, or letters with a run of two or more digits (a lone digit between letters may be leet).
 */
const modelPart = fc.oneof(
  fc.stringMatching(/^[A-Z]{1,4}[0-9]{2,6}[A-Z]{0,3}$/),
  fc.stringMatching(/^[0-9]{2,6}[A-Z]{0,3}$/),
  fc.stringMatching(/^[A-Z]{1,5}$/),
  fc.stringMatching(/^[0-9]{1,5}$/),
);
const model = fc
  .array(modelPart, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'))
  .filter((m) => /[A-Z]/.test(m) && /[0-9]/.test(m) && m.replace(/-/g, '').length <= 24);

const LEET: Readonly<Record<string, readonly string[]>> = { o: ['0'], i: ['1'], e: ['3'], a: ['4', '@'], s: ['5', '$'], t: ['7'] };
const LONG_WORDS = ['charger', 'battery', 'portable', 'wireless', 'magnetic', 'stroller', 'helmet', 'scooter', 'heater'];

describe('containsCjk', () => {
  it('detects Han characters only', () => {
    expect(containsCjk('ROMOSS 罗马仕')).toBe(true);
    expect(containsCjk('羅馬仕')).toBe(true);
    expect(containsCjk('ROMOSS power bank')).toBe(false);
    expect(containsCjk('ＡＢＣ１２３')).toBe(false);
    expect(containsCjk('モバイルバッテリー')).toBe(false);
  });
});

describe('foldText', () => {
  it.each([
    ['🔥P0WER  B@NK!!! 羅馬仕 BS-30KP365', 'power bank! 罗马仕 bs-30kp365'],
    ['Anker™ PowerCore® ⚡⚡ 10000', 'anker powercore 10000'],
    ['Ｆｕｌｌ ｗｉｄｔｈ ＡＢＣ１２３', 'full width abc123'],
    ['zero\u200bwidth\u00adjoin', 'zerowidthjoin'],
    ['P O W E R B A N K 20000mAh', 'powerbank 20000mah'],
    ['ch4rger s3cr3t l@mp', 'charger secret lamp'],
    ['\u0421h\u0430rger', 'charger'], // Cyrillic С and а inside a Latin word
    ['Wait...  what??', 'wait. what?'],
  ])('%j -> %j', (raw, folded) => {
    expect(foldText(raw)).toBe(folded);
  });

  it('leaves model numbers and ordinary tokens with digits alone', () => {
    expect(foldText('A1263 BS-30KP365 10AW1G-AQU2U usb3 mx3s ak47s ps5 b2b')).toBe(
      'a1263 bs-30kp365 10aw1g-aqu2u usb3 mx3s ak47s ps5 b2b',
    );
  });

  test.prop([fc.constantFrom(...LONG_WORDS), fc.nat(), fc.nat()])('undoes one leet substitution inside a word', (word, at, pick) => {
    const inner = [...word.slice(1, -1)].map((ch, i) => ({ ch, i: i + 1 })).filter(({ ch }) => LEET[ch] !== undefined);
    fc.pre(inner.length > 0);
    const { ch, i } = inner[at % inner.length] as { ch: string; i: number };
    const options = LEET[ch] as readonly string[];
    const obfuscated = `${word.slice(0, i)}${options[pick % options.length]}${word.slice(i + 1)}`;
    expect(foldText(`Portable ${obfuscated} deal`)).toContain(word);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 60 })])('is idempotent', (raw) => {
    const once = foldText(raw);
    expect(foldText(once)).toBe(once);
  });
});

describe('tokenize', () => {
  it('splits Chinese runs into overlapping bigrams, a lone character into itself', () => {
    expect(tokenize('罗马仕充电宝')).toEqual(['罗马', '马仕', '仕充', '充电', '电宝']);
    expect(tokenize('ROMOSS 宝 charger')).toEqual(['romoss', '宝', 'charger']);
    expect(tokenize('羅馬仕')).toEqual(['罗马', '马仕']);
  });

  it('drops stop words, filler and one-letter words but keeps "for"', () => {
    expect(tokenize('Brand NEW Genuine Original 2 pcs Charger for Samsung - A Free Shipping 2025')).toEqual([
      'charger',
      'for',
      'samsung',
    ]);
    expect(STOP_WORDS.has('for')).toBe(false);
  });

  it('drops Chinese filler phrases before making bigrams', () => {
    expect(tokenize('包邮正品充电宝')).toEqual(['充电', '电宝']);
  });

  it('drops emoji and undoes leet', () => {
    expect(tokenize('🔋🔥 P0wer B@nk ⚡')).toEqual(['power', 'bank']);
  });

  it('keeps a joined model number as one token and splits joined words', () => {
    expect(tokenize('Baseus BS-30KP365 USB-C Wi-Fi')).toEqual(['baseus', 'bs30kp365', 'usb', 'wi', 'fi']);
  });

  it('keeps duplicates in order', () => {
    expect(tokenize('charger charger cable charger')).toEqual(['charger', 'charger', 'cable', 'charger']);
  });

  test.prop([filler, model, filler])('never mangles a model number', (before, m, after) => {
    const alphanumerics = m.replace(/-/g, '').toLowerCase();
    const tokens = tokenize(`${before} ${m} ${after}`);
    if (m.includes('-')) expect(tokens).toContain(alphanumerics);
    else if (!STOP_WORDS.has(alphanumerics)) expect(tokens).toContain(alphanumerics);
  });

  test.prop([filler, model, filler])('keeps the model in foldText', (before, m, after) => {
    expect(foldText(`${before} ${m} ${after}`)).toContain(m.toLowerCase());
  });
});
