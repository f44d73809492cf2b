import { complianceFigures, type ComplianceFigures, type ReportCase } from './compliance-figures.js';

export interface ReportPeriod {
  /** Cases created at or after this instant… */
  readonly from: Date;
  /** …and before this one. */
  readonly to: Date;
}

export interface RecallFigures {
  readonly recallId: string;
  readonly title: string;
  readonly figures: ComplianceFigures;
}

/** A compliance report: overall and per recall, for cases created in a period, as of an instant. */
export interface ComplianceReport {
  readonly generatedAt: string;
  readonly asOf: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly overall: ComplianceFigures;
  readonly byRecall: readonly RecallFigures[];
}

/**
 * Builds the report from the period's cases; recalls in id order.
 * @example buildComplianceReport(cases, titles, { from, to }, new Date())
 */
export function buildComplianceReport(
  cases: readonly ReportCase[],
  titles: ReadonlyMap<string, string>,
  period: ReportPeriod,
  asOf: Date,
  generatedAt: Date = asOf,
): ComplianceReport {
  const inPeriod = cases.filter((item) => item.createdAt >= period.from && item.createdAt < period.to);
  const byRecall = new Map<string, ReportCase[]>();
  for (const item of inPeriod) {
    const list = byRecall.get(item.recallId);
    if (list) list.push(item);
    else byRecall.set(item.recallId, [item]);
  }
  return {
    generatedAt: generatedAt.toISOString(),
    asOf: asOf.toISOString(),
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    overall: complianceFigures(inPeriod, asOf),
    byRecall: [...byRecall.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([recallId, list]) => ({ recallId, title: titles.get(recallId) ?? recallId, figures: complianceFigures(list, asOf) })),
  };
}
