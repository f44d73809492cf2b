import { describe, expect, it } from 'vitest';
import { buildRecallUrl } from './cpsc-client-query.js';

describe('buildRecallUrl', () => {
  it('puts the service path under the host, with or without a trailing slash or a path prefix', () => {
    expect(buildRecallUrl('https://www.saferproducts.gov', {}).href).toBe(
      'https://www.saferproducts.gov/RestWebServices/Recall?format=json',
    );
    expect(buildRecallUrl('https://www.saferproducts.gov/', { RecallNumber: '17057' }).href).toBe(
      'https://www.saferproducts.gov/RestWebServices/Recall?format=json&RecallNumber=17057',
    );
    expect(buildRecallUrl('http://127.0.0.1:8080/mirror', { UPC: '816153011219' }).href).toBe(
      'http://127.0.0.1:8080/mirror/RestWebServices/Recall?format=json&UPC=816153011219',
    );
  });

  it('orders parameters as the guide lists them, whatever the object order', () => {
    const url = buildRecallUrl('https://example.org', { Hazard: 'pinch', RecallTitle: 'stroller', LastPublishDateEnd: '2026-08-14' });
    expect([...url.searchParams.keys()]).toEqual(['format', 'LastPublishDateEnd', 'RecallTitle', 'Hazard']);
  });

  it.each([
    [{ LastPublishDateStart: '2026-8-5' }, 'LastPublishDateStart'],
    [{ RecallDateEnd: '2026-02-30' }, 'RecallDateEnd'],
    [{ ProductName: '' }, 'ProductName'],
    [{ brand: 'Trane' }, 'brand'],
  ])('refuses %j naming %s', (query, field) => {
    expect(() => buildRecallUrl('https://example.org', query as never)).toThrow(
      expect.objectContaining({ code: 'RG_ERR_BAD_INPUT', message: expect.stringContaining(field) }),
    );
  });
});
