import { fc, test } from '@fast-check/vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractModelCandidates, isModelLike, modelKey } from './model-number.js';

const keysOf = (text: string): string[] => extractModelCandidates(text).map(modelKey);

/** Title words that hold no model: units, brands, product words. */
const FILLER = ['Power', 'Bank', 'Portable', 'Charger', '20000mAh', '65W', 'USB-C', 'for', 'iPhone', 'Fast', 'Charging',
  'Black', 'Slim', 'LED', 'Display', 'with', 'Cable', '2-Pack', 'PD', 'QC3.0', 'Anker', 'ROMOSS', 'Stroller', 'Baby'];
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 5 }).map((words) => words.join(' '));
const model = fc.stringMatching(/^[A-Z]{1,4}-?[0-9]{2,6}[A-Z]{0,3}$/).filter(isModelLike);

describe('extractModelCandidates', () => {
  it.each([
    ['Baseus 65W 30000mAh Power Bank BS-30KP365 black', ['BS-30KP365']],
    ['gb Qbit stroller 10AW1G-AQU2U, 10AW1G-RAS2U', ['10AW1G-AQU2U', '10AW1G-RAS2U']],
    ['ROMOSS 20000mAh power bank PAC20 - 272', ['PAC20', 'PAC20-272']],
    ['Portable charger A 1263 for laptop', ['A 1263']],
    ['Portable charger A 1 2 6 3 for laptop', ['A1263']],
    ['Anker PowerCore AI263 10000mAh', ['AI263']],
    ['Toilet bowl cleaner with model number 1803', ['1803']],
    ['Trampoline model 8361', ['8361']],
    ['Models 8361, 8362 and 8363 were sold', ['8361', '8362', '8363']],
    ['Item No. 281655 step stool', ['281655']],
    ['Girls jeans style number BM02545', ['BM02545']],
    ['罗马仕充电宝 型号：PAC20-272 货号 8361', ['PAC20-272', '8361']],
    ['Chargers A1263/A1268 for sale', ['A1263/A1268', 'A1263', 'A1268']],
    ['ＢＳ－３０ＫＰ３６５ 充电宝', ['BS-30KP365']],
  ])('%s', (text, expected) => {
    expect(extractModelCandidates(text)).toEqual(expected);
  });

  it('gives the same key for homoglyph and spaced-out spellings of one model', () => {
    for (const text of ['A1263', 'AI263', 'Al263', 'A l 2 6 3', 'AＩ263', 'A-1-2-6-3', 'A 1263', '\u0410\u200b1263']) {
      expect(keysOf(`Power bank ${text} 10000mAh`)).toContain('a1263');
    }
  });

  it('ignores amounts, ratings and plain words', () => {
    expect(extractModelCandidates('20000mAh 65W PD 5V/2.4A USB3.0 3-in-1 1080p 4K IP68 Type-C 2025 new power bank')).toEqual([]);
    expect(extractModelCandidates('Set of 2 item boxes, model year')).toEqual([]);
  });

  it('needs "no."/"number" after weaker keywords', () => {
    expect(extractModelCandidates('Part 2 of the kit')).toEqual([]);
    expect(extractModelCandidates('Part number 1009159')).toEqual(['1009159']);
  });

  it('deduplicates by key, keeping the first spelling', () => {
    expect(extractModelCandidates('A1263 and again a-1263 and AI263')).toEqual(['A1263']);
  });

  it('deduplicates by key in long lists too (a recall table of 40 models, each written twice)', () => {
    const models = Array.from({ length: 40 }, (_, i) => `KX${100 + i}`);
    const table = `${models.join(', ')}; again: ${models.map((m) => m.toLowerCase()).join(' ')} KXl00`;
    expect(extractModelCandidates(table)).toEqual(models);
  });

  test.prop([filler, model, filler])('finds a model-like token anywhere in a title', (before, m, after) => {
    expect(keysOf(`${before} ${m} ${after}`)).toContain(modelKey(m));
  });

  test.prop([filler, model.filter((m) => !m.includes('-')), filler])(
    'finds a model spelled out one character at a time',
    (before, m, after) => {
      expect(keysOf(`${before} ${[...m].join(' ')} ${after}`)).toContain(modelKey(m));
    },
  );

  test.prop([filler, fc.stringMatching(/^[1-9][0-9]{2,6}$/), filler])('takes pure numbers after "model"', (before, n, after) => {
    expect(keysOf(`${before} model ${n} ${after}`)).toContain(n);
  });
});

const WALMART_AMAZON = fileURLToPath(new URL('../../../shared/data/em-benchmarks/Walmart-Amazon', import.meta.url));

describe.skipIf(!existsSync(WALMART_AMAZON))('extractModelCandidates on Walmart-Amazon titles (needs ../shared/data)', () => {
  it('finds the catalogue model number whenever it stands in the title as one letters-and-digits token', () => {
    const pairs = new Map<string, string>();
    for (const split of ['train', 'valid', 'test']) {
      for (const line of readFileSync(`${WALMART_AMAZON}/${split}.txt`, 'utf8').split('\n')) {
        for (const record of line.split('\t').slice(0, 2)) {
          const title = /COL title VAL (.*?) COL /.exec(record)?.[1];
          const model = /COL modelno VAL (.*?) COL /.exec(record)?.[1]?.trim().toLowerCase();
          if (title !== undefined && model !== undefined && /^[a-z0-9][-a-z0-9/.]*$/.test(model)) pairs.set(title, model);
        }
      }
    }
    let present = 0;
    let found = 0;
    for (const [title, model] of pairs) {
      if (!/[a-z]/.test(model) || !/\d/.test(model) || !title.toLowerCase().split(/\s+/).includes(model)) continue;
      present++;
      if (keysOf(title).includes(modelKey(model))) found++;
    }
    console.log(`Walmart-Amazon: model extracted in ${found}/${present} titles that carry it as a token`);
    expect(present).toBeGreaterThan(1000);
    expect(found / present).toBeGreaterThan(0.98);
  });
});

describe('extractModelCandidates with a spaced letter prefix', () => {
  it.each([
    ['anker a 1263 powercore', ['a 1263']],
    ['Anker A 1263', ['A 1263']],
    ['comes with a 1000 mAh cell', []],
    ['set of 100 stickers', []],
    ['made in 2024 for kids', []],
    ['a 2024 model', []],
  ])('%s', (text, expected) => {
    expect(extractModelCandidates(text)).toEqual(expected);
  });
});

describe('extractModelCandidates with keyword values after other candidates', () => {
  it.each([
    ['BS-30KP365 charger, model A1263 and bs30kp365', ['A1263', 'bs30kp365']],
    ['A1263 kit, SKU: A-1263, item no. 5502', ['A-1263', '5502']],
    ['AB12 A 1 2 6 3 model 8361', ['8361', 'AB12', 'A1263']],
    ['ＰＡＣ２０ 型号 8361 model 9 9 9', ['8361', 'PAC20']],
  ])('%s: the keyword values first, each key spelled as first found', (text, expected) => {
    expect(extractModelCandidates(text)).toEqual(expected);
  });
});
