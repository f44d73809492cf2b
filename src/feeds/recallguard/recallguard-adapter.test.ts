import { describe, expect, it } from 'vitest';
import type { ConversionResult } from '../feed-adapter.js';
import { RECALLGUARD_FORMAT, recallguardAdapter } from './recallguard-adapter.js';

function recall(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'cpsc:24999',
    source: 'cpsc',
    title: 'Zoomer Toys Recalls Kick Scooters',
    publishedAt: '2024-03-14',
    products: [{ name: 'Zoomer kick scooters', modelNumbers: ['ZK-100'] }],
    ...overrides,
  };
}

function convertAll(document: unknown): ConversionResult[] {
  return [...recallguardAdapter.records(document)].map((record) => recallguardAdapter.toRecall(record));
}

describe('recallguardAdapter', () => {
  it('detects the tagged document and bare arrays of recalls', () => {
    expect(recallguardAdapter.detect({ format: RECALLGUARD_FORMAT, recalls: [] })).toBe(true);
    expect(recallguardAdapter.detect([recall()])).toBe(true);
    expect(recallguardAdapter.detect({ format: 'other', recalls: [] })).toBe(false);
    expect(recallguardAdapter.detect([{ id: 'x' }])).toBe(false);
  });

  it('parses each recall with the Recall schema, applying its defaults', () => {
    const [result] = convertAll({ format: RECALLGUARD_FORMAT, recalls: [recall()] });
    expect(result?.ok && result.recall).toEqual({
      id: 'cpsc:24999',
      source: 'cpsc',
      jurisdictions: [],
      title: 'Zoomer Toys Recalls Kick Scooters',
      publishedAt: '2024-03-14',
      hazards: [],
      remedies: [],
      manufacturers: [],
      importers: [],
      distributors: [],
      retailers: [],
      countriesOfManufacture: [],
      images: [],
      products: [{ name: 'Zoomer kick scooters', brands: [], modelNumbers: ['ZK-100'], gtins: [] }],
    });
  });

  it('reports schema problems by field path, naming the record, and keeps the good ones', () => {
    const results = convertAll([recall(), recall({ id: 'cpsc:2', products: [{ name: '' }], publishedAt: '14/03/2024' })]);
    expect(results[0]?.ok).toBe(true);
    expect(results[1]?.ok === false && results[1].problems.map((p) => [p.source, p.recordId, p.field])).toEqual([
      ['cpsc', 'cpsc:2', 'publishedAt'],
      ['cpsc', 'cpsc:2', 'products.0.name'],
    ]);
  });
});
