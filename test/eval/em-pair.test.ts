import { describe, expect, it } from 'vitest';
import { parseEmFile, parseEmLine, parseEmRecord } from '../../bench/eval/em-pair.js';
import { listingFromEm, recallFromEm } from '../../bench/eval/em-mapping.js';

const WALMART_LINE =
  'COL title VAL da-lite 27514 da-plex unframed rear projection screen COL category VAL projection screens COL brand VAL da-lite ' +
  'COL modelno VAL  COL price VAL  \tCOL title VAL da-lite da-plex rear screen 27514 COL category VAL electronics - general ' +
  'COL brand VAL da-lite COL modelno VAL 27514 COL price VAL 2608.99 \t1';

describe('parseEmRecord', () => {
  it('splits attributes and trims values, keeping empty ones', () => {
    expect(parseEmRecord('COL name VAL lg 24 \' dishwasher COL description VAL  COL price VAL 19.5 ')).toEqual({
      name: "lg 24 ' dishwasher",
      description: '',
      price: '19.5',
    });
  });

  it('keeps a value that contains the word "val" or "col" in lower case', () => {
    expect(parseEmRecord('COL title VAL col val cable COL brand VAL x')).toEqual({ title: 'col val cable', brand: 'x' });
  });

  it('rejects text that is not a serialised record', () => {
    expect(parseEmRecord('title: anker')).toBeUndefined();
  });
});

describe('parseEmLine', () => {
  it('reads left, right and the label of a benchmark line', () => {
    const result = parseEmLine(WALMART_LINE, 7);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pair.match).toBe(true);
    expect(result.pair.left.modelno).toBe('');
    expect(result.pair.right.modelno).toBe('27514');
    expect(result.pair.rightKey.startsWith('COL title VAL da-lite da-plex')).toBe(true);
  });

  it('reports a line with a wrong number of fields or a bad label, with its number', () => {
    expect(parseEmLine('COL a VAL b\tCOL a VAL c', 3)).toEqual({ ok: false, problem: { line: 3, message: 'expected 3 tab-separated fields, found 2' } });
    const bad = parseEmLine('COL a VAL b\tCOL a VAL c\tyes', 4);
    expect(bad.ok === false && bad.problem.message).toContain('label must be 0 or 1');
    const noCol = parseEmLine('COL a VAL b\tjust text\t0', 5);
    expect(noCol.ok === false && noCol.problem.message).toContain('right record');
  });

  it('accepts CRLF line ends', () => {
    expect(parseEmLine('COL a VAL b\tCOL a VAL c\t0\r', 1).ok).toBe(true);
  });
});

describe('parseEmFile', () => {
  it('skips blank lines and keeps going after a bad one', () => {
    const { pairs, problems } = parseEmFile(`${WALMART_LINE}\n\nbroken\n${WALMART_LINE.replace(/1$/, '0')}\n`);
    expect(pairs.map((pair) => pair.match)).toEqual([true, false]);
    expect(problems.map((problem) => problem.line)).toEqual([3]);
  });
});

describe('mapping to the engine', () => {
  const line = parseEmLine(WALMART_LINE, 1);
  if (!line.ok) throw new Error('fixture line must parse');

  it('maps the left record to a listing', () => {
    expect(listingFromEm(line.pair.left, 'l1')).toEqual({
      id: 'l1',
      title: 'da-lite 27514 da-plex unframed rear projection screen',
      brand: 'da-lite',
      category: 'projection screens',
    });
  });

  it('maps the right record to a one-product recall with brand, model and type', () => {
    const recall = recallFromEm(line.pair.right, 'em:walmart-amazon-r0');
    expect(recall.products).toEqual([
      { name: 'da-lite da-plex rear screen 27514', brands: ['da-lite'], modelNumbers: ['27514'], gtins: [], productType: 'electronics - general' },
    ]);
  });

  it('maps manufacturer to brand and name to title (Amazon-Google, Abt-Buy shapes)', () => {
    expect(listingFromEm({ title: 'adobe cs3', manufacturer: 'adobe', price: '' }, 'l2').brand).toBe('adobe');
    expect(recallFromEm({ name: 'sony kdl-40', description: '' }, 'em:abt-buy-r1').products[0]?.name).toBe('sony kdl-40');
  });
});
