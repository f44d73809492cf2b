import { describe, expect, it } from 'vitest';
import type { ConversionResult } from '../feed-adapter.js';
import { compactSlug, cpscCompactAdapter } from './cpsc-compact-adapter.js';

const PREFIX = 'https://www.cpsc.gov/Recalls/';

function convertAll(rows: unknown[]): ConversionResult[] {
  return [...cpscCompactAdapter.records({ prefix: PREFIX, rows })].map((record) => cpscCompactAdapter.toRecall(record));
}

describe('cpscCompactAdapter', () => {
  it('detects {prefix, rows}', () => {
    expect(cpscCompactAdapter.detect({ prefix: PREFIX, rows: [] })).toBe(true);
    expect(cpscCompactAdapter.detect({ rows: [] })).toBe(false);
  });

  it('uses the URL slug as the id and derives title and URL from it', () => {
    const [result] = convertAll([
      { n: 'Glow Lite LX-2000 Night Lights', h: 'The light can overheat.', y: '2024-06-06', u: '2024/Glow-Lite-Recalls-Night-Lights', c: '012345678905 012345678912', o: 'Refund' },
    ]);
    expect(result?.ok && result.recall).toMatchObject({
      id: 'cpsc:2024/Glow-Lite-Recalls-Night-Lights',
      title: 'Glow Lite Recalls Night Lights',
      url: 'https://www.cpsc.gov/Recalls/2024/Glow-Lite-Recalls-Night-Lights',
      publishedAt: '2024-06-06',
      hazards: ['The light can overheat.'],
      remedies: ['Refund'],
      products: [{ name: 'Glow Lite LX-2000 Night Lights', brands: ['Glow Lite'], modelNumbers: ['LX-2000'], gtins: ['012345678905', '012345678912'] }],
    });
  });

  it('prefers the title field, and names the product after the title when n is empty', () => {
    const [result] = convertAll([{ n: '', t: 'Glow Lite Recalls Night Lights Due to Burn Hazard', h: '', y: '2024-06-06', u: '2024/Glow' }]);
    expect(result?.ok && [result.recall.title, result.recall.products[0]?.name, result.recall.hazards]).toEqual([
      'Glow Lite Recalls Night Lights Due to Burn Hazard',
      'Night Lights',
      [],
    ]);
  });

  it('repairs rows that hold a whole or mistyped URL, and slugs with spaces', () => {
    expect(compactSlug('https:/www.cpsc.gov/Recalls/2026/Minka-Recalls-Pendants')).toBe('2026/Minka-Recalls-Pendants');
    expect(compactSlug('hhttps://www.cpsc.gov/Recalls/2023/TJX-Recalls-Chairs')).toBe('2023/TJX-Recalls-Chairs');
    expect(compactSlug('2025/Touch-of-Class-Recalls-Wall-Teester -Bed-Crowns')).toBe('2025/Touch-of-Class-Recalls-Wall-Teester--Bed-Crowns');
    const [result] = convertAll([{ n: 'Chairs', h: 'x', y: '2023-01-05', u: 'hhttps://www.cpsc.gov/Recalls/2023/TJX-Recalls-Chairs' }]);
    expect(result?.ok && [result.recall.id, result.recall.url]).toEqual([
      'cpsc:2023/TJX-Recalls-Chairs',
      'https://www.cpsc.gov/Recalls/2023/TJX-Recalls-Chairs',
    ]);
  });

  it('reports rows without a slug or date by position', () => {
    const results = convertAll([{ n: 'A', y: '2024-01-01' }, { n: 'B', y: 'soon', u: '2024/B' }, 'junk']);
    expect(results.map((r) => (r.ok ? 'ok' : r.problems.map((p) => `${p.recordId} ${p.field}`).join()))).toEqual([
      '#1 u',
      '2024/B y',
      '#3 (record)',
    ]);
  });
});
