import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Listing } from '../src/listings/index.js';
import { Recall } from '../src/recalls/index.js';

const recallsPath = new URL('../data/demo/recalls.json', import.meta.url);
const listingsPath = new URL('../data/demo/listings.ndjson', import.meta.url);

const recallFile = JSON.parse(readFileSync(recallsPath, 'utf8')) as { format: string; recalls: unknown[] };
const recalls = recallFile.recalls.map((raw) => Recall.parse(raw));
const recallById = new Map(recalls.map((r) => [r.id, r]));
const rawListings = readFileSync(listingsPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Record<string, unknown>);
const listings = rawListings.map((raw) => Listing.parse(raw));

interface DemoLabel {
  kind: string;
  expect: 'block' | 'review' | 'clear';
  recallId?: string;
}

const EVASIONS = [
  'exact', 'model-reformatted', 'homoglyph', 'full-width', 'zero-width',
  'spaced-letters', 'chinese-title', 'brand-omitted', 'barcode-only', 'renamed',
];
const HARD_NEGATIVES = [
  'same-brand-other-product', 'near-model', 'near-barcode', 'accessory', 'other-brand-same-type', 'not-affected-notice',
];

const labelOf = (l: Listing): DemoLabel => l.demo as DemoLabel;
const text = (l: Listing): string => [l.title, l.description, l.brand, l.model].filter(Boolean).join(' ');
/** Upper-case letters and digits only; drops spacing, punctuation and invisible characters. */
const squash = (s: string): string => s.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
const digits = (s: string): string => s.replace(/\D/g, '');
const LOOKALIKES: Readonly<Record<string, string>> = { '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041e': 'O', O: '0', I: '1', L: '1' };
const unconfuse = (s: string): string => [...s.normalize('NFKC').toUpperCase()].map((c) => LOOKALIKES[c] ?? c).join('').replace(/[^A-Z0-9]/g, '');

const recallOf = (l: Listing) => {
  const r = recallById.get(labelOf(l).recallId ?? '');
  if (!r) throw new Error(`${l.id}: unknown recall ${labelOf(l).recallId}`);
  return r;
};
const modelsOf = (r: Recall): string[] => r.products.flatMap((p) => p.modelNumbers);
const brandsOf = (r: Recall): string[] => r.products.flatMap((p) => p.brands);
const gtinsOf = (r: Recall): string[] => r.products.flatMap((p) => p.gtins);
const allModels = recalls.flatMap(modelsOf);
const allBrands = [...new Set(recalls.flatMap(brandsOf))];
const mentionsBrand = (s: string, brand: string): boolean => squash(s).includes(squash(brand));
const validGtin = (g: string): boolean => {
  const d = [...g].map(Number);
  const sum = d.slice(0, -1).reverse().reduce((acc, x, i) => acc + x * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === d.at(-1);
};
const editDistance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
};

const ofKind = (kind: string) => listings.filter((l) => labelOf(l).kind === kind);
const positives = listings.filter((l) => EVASIONS.includes(labelOf(l).kind));
const negatives = listings.filter((l) => HARD_NEGATIVES.includes(labelOf(l).kind));
const background = ofKind('background');

describe('demo recalls', () => {
  it('is a small recallguard.recalls/v1 file whose records all parse', () => {
    expect(recallFile.format).toBe('recallguard.recalls/v1');
    expect(statSync(recallsPath).size).toBeLessThan(150_000);
    expect(recallFile.recalls.filter((raw) => !Recall.safeParse(raw).success)).toEqual([]);
    expect(recalls.length).toBeGreaterThanOrEqual(25);
    expect(recalls.length).toBeLessThanOrEqual(35);
  });

  it('has unique ids shaped like <source>:<number>, with CPSC numbers written without a dash', () => {
    expect(new Set(recalls.map((r) => r.id)).size).toBe(recalls.length);
    for (const r of recalls) {
      expect(r.id.startsWith(`${r.source}:`)).toBe(true);
      if (r.source === 'cpsc') expect(r.id).toMatch(/^cpsc:\d{5}$/);
    }
  });

  it('covers the 2025 power bank recalls and a high-powered magnet set', () => {
    for (const model of ['A1263', 'BS-30KP365', 'BI-B41', '2G520', 'E33A', 'PAC20-272']) expect(allModels).toContain(model);
    expect(recalls.some((r) => r.products.some((p) => p.productType === 'high-powered magnet set'))).toBe(true);
  });
});

