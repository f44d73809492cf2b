import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Listing } from '../../src/listings/index.js';
import { createDatabase } from '../../src/storage/index.js';
import type { SearchPass } from './fuse-baseline.js';
import { elapsedMs } from './stats.js';

interface BenchDB {
  recall_product: { id: number; name: string };
}

const INSERT_BATCH = 1000;

/**
 * PostgreSQL trigram search: recall product names in a table with a GIN `gin_trgm_ops` index, one
 * `name % title` query ranked by `similarity()` (top 5) per listing. Runs on embedded PGlite, or on
 * the server at `url`, in a throw-away schema.
 * @example const pg = await PgTrgmBaseline.open(names); await pg.search(sample); await pg.close();
 */
export class PgTrgmBaseline {
  readonly #db: Kysely<BenchDB>;
  readonly #schema: string;
  readonly engine: 'pglite' | 'postgres';
  readonly loadMs: number;

  private constructor(db: Kysely<BenchDB>, schema: string, engine: 'pglite' | 'postgres', loadMs: number) {
    this.#db = db;
    this.#schema = schema;
    this.engine = engine;
    this.loadMs = loadMs;
  }

  static async open(names: readonly string[], url?: string): Promise<PgTrgmBaseline> {
    const start = process.hrtime.bigint();
    const schema = `rg_bench_${randomBytes(4).toString('hex')}`;
    const db = createDatabase<BenchDB>({ ...(url ? { url, maxConnections: 1 } : {}), schema, extensions: ['pg_trgm'] });
    try {
      await db.schema
        .createTable('recall_product')
        .addColumn('id', 'integer', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull())
        .execute();
      for (let from = 0; from < names.length; from += INSERT_BATCH) {
        const rows = names.slice(from, from + INSERT_BATCH).map((name, i) => ({ id: from + i, name }));
        await db.insertInto('recall_product').values(rows).execute();
      }
      await sql`create index recall_product_name_trgm on recall_product using gin (name gin_trgm_ops)`.execute(db);
      await sql`analyze recall_product`.execute(db);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new PgTrgmBaseline(db, schema, url ? 'postgres' : 'pglite', elapsedMs(start));
  }

  async search(listings: readonly Listing[]): Promise<SearchPass> {
    const start = process.hrtime.bigint();
    let hits = 0;
    let checksum = 0;
    for (const listing of listings) {
      const { rows } = await sql<{ id: number; score: number }>`
        select id, similarity(name, ${listing.title}) as score from recall_product
        where name % ${listing.title} order by score desc limit 5`.execute(this.#db);
      for (const row of rows) {
        hits++;
        checksum += Number(row.score);
      }
    }
    return { listings: listings.length, ms: elapsedMs(start), hits, checksum };
  }

  async close(): Promise<void> {
    try {
      await sql`drop schema if exists ${sql.id(this.#schema)} cascade`.execute(this.#db);
    } finally {
      await this.#db.destroy();
    }
  }
}
