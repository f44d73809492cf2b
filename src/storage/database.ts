import { PGlite, type Extension } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Dialect } from 'kysely';
import pg from 'pg';
import { RecallguardError } from '../errors/index.js';
import { PGliteDialect } from './pglite-dialect.js';

/** Extensions both engines can enable by name; PGlite loads the matching bundle. */
const PGLITE_EXTENSIONS = {
  pg_trgm: async () => (await import('@electric-sql/pglite/contrib/pg_trgm')).pg_trgm,
  fuzzystrmatch: async () => (await import('@electric-sql/pglite/contrib/fuzzystrmatch')).fuzzystrmatch,
  unaccent: async () => (await import('@electric-sql/pglite/contrib/unaccent')).unaccent,
} as const satisfies Record<string, () => Promise<Extension>>;

export type DatabaseExtension = keyof typeof PGLITE_EXTENSIONS;

/** Every extension `createDatabase` can enable. */
export const DATABASE_EXTENSIONS = Object.keys(PGLITE_EXTENSIONS) as readonly DatabaseExtension[];

export interface DatabaseOptions {
  /** A `postgres://` or `postgresql://` URL: use that server through a `pg` pool. */
  readonly url?: string;
  /** Where embedded PGlite keeps its files; in memory when absent. Ignored with `url`. */
  readonly dataDir?: string;
  /**
   * An open PGlite instance to use instead (left open by `destroy()`); it must carry the extensions.
   * It is one session: share it only between handles used one after another, as tests do.
   */
  readonly pglite?: PGlite;
  /** Extensions to create (`create extension if not exists`) before the first query. */
  readonly extensions?: readonly DatabaseExtension[];
  /** A schema created if missing and searched first (then `public`), e.g. to isolate a test run. */
  readonly schema?: string;
  /** Largest number of pooled server connections; defaults to 10. */
  readonly maxConnections?: number;
}

/** Which engine `createDatabase` picks for a set of options. */
export function databaseEngine(options: DatabaseOptions): 'postgres' | 'pglite' {
  return options.url === undefined ? 'pglite' : 'postgres';
}

/**
 * Opens recallguard's database: a PostgreSQL server when given a URL, else embedded PGlite. Nothing
 * connects until the first query; `await db.destroy()` closes the pool or the PGlite instance.
 * @example
 * const db = createDatabase<DB>({ extensions: ['pg_trgm'] });  // in-memory PGlite
 * const server = createDatabase<DB>({ url: 'postgres://postgres@127.0.0.1:5432/recallguard' });
 */
export function createDatabase<DB>(options: DatabaseOptions = {}): Kysely<DB> {
  return new Kysely<DB>({ dialect: createDialect(options) });
}

function createDialect(options: DatabaseOptions): Dialect {
  const schema = options.schema === undefined ? undefined : checkedIdentifier(options.schema);
  const extensions = checkedExtensions(options.extensions ?? []);
  const setup = setupStatements(extensions, schema);
  if (options.url !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(options.url)) {
      throw new RecallguardError('RG_ERR_INVALID_CONFIG', 'The database URL must start with postgres:// or postgresql://', {
        details: { url: options.url.replace(/\/\/[^@/]*@/, '//***@') },
      });
    }
    const url = options.url;
    return new PostgresDialect({
      pool: async () => {
        const pool = new pg.Pool({
          connectionString: url,
          max: options.maxConnections ?? 10,
          ...(schema ? { options: `-c search_path=${schema},public` } : {}),
        });
        // An idle connection dropped by the server must not crash the process; the next query reconnects.
        pool.on('error', () => undefined);
        await runSetup(setup, (statement) => pool.query(statement));
        return pool;
      },
    });
  }
  const shared = options.pglite;
  return new PGliteDialect({
    closeOnDestroy: shared === undefined,
    pglite: async () => {
      const pglite = shared ?? (await openPGlite(options.dataDir, extensions));
      await runSetup(setup, (statement) => pglite.query(statement));
      if (schema) await pglite.query(`set search_path to ${schema}, public`);
      return pglite;
    },
  });
}

/**
 * Starts an embedded PGlite with the named extensions loaded (not yet created), for callers that
 * share one instance between several `createDatabase({ pglite })` handles.
 * @example const pglite = await openPGlite(undefined, ['pg_trgm']);
 */
export async function openPGlite(dataDir?: string, extensions: readonly DatabaseExtension[] = []): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: await loadPGliteExtensions(checkedExtensions(extensions)) });
}

function setupStatements(extensions: readonly DatabaseExtension[], schema: string | undefined): readonly string[] {
  return [
    ...extensions.map((name) => `create extension if not exists ${name} with schema public`),
    ...(schema ? [`create schema if not exists ${schema}`] : []),
  ];
}

/** Concurrent `create ... if not exists` on one server can still collide; one retry settles it. */
async function runSetup(statements: readonly string[], run: (statement: string) => Promise<unknown>): Promise<void> {
  for (const statement of statements) {
    try {
      await run(statement);
    } catch (error) {
      if (!isDuplicateObject(error)) throw setupError(statement, error);
      try {
        await run(statement);
      } catch (retryError) {
        throw setupError(statement, retryError);
      }
    }
  }
}

function isDuplicateObject(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === '42710' || code === '42P06';
}

function setupError(statement: string, cause: unknown): RecallguardError {
  return new RecallguardError('RG_ERR_INVALID_CONFIG', `Database setup failed on "${statement}"`, { cause });
}

async function loadPGliteExtensions(names: readonly DatabaseExtension[]): Promise<Record<string, Extension>> {
  const entries = await Promise.all(names.map(async (name) => [name, await PGLITE_EXTENSIONS[name]()] as const));
  return Object.fromEntries(entries);
}

function checkedExtensions(names: readonly string[]): readonly DatabaseExtension[] {
  const unknown = names.filter((name) => !Object.hasOwn(PGLITE_EXTENSIONS, name));
  if (unknown.length > 0) {
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `Unsupported database extension(s): ${unknown.join(', ')}`);
  }
  return names as readonly DatabaseExtension[];
}

function checkedIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `Invalid schema name "${name}": use lower-case letters, digits and _`);
  }
  return name;
}
