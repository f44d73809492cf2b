import { z } from 'zod';
import { RecallguardError } from '../errors/index.js';

const MiB = 1024 * 1024;

/**
 * Settings of the HTTP API. Every field has a default, so `{}` is a working configuration.
 * @example ApiOptions.parse({ rateLimit: { max: 600, windowMs: 60_000 }, dataDir: '/var/lib/recallguard' });
 */
export const ApiOptions = z.object({
  /** Largest JSON body of an ordinary request (`POST /v1/screen`), in bytes. */
  bodyLimit: z.number().int().positive().default(MiB),
  /** Largest body of a bulk upload (`PUT /v1/listings`, `POST /v1/recalls/import`), in bytes. */
  uploadLimit: z.number().int().positive().default(64 * MiB),
  /** Requests per API key per window; `false` turns rate limiting off. */
  rateLimit: z
    .union([z.literal(false), z.object({ max: z.number().int().positive(), windowMs: z.number().int().positive() })])
    .default({ max: 6_000, windowMs: 60_000 }),
  /** How long a verified key is trusted without asking the database again: a revoked key keeps working this long. */
  authCacheTtlMs: z.number().int().min(0).default(30_000),
  /** Verified keys kept in memory at most; the oldest is dropped first. */
  authCacheSize: z.number().int().positive().default(10_000),
  /** Where the CPSC sync position file (`cpsc-sync-state.json`) lives. */
  dataDir: z.string().min(1).default('.recallguard'),
  /** The CPSC Recalls API client behind `POST /v1/feeds/cpsc/sync`. */
  cpsc: z
    .object({
      baseUrl: z.string().optional(),
      timeoutMs: z.number().int().positive().optional(),
      retries: z.number().int().min(0).optional(),
    })
    .default({}),
  /** Fastify's request log (pino); off unless asked for. */
  logger: z.union([z.boolean(), z.record(z.string(), z.unknown())]).default(false),
});
export type ApiOptions = z.infer<typeof ApiOptions>;
export type ApiOptionsInput = z.input<typeof ApiOptions>;

/** Options with defaults filled in; a bad setting is `RG_ERR_INVALID_CONFIG` naming the field. */
export function apiOptions(input: ApiOptionsInput = {}): ApiOptions {
  const parsed = ApiOptions.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(options)'}: ${issue.message}`);
  throw new RecallguardError('RG_ERR_INVALID_CONFIG', `Invalid API options: ${issues.join('; ')}`, { details: { issues } });
}
