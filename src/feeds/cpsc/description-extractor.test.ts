import { existsSync, readFileSync } from 'node:fs';
import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extractProductIdentifiers } from './description-extractor.js';

const DATA = new URL('../../../../shared/data/cpsc/', import.meta.url);
const SPORTS = new URL('cpsc-sports-885.json', DATA);
const USAGOV = new URL('cpsc-usagov-3153.json', DATA);
const MISSING = 'reference data absent: ../shared/data/cpsc (see /work/shared/data/README.md)';

interface Row {
  readonly recallNumber: string;
  readonly expectedModels: readonly string[];
  readonly expectedSkus?: readonly string[];
  readonly expectedUpcs?: readonly string[];
  /** Set when the extractor is known to get this row wrong; the reason is the why. */
  readonly fails?: string;
}

/**
 * What a person reads in each real description of cpsc-sports-885.json (descriptions are loaded by recall
 * number, never copied here). Model numbers are printed identifiers of the model, part or style; model
 * names made of words ("Izoard XP", "Tarmac") and serial, lot, batch and date codes are not.
 */
const TABLE: readonly Row[] = [
  { recallNumber: '26675', expectedModels: ['MH730JZC045', 'MH730JZC050', 'MH730JZC060', 'MH730MCC045', 'MH730MCC050'] },
  { recallNumber: '26528', expectedModels: ['KY-055'] },
  { recallNumber: '26467', expectedModels: ['H-1'] },
  { recallNumber: '26454', expectedModels: ['BL-01', 'BL-02'] },
  { recallNumber: '26431', expectedModels: ['8361'] },
  { recallNumber: '26347', expectedModels: ['U021AA00', 'U022AA00'] },
  { recallNumber: '26203', expectedModels: ['T30', 'TF30', 'T50', 'TF50', 'T75', 'T9800', 'TF20', 'T40', 'T80'] },
  { recallNumber: '26151', expectedModels: ['SW80356'] },
  { recallNumber: '26025', expectedModels: ['NTRW19147.0', 'NTRW19147.1', 'NTRW19147.2', 'NTRW19147.3'] },
  { recallNumber: '26027', expectedModels: ['DR2A', 'DR2E'] },
  { recallNumber: '26696', expectedModels: [] },
  { recallNumber: '26487', expectedModels: [] },
  { recallNumber: '25403', expectedModels: ['F7 Pro'] },
  { recallNumber: '25359', expectedModels: ['B0605Y', 'B0605C', 'B0494Y'] },
  { recallNumber: '25311', expectedModels: ['552', '1090'] },
  { recallNumber: '25184', expectedModels: ['9034'] },
  { recallNumber: '25149', expectedModels: ['900-00288', '900-00309', '900-00313', '900-00308'] },
  { recallNumber: '25156', expectedModels: ['R073', 'R41', 'V21'] },
  {
    recallNumber: '25188',
    expectedModels: [],
    fails: 'engine designations ("600R E-TEC") look exactly like model numbers such as 445T or 3000X',
  },
  { recallNumber: '24102', expectedModels: ['NTSAW23020.0'] },
  { recallNumber: '24201', expectedModels: [] },
  { recallNumber: '24211', expectedModels: [] },
  { recallNumber: '24138', expectedModels: [] },
  { recallNumber: '23026', expectedModels: ['T101-05'] },
  { recallNumber: '23007', expectedModels: ['AM001907'] },
  { recallNumber: '22153', expectedModels: ['T616', 'T618'] },
  { recallNumber: '22106', expectedModels: [], expectedSkus: ['ACTGEAR-238BTS'] },
  { recallNumber: '22708', expectedModels: [], expectedSkus: ['93122', '93188'] },
  {
    recallNumber: '22718',
    expectedModels: ['T1X', 'T1xe', 'T3x', 'T3xh'],
    fails: 'no "model" keyword, and three-character or lower-case codes alone are too often not models',
  },
  { recallNumber: '22770', expectedModels: [] },
  { recallNumber: '21022', expectedModels: ['XSCT334', 'XSCT355'] },
  { recallNumber: '21045', expectedModels: ['924004'] },
  { recallNumber: '18030', expectedModels: ['GSB56BC', 'GSB56RC', 'GSB65BUC', 'GSB56WC', 'GSB56GDC'] },
  { recallNumber: '18032', expectedModels: ['S-01', 'SBW666SL'] },
  { recallNumber: '18106', expectedModels: ['MM-B212'] },
  { recallNumber: '18125', expectedModels: ['LG1261'] },
  { recallNumber: '18025', expectedModels: ['SAC30-111NA'] },
  { recallNumber: '17189', expectedModels: ['53001B', '53007B', '53009B'] },
  { recallNumber: '17193', expectedModels: ['87645', '87644'] },
  { recallNumber: '17160', expectedModels: [], expectedSkus: ['164257'] },
  { recallNumber: '17052', expectedModels: [] },
  { recallNumber: '17015', expectedModels: ['08-0000061502'] },
  { recallNumber: '16723', expectedModels: [] },
  { recallNumber: '14707', expectedModels: ['16060', '16061', '16062'] },
  { recallNumber: '14159', expectedModels: ['S22', 'S32', 'B12', 'B14', 'B16'] },
  { recallNumber: '14130', expectedModels: ['M33', 'P48'] },
  { recallNumber: '14093', expectedModels: ['EP20K'] },
  { recallNumber: '14055', expectedModels: ['5.2', '5.9', '6.2', '6.5', '7.7', '7.9'] },
  { recallNumber: '14037', expectedModels: [], expectedSkus: ['I10700100'] },
  { recallNumber: '14727', expectedModels: [], expectedSkus: ['B1304028010'] },
  { recallNumber: '13157', expectedModels: ['1009159'], expectedUpcs: ['035011937052'] },
  { recallNumber: '13107', expectedModels: ['TR-1686-TPR'], expectedUpcs: ['687064045552', '687064042100'] },
  { recallNumber: '12172', expectedModels: [], expectedUpcs: ['68706404210', '68706404244'] },
  { recallNumber: '13051', expectedModels: ['TR-14FT-COM'] },
  { recallNumber: '13075', expectedModels: [] },
  { recallNumber: '12257', expectedModels: [] },
  { recallNumber: '12207', expectedModels: [] },
  { recallNumber: '12150', expectedModels: ['DR50', 'DR70'] },
  { recallNumber: '12113', expectedModels: ['PRSS0049'] },
  { recallNumber: '11734', expectedModels: ['MJ-808', 'MJ-816', 'MJ818'] },
  { recallNumber: '10756', expectedModels: ['SB472900001', 'SB471900001'] },
  { recallNumber: '10300', expectedModels: ['70301', '70304'] },
  { recallNumber: '10290', expectedModels: ['B12', 'B16', 'S32'] },
  { recallNumber: '10242', expectedModels: [] },
  { recallNumber: '09314', expectedModels: [] },
  { recallNumber: '09250', expectedModels: [] },
  {
    recallNumber: '09224',
    expectedModels: ['7300', '7300WSD', '7500'],
    fails: 'bare numbers after a brand name ("Trek 7300") are only taken after a "model" keyword',
  },
  { recallNumber: '09026', expectedModels: ['445T', '455T', '530T', '450T', '500T', '515T', '520T', '550T'] },
  { recallNumber: '08346', expectedModels: [] },
  { recallNumber: '08139', expectedModels: ['SP40300'] },
  { recallNumber: '05141', expectedModels: [] },
  { recallNumber: '05134', expectedModels: ['I354', 'I356', 'K364'], expectedUpcs: [] },
  { recallNumber: '05087', expectedModels: ['MK03', 'MK04', 'MK05', 'MK110'] },
  { recallNumber: '05009', expectedModels: ['333502', '333503', '333504', '333505'] },
  { recallNumber: '04554', expectedModels: [] },
  { recallNumber: '03109', expectedModels: ['8535-99'] },
  { recallNumber: '02183', expectedModels: ['8524-14', '8526-20'] },
  { recallNumber: '02110', expectedModels: [] },
  { recallNumber: '01212', expectedModels: [] },
  {
    recallNumber: '01045',
    expectedModels: ['M600', 'M800', 'M8000', 'X-2', 'DS950'],
    fails: 'in the brand/model table the named model "Alpina 700" gives a bare 700',
  },
  { recallNumber: '98110', expectedModels: [] },
  { recallNumber: '98079', expectedModels: [] },
  { recallNumber: '95032', expectedModels: [] },
  { recallNumber: '92137', expectedModels: ['TR12', 'LM13'] },
];