describe('demo listings', () => {
  it('all parse as listings, with unique ids and a demo label', () => {
    expect(rawListings.filter((raw) => !Listing.safeParse(raw).success)).toEqual([]);
    expect(new Set(listings.map((l) => l.id)).size).toBe(listings.length);
    for (const l of listings) expect(labelOf(l)).toMatchObject({ kind: expect.any(String), expect: expect.any(String) });
  });

  it('has about 60 positives, 60 hard negatives and 80 background listings', () => {
    expect(positives.length + negatives.length + background.length).toBe(listings.length);
    expect(positives.length).toBeGreaterThanOrEqual(55);
    expect(positives.length).toBeLessThanOrEqual(70);
    expect(negatives.length).toBeGreaterThanOrEqual(50);
    expect(negatives.length).toBeLessThanOrEqual(70);
    expect(background.length).toBeGreaterThanOrEqual(70);
    expect(background.length).toBeLessThanOrEqual(90);
    for (const kind of EVASIONS) expect(ofKind(kind).length, kind).toBeGreaterThanOrEqual(2);
  });

  it('labels positives block or review against a known recall, and everything else clear', () => {
    for (const l of positives) {
      expect(['block', 'review']).toContain(labelOf(l).expect);
      expect(recallById.has(labelOf(l).recallId ?? ''), l.id).toBe(true);
    }
    for (const l of [...negatives, ...background]) expect(labelOf(l), l.id).toEqual({ kind: labelOf(l).kind, expect: 'clear' });
    const covered = new Set(positives.map((l) => labelOf(l).recallId));
    expect(recalls.filter((r) => !covered.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('has one seller who keeps re-listing the same recalled product', () => {
    const bySellerAndRecall = new Map<string, number>();
    for (const l of positives) {
      const key = `${l.seller}|${labelOf(l).recallId}`;
      bySellerAndRecall.set(key, (bySellerAndRecall.get(key) ?? 0) + 1);
    }
    expect(Math.max(...bySellerAndRecall.values())).toBeGreaterThanOrEqual(4);
  });
});

describe('each positive really uses its evasion', () => {
  const check = (kind: string, ok: (l: Listing, r: Recall) => boolean) =>
    it(kind, () => {
      const failures = ofKind(kind).filter((l) => !ok(l, recallOf(l))).map((l) => l.id);
      expect(failures).toEqual([]);
    });
  const hasModel = (s: string, r: Recall) => modelsOf(r).some((m) => squash(s).includes(squash(m)));

  check('exact', (l, r) => modelsOf(r).some((m) => text(l).includes(m)) && brandsOf(r).some((b) => text(l).includes(b)));
  check('model-reformatted', (l, r) => hasModel(text(l), r) && !modelsOf(r).some((m) => text(l).includes(m)));
  check('homoglyph', (l, r) =>
    !hasModel(text(l), r) && modelsOf(r).some((m) => unconfuse(text(l)).includes(unconfuse(m))));
  check('full-width', (l) => /[\uff01-\uff5e]/.test(l.title));
  check('zero-width', (l) => text(l).includes('\u200b'));
  check('spaced-letters', (l) => /(?:^|\s)(?:\S\s){3,}\S(?=\s|$)/.test(l.title));
  check('chinese-title', (l) => /[\u4e00-\u9fff]/.test(l.title));
  check('brand-omitted', (l, r) =>
    !brandsOf(r).some((b) => mentionsBrand(text(l), b)) && (hasModel(text(l), r) || labelOf(l).expect === 'review'));
  check('barcode-only', (l, r) => {
    const codes = [...(l.gtins ?? []), ...(l.description?.match(/[\d-]{12,}/g) ?? [])].map(digits);
    return codes.some((c) => gtinsOf(r).includes(c)) && !hasModel(l.title, r);
  });
  check('renamed', (l, r) =>
    brandsOf(r).some((b) => mentionsBrand(text(l), b)) && (hasModel(text(l), r) || labelOf(l).expect === 'review'));
});

describe('hard negatives are genuinely close to a recall', () => {
  it('near-model listings are one or two edits from a recalled model but never equal to one', () => {
    for (const l of ofKind('near-model')) {
      const tokens = l.title.split(/[\s,()]+/).map(squash).filter((t) => /\d/.test(t) && /[A-Z]/.test(t));
      const recalled = allModels.map(squash);
      expect(tokens.some((t) => recalled.includes(t)), l.id).toBe(false);
      expect(tokens.some((t) => recalled.some((m) => editDistance(t, m) <= 2)), l.id).toBe(true);
    }
  });

  it('near-barcode listings carry a valid GTIN one digit away from a recalled one', () => {
    const recalled = recalls.flatMap(gtinsOf);
    for (const l of ofKind('near-barcode')) {
      for (const g of l.gtins ?? []) {
        expect(validGtin(g), l.id).toBe(true);
        expect(recalled).not.toContain(g);
        expect(recalled.some((r) => r.length === g.length && [...r].filter((c, i) => c !== g[i]).length <= 2), l.id).toBe(true);
      }
    }
  });

  it('accessories and not-affected notices name a recalled model or brand; same-brand listings use a recalled brand', () => {
    for (const l of [...ofKind('accessory'), ...ofKind('not-affected-notice')]) {
      const named = [...allModels, ...allBrands].some((m) => squash(text(l)).includes(squash(m)));
      expect(named, l.id).toBe(true);
    }
    for (const l of ofKind('same-brand-other-product')) expect(allBrands, l.id).toContain(l.brand);
  });

  it('background listings mention no recalled brand or model', () => {
    for (const l of background) {
      const words = new Set(text(l).toLowerCase().split(/[^\p{L}\p{N}-]+/u));
      expect(allBrands.filter((b) => words.has(b.toLowerCase())), l.id).toEqual([]);
      expect(allModels.filter((m) => squash(text(l)).includes(squash(m))), l.id).toEqual([]);
    }
  });
});
