import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecallDocument, readRecallFiles, type RecallReadResult } from '../../src/feeds/index.js';
import { Recall, RecallId } from '../../src/recalls/index.js';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const CPSC = `${DATA}cpsc/`;
const EU = `${DATA}eu-safety-gate/`;
const SKIP = !existsSync(CPSC) || !existsSync(EU);
const WHY = SKIP ? ' — SKIPPED: reference data absent at ../shared/data (see /work/shared/data/README.md)' : '';

/** Counts observed on the reference files; a change here is a change in what the adapters accept. */
const EXPECTED: readonly { file: string; format: string; accepted: number; rejected: number; unique: number }[] = [
  { file: `${CPSC}cpsc-api-example-7938.json`, format: 'cpsc-api', accepted: 1, rejected: 0, unique: 1 },
  { file: `${CPSC}cpsc-sports-885.json`, format: 'cpsc-sports', accepted: 885, rejected: 0, unique: 885 },
  // 71 records have no recall_date; no date is invented for them.
  { file: `${CPSC}cpsc-usagov-3153.json`, format: 'cpsc-usagov', accepted: 3082, rejected: 71, unique: 3082 },
  // Four URL slugs occur twice in the compact lists; the later row wins.
  { file: `${CPSC}cpsc-all-9969-compact.json`, format: 'cpsc-compact', accepted: 9969, rejected: 0, unique: 9965 },
  { file: `${CPSC}cpsc-all-9944-compact-titles.json`, format: 'cpsc-compact', accepted: 9944, rejected: 0, unique: 9940 },
  { file: `${CPSC}cpsc-rss-sample-2021-11.xml`, format: 'cpsc-rss', accepted: 40, rejected: 0, unique: 40 },
  // 20 Slovak warnings are exact duplicates of others and share their content-derived id.
  { file: `${EU}safety-gate-463.json`, format: 'eu-safety-gate', accepted: 463, rejected: 0, unique: 443 },
];

const results = new Map<string, RecallReadResult>();
const timings = new Map<string, number>();

function resultOf(file: string): RecallReadResult {
  const result = results.get(file);
  if (result === undefined) throw new Error(`not read: ${file}`);
  return result;
}

function recallOf(file: string, id: string): Recall {
  const recall = resultOf(file).recalls.find((candidate) => candidate.id === id);
  if (recall === undefined) throw new Error(`${id} not in ${file}`);
  return recall;
}

