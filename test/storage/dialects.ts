import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { sql, type Kysely } from 'kysely';
import {
  DATABASE_EXTENSIONS,
  createDatabase,
  openPGlite,
  type DatabaseExtension,
  openStore,
  type DatabaseOptions,
  type Store,
} from '../../src/storage/index.js';

/** One database engine every storage test runs against. */
export interface TestDialect {
  readonly name: 'pglite' | 'postgres';
  /** A database in a fresh schema of its own; `drop()` removes the schema and closes the handle. */
  open<DB>(extensions?: readonly DatabaseExtension[]): Promise<TestDatabase<DB>>;
  /** recallguard's store, migrated, in a fresh schema of its own; `drop()` removes the schema and closes it. */
  openStore(): Promise<TestStore>;
}

export interface TestStore {
  readonly store: Store;
  readonly schema: string;
  drop(): Promise<void>;
}

export interface TestDatabase<DB> {
  readonly db: Kysely<DB>;
  readonly schema: string;
  drop(): Promise<void>;
}

function uniqueSchema(): string {
  return `rg_test_${randomBytes(6).toString('hex')}`;
}

let sharedPGlite: Promise<PGlite> | undefined;

/** Starting PGlite takes seconds, so a test process keeps one; tests in a file run one at a time. */
function pgliteForThisProcess(): Promise<PGlite> {
  sharedPGlite ??= openPGlite(undefined, DATABASE_EXTENSIONS);
  return sharedPGlite;
}

function dialect(name: TestDialect['name'], engine: () => Promise<DatabaseOptions>): TestDialect {
  return {
    name,
    async open<DB>(extensions: readonly DatabaseExtension[] = []): Promise<TestDatabase<DB>> {
      const schema = uniqueSchema();
      const db = createDatabase<DB>({ ...(await engine()), schema, extensions });
      await sql`select 1`.execute(db);
      return {
        db,
        schema,
        async drop() {
          try {
            await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
          } finally {
            await db.destroy();
          }
        },
      };
    },
    async openStore(): Promise<TestStore> {
      const schema = uniqueSchema();
      const store = await openStore({ ...(await engine()), schema });
      return {
        store,
        schema,
        async drop() {
          try {
            await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
          } finally {
            await store.close();
          }
        },
      };
    },
  };
}

const databaseUrl = process.env.DATABASE_URL;

/**
 * The engines to test: embedded PGlite always, and the PostgreSQL server named by `DATABASE_URL`
 * (e.g. `postgres://postgres@127.0.0.1:5432/test`) when it is set.
 * @example
 * describe.each(DIALECTS)('$name', (dialect) => { ... const { db, drop } = await dialect.open(); ... });
 */
export const DIALECTS: readonly TestDialect[] = [
  dialect('pglite', async () => ({ pglite: await pgliteForThisProcess() })),
  ...(databaseUrl ? [dialect('postgres', async () => ({ url: databaseUrl, maxConnections: 4 }))] : []),
];
