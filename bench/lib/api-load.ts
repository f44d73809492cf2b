import autocannon from 'autocannon';

/**
 * One load phase: closed-loop (each connection sends its next request when the answer arrives) or at a
 * fixed overall rate (autocannon gives each connection a budget per second).
 */
export interface LoadPhase {
  readonly name: string;
  readonly connections: number;
  readonly durationS: number;
  /** Requests per second over all connections; absent for closed-loop. */
  readonly rate?: number;
}

export interface LoadSummary {
  readonly name: string;
  readonly connections: number;
  readonly targetRate: number | null;
  readonly durationS: number;
  readonly requests: number;
  /** Mean of autocannon's per-second request counts. */
  readonly requestsPerSec: number;
  /** Client-side latency as measured (whole milliseconds, as autocannon records them). */
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly statusCodes: Readonly<Record<string, number>>;
}

/**
 * Sends `POST /v1/screen` with the given bodies in turn (each request a different listing) for one phase.
 * @example const summary = await runLoad(url, key, bodies, { name: 'target', connections: 16, durationS: 20, rate: 1000 });
 */
export async function runLoad(url: string, key: string, bodies: readonly string[], phase: LoadPhase): Promise<LoadSummary> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: phase.connections,
    duration: phase.durationS,
    timeout: 10,
    // autocannon's correction assumes one request per millisecond per connection whatever the rate, so at
    // 62 req/s per connection it turns one slow answer into dozens of made-up samples.
    ...(phase.rate === undefined ? {} : { overallRate: phase.rate, ignoreCoordinatedOmission: true }),
    requests: [
      {
        method: 'POST',
        path: '/v1/screen',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] as string }),
      },
    ],
  });
  return {
    name: phase.name,
    connections: phase.connections,
    targetRate: phase.rate ?? null,
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, Number(count)])),
  };
}
