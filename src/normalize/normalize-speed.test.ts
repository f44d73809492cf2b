import { describe, expect, it } from 'vitest';
import { extractModelCandidates, tokenize } from './index.js';

/** The matching engine's budget is 150,000 listings/s on one core; each normaliser must beat it alone. */
const FLOOR_PER_SECOND = 150_000;
const TITLES = 4_000;
const ROUNDS = 10;

const BRANDS = ['Anker', 'ROMOSS', 'Baseus', 'UGREEN', 'INIU', 'Generic', 'Hoco', 'gb'];
const NOUNS = ['Power Bank', 'Portable Charger', 'Wall Charger', 'USB-C Cable', 'Baby Stroller', 'Bike Helmet'];
const EXTRAS = ['20000mAh', '65W PD', 'Fast Charging', 'for iPhone 15', 'LED Display', 'Black', '2-Pack', 'Slim', 'QC3.0'];
const MODELS = ['A1263', 'BS-30KP365', 'PAC20-272', '10AW1G-AQU2U', 'MB-216', 'X100', 'PLT20A-152', 'AI263'];

/** Deterministic titles of about 70 characters; every tenth starts with Chinese. */
function makeTitles(): string[] {
  let seed = 7;
  const pick = <T>(items: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return items[seed % items.length] as T;
  };
  const titles: string[] = [];
  for (let i = 0; i < TITLES; i++) {
    let title = `${pick(BRANDS)} ${pick(NOUNS)} ${pick(EXTRAS)} ${pick(MODELS)} ${pick(EXTRAS)}`;
    if (i % 10 === 0) title = `羅馬仕充電寶 ${title}`;
    while (title.length < 66) title += ` ${pick(EXTRAS)}`;
    titles.push(title.slice(0, 72));
  }
  return titles;
}

/** Titles per second of CPU time, after a warm-up round; the results are consumed so nothing is skipped. */
function rate(titles: readonly string[], fn: (title: string) => readonly string[]): { perSecond: number; produced: number } {
  let produced = 0;
  for (const title of titles) produced += fn(title).length;
  const before = process.cpuUsage();
  for (let round = 0; round < ROUNDS; round++) for (const title of titles) produced += fn(title).length;
  const used = process.cpuUsage(before);
  return { perSecond: (ROUNDS * titles.length) / ((used.user + used.system) / 1e6), produced };
}

describe('normaliser speed on ~70-character titles', () => {
  it(`tokenize and extractModelCandidates each exceed ${FLOOR_PER_SECOND.toLocaleString('en')} titles/s`, () => {
    const titles = makeTitles();
    const results = { tokenize: [] as number[], extractModelCandidates: [] as number[] };
    for (let trial = 0; trial < 3; trial++) {
      const tokens = rate(titles, tokenize);
      const models = rate(titles, extractModelCandidates);
      expect(tokens.produced).toBeGreaterThan(0);
      expect(models.produced).toBeGreaterThan(0);
      results.tokenize.push(tokens.perSecond);
      results.extractModelCandidates.push(models.perSecond);
    }
    const best = (values: number[]): number => Math.round(Math.max(...values));
    console.log(
      `titles/s (best of 3, CPU time): tokenize ${best(results.tokenize).toLocaleString('en')}, ` +
        `extractModelCandidates ${best(results.extractModelCandidates).toLocaleString('en')}`,
    );
    expect(best(results.tokenize)).toBeGreaterThan(FLOOR_PER_SECOND);
    expect(best(results.extractModelCandidates)).toBeGreaterThan(FLOOR_PER_SECOND);
  });
});
