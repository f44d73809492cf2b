export { complianceFigures, type ComplianceFigures, type DurationSummary, type ReportCase } from './compliance-figures.js';
export { buildComplianceReport, type ComplianceReport, type RecallFigures, type ReportPeriod } from './compliance-report.js';
export { REPORT_FORMATS, reportCsv, reportHtml, reportJson, reportPdf, type ReportFormat } from './report-renderers.js';
export { REPORT_COLUMNS, reportRows } from './report-table.js';
