import { describe, expect, it } from 'vitest';
import { Recall } from './recall-schema.js';
import { dedupeByNotice } from './same-notice.js';

const recall = (id: string, url: string | undefined, modelNumbers: string[] = []): Recall =>
  Recall.parse({ id, source: 'cpsc', title: id, publishedAt: '2025-01-01', ...(url ? { url } : {}), products: [{ name: 'Thing', modelNumbers }] });

describe('dedupeByNotice', () => {
  it('keeps the record with the most identifiers for one notice address, in the first one\'s place', () => {
    const compact = recall('cpsc:2025/Anker-Recalls', 'https://www.cpsc.gov/Recalls/2025/Anker-Recalls');
    const detailed = recall('cpsc:25338', 'http://cpsc.gov/Recalls/2025/anker-recalls/', ['A1263']);
    const other = recall('cpsc:1', 'https://www.cpsc.gov/Recalls/2025/Other');
    expect(dedupeByNotice([compact, other, detailed])).toEqual({ recalls: [detailed, other], merged: 1 });
  });

  it('never merges records without an address or with only a section address', () => {
    const result = dedupeByNotice([recall('a:1', undefined), recall('a:2', undefined), recall('a:3', 'https://www.cpsc.gov/Recalls'), recall('a:4', 'https://www.cpsc.gov/Recalls/')]);
    expect(result.merged).toBe(0);
    expect(result.recalls).toHaveLength(4);
  });
});
