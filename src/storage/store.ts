import { CamelCasePlugin, Migrator, sql, type Kysely } from 'kysely';
import { RecallguardError } from '../errors/index.js';
import { ApiKeyRepository } from './api-key-repository.js';
import { AuditRepository } from './audit-repository.js';
import { CaseRepository } from './case-repository.js';
import { createDatabase, type DatabaseOptions } from './database.js';
import { IngestRunRepository } from './ingest-run-repository.js';
import { ListingRepository } from './listing-repository.js';
import { MatchRepository } from './match-repository.js';
import { migrationProvider } from './migrations/index.js';
import { OutboxRepository } from './outbox-repository.js';
import { PolicyRepository } from './policy-repository.js';
import { RecallRepository } from './recall-repository.js';
import type { Database } from './schema.js';
import { SweepRepository } from './sweep-repository.js';
import { TakedownMemoryRepository } from './takedown-memory-repository.js';

/**
 * recallguard's database with its repositories, on either engine. Created by {@link openStore}, which has
 * already run the migrations.
 */
export interface Store {
  readonly db: Kysely<Database>;
  readonly engine: 'pglite' | 'postgres';
  readonly recalls: RecallRepository;
  readonly listings: ListingRepository;
  readonly matches: MatchRepository;
  readonly ingestRuns: IngestRunRepository;
  readonly sweeps: SweepRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly cases: CaseRepository;
  readonly audit: AuditRepository;
  readonly outbox: OutboxRepository;
  readonly policies: PolicyRepository;
  readonly takedownMemory: TakedownMemoryRepository;
  /**
   * Refreshes the planner's statistics of the listing and match tables. Embedded PGlite runs no autovacuum:
   * without statistics, paging through a freshly loaded table sorts all of it for every page.
   */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the store and brings its schema up to date: a PostgreSQL server with `url`, else embedded PGlite
 * (in `dataDir`, or in memory).
 * @example const store = await openStore({ dataDir: '.recallguard/db' }); await store.close();
 */
export async function openStore(options: DatabaseOptions = {}): Promise<Store> {
  // Stored documents keep their own keys: only column names are translated.
  const db = createDatabase<Database>(options).withPlugin(new CamelCasePlugin({ maintainNestedObjectKeys: true }));
  try {
    await migrate(db, options.schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    engine: options.url === undefined ? 'pglite' : 'postgres',
    recalls: new RecallRepository(db),
    listings: new ListingRepository(db),
    matches: new MatchRepository(db),
    ingestRuns: new IngestRunRepository(db),
    sweeps: new SweepRepository(db),
    apiKeys: new ApiKeyRepository(db),
    cases: new CaseRepository(db),
    audit: new AuditRepository(db),
    outbox: new OutboxRepository(db),
    policies: new PolicyRepository(db),
    takedownMemory: new TakedownMemoryRepository(db),
    analyze: async () => {
      await sql`analyze listing`.execute(db);
      await sql`analyze match`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/**
 * Runs every migration not yet applied; a failure names the migration. The bookkeeping tables live in the
 * store's schema, named outright: otherwise Kysely takes such a table in any other schema as its own.
 */
export async function migrate(db: Kysely<Database>, schema = 'public'): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `Database migration ${failed} failed`, { cause: error });
  }
}