describe.skipIf(SKIP)(`every record of the reference data through readRecallFiles${WHY}`, () => {
  beforeAll(async () => {
    for (const { file } of EXPECTED) {
      const started = performance.now();
      results.set(file, await readRecallFiles([file]));
      timings.set(file, performance.now() - started);
    }
  }, 60_000);

  for (const expected of EXPECTED) {
    const name = expected.file.slice(DATA.length);
    it(`${name}: ${expected.accepted} accepted, ${expected.rejected} rejected, ${expected.unique} unique ids`, () => {
      const result = resultOf(expected.file);
      expect(result.files).toEqual([
        { path: expected.file, format: expected.format, accepted: expected.accepted, rejected: expected.rejected },
      ]);
      expect(result.recalls).toHaveLength(expected.unique);
      expect(result.problems.length).toBeGreaterThanOrEqual(expected.rejected);
      const ids = result.recalls.map((recall) => recall.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const recall of result.recalls) {
        expect(RecallId.safeParse(recall.id).success, recall.id).toBe(true);
        expect(recall.id.startsWith(`${recall.source}:`), recall.id).toBe(true);
        expect(Recall.safeParse(recall).success, recall.id).toBe(true);
      }
    });
  }

  it('reports every usagov rejection as a missing recall_date, naming the record', () => {
    const { problems } = resultOf(`${CPSC}cpsc-usagov-3153.json`);
    expect(problems).toHaveLength(71);
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(['recall_date']));
    expect(problems).toContainEqual({ source: 'cpsc', recordId: '99079', field: 'recall_date', message: 'expected a date, got nothing' });
  });

  it('reads the CPSC API example: models from the description table, brand, sold period', () => {
    const recall = recallOf(`${CPSC}cpsc-api-example-7938.json`, 'cpsc:17057');
    expect(recall).toMatchObject({ publishedAt: '2016-12-20', jurisdictions: ['US'], importers: ['Aria Child Inc. of Dedham, Mass.'] });
    expect(recall.products).toEqual([
      expect.objectContaining({
        name: 'Qbit strollers',
        units: 'About 29,400',
        brands: ['Aria Child'],
        modelNumbers: ['10AW1G-AQU2U', '10AW1G-RAS2U', '10AW1G-WHT2U', '10AW1G-CHA4U', '10AW1G-CIR5U'],
        sold: { from: '2015-05-01', to: '2016-11-30' },
      }),
    ]);
  });

  it('spot-checks the sports file: part numbers, published UPCs, firm as brand', () => {
    const file = `${CPSC}cpsc-sports-885.json`;
    const ropes = recallOf(file, 'cpsc:26675').products[0];
    expect(ropes?.modelNumbers).toEqual(['MH730JZC045', 'MH730JZC050', 'MH730JZC060', 'MH730MCC045', 'MH730MCC050']);
    expect(ropes?.brands).toContain('Wichard Groupe');
    const stands = recallOf(file, 'cpsc:21022').products[0];
    expect(stands).toMatchObject({ modelNumbers: ['XSCT334', 'XSCT355'], gtins: ['816153011219', '816153011677'] });
    const helmets = recallOf(file, 'cpsc:13157').products[0];
    expect(helmets).toMatchObject({ modelNumbers: ['1009159'], gtins: ['035011937052'] });
  });

  it('spot-checks the usagov file: one product per description, codes from short strings, UPC digits', () => {
    const file = `${CPSC}cpsc-usagov-3153.json`;
    expect(recallOf(file, 'cpsc:14702').products[0]).toMatchObject({ modelNumbers: ['UDC3CW', 'UDC3WW'], brands: ['Infinity Green'] });
    const boxes = recallOf(file, 'cpsc:14013');
    expect(boxes.title).toBe('Cooper Crouse Hinds Recalls Ceiling Boxes Designed to Support Ceiling Light Fixtures');
    expect(boxes.products[0]?.modelNumbers).toEqual(['TP16002', 'TP16022', 'TP16023', 'TP16122', 'TP16307']);
    const blowers = recallOf(file, 'cpsc:01178');
    expect(blowers.products.map((p) => p.brands)).toEqual([['Tilton'], ['Deere', 'John Deere'], ['Husqvarna'], ['Carswell'], ['Makita']]);
    const spaced = resultOf(file).recalls.find((recall) => recall.products.some((p) => p.gtins.includes('077890287354')));
    expect(spaced, 'the UPC published as "0 7789028735 4"').toBeDefined();
  });

  it('spot-checks the compact lists: slug ids, titles, URLs, UPC lists', () => {
    const compact = recallOf(
      `${CPSC}cpsc-all-9969-compact.json`,
      'cpsc:2026/CCM-Hockey-US-Recalls-FMHVR-Hybrid-Visors-and-ACCHVR-Replacement-Visor-Accessories-Due-to-Risk-of-Injury-from-Laceration-or-Impact-Hazards',
    );
    expect(compact).toMatchObject({ publishedAt: '2026-08-20', remedies: ['Replace'] });
    expect(compact.title).toMatch(/^CCM Hockey US Recalls FMHVR Hybrid Visors/);
    expect(compact.url).toBe(
      'https://www.cpsc.gov/Recalls/2026/CCM-Hockey-US-Recalls-FMHVR-Hybrid-Visors-and-ACCHVR-Replacement-Visor-Accessories-Due-to-Risk-of-Injury-from-Laceration-or-Impact-Hazards',
    );
    expect(compact.products[0]?.brands).toContain('CCM Hockey');
    const titled = resultOf(`${CPSC}cpsc-all-9944-compact-titles.json`).recalls[0];
    expect(titled?.title).toMatch(/^A2batt Recalls EEMB Lithium Coin Battery Chargers/);
    const multi = resultOf(`${CPSC}cpsc-all-9969-compact.json`).recalls.find((r) => r.products[0]?.gtins.includes('840059615370'));
    expect(multi?.products[0]?.gtins).toEqual(['840059614922', '840059615370']);
  });

  it('spot-checks the RSS sample and the Safety Gate file', () => {
    const rss = resultOf(`${CPSC}cpsc-rss-sample-2021-11.xml`).recalls[0];
    expect(rss).toMatchObject({
      id: 'cpsc:2022/Hart-Consumer-Products-Recalls-Nailers-Due-to-Injury-Hazard-Sold-Exclusively-at-Walmart',
      publishedAt: '2021-11-10',
      products: [expect.objectContaining({ name: 'Nailers', brands: ['Hart Consumer Products'] })],
    });
    const file = `${EU}safety-gate-463.json`;
    expect(recallOf(file, 'eu-safety-gate:A12/0912/19')).toMatchObject({
      jurisdictions: ['EU'],
      publishedAt: '2019-01-01',
      products: [expect.objectContaining({ brands: ['Bentley'], manufactured: { from: '2018-01-22', to: '2019-03-06' } })],
    });
    const slovak = resultOf(file).recalls.filter((recall) => recall.id.startsWith('eu-safety-gate:sk-soi-'));
    expect(slovak).toHaveLength(90);
    expect(slovak.every((recall) => recall.jurisdictions.join() === 'SK')).toBe(true);
    const slime = slovak.find((recall) => recall.publishedAt === '2024-11-27');
    expect(slime?.products[0]).toMatchObject({ modelNumbers: ['YE27273', 'XE27273'], gtins: ['8584156293704'] });
    expect(slovak.some((recall) => recall.title.includes('Ã'))).toBe(false);
  });

  it('reads the compact list and the sports extract in well under a few seconds each (see report for timings)', () => {
    const compact = timings.get(`${CPSC}cpsc-all-9969-compact.json`) ?? Infinity;
    const sports = timings.get(`${CPSC}cpsc-sports-885.json`) ?? Infinity;
    console.info(`read times: compact 9,969 rows ${compact.toFixed(0)} ms; sports 885 records ${sports.toFixed(0)} ms`);
    expect(compact).toBeLessThan(5_000);
    expect(sports).toBeLessThan(5_000);
  });

  it('skips a real record stripped of its recall number or given a non-date date, keeping its neighbours', () => {
    const example = (JSON.parse(readFileSync(`${CPSC}cpsc-api-example-7938.json`, 'utf8')) as { record: Record<string, unknown> }).record;
    const batch = [
      { ...example, RecallNumber: '17001' },
      { ...example, RecallNumber: undefined },
      { ...example, RecallNumber: '17003', RecallDate: '20/12/2016' },
      { ...example, RecallNumber: '17004' },
    ];
    const result = readRecallDocument(batch, 'edited example');
    expect(result.recalls.map((recall) => recall.id)).toEqual(['cpsc:17001', 'cpsc:17004']);
    expect(result.problems).toEqual([
      { source: 'cpsc', recordId: 'RecallID 7938', field: 'RecallNumber', message: 'required: a recall number' },
      { source: 'cpsc', recordId: '17003', field: 'RecallDate', message: 'expected a date, got "20/12/2016"' },
    ]);
    expect(readRecallDocument(batch, 'edited example')).toEqual(result);
  });

  it('gives the same recalls, problems and counts when the whole data set is read twice', async () => {
    const paths = [CPSC, EU];
    const first = await readRecallFiles(paths);
    const second = await readRecallFiles(paths);
    expect(second).toEqual(first);
    expect(first.files.map((f) => f.path.slice(DATA.length))).toEqual([
      'cpsc/cpsc-all-9944-compact-titles.json',
      'cpsc/cpsc-all-9969-compact.json',
      'cpsc/cpsc-api-example-7938.json',
      'cpsc/cpsc-rss-sample-2021-11.xml',
      'cpsc/cpsc-sports-885.json',
      'cpsc/cpsc-usagov-3153.json',
      'eu-safety-gate/safety-gate-463.json',
    ]);
  }, 60_000);
});
