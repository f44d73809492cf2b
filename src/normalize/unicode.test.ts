import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { tokenEnd, tokenStart } from './ascii-scan.js';
import { undoLeet } from './leet.js';
import { foldCapitalI, foldConfusables, foldWidth, isAscii } from './unicode.js';

describe('foldWidth', () => {
  it('folds compatibility forms and drops invisible characters', () => {
    expect(foldWidth('ＡＢＣ\u200b１２３')).toBe('ABC123');
    expect(foldWidth('soft\u00adhyphen\u2060joined\ufeff')).toBe('softhyphenjoined');
    expect(foldWidth('plain ascii')).toBe('plain ascii');
  });
});

describe('isAscii', () => {
  it('tells 7-bit text from the rest', () => {
    expect(isAscii('A1263 \t~')).toBe(true);
    expect(isAscii('A1263é')).toBe(false);
    expect(isAscii('罗马仕')).toBe(false);
  });

  it('reads every character, short or long, Latin-1, lone surrogates and astral characters included', () => {
    const long = 'Anker PowerCore 10000 portable charger A1263 ';
    expect(isAscii('\u007f')).toBe(true);
    expect(isAscii('\u0080')).toBe(false);
    expect(isAscii('\u00ff')).toBe(false);
    expect(isAscii('\ud800')).toBe(false);
    expect(isAscii('😀')).toBe(false);
    expect(isAscii(`${long}\u00a0`)).toBe(false);
    expect(isAscii(`\ud83d${long}`)).toBe(false);
    expect(isAscii(long)).toBe(true);
  });

  it('agrees with a search for a character above U+007F on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(isAscii(text)).toBe(!/[\u0080-\uffff]/.test(text));
    }));
  });
});

describe('foldConfusables', () => {
  it('replaces Cyrillic and Greek look-alikes only inside words that also hold Latin letters or digits', () => {
    expect(foldConfusables('\u0410\u0412-1263')).toBe('\u0410\u0412-1263'); // a pure Cyrillic word stays
    expect(foldConfusables('\u04101263')).toBe('A1263');
    expect(foldConfusables('P\u043ewer')).toBe('Power');
    expect(foldConfusables('\u03a11263')).toBe('P1263'); // Greek Rho
    expect(foldConfusables('модель A1263')).toBe('модель A1263');
  });
});

describe('undoLeet', () => {
  it.each([
    ['p0wer b@nk ch4rger', 'power bank charger'],
    ['s3cr3t', 'secret'],
    ['l@mp', 'lamp'],
    ['a1263 bs30kp365 usb3 ps5 mx3s 4ever k1ds', 'a1263 bs30kp365 usb3 ps5 mx3s 4ever k1ds'],
    ['b4tt3ry p0w3r', 'battery p0w3r'], // p0w3r keeps only 3 letters: too little to be sure,
    ['ch4rg3r5', 'ch4rg3r5'],
    ['lakew00d richf00d', 'lakewood richfood'],
    ['a100b x00 f000d 300w a00aaa abcd00xyz', 'a100b x00 f000d 300w a00aaa abcd00xyz'],
  ])('%j -> %j', (raw, undone) => {
    expect(undoLeet(raw)).toBe(undone);
  });
});

describe('tokenStart and tokenEnd', () => {
  it('find the bounds of a joined token from any of its characters', () => {
    const text = 'x BS-30KP365, y';
    for (let at = 2; at < 12; at++) {
      expect(text.slice(tokenStart(text, at), tokenEnd(text, at))).toBe('BS-30KP365');
    }
    expect(text.slice(tokenStart(text, 0), tokenEnd(text, 0))).toBe('x');
  });

  it('do not take a trailing joiner', () => {
    const text = 'A1263- and /B2';
    expect(text.slice(tokenStart(text, 1), tokenEnd(text, 1))).toBe('A1263');
    expect(text.slice(tokenStart(text, 13), tokenEnd(text, 13))).toBe('B2');
  });
});

describe('foldCapitalI', () => {
  it.each([
    ['HaIImark', 'Hallmark'], ['EIectronics', 'Electronics'], ['CycIing', 'Cycling'], ['Little TIkes', 'Little Tlkes'],
    ['IKEA', 'IKEA'], ['iPhone', 'iPhone'], ['AI263', 'AI263'], ['Ice maker', 'Ice maker'], ['DIY kit', 'DIY kit'],
  ])('%s -> %s', (input, expected) => {
    expect(foldCapitalI(input)).toBe(expected);
  });
});

describe('foldCapitalI at the end of a word', () => {
  it.each([['ContinentaI Seat', 'Continental Seat'], ['HoneyweII', 'Honeywell'], ['WiFi', 'WiFi'], ['TV-II', 'TV-II']])('%s -> %s', (input, expected) => {
    expect(foldCapitalI(input)).toBe(expected);
  });
});

/** The regular expression foldCapitalI applies to any text, as the reference for its ASCII scanner. */
const CAPITAL_I_AS_L = /(?<=\p{Ll})I+(?=\p{Ll}|$|[^\p{L}\p{N}])|(?<=(?:^|[^\p{L}\p{N}])\p{Lu})I+(?=\p{Ll}{2})/gu;
const capitalIText = fc.string({ unit: fc.constantFrom(...'IIIIaAbBzZ09l -.'), maxLength: 16 });

describe('foldCapitalI on ASCII text', () => {
  it.each([
    ['IIIce maker', 'Illce maker'], ['BIIue', 'Bllue'], ['X BIIue', 'X Bllue'], ['XBIIue', 'XBIIue'], ['IIam', 'Ilam'],
    ['aI', 'al'], ['aI9', 'aI9'], ['aIB', 'aIB'], ['1IIam', '1IIam'], ['-IIx', '-IIx'], ['ZIa', 'ZIa'],
  ])('%s -> %s', (input, expected) => {
    expect(foldCapitalI(input)).toBe(expected);
  });

  test.prop([capitalIText])('turns the same runs of I into l as the regular expression does', (input) => {
    expect(foldCapitalI(input)).toBe(input.replace(CAPITAL_I_AS_L, (run) => 'l'.repeat(run.length)));
  });
});
