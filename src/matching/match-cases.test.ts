import { describe, expect, it } from 'vitest';
import { buildRecallIndex, screenListing } from './index.js';
import { listingOf, recallOf } from './testing/factories.js';
import type { Listing } from '../listings/index.js';

// Facts of real recalls (CPSC, SAMR); ids and barcodes marked "t" are made up for the tests.
const RECALLS = [
  recallOf('cpsc:t-anker', { name: 'Anker PowerCore 10000 Power Bank', brands: ['Anker'], modelNumbers: ['A1263'], gtins: ['012345678905'], productType: 'power bank' }),
  recallOf('cpsc:t-baseus', { name: 'Baseus 65W 30000mAh Power Bank', brands: ['Baseus'], modelNumbers: ['BS-30KP365'], productType: 'power bank' }),
  recallOf('samr:t-romoss', { name: 'ROMOSS 20000mAh Power Bank', brands: ['ROMOSS'], modelNumbers: ['PAC20-272', 'PAC20-392', 'PLT20A-152'], productType: 'power bank' }, { jurisdictions: ['CN'] }),
  recallOf('cpsc:17057', { name: 'gb Qbit Lightweight Stroller', brands: ['gb'], modelNumbers: ['10AW1G-AQU2U', '10AW1G-RAS2U', '10AW1G-WHT2U', '10AW1G-CHA4U', '10AW1G-CIR5U'], productType: 'stroller' }, { importers: ['Aria Child Inc. of Dedham, Mass.'] }),
  recallOf('cpsc:t-magnets', { name: 'Magnetic Building Balls Set', brands: ['Sunnyglade'], modelNumbers: ['MB-216'] }),
  recallOf('cpsc:t-dollartree', { name: "Children's Projector Flashlights", brands: ['Dollar Tree'], productType: 'flashlight' }),
  recallOf('cpsc:t-bushhog', { name: 'Trail Hunter Off-Road Utility Vehicle', brands: ['Bush Hog'], modelNumbers: ['TH440'] }),
  recallOf('cpsc:t-deere', { name: 'Lawn Tractors', brands: ['John Deere'], modelNumbers: ['D100', 'D110'] }),
  recallOf('cpsc:t-sonoma', { name: 'SONOMA Goods For Life three-wick candles', brands: ["Kohl's"], gtins: ['400177580198'] }),
  recallOf('cpsc:t-zep', { name: 'Hair Clog Remover', brands: ['Zep'], gtins: ['2170952206'] }),
  recallOf('cpsc:t-puma', { name: 'Training Jacket with Pockets', brands: ['Puma'], modelNumbers: ['65110201'] }, {
    products: [
      { name: 'Training Jacket with Pockets', brands: ['Puma'], modelNumbers: ['65110201'], gtins: [] },
      { name: 'Training Jacket with Pockets', brands: ['Puma'], modelNumbers: [], gtins: [] },
    ],
  }),
  recallOf('cpsc:t-leadman', { name: 'PowMax Battery Chargers for Razor Scooters', brands: ['Leadman'] }),
  recallOf('cpsc:t-gillette', { name: 'Venus Simply3 Disposable Razors', brands: ['Gillette'] }),
  recallOf('cpsc:t-helmet', { name: 'Bicycle Helmets', brands: ['Retrospec'], modelNumbers: ['Dakota'] }),
];

interface MatchCase {
  readonly name: string;
  readonly listing: Listing;
  readonly expect: 'block' | 'review' | 'clear';
  /** For positives: the recall that must be the best match. */
  readonly recall?: string;
}

const block = (name: string, listing: Listing, recall: string): MatchCase => ({ name, listing, expect: 'block', recall });
const review = (name: string, listing: Listing, recall: string): MatchCase => ({ name, listing, expect: 'review', recall });
const clear = (name: string, listing: Listing): MatchCase => ({ name, listing, expect: 'clear' });

