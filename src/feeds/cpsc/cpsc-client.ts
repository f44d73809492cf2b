import { setTimeout as delay } from 'node:timers/promises';
import pRetry, { AbortError } from 'p-retry';
import { z } from 'zod';
import { RecallguardError, isRecallguardError } from '../../errors/index.js';
import { buildRecallUrl, type CpscQuery } from './cpsc-client-query.js';
import { parseRecallsBody, parseRetryAfter } from './cpsc-client-response.js';

/** The public host of the CPSC Recalls API (programmers guide v1.4). */
export const CPSC_DEFAULT_BASE_URL = 'https://www.saferproducts.gov';

/**
 * Settings of a {@link CpscClient}. `retries` counts retries after the first attempt; backoff doubles from
 * `minBackoffMs` up to `maxBackoffMs`, with random jitter (×1 to ×2). A `Retry-After` is waited for on top of
 * that backoff; one longer than `maxRetryAfterMs` is not, and the request fails instead.
 * @example CpscClientOptions.parse({ baseUrl: process.env.RECALLGUARD_CPSC_BASE_URL });
 */
export const CpscClientOptions = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/ }).default(CPSC_DEFAULT_BASE_URL),
    timeoutMs: z.number().int().positive().default(30_000),
    retries: z.number().int().min(0).max(20).default(4),
    minBackoffMs: z.number().int().min(0).default(1_000),
    maxBackoffMs: z.number().int().min(0).default(30_000),
    maxRetryAfterMs: z.number().int().min(0).default(120_000),
    userAgent: z.string().min(1).default('recallguard/0.1'),
  })
  .refine((options) => options.maxBackoffMs >= options.minBackoffMs, {
    message: 'maxBackoffMs must not be below minBackoffMs',
    path: ['maxBackoffMs'],
  });
export type CpscClientOptions = z.infer<typeof CpscClientOptions>;
export type CpscClientOptionsInput = z.input<typeof CpscClientOptions>;

/** Time functions a test may replace; the HTTP side is never replaced. */
export interface CpscClientClock {
  /** Waits before honouring a `Retry-After`. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Current time in epoch ms, to read a `Retry-After` given as a date. */
  readonly now: () => number;
}

const SYSTEM_CLOCK: CpscClientClock = { sleep: (ms) => delay(ms), now: () => Date.now() };

function retryAfterOf(error: unknown): number | undefined {
  if (!isRecallguardError(error)) return undefined;
  const value = error.details['retryAfterMs'];
  return typeof value === 'number' ? value : undefined;
}

function causeText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/**
 * Client of the CPSC Recalls REST API: one GET per query, retried on network errors, timeouts, 429 and 5xx.
 * @example
 * const client = new CpscClient({ baseUrl: process.env.RECALLGUARD_CPSC_BASE_URL });
 * const records = await client.fetchRecalls({ LastPublishDateStart: '2026-08-05' });
 */
export class CpscClient {
  readonly options: CpscClientOptions;
  private readonly clock: CpscClientClock;

  constructor(options: CpscClientOptionsInput = {}, clock: Partial<CpscClientClock> = {}) {
    const parsed = CpscClientOptions.safeParse(options);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(options)'}: ${issue.message}`);
      throw new RecallguardError('RG_ERR_INVALID_CONFIG', `Invalid CPSC client options: ${issues.join('; ')}`, {
        details: { issues },
      });
    }
    this.options = parsed.data;
    this.clock = { ...SYSTEM_CLOCK, ...clock };
  }

  /**
   * The raw records matching `query`, in the API's shape (not yet converted to `Recall`s).
   * @throws RecallguardError `RG_ERR_FEED_HTTP`, `RG_ERR_FEED_TIMEOUT` or `RG_ERR_FEED_MALFORMED` once retries are spent;
   *   `RG_ERR_BAD_INPUT` for an invalid query.
   */
  async fetchRecalls(query: CpscQuery): Promise<unknown[]> {
    const url = buildRecallUrl(this.options.baseUrl, query);
    let attempts = 0;
    try {
      return await pRetry(
        () => {
          attempts += 1;
          return this.attempt(url);
        },
        {
          retries: this.options.retries,
          factor: 2,
          minTimeout: this.options.minBackoffMs,
          maxTimeout: this.options.maxBackoffMs,
          randomize: true,
          shouldRetry: async ({ error }) => {
            const retryAfterMs = retryAfterOf(error);
            if (retryAfterMs !== undefined) await this.clock.sleep(retryAfterMs);
            return true;
          },
        },
      );
    } catch (error) {
      if (!isRecallguardError(error)) {
        throw new RecallguardError('RG_ERR_INTERNAL', `CPSC request failed: ${causeText(error)}`, { cause: error });
      }
      if (attempts <= 1) throw error;
      throw new RecallguardError(error.code, `${error.message} (gave up after ${attempts} attempts)`, {
        cause: error.cause ?? error,
        details: { ...error.details, attempts },
      });
    }
  }

  /** One request; a retryable failure is thrown as is, a final one wrapped in p-retry's `AbortError`. */
  private async attempt(url: URL): Promise<unknown[]> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, {
        signal,
        headers: { accept: 'application/json', 'user-agent': this.options.userAgent },
      });
    } catch (error) {
      throw signal.aborted ? this.timeoutError(url, 'headers', error) : this.networkError(url, error);
    }
    if (!response.ok) throw await this.statusError(url, response);

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw this.timeoutError(url, 'body', error);
      throw new RecallguardError('RG_ERR_FEED_MALFORMED', `CPSC API body was cut off: ${causeText(error)}`, {
        cause: error,
        details: { url: url.href, reason: 'truncated' },
      });
    }
    try {
      return parseRecallsBody(text, url.href);
    } catch (error) {
      // A complete body that does not parse is the server's answer, not a transient fault: do not retry.
      throw new AbortError(error as Error);
    }
  }

  private async statusError(url: URL, response: Response): Promise<Error> {
    await response.body?.cancel().catch(() => undefined);
    const { status } = response;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.clock.now());
    const error = new RecallguardError(
      'RG_ERR_FEED_HTTP',
      `CPSC API answered HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''} for ${url.href}`,
      { details: { status, url: url.href, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) } },
    );
    const retryable = status === 429 || status >= 500;
    if (!retryable) return new AbortError(error);
    if (retryAfterMs !== undefined && retryAfterMs > this.options.maxRetryAfterMs) {
      return new AbortError(
        new RecallguardError(
          'RG_ERR_FEED_HTTP',
          `${error.message}; it asks to retry after ${Math.ceil(retryAfterMs / 1000)} s, longer than the ${this.options.maxRetryAfterMs} ms allowed`,
          { details: error.details },
        ),
      );
    }
    return error;
  }

  private timeoutError(url: URL, phase: 'headers' | 'body', cause: unknown): RecallguardError {
    return new RecallguardError(
      'RG_ERR_FEED_TIMEOUT',
      `CPSC API did not send its ${phase === 'headers' ? 'response' : 'full body'} within ${this.options.timeoutMs} ms: ${url.href}`,
      { cause, details: { url: url.href, timeoutMs: this.options.timeoutMs, phase } },
    );
  }

  private networkError(url: URL, cause: unknown): RecallguardError {
    return new RecallguardError('RG_ERR_FEED_HTTP', `Could not reach the CPSC API at ${url.href}: ${causeText(cause)}`, {
      cause,
      details: { url: url.href, reason: 'network' },
    });
  }
}
