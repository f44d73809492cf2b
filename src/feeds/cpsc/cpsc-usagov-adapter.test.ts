import { describe, expect, it } from 'vitest';
import type { ConversionResult } from '../feed-adapter.js';
import { cpscUsagovAdapter } from './cpsc-usagov-adapter.js';

function usagovRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organization: 'CPSC',
    recall_number: '12345 ',
    recall_date: '2012-05-01',
    recall_url: 'http://www.cpsc.gov/en/Recalls/2012/Brightway-Recalls-Desk-Lamps/',
    manufacturers: ['Brightway', 'Lamp Depot'],
    product_types: ['Lights & Accessories'],
    descriptions: ['Brightway desk lamps, model BW-410', 'Lamp Depot clip lamps, UPC 0 12345 67890 5'],
    upcs: ['0-12345-67891-2'],
    hazards: ['Fire & Fire-Related Burn'],
    countries: null,
    ...overrides,
  };
}

function convert(raw: unknown): ConversionResult {
  const [record] = [...cpscUsagovAdapter.records([raw])];
  if (record === undefined) throw new Error('no record');
  return cpscUsagovAdapter.toRecall(record);
}

describe('cpscUsagovAdapter', () => {
  it('detects arrays of records with recall_number', () => {
    expect(cpscUsagovAdapter.detect([usagovRecord()])).toBe(true);
    expect(cpscUsagovAdapter.detect([{ RecallNumber: '1' }])).toBe(false);
  });

  it('makes one product per description, titled from the URL slug', () => {
    const result = convert(usagovRecord());
    expect(result.ok && result.recall).toMatchObject({
      id: 'cpsc:12345',
      title: 'Brightway Recalls Desk Lamps',
      publishedAt: '2012-05-01',
      hazards: ['Fire & Fire-Related Burn'],
      manufacturers: ['Brightway', 'Lamp Depot'],
      countriesOfManufacture: [],
      products: [
        { name: 'Brightway desk lamps, model BW-410', brands: ['Brightway'], modelNumbers: ['BW-410'], gtins: ['012345678912'] },
        {
          name: 'Lamp Depot clip lamps, UPC 0 12345 67890 5',
          brands: ['Lamp Depot'],
          modelNumbers: [],
          gtins: ['012345678912', '012345678905'],
        },
      ],
    });
  });

  it('falls back to the first description for the title and to the title for a product', () => {
    const search = 'http://cs.cpsc.gov/ConceptDemo/SearchCPSC.aspx?query=12345';
    const noSlug = convert(usagovRecord({ recall_url: search }));
    expect(noSlug.ok && noSlug.recall.title).toBe('Brightway desk lamps, model BW-410');
    const noDescriptions = convert(usagovRecord({ descriptions: null }));
    expect(noDescriptions.ok && noDescriptions.recall.products.map((p) => p.name)).toEqual(['Desk Lamps']);
  });

  it('rejects a record without a date rather than inventing one', () => {
    expect(convert(usagovRecord({ recall_date: null }))).toEqual({
      ok: false,
      problems: [{ source: 'cpsc', recordId: '12345', field: 'recall_date', message: 'expected a date, got nothing' }],
    });
  });
});
