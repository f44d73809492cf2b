import { stringify } from 'csv-stringify/sync';
import PDFDocument from 'pdfkit';
import type { ComplianceReport } from './compliance-report.js';
import { REPORT_COLUMNS, reportRows } from './report-table.js';

export const REPORT_FORMATS = ['json', 'csv', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report as JSON text. */
export function reportJson(report: ComplianceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** One CSV row per recall and a total row, with a header. */
export function reportCsv(report: ComplianceReport): string {
  return stringify([[...REPORT_COLUMNS], ...reportRows(report)]);
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string);

const OUTCOMES = [
  { key: 'removed', colour: '#2e7d32' },
  { key: 'restricted', colour: '#1565c0' },
  { key: 'dismissed', colour: '#9e9e9e' },
  { key: 'stillOpen', colour: '#ef6c00' },
] as const;

/** A stacked bar per recall: how its cases ended. Plain SVG, so the page needs no script. */
function outcomeChart(report: ComplianceReport): string {
  const rows = report.byRecall;
  const width = 640;
  const barHeight = 18;
  const labelWidth = 200;
  const most = Math.max(1, ...rows.map((row) => row.figures.found));
  const bars = rows.map((row, index) => {
    let x = labelWidth;
    const y = index * (barHeight + 6);
    const parts = OUTCOMES.map(({ key, colour }) => {
      const count = row.figures[key];
      const w = (count / most) * (width - labelWidth - 40);
      const rect = count > 0 ? `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${colour}"><title>${key}: ${count}</title></rect>` : '';
      x += w;
      return rect;
    });
    return `<text x="0" y="${y + 13}" font-size="12">${escapeHtml(row.recallId.slice(0, 30))}</text>${parts.join('')}<text x="${(x + 4).toFixed(1)}" y="${y + 13}" font-size="12">${row.figures.found}</text>`;
  });
  const height = Math.max(1, rows.length) * (barHeight + 6) + 24;
  const legend = OUTCOMES.map(({ key, colour }, index) => `<rect x="${labelWidth + index * 110}" y="${height - 14}" width="10" height="10" fill="${colour}"/><text x="${labelWidth + index * 110 + 14}" y="${height - 5}" font-size="11">${key}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="case outcomes per recall" width="${width}" height="${height}">${bars.join('')}${legend.join('')}</svg>`;
}

/** A self-contained HTML page: summary, a chart of outcomes per recall, the table, repeat sellers. */
export function reportHtml(report: ComplianceReport): string {
  const overall = report.overall;
  const share = overall.withinDeadlineShare === null ? 'n/a' : `${(overall.withinDeadlineShare * 100).toFixed(1)}%`;
  const head = REPORT_COLUMNS.map((column) => `<th>${escapeHtml(column)}</th>`).join('');
  const body = reportRows(report)
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  const sellers = overall.repeatSellers.map((entry) => `<li>${escapeHtml(entry.seller)} (${escapeHtml(entry.marketplace)}): ${entry.takedowns} takedowns</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>recallguard compliance report</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:first-child,th:first-child{text-align:left}</style>
</head><body>
<h1>Compliance report</h1>
<p>Cases created ${escapeHtml(report.period.from)} to ${escapeHtml(report.period.to)}, as of ${escapeHtml(report.asOf)}.</p>
<p><strong>${overall.found}</strong> listings found; <strong>${overall.removed}</strong> removed, <strong>${overall.restricted}</strong> restricted, ${overall.dismissed} dismissed, ${overall.stillOpen} still open (${overall.overdue} overdue). Taken down within the deadline: <strong>${share}</strong>. Time to takedown p50 ${overall.timeToTakedown.p50Hours ?? 'n/a'} h, p90 ${overall.timeToTakedown.p90Hours ?? 'n/a'} h, max ${overall.timeToTakedown.maxHours ?? 'n/a'} h. Re-listings caught: ${overall.relistingsCaught}.</p>
<h2>Outcomes per recall</h2>
${outcomeChart(report)}
<h2>Figures</h2>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
<h2>Repeat sellers</h2>
${sellers ? `<ul>${sellers}</ul>` : '<p>None.</p>'}
</body></html>
`;
}

/** The report as a PDF: summary, then the table, one recall per line. */
export function reportPdf(report: ComplianceReport): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: 'recallguard compliance report' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const overall = report.overall;
    doc.fontSize(18).text('Compliance report');
    doc.moveDown(0.5).fontSize(10).text(`Cases created ${report.period.from} to ${report.period.to}, as of ${report.asOf}.`);
    const share = overall.withinDeadlineShare === null ? 'n/a' : `${(overall.withinDeadlineShare * 100).toFixed(1)}%`;
    doc.text(`${overall.found} found; ${overall.removed} removed, ${overall.restricted} restricted, ${overall.dismissed} dismissed, ${overall.stillOpen} still open (${overall.overdue} overdue). Within deadline: ${share}. Re-listings caught: ${overall.relistingsCaught}.`);
    doc.moveDown();
    const widths = [150, 40, 50, 55, 55, 50, 45, 60, 60, 60, 60, 50, 50];
    const drawRow = (cells: readonly string[], bold: boolean): void => {
      const y = doc.y;
      let x = doc.page.margins.left;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
      cells.forEach((cell, index) => {
        doc.text(cell, x, y, { width: (widths[index] ?? 50) - 4, lineBreak: false, ellipsis: true });
        x += widths[index] ?? 50;
      });
      doc.x = doc.page.margins.left;
      doc.y = y + 14;
      if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
    };
    drawRow(REPORT_COLUMNS, true);
    for (const row of reportRows(report)) drawRow(row, row[0] === 'all recalls');
    doc.end();
  });
}
