import { describe, expect, it } from 'vitest';
import { complianceFigures, type ReportCase } from './compliance-figures.js';

const at = (text: string): Date => new Date(`${text}Z`);

/** A case notified at 2026-11-02 09:00 UTC, due 2 days later, with what the test names. */
function caseOf(caseId: string, extra: Partial<ReportCase>): ReportCase {
  return {
    caseId,
    recallId: 'cpsc:25338',
    state: 'open',
    seller: null,
    marketplace: 'ebay',
    relistingOf: null,
    notifiedAt: at('2026-11-02T09:00:00'),
    dueAt: at('2026-11-04T09:00:00'),
    takenDownAt: null,
    createdAt: at('2026-11-02T09:00:00'),
    ...extra,
  };
}

describe('complianceFigures on a small timeline, checked by hand', () => {
  const cases: ReportCase[] = [
    // removed after 2 h, by seller s1
    caseOf('1', { state: 'removed', seller: 's1', takenDownAt: at('2026-11-02T11:00:00') }),
    // restricted after 10 h
    caseOf('2', { state: 'restricted', seller: 's2', takenDownAt: at('2026-11-02T19:00:00') }),
    // verified removal after 60 h: late (due after 48 h), seller s1 again
    caseOf('3', { state: 'verified', outcome: 'remove', seller: 's1', takenDownAt: at('2026-11-04T21:00:00') }),
    // dismissed: counts as found, not as due
    caseOf('4', { state: 'dismissed' }),
    // still open and past its deadline at asOf
    caseOf('5', { state: 'action_requested' }),
    // still open, not yet due at asOf
    caseOf('6', { state: 'open', notifiedAt: at('2026-11-05T09:00:00'), dueAt: at('2026-11-07T09:00:00') }),
    // a re-listing caught and removed after 1 h
    caseOf('7', { state: 'removed', seller: 's3', relistingOf: '1', takenDownAt: at('2026-11-02T10:00:00') }),
  ];

  it('counts, times, shares and sellers', () => {
    const figures = complianceFigures(cases, at('2026-11-06T00:00:00'));
    expect(figures).toMatchObject({ found: 7, removed: 3, restricted: 1, dismissed: 1, stillOpen: 2, overdue: 1, relistingsCaught: 1 });
    // takedown hours sorted: 1, 2, 10, 60 -> p50 = 2nd = 2, p90 = 4th = 60, max = 60
    expect(figures.timeToTakedown).toEqual({ count: 4, p50Hours: 2, p90Hours: 60, maxHours: 60 });
    // due by asOf: the four taken down (3 in time) and case 5 (overdue) -> 3 / 5
    expect(figures.withinDeadlineShare).toBe(0.6);
    expect(figures.repeatSellers).toEqual([{ marketplace: 'ebay', seller: 's1', takedowns: 2 }]);
  });

  it('has no share and no times when nothing was due or taken down', () => {
    const figures = complianceFigures([caseOf('9', { state: 'open', dueAt: at('2026-12-01T00:00:00') })], at('2026-11-03T00:00:00'));
    expect(figures.withinDeadlineShare).toBeNull();
    expect(figures.timeToTakedown).toEqual({ count: 0, p50Hours: null, p90Hours: null, maxHours: null });
    expect(figures.stillOpen).toBe(1);
  });
});