interface SportsFile {
  readonly recalls: readonly { number: string; title: string; name: string; description: string }[];
}

function loadSports(): SportsFile['recalls'] {
  return existsSync(SPORTS) ? (JSON.parse(readFileSync(SPORTS, 'utf8')) as SportsFile).recalls : [];
}

const sorted = (values: readonly string[]): string[] => [...values].sort();

describe.skipIf(!existsSync(SPORTS))(`extractProductIdentifiers on real CPSC descriptions (${MISSING} if skipped)`, () => {
  const byNumber = new Map(loadSports().map((recall) => [recall.number, recall.description]));

  it('has at least 40 hand-read rows, each naming a recall of the file', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(TABLE.map((row) => row.recallNumber)).size).toBe(TABLE.length);
    for (const row of TABLE) expect(byNumber.has(row.recallNumber), row.recallNumber).toBe(true);
  });

  for (const row of TABLE) {
    const check = row.fails === undefined ? it : it.fails;
    check(`recall ${row.recallNumber}${row.fails === undefined ? '' : ` (known miss: ${row.fails})`}`, () => {
      const found = extractProductIdentifiers(byNumber.get(row.recallNumber) ?? '');
      expect(sorted(found.modelNumbers)).toEqual(sorted(row.expectedModels));
      expect(sorted(found.skus)).toEqual(sorted(row.expectedSkus ?? []));
      expect(sorted(found.upcs)).toEqual(sorted(row.expectedUpcs ?? []));
    });
  }

  it('never throws on any description, title or name of the file', () => {
    for (const recall of loadSports()) {
      for (const text of [recall.description, recall.title, recall.name]) {
        const found = extractProductIdentifiers(text);
        expect(Array.isArray(found.modelNumbers) && Array.isArray(found.upcs) && Array.isArray(found.skus)).toBe(true);
      }
    }
  });
});