const CASES: readonly MatchCase[] = [
  // exact
  block('exact brand and model', listingOf('Anker PowerCore 10000 Portable Charger A1263'), 'cpsc:t-anker'),
  block('model and brand fields', listingOf('Power bank 10000mAh', { brand: 'Anker', model: 'A1263' }), 'cpsc:t-anker'),
  block('exact Baseus', listingOf('Baseus 65W 30000mAh Power Bank BS-30KP365 for Laptop'), 'cpsc:t-baseus'),
  block('second model of a recall', listingOf('ROMOSS PAC20-392 20000mAh power bank'), 'samr:t-romoss'),
  // model reformatted
  block('dash inserted', listingOf('Anker A-1263 power bank'), 'cpsc:t-anker'),
  block('space inserted', listingOf('anker a 1263 powercore'), 'cpsc:t-anker'),
  block('lower case', listingOf('portable charger anker a1263'), 'cpsc:t-anker'),
  block('separator dropped', listingOf('Baseus BS30KP365 65W laptop power bank'), 'cpsc:t-baseus'),
  block('separator changed', listingOf('Baseus bs_30kp.365 power station'), 'cpsc:t-baseus'),
  block('romoss without dash', listingOf('ROMOSS PAC20272 powerbank 20000'), 'samr:t-romoss'),
  // obfuscation
  block('homoglyph I for 1', listingOf('Anker AI263 PowerCore 10000'), 'cpsc:t-anker'),
  block('homoglyph l for 1', listingOf('PowerCore 10000 Al263 portable'), 'cpsc:t-anker'),
  block('homoglyph O for 0', listingOf('Stroller 1OAW1G-AQU2U aqua'), 'cpsc:17057'),
  block('full-width model', listingOf('Anker Ａ１２６３ PowerCore'), 'cpsc:t-anker'),
  block('full-width brand and model', listingOf('ＢＡＳＥＵＳ ＢＳ－３０ＫＰ３６５ 30000mAh'), 'cpsc:t-baseus'),
  block('zero-width inside model', listingOf('Anker A1\u200b263 power bank'), 'cpsc:t-anker'),
  block('zero-width inside brand and model', listingOf('Ba\u200bseus BS-30\u200dKP365'), 'cpsc:t-baseus'),
  block('spaced-out model', listingOf('Power bank A 1 2 6 3 10000mAh'), 'cpsc:t-anker'),
  block('spaced-out brand', listingOf('R O M O S S PAC20-272 power bank'), 'samr:t-romoss'),
  block('emoji and shouting', listingOf('🔥🔥 HOT!!! ANKER A1263 POWER BANK 🔋 FAST SHIP!!!'), 'cpsc:t-anker'),
  review('brand disguised with 0 and I', listingOf('D0IIar Tree Projector Flashlights for kids', { brand: 'D0IIar Tree' }), 'cpsc:t-dollartree'),
  // Chinese titles
  block('simplified Chinese brand', listingOf('安克 充电宝 A1263 10000毫安 便携'), 'cpsc:t-anker'),
  block('traditional Chinese brand', listingOf('安克 行動電源 A1263'), 'cpsc:t-anker'),
  block('Chinese Baseus', listingOf('倍思 65W 30000毫安 充电宝 BS-30KP365 笔记本'), 'cpsc:t-baseus'),
  block('Chinese ROMOSS', listingOf('罗马仕 PAC20-272 移动电源 20000毫安'), 'samr:t-romoss'),
  block('traditional Chinese ROMOSS', listingOf('羅馬仕 行動電源 PAC20272'), 'samr:t-romoss'),
  // brand omitted
  block('brand omitted, model kept', listingOf('10000mAh Portable Charger PowerCore A1263'), 'cpsc:t-anker'),
  block('brand omitted, model in description', listingOf('Lightweight travel stroller, folds flat', { description: 'Reclining seat, 5-point harness. Model 10AW1G-AQU2U, aqua.' }), 'cpsc:17057'),
  block('brand omitted, model field only', listingOf('Fast charging power bank 30000mAh 65W', { model: 'BS30KP365' }), 'cpsc:t-baseus'),
  // written in parts or with letters for digits (rg-v3)
  block('model written in two parts', listingOf('Bush Hog Model TH 440 off-road utility vehicle'), 'cpsc:t-bushhog'),
  block('model with letters for digits', listingOf('John Deere DlOO lawn tractor, 42 inch deck'), 'cpsc:t-deere'),
  // barcode only
  block('published barcode that is no valid GTIN', listingOf('Drain opener gel', { gtins: ['21709-52206'] }), 'cpsc:t-zep'),
  block('"for" inside the recalled name is no accessory', listingOf("Kohl's SONOMA Goods For Life three-wick candle, vanilla", { gtins: ['400177580198'] }), 'cpsc:t-sonoma'),
  block('barcode in gtins', listingOf('Portable charger', { gtins: ['012345678905'] }), 'cpsc:t-anker'),
  block('barcode as EAN-13', listingOf('Power bank', { gtins: ['0012345678905'] }), 'cpsc:t-anker'),
  block('barcode spaced in description', listingOf('Portable battery pack', { description: 'UPC 0 12345 67890 5. Ships fast.' }), 'cpsc:t-anker'),
  // base model and renamed
  block('base of a coloured model', listingOf('gb Qbit stroller 10AW1G'), 'cpsc:17057'),
  review('renamed, distinctive product line', listingOf('Qbit lightweight stroller for toddlers, aqua'), 'cpsc:17057'),
  review('brand and product line without a model', listingOf('Anker PowerCore 10000 portable power bank'), 'cpsc:t-anker'),
  review('stated other brand but the recalled model', listingOf('Power bank A1263 10000mAh', { brand: 'Xiaomi' }), 'cpsc:t-anker'),
  clear('name code one character off, recall without model numbers', listingOf('Gillette Venus disposable razors Simplr3', { brand: 'Gillette' })),
  clear('accessory noun without "for"', listingOf('Baseus BS-30KP365 carrying pouch')),
  // hard negatives: same brand, other model
  clear('same brand other model', listingOf('Anker 622 Magnetic Battery A1614 5000mAh')),
  clear('same brand other capacity', listingOf('Anker PowerCore 20000 A1268 power bank')),
  clear('same brand other product line', listingOf('Anker 737 Power Bank PowerCore 24K')),
  clear('Baseus other model', listingOf('Baseus Blade 100W 20000mAh power bank BS-20KP201')),
  clear('ROMOSS other model', listingOf('ROMOSS Sense 4 10000mAh PHP10-101')),
  clear('gb other stroller', listingOf('gb Pockit+ All City compact stroller GB-PKA2')),
  review('"for" + the same word in the recalled name', listingOf('Leadman PowMax battery charger for Razor scooters, 24V', { brand: 'Leadman' }), 'cpsc:t-leadman'),
  block('one letter for a digit beside a dash', listingOf('Bush Hog TH44O trail hunter'), 'cpsc:t-bushhog'),
  clear('other model of a notice whose second product lists none', listingOf('Puma Training Jacket with Pockets 46210801', { brand: 'Puma' })),
  // hard negatives: near model numbers
  clear('model one digit off', listingOf('Anker A1264 power bank 10000mAh')),
  clear('model with an extra digit', listingOf('Anker A12630 PowerCore')),
  clear('model last digit changed', listingOf('Baseus BS-30KP366 power bank')),
  clear('romoss near model', listingOf('ROMOSS PAC20-273 power bank')),
  clear('near model, no brand', listingOf('Power bank A1268 10000mAh')),
  // hard negatives: accessories
  clear('case for the recalled model', listingOf('Silicone case for Anker PowerCore 10000 A1263')),
  clear('cable compatible with', listingOf('USB-C cable compatible with Anker A1263 power bank')),
  clear('replacement for', listingOf('Replacement charging board for Baseus BS-30KP365')),
  clear('Chinese accessory', listingOf('适用于安克 A1263 充电宝 保护套')),
  clear('stroller accessory', listingOf('Rain cover compatible with gb Qbit 10AW1G stroller')),
  // hard negatives: same product type, other brand
  clear('other brand power bank', listingOf('INIU 10000mAh Portable Charger BI-B41')),
  clear('generic power bank', listingOf('Portable Charger 10000mAh Power Bank USB C')),
  clear('other brand stroller', listingOf('Lightweight travel stroller one-hand fold aqua')),
  clear('other brand magnets', listingOf('Magnetic tiles building set 60 pcs')),
  clear('generic bicycle helmet', listingOf('Adult bicycle helmet with LED light', { brand: 'Giro' })),
  // unrelated background
  clear('kitchen', listingOf('Stainless steel chef knife 8 inch')),
  clear('clothing', listingOf("Men's cotton crew neck t-shirt, navy, size L")),
  clear('phone', listingOf('Smartphone 6.5 inch 128GB dual SIM')),
  clear('capacity is not a model', listingOf('20000 mAh battery 2025 new model')),
  clear('invalid barcode', listingOf('Portable charger', { gtins: ['012345678906'] })),
  clear('toy', listingOf('Wooden train set with 50 pieces')),
];

describe('match cases (the default algorithm)', () => {
  const index = buildRecallIndex(RECALLS);

  it('has at least 60 cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, matchCase) => {
    const result = screenListing(index, matchCase.listing);
    const summary = result.matches.map((m) => `${m.recallId} ${m.score} ${m.features.map((f) => `${f.name}:${f.score}`).join(',')}`);
    expect({ decision: result.decision, summary }).toMatchObject({ decision: matchCase.expect });
    if (matchCase.recall) expect(result.matches[0]?.recallId).toBe(matchCase.recall);
  });
});
