import { describe, expect, it } from 'vitest';
import type { ConversionResult } from '../feed-adapter.js';
import { safetyGateAdapter } from './safety-gate-adapter.js';

function alert(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    alert_number: 'A12/01234/23',
    country_of_origin: 'Peoples Republic of China',
    risk_type: 'Electric shock',
    product_name: 'Travel adaptor',
    product_description: 'White plug adaptor, model number TA-55',
    brand: 'VoltGo®',
    product_category: 'Electrical appliances and equipment',
    model_type_number: 'TA-55; TA-56',
    barcode: '5901234123457\n5901234123464',
    production_dates: 'Made between 3 January 2023 and 30 June 2023.',
    batch_number: 'B17061',
    ...overrides,
  };
}

function slovakWarning(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    product_name: 'SvetelnÃ½ reÅ¥azec ART NO. LX-3301',
    product_category: null,
    published_on: null,
    images: 'https://www.soi.sk/files/documents/nebvyr/2024/retazec%201.jpg?w=500&h=500,https://www.soi.sk/files/documents/nebvyr/2024/retazec%202.jpg?w=500&h=500',
    ...overrides,
  };
}

function convertAll(records: unknown[]): ConversionResult[] {
  return [...safetyGateAdapter.records(records)].map((record) => safetyGateAdapter.toRecall(record));
}

describe('safetyGateAdapter', () => {
  it('detects flat alert records', () => {
    expect(safetyGateAdapter.detect([alert()])).toBe(true);
    expect(safetyGateAdapter.detect([{ product_name: 'x' }])).toBe(false);
  });

  it('maps an alert: id, EU, year of the alert number, brand, models, barcodes, production period', () => {
    const [result] = convertAll([alert()]);
    expect(result?.ok && result.recall).toMatchObject({
      id: 'eu-safety-gate:A12/01234/23',
      source: 'eu-safety-gate',
      jurisdictions: ['EU'],
      title: 'VoltGo® — Travel adaptor — White plug adaptor, model number TA-55',
      publishedAt: '2023-01-01',
      hazards: ['Electric shock'],
      countriesOfManufacture: ['Peoples Republic of China'],
      products: [
        {
          name: 'Travel adaptor',
          brands: ['VoltGo'],
          modelNumbers: ['TA-55', 'TA-56'],
          gtins: ['5901234123457', '5901234123464'],
          productType: 'Electrical appliances and equipment',
          manufactured: { from: '2023-01-03', to: '2023-06-30' },
        },
      ],
    });
  });

  it('gives a Slovak warning a stable content id, SK, the year of its picture folder and repaired text', () => {
    const [first, again] = convertAll([slovakWarning(), slovakWarning()]);
    expect(first?.ok && again?.ok && first.recall.id === again.recall.id).toBe(true);
    expect(first?.ok && first.recall).toMatchObject({
      id: expect.stringMatching(/^eu-safety-gate:sk-soi-[0-9a-f]{12}$/),
      jurisdictions: ['SK'],
      publishedAt: '2024-01-01',
      title: 'Svetelný reťazec ART NO. LX-3301',
      images: [expect.stringContaining('retazec%201.jpg'), expect.stringContaining('retazec%202.jpg')],
      products: [{ name: 'Svetelný reťazec ART NO. LX-3301', modelNumbers: ['LX-3301'] }],
    });
    const [other] = convertAll([slovakWarning({ product_name: 'Iný výrobok' })]);
    expect(other?.ok && first?.ok && other.recall.id !== first.recall.id).toBe(true);
  });

  it('uses published_on when given, and rejects a record with no date or year at all', () => {
    const [dated, undated] = convertAll([slovakWarning({ published_on: '27. 11. 2024' }), slovakWarning({ images: null })]);
    expect(dated?.ok && dated.recall.publishedAt).toBe('2024-11-27');
    expect(undated?.ok === false && undated.problems.map((p) => p.field)).toEqual(['published_on']);
  });

  it('reports a record without a product name while the others go through', () => {
    const results = convertAll([alert(), alert({ alert_number: 'A12/9/23', product_name: null })]);
    expect(results[0]?.ok).toBe(true);
    expect(results[1]).toEqual({
      ok: false,
      problems: [{ source: 'eu-safety-gate', recordId: 'A12/9/23', field: 'product_name', message: 'required: the product name' }],
    });
  });
});
