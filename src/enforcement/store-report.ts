import { buildComplianceReport, type ComplianceReport, type ReportCase, type ReportPeriod } from '../reports/index.js';
import type { Store, StoredCase } from '../storage/index.js';

const PAGE = 1_000;

/**
 * The compliance report of the cases created in a period, from the store, optionally for one recall.
 * @example await complianceReportFromStore(store, { from, to }, new Date())
 */
export async function complianceReportFromStore(store: Store, period: ReportPeriod, asOf: Date, recallId?: string): Promise<ComplianceReport> {
  const cases: ReportCase[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.cases.list({ createdFrom: period.from, createdTo: period.to, limit: PAGE, ...(after ? { after } : {}), ...(recallId ? { recallId } : {}) });
    cases.push(...page.map(reportCase));
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.caseId;
  }
  const titles = new Map<string, string>();
  for (const id of new Set(cases.map((item) => item.recallId))) {
    const stored = await store.recalls.get(id);
    if (stored) titles.set(id, stored.recall.title);
  }
  return buildComplianceReport(cases, titles, period, asOf);
}

function reportCase(stored: StoredCase): ReportCase {
  const status = stored.status;
  return {
    caseId: stored.caseId,
    recallId: stored.recallId,
    state: status.state,
    ...(status.state === 'verified' ? { outcome: status.outcome.kind } : {}),
    seller: stored.seller,
    marketplace: stored.marketplace,
    relistingOf: stored.relistingOf,
    notifiedAt: stored.notifiedAt,
    dueAt: stored.dueAt,
    takenDownAt: status.state === 'dismissed' ? null : stored.closedAt,
    createdAt: stored.createdAt,
  };
}
