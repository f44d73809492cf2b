import { describe, expect, it } from 'vitest';
import type { FeedRecord } from '../feed-adapter.js';
import { cpscApiAdapter } from './cpsc-api-adapter.js';

/** A made-up API record in the documented shape. */
function apiRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    RecallID: 9001,
    RecallNumber: '24999',
    RecallDate: '2024-03-14T00:00:00',
    Description: 'This recall involves Zoomer kick scooters with model numbers ZK-100 and ZK-200. UPC 0 12345 67890 5 is on the box.',
    URL: 'https://www.cpsc.gov/Recalls/2024/Zoomer-Toys-Recalls-Kick-Scooters',
    Title: 'Zoomer Toys Recalls Kick Scooters Due to Fall Hazard',
    ConsumerContact: 'Zoomer Toys at 800-555-0100',
    LastPublishDate: '2024-03-20T00:00:00',
    Products: [{ Name: 'Zoomer kick scooters', Description: '', Model: '', Type: 'Scooters', CategoryID: '', NumberOfUnits: 'About 2,000' }],
    Inconjunctions: [],
    Images: [{ URL: 'https://www.cpsc.gov/s3fs-public/zoomer 1.jpg' }],
    Injuries: [],
    Manufacturers: [{ Name: 'Zoomer Toys Ltd., of Shenzhen, China', CompanyID: '' }],
    Retailers: [{ Name: 'Toy Barn stores nationwide from January 2023 through February 2024 for about $60.', CompanyID: '' }],
    Importers: [],
    Distributors: [],
    SoldAtLabel: null,
    ManufacturerCountries: [{ Country: 'China' }],
    ProductUPCs: [{ UPC: '012345678912' }],
    Hazards: [{ Name: 'The handlebar can break.', HazardType: '', HazardTypeID: '' }],
    Remedies: [{ Name: 'Stop using the scooters and contact Zoomer Toys for a refund.' }],
    RemedyOptions: [{ Option: 'Refund' }],
    ...overrides,
  };
}

function convert(raw: unknown) {
  const [record] = [...cpscApiAdapter.records([raw])] as FeedRecord[];
  if (record === undefined) throw new Error('no record');
  return { record, result: cpscApiAdapter.toRecall(record) };
}

describe('cpscApiAdapter', () => {
  it('detects API arrays (empty ones too), single records and the {record} wrapper, nothing else', () => {
    expect(cpscApiAdapter.detect([apiRecord()])).toBe(true);
    expect(cpscApiAdapter.detect([])).toBe(true);
    expect(cpscApiAdapter.detect(apiRecord())).toBe(true);
    expect(cpscApiAdapter.detect({ record: apiRecord() })).toBe(true);
    expect(cpscApiAdapter.detect({ recalls: [{ number: '1' }] })).toBe(false);
    expect(cpscApiAdapter.detect([{ recall_number: '1' }])).toBe(false);
    expect(cpscApiAdapter.detect('text')).toBe(false);
    expect([...cpscApiAdapter.records({ record: apiRecord() })].map((r) => r.recordId)).toEqual(['24999']);
  });

  it('maps a record to a recall, reading identifiers and brands from the text', () => {
    const raw = apiRecord();
    const { result } = convert(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.recall).toMatchObject({
      id: 'cpsc:24999',
      source: 'cpsc',
      jurisdictions: ['US'],
      title: 'Zoomer Toys Recalls Kick Scooters Due to Fall Hazard',
      publishedAt: '2024-03-14',
      updatedAt: '2024-03-20',
      hazards: ['The handlebar can break.'],
      remedies: ['Stop using the scooters and contact Zoomer Toys for a refund.', 'Refund'],
      manufacturers: ['Zoomer Toys Ltd., of Shenzhen, China'],
      countriesOfManufacture: ['China'],
      images: ['https://www.cpsc.gov/s3fs-public/zoomer 1.jpg'],
    });
    expect(result.recall.products).toEqual([
      {
        name: 'Zoomer kick scooters',
        brands: ['Zoomer Toys'],
        modelNumbers: ['ZK-100', 'ZK-200'],
        gtins: ['012345678912', '012345678905'],
        productType: 'Scooters',
        units: 'About 2,000',
        sold: { from: '2023-01-01', to: '2024-02-29' },
      },
    ]);
    expect(result.recall.raw).toBe(raw);
  });

  it('uses a published Model first, and makes one product per Products entry', () => {
    const { result } = convert(
      apiRecord({
        Products: [
          { Name: 'Zoomer kick scooters', Model: 'ZK-300; ZK-400' },
          { Name: 'Zoomer scooter handlebars', NumberOfUnits: null },
        ],
      }),
    );
    expect(result.ok && result.recall.products.map((p) => [p.name, p.modelNumbers])).toEqual([
      ['Zoomer kick scooters', ['ZK-300', 'ZK-400', 'ZK-100', 'ZK-200']],
      ['Zoomer scooter handlebars', ['ZK-100', 'ZK-200']],
    ]);
  });

  it('is lenient with null and missing lists, naming the product after the title', () => {
    const { result } = convert(
      apiRecord({ Products: null, Images: null, Hazards: [null], Retailers: undefined, LastPublishDate: null, URL: 'not a url' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.recall.products.map((p) => p.name)).toEqual(['Kick Scooters']);
    expect(result.recall).toMatchObject({ images: [], hazards: [], updatedAt: undefined, url: undefined });
  });

  it('reports a missing recall number and an unreadable date on their fields, naming the record', () => {
    const { record, result } = convert(apiRecord({ RecallNumber: '', RecallDate: 'yesterday' }));
    expect(record.recordId).toBe('RecallID 9001');
    expect(result).toEqual({
      ok: false,
      problems: [
        { source: 'cpsc', recordId: 'RecallID 9001', field: 'RecallNumber', message: 'required: a recall number' },
        { source: 'cpsc', recordId: 'RecallID 9001', field: 'RecallDate', message: 'expected a date, got "yesterday"' },
      ],
    });
  });

  it('reports a wrongly typed list on its path', () => {
    const { result } = convert(apiRecord({ Products: 'scooters' }));
    expect(result.ok === false && result.problems.map((p) => p.field)).toEqual(['Products']);
  });
});
