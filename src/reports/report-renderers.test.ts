import { describe, expect, it } from 'vitest';
import type { ReportCase } from './compliance-figures.js';
import { buildComplianceReport } from './compliance-report.js';
import { reportCsv, reportHtml, reportJson, reportPdf } from './report-renderers.js';

const at = (text: string): Date => new Date(`${text}Z`);
const base = { seller: null, marketplace: 'ebay', relistingOf: null, notifiedAt: at('2026-11-02T09:00:00'), dueAt: at('2026-11-04T09:00:00'), createdAt: at('2026-11-02T09:00:00') } as const;
const cases: ReportCase[] = [
  { ...base, caseId: '1', recallId: 'cpsc:25338', state: 'removed', takenDownAt: at('2026-11-02T11:00:00') },
  { ...base, caseId: '2', recallId: 'cpsc:17057', state: 'dismissed', takenDownAt: null },
  { ...base, caseId: '3', recallId: 'cpsc:17057', state: 'open', takenDownAt: null, createdAt: at('2026-12-02T09:00:00') },
];
const titles = new Map([['cpsc:25338', 'Anker <PowerCore> recall']]);
const report = buildComplianceReport(cases, titles, { from: at('2026-11-01T00:00:00'), to: at('2026-12-01T00:00:00') }, at('2026-11-10T00:00:00'));

describe('compliance report renderings', () => {
  it('keeps only the period\'s cases, per recall in id order, with titles', () => {
    expect(report.overall.found).toBe(2);
    expect(report.byRecall.map((entry) => [entry.recallId, entry.title, entry.figures.found])).toEqual([
      ['cpsc:17057', 'cpsc:17057', 1],
      ['cpsc:25338', 'Anker <PowerCore> recall', 1],
    ]);
    expect(JSON.parse(reportJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('writes CSV with a header, a row per recall and the total', () => {
    const lines = reportCsv(report).trim().split('\n');
    expect(lines[0]).toBe('recall,found,removed,restricted,dismissed,still open,overdue,takedown p50 h,takedown p90 h,takedown max h,within deadline,re-listings,repeat sellers');
    expect(lines.slice(1)).toEqual(['cpsc:17057,1,0,0,1,0,0,,,,,0,0', 'cpsc:25338,1,1,0,0,0,0,2,2,2,100.0%,0,0', 'all recalls,2,1,0,1,0,0,2,2,2,100.0%,0,0']);
  });

  it('writes a self-contained HTML page with an SVG chart and escaped text', () => {
    const html = reportHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('<title>removed: 1</title>');
    expect(html).toContain('<td>all recalls</td>');
    expect(html).not.toContain('<script');
  });

  it('writes a PDF', async () => {
    const pdf = await reportPdf(report);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