describe.skipIf(!existsSync(USAGOV))(`extractProductIdentifiers on the recalls API descriptions (${MISSING} if skipped)`, () => {
  it('never throws on any of them and returns only well-formed barcodes', () => {
    const records = JSON.parse(readFileSync(USAGOV, 'utf8')) as { descriptions: string[] | null }[];
    let texts = 0;
    for (const record of records) {
      for (const text of record.descriptions ?? []) {
        texts += 1;
        for (const upc of extractProductIdentifiers(text).upcs) expect(upc).toMatch(/^(?:\d{8}|\d{11,14})$/);
      }
    }
    expect(texts).toBeGreaterThan(3000);
  });
});

describe('extractProductIdentifiers on written cases', () => {
  const cases: readonly { text: string; models?: string[]; skus?: string[]; upcs?: string[] }[] = [
    { text: 'Candelabra LED Bulbs, model numbers are UDC3CW in cool white, and UDC3WW in warm white', models: ['UDC3CW', 'UDC3WW'] },
    { text: 'Model Number Accent Color 10AW1G-AQU2U aqua 10AW1G-RAS2U raspberry', models: ['10AW1G-AQU2U', '10AW1G-RAS2U'] },
    { text: 'Ice axes with models 20F and 18F.', models: ['20F', '18F'] },
    { text: 'Sold as style numbers 4471; 4472 or 4480.', models: ['4471', '4472', '4480'] },
    { text: 'Trainer models OWT and OWM. The grip is black.', models: ['OWT', 'OWM'] },
    { text: 'The box shows SKU 123456 and item number 778899.', skus: ['123456', '778899'] },
    { text: 'UPC 0 12345 67890 5 is on the box.', upcs: ['012345678905'] },
    { text: 'Model No. T1000 and Model #AB-12 heaters', models: ['T1000', 'AB-12'] },
    { text: 'Svetelný záves model/typ RPBL-96L', models: ['RPBL-96L'] },
    { text: 'Sliz, Item No: XE27273 a EAN kódom: 8584156293704.', skus: ['XE27273'], upcs: ['8584156293704'] },
    { text: 'Ropes with part numbers MH730JZC045 (45m length) and MH730JZC050 (50m length).', models: ['MH730JZC045', 'MH730JZC050'] },
  ];
  for (const { text, models = [], skus = [], upcs = [] } of cases) {
    it(`reads ${JSON.stringify(text.slice(0, 50))}`, () => {
      expect(extractProductIdentifiers(text)).toEqual({ modelNumbers: models, skus, upcs });
    });
  }

  const noise: readonly string[] = [
    'About 1,050 units were sold.',
    'A 10,000mAh power bank with a 45m cable, 12V, 60W and 52.5 LB weights.',
    'Sold for $180 from May 2015 through November 2016, or 8 a.m. to 5 p.m. ET.',
    'Call 888-591-5540 or (800) 743-3248, or visit www.example.com/recall or https://example.org/a1b2c3.',
    'Recall number 17057 was announced on March 25, 2015 (2015-03-25, 10/8/2016).',
    'Aria Child Inc. of 1234 Main Street, Dedham, MA 02026-1234 recalls strollers.',
    'Model year 2021-2022 golf cars, MY 22 and model years 2016 through 2020.',
    'Serial numbers KK23288361 through KK23388361 and lot number AB1234 are affected.',
    'The 1990s helmets for ages 3 to 5 years in sizes 10, 11 and 12.',
    'Meets ASTM F963-17 and 16 CFR 1203; uses CR2032 coin batteries; COVID-19 delays.',
  ];
  for (const text of noise) {
    it(`finds nothing in ${JSON.stringify(text.slice(0, 50))}`, () => {
      expect(extractProductIdentifiers(text)).toEqual({ modelNumbers: [], skus: [], upcs: [] });
    });
  }

  it('gives empty lists for empty or non-string input', () => {
    expect(extractProductIdentifiers('')).toEqual({ modelNumbers: [], skus: [], upcs: [] });
    expect(extractProductIdentifiers(undefined as unknown as string)).toEqual({ modelNumbers: [], skus: [], upcs: [] });
  });

  propertyTest.prop([fc.string({ unit: 'binary', maxLength: 400 })])('never throws and returns clean lists', (text) => {
    const found = extractProductIdentifiers(text);
    for (const upc of found.upcs) expect(upc).toMatch(/^(?:\d{8}|\d{11,14})$/);
    for (const value of [...found.modelNumbers, ...found.skus]) expect(value.trim().length).toBeGreaterThan(0);
  });

  propertyTest.prop([fc.array(fc.constantFrom('model', 'numbers', 'UPC', 'SKU', 'AB-12', '0', '12345', ',', 'and', '(', ')', '"', '.', 'serial', 'X1'), { maxLength: 40 })])(
    'never throws on trigger-heavy word soup',
    (words) => {
      expect(() => extractProductIdentifiers(words.join(' '))).not.toThrow();
    },
  );
});
