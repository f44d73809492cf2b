import { sql, type Kysely, type Migration } from 'kysely';

/** Recalls with their versions, listings, matches, ingest runs, sweeps and API keys. */
export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const now = sql`now()`;
    await db.schema
      .createTable('recall')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('published', 'text')
      .addColumn('document', 'jsonb', (c) => c.notNull())
      .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();
    await db.schema.createIndex('recall_source_changed').on('recall').columns(['source', 'changed_at']).execute();

    await db.schema
      .createTable('recall_version')
      .addColumn('recall_id', 'text', (c) => c.notNull().references('recall.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('document', 'jsonb', (c) => c.notNull())
      .addColumn('ingest_run_id', 'bigint')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addPrimaryKeyConstraint('recall_version_pk', ['recall_id', 'version'])
      .execute();

    await db.schema
      .createTable('listing')
      .addColumn('marketplace', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('seller', 'text')
      .addColumn('document', 'jsonb', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('deleted_at', 'timestamptz')
      .addPrimaryKeyConstraint('listing_pk', ['marketplace', 'id'])
      .execute();

    await db.schema
      .createTable('match')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('marketplace', 'text', (c) => c.notNull())
      .addColumn('listing_id', 'text', (c) => c.notNull())
      .addColumn('recall_id', 'text', (c) => c.notNull().references('recall.id'))
      .addColumn('product_index', 'integer', (c) => c.notNull())
      .addColumn('algorithm', 'text', (c) => c.notNull())
      .addColumn('recall_version', 'integer', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('features', 'jsonb', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('withdrawn_at', 'timestamptz')
      .addUniqueConstraint('match_listing_product_algorithm', ['marketplace', 'listing_id', 'recall_id', 'product_index', 'algorithm'])
      .addForeignKeyConstraint('match_listing_fk', ['marketplace', 'listing_id'], 'listing', ['marketplace', 'id'])
      .execute();
    await db.schema.createIndex('match_recall_status').on('match').columns(['recall_id', 'status']).execute();
    await db.schema.createIndex('match_status_decision').on('match').columns(['status', 'decision', 'id']).execute();

    await db.schema
      .createTable('ingest_run')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('finished_at', 'timestamptz')
      .addColumn('added', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('changed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('ingest_problem')
      .addColumn('run_id', 'bigint', (c) => c.notNull().references('ingest_run.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('record', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('problem', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ingest_problem_pk', ['run_id', 'position'])
      .execute();

    await db.schema
      .createTable('sweep')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('recall_id', 'text', (c) => c.notNull().references('recall.id'))
      .addColumn('recall_version', 'integer', (c) => c.notNull())
      .addColumn('algorithm', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('after_marketplace', 'text')
      .addColumn('after_id', 'text')
      .addColumn('scanned', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('matched', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('withdrawn', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('finished_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('sweep_state').on('sweep').columns(['state', 'id']).execute();

    await db.schema
      .createTable('api_key')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('revoked_at', 'timestamptz')
      .execute();
  },
};
