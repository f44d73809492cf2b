import type { CaseState } from '../cases/index.js';

/** What a report needs of one case. */
export interface ReportCase {
  readonly caseId: string;
  readonly recallId: string;
  readonly state: CaseState;
  /** For a verified case: what was done (`remove` or `restrict`). */
  readonly outcome?: 'remove' | 'restrict';
  readonly seller: string | null;
  readonly marketplace: string;
  readonly relistingOf: string | null;
  readonly notifiedAt: Date;
  readonly dueAt: Date;
  /** When the marketplace confirmed the removal or restriction, if it did. */
  readonly takenDownAt: Date | null;
  readonly createdAt: Date;
}

export interface DurationSummary {
  readonly count: number;
  readonly p50Hours: number | null;
  readonly p90Hours: number | null;
  readonly maxHours: number | null;
}

/** The figures regulators ask for, over a set of cases. */
export interface ComplianceFigures {
  readonly found: number;
  readonly removed: number;
  readonly restricted: number;
  readonly dismissed: number;
  readonly stillOpen: number;
  readonly overdue: number;
  readonly timeToTakedown: DurationSummary;
  /** Taken down by the deadline, over all cases that were due by `asOf` (taken down or not), 0–1; null when none was due. */
  readonly withinDeadlineShare: number | null;
  readonly relistingsCaught: number;
  /** Sellers with two or more listings taken down, most first. */
  readonly repeatSellers: readonly { readonly marketplace: string; readonly seller: string; readonly takedowns: number }[];
}

const HOUR_MS = 3_600_000;

/**
 * Compliance figures over cases, as of an instant: counts by outcome, time from notification to takedown
 * (p50 / p90 / max, nearest rank), the share taken down within the deadline, re-listings caught, repeat sellers.
 * @example complianceFigures(cases, new Date('2026-11-30T00:00:00Z')).withinDeadlineShare
 */
export function complianceFigures(cases: readonly ReportCase[], asOf: Date): ComplianceFigures {
  let removed = 0;
  let restricted = 0;
  let dismissed = 0;
  let stillOpen = 0;
  let overdue = 0;
  let due = 0;
  let inTime = 0;
  const hours: number[] = [];
  const sellers = new Map<string, { marketplace: string; seller: string; takedowns: number }>();
  for (const item of cases) {
    const measure = outcomeOf(item);
    if (measure === 'remove') removed += 1;
    else if (measure === 'restrict') restricted += 1;
    else if (item.state === 'dismissed') dismissed += 1;
    else stillOpen += 1;
    if (measure && item.takenDownAt) {
      hours.push((item.takenDownAt.getTime() - item.notifiedAt.getTime()) / HOUR_MS);
      if (item.seller) {
        const key = `${item.marketplace}\u0000${item.seller}`;
        const entry = sellers.get(key) ?? { marketplace: item.marketplace, seller: item.seller, takedowns: 0 };
        entry.takedowns += 1;
        sellers.set(key, entry);
      }
    }
    if (item.state === 'dismissed') continue;
    const takenDown = measure && item.takenDownAt ? item.takenDownAt : null;
    if (takenDown) {
      due += 1;
      if (takenDown.getTime() <= item.dueAt.getTime()) inTime += 1;
    } else if (item.dueAt.getTime() <= asOf.getTime()) {
      due += 1;
      overdue += 1;
    }
  }
  hours.sort((a, b) => a - b);
  return {
    found: cases.length,
    removed,
    restricted,
    dismissed,
    stillOpen,
    overdue,
    timeToTakedown: {
      count: hours.length,
      p50Hours: nearestRank(hours, 0.5),
      p90Hours: nearestRank(hours, 0.9),
      maxHours: hours.length > 0 ? round(hours[hours.length - 1] as number) : null,
    },
    withinDeadlineShare: due > 0 ? round(inTime / due, 4) : null,
    relistingsCaught: cases.filter((item) => item.relistingOf !== null).length,
    repeatSellers: [...sellers.values()].filter((entry) => entry.takedowns >= 2).sort((a, b) => b.takedowns - a.takedowns || a.seller.localeCompare(b.seller)),
  };
}

function outcomeOf(item: ReportCase): 'remove' | 'restrict' | undefined {
  if (item.state === 'removed') return 'remove';
  if (item.state === 'restricted') return 'restrict';
  if (item.state === 'verified') return item.outcome;
  return undefined;
}

function nearestRank(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return round(sorted[rank - 1] as number);
}

function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
