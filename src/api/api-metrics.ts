import { Counter, Histogram, Registry } from 'prom-client';
import type { ListingDecision } from '../matching/index.js';
import type { SweepStatus } from '../screening/index.js';
import type { IngestRun } from '../storage/index.js';

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

/**
 * The API's Prometheus metrics, in a registry of its own (never prom-client's global one), so two apps in one
 * process, as in tests, count separately.
 * @example const metrics = new ApiMetrics(); metrics.screened(results, seconds); await metrics.registry.metrics();
 */
export class ApiMetrics {
  readonly registry = new Registry();

  private readonly httpRequests = new Counter({
    name: 'recallguard_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'recallguard_http_request_duration_seconds',
    help: 'Time from receiving a request to sending its answer, by route template',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly screens = new Counter({
    name: 'recallguard_screened_listings_total',
    help: 'Listings screened through POST /v1/screen, by the decision reached',
    labelNames: ['decision'] as const,
    registers: [this.registry],
  });

  private readonly screenDuration = new Histogram({
    name: 'recallguard_screening_duration_seconds',
    help: 'Time spent screening the listings of one POST /v1/screen request',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly sweeps = new Counter({
    name: 'recallguard_sweeps_total',
    help: 'Recall sweeps over the stored listings, by whether they finished',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  private readonly sweptListings = new Counter({
    name: 'recallguard_swept_listings_total',
    help: 'Stored listings screened by recall sweeps',
    registers: [this.registry],
  });

  private readonly ingested = new Counter({
    name: 'recallguard_ingested_records_total',
    help: 'Records ingested, by kind (recalls, listings) and outcome (added, changed, unchanged, rejected)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  request(method: string, route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ method, route, status: String(status) });
    this.httpDuration.observe({ method, route }, seconds);
  }

  screened(results: readonly { readonly decision: ListingDecision }[], seconds: number): void {
    for (const result of results) this.screens.inc({ decision: result.decision });
    this.screenDuration.observe(seconds);
  }

  swept(sweeps: readonly SweepStatus[]): void {
    for (const sweep of sweeps) {
      this.sweeps.inc({ outcome: sweep.done ? 'done' : 'stopped' });
      this.sweptListings.inc(sweep.scanned);
    }
  }

  ingestedRun(run: IngestRun): void {
    const counts = { added: run.added, changed: run.changed, unchanged: run.unchanged, rejected: run.rejected };
    for (const [outcome, count] of Object.entries(counts)) this.ingested.inc({ kind: run.kind, outcome }, count);
  }
}
