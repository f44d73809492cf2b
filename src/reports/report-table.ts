import type { ComplianceFigures } from './compliance-figures.js';
import type { ComplianceReport } from './compliance-report.js';

/** The columns every tabular rendering (CSV, HTML, PDF) shows, in order. */
export const REPORT_COLUMNS = [
  'recall',
  'found',
  'removed',
  'restricted',
  'dismissed',
  'still open',
  'overdue',
  'takedown p50 h',
  'takedown p90 h',
  'takedown max h',
  'within deadline',
  're-listings',
  'repeat sellers',
] as const;

/** One row of cells per recall, then the total. */
export function reportRows(report: ComplianceReport): string[][] {
  return [...report.byRecall.map((entry) => rowOf(entry.recallId, entry.figures)), rowOf('all recalls', report.overall)];
}

function rowOf(label: string, figures: ComplianceFigures): string[] {
  const hours = (value: number | null): string => (value === null ? '' : String(value));
  return [
    label,
    String(figures.found),
    String(figures.removed),
    String(figures.restricted),
    String(figures.dismissed),
    String(figures.stillOpen),
    String(figures.overdue),
    hours(figures.timeToTakedown.p50Hours),
    hours(figures.timeToTakedown.p90Hours),
    hours(figures.timeToTakedown.maxHours),
    figures.withinDeadlineShare === null ? '' : `${(figures.withinDeadlineShare * 100).toFixed(1)}%`,
    String(figures.relistingsCaught),
    String(figures.repeatSellers.length),
  ];
}
