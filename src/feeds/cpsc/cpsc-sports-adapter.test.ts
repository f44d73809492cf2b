import { describe, expect, it } from 'vitest';
import type { ConversionResult } from '../feed-adapter.js';
import { cpscSportsAdapter } from './cpsc-sports-adapter.js';

function sportsRecall(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 1,
    number: '25001',
    date: '2025-01-09',
    title: 'Peak Gear Recalls Climbing Helmets Due to Head Injury Hazard',
    name: 'Peak Gear climbing helmets',
    hazard: 'The shell can crack.',
    remedy: 'Stop using the helmets and contact Peak Gear for a replacement.',
    units: 'About 900',
    description: 'This recall involves Peak Gear-branded climbing helmets, model numbers PG-7 and PG-9, with UPC 0 98765 43210 9.',
    url: 'https://www.cpsc.gov/Recalls/2025/Peak-Gear-Recalls-Climbing-Helmets',
    image: 'https://www.cpsc.gov/s3fs-public/peak.png',
    injuries: 'None reported.',
    upcs: [987654321098],
    ...overrides,
  };
}

function convertAll(recalls: unknown[]): ConversionResult[] {
  const doc = { built: '2025-02-01', source: 'test', count: recalls.length, recalls };
  return [...cpscSportsAdapter.records(doc)].map((record) => cpscSportsAdapter.toRecall(record));
}

describe('cpscSportsAdapter', () => {
  it('detects the extract by its recalls with numbers', () => {
    expect(cpscSportsAdapter.detect({ built: 'x', recalls: [sportsRecall()] })).toBe(true);
    expect(cpscSportsAdapter.detect({ built: 'x', recalls: [] })).toBe(true);
    expect(cpscSportsAdapter.detect({ recalls: [{ id: 'cpsc:1', products: [] }] })).toBe(false);
    expect(cpscSportsAdapter.detect([sportsRecall()])).toBe(false);
  });

  it('maps a record, with identifiers, brands and published UPCs', () => {
    const [result] = convertAll([sportsRecall()]);
    expect(result?.ok && result.recall).toMatchObject({
      id: 'cpsc:25001',
      publishedAt: '2025-01-09',
      title: 'Peak Gear Recalls Climbing Helmets Due to Head Injury Hazard',
      hazards: ['The shell can crack.'],
      remedies: ['Stop using the helmets and contact Peak Gear for a replacement.'],
      images: ['https://www.cpsc.gov/s3fs-public/peak.png'],
      products: [
        {
          name: 'Peak Gear climbing helmets',
          brands: ['Peak Gear'],
          modelNumbers: ['PG-7', 'PG-9'],
          gtins: ['987654321098', '098765432109'],
          units: 'About 900',
        },
      ],
    });
  });

  it('reports a record without a number by position while its neighbours go through', () => {
    const results = convertAll([sportsRecall(), sportsRecall({ number: undefined }), sportsRecall({ number: '25003' })]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toEqual({
      ok: false,
      problems: [{ source: 'cpsc', recordId: '#2', field: 'number', message: 'required: a recall number' }],
    });
  });

  it('fails the document, not a record, when recalls is not a list', () => {
    expect(() => [...cpscSportsAdapter.records({ recalls: 'none' })]).toThrow(/not a CPSC sports extract/);
  });
});
