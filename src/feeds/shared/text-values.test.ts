import { describe, expect, it } from 'vitest';
import { barcodeDigits, cleanText, htmlToText, repairMojibake, safeUrl, uniqueStrings } from './text-values.js';

describe('text values', () => {
  it('cleans text: trims, collapses whitespace, treats blank as absent, keeps numbers', () => {
    expect(cleanText('  Qbit \n\t strollers\u00a0')).toBe('Qbit strollers');
    expect(cleanText('   ')).toBeUndefined();
    expect(cleanText(7938)).toBe('7938');
    expect(cleanText(null)).toBeUndefined();
  });

  it('turns HTML into text, doubly escaped entities and escaped markup included', () => {
    expect(htmlToText('\t<p><span>Oil &amp;amp; Vinegar</span> cruets&#8217;</p>')).toBe('Oil & Vinegar cruets’');
    expect(htmlToText('&lt;p&gt;Fire &amp;amp; burn&lt;/p&gt;')).toBe('Fire & burn');
    expect(htmlToText(42)).toBeUndefined();
  });

  it('keeps barcodes as published, digits only, split only where they are listed', () => {
    expect(barcodeDigits(['0 7789028735 4', '0-84358-04482-4', '5902533919246\n5902533919253', '840059614922 840059615370'])).toEqual([
      '077890287354',
      '084358044824',
      '5902533919246',
      '5902533919253',
      '840059614922',
      '840059615370',
    ]);
    expect(barcodeDigits(['0', '0012', 'n/a', null, 46677])).toEqual([]);
  });

  it('repairs or drops URLs the recall schema would refuse', () => {
    expect(safeUrl('https://www.cpsc.gov/s3fs-public/QBIT aqua-c.jpg')).toBe('https://www.cpsc.gov/s3fs-public/QBIT%20aqua-c.jpg');
    expect(safeUrl('https:/www.cpsc.gov/Recalls/2026/X')).toBe('https://www.cpsc.gov/Recalls/2026/X');
    expect(safeUrl('hhttps://www.cpsc.gov/Recalls/2023/Y')).toBe('https://www.cpsc.gov/Recalls/2023/Y');
    expect(safeUrl('not a url')).toBeUndefined();
    expect(safeUrl('')).toBeUndefined();
  });

  it('repairs UTF-8 read as Latin-1 and leaves other text alone', () => {
    expect(repairMojibake('SvetelnÃ½ reÅ¥azec ITEM NO: A864')).toBe('Svetelný reťazec ITEM NO: A864');
    expect(repairMojibake('Detská hračka')).toBe('Detská hračka');
    expect(repairMojibake('Crème brûlée')).toBe('Crème brûlée');
  });

  it('dedupes case-insensitively, keeping the first spelling', () => {
    expect(uniqueStrings(['Trek', 'trek ', '', undefined, 'Electra'])).toEqual(['Trek', 'Electra']);
  });
});
