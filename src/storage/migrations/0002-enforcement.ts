import { sql, type Kysely, type Migration } from 'kysely';

/** Cases, the audit trail, the webhook outbox, relisting fingerprints, reviewer labels and deadline policies. */
export const enforcement: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const now = sql`now()`;
    await db.schema
      .createTable('source_policy')
      .addColumn('source', 'text', (c) => c.primaryKey())
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('deadline', 'jsonb', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();

    await db.schema
      .createTable('priority_recall')
      .addColumn('recall_id', 'text', (c) => c.primaryKey())
      .addColumn('list', 'text', (c) => c.notNull())
      .addColumn('deadline', 'jsonb', (c) => c.notNull())
      .addColumn('notified_at', 'timestamptz', (c) => c.notNull())
      .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();

    await db.schema
      .createTable('case')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('marketplace', 'text', (c) => c.notNull())
      .addColumn('listing_id', 'text', (c) => c.notNull())
      .addColumn('recall_id', 'text', (c) => c.notNull().references('recall.id'))
      .addColumn('product_index', 'integer', (c) => c.notNull())
      .addColumn('match_id', 'bigint', (c) => c.references('match.id'))
      .addColumn('relisting_of', 'bigint', (c) => c.references('case.id'))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('status', 'jsonb', (c) => c.notNull())
      .addColumn('assignee', 'text')
      .addColumn('seller', 'text')
      .addColumn('listing_hash', 'text', (c) => c.notNull())
      .addColumn('deadline', 'jsonb', (c) => c.notNull())
      .addColumn('notified_at', 'timestamptz', (c) => c.notNull())
      .addColumn('due_at', 'timestamptz', (c) => c.notNull())
      .addColumn('escalated_at', 'timestamptz')
      .addColumn('closed_at', 'timestamptz')
      .addColumn('reason', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addForeignKeyConstraint('case_listing_fk', ['marketplace', 'listing_id'], 'listing', ['marketplace', 'id'])
      .execute();
    await db.schema.createIndex('case_listing_recall').on('case').columns(['marketplace', 'listing_id', 'recall_id']).execute();
    await db.schema.createIndex('case_state_due').on('case').columns(['state', 'due_at']).execute();
    await db.schema.createIndex('case_recall').on('case').columns(['recall_id', 'created_at']).execute();

    await db.schema
      .createTable('audit_entry')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .addColumn('previous_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('webhook_endpoint')
      .addColumn('marketplace', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();

    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'bigint', (c) => c.notNull().references('case.id'))
      .addColumn('marketplace', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', 'jsonb', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
      .addColumn('last_status', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addColumn('delivered_at', 'timestamptz')
      .addColumn('confirmed_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'next_attempt_at']).execute();

    await db.schema
      .createTable('removed_fingerprint')
      .addColumn('case_id', 'bigint', (c) => c.primaryKey().references('case.id'))
      .addColumn('marketplace', 'text', (c) => c.notNull())
      .addColumn('listing_id', 'text', (c) => c.notNull())
      .addColumn('seller', 'text')
      .addColumn('fingerprint', 'jsonb', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();

    await db.schema
      .createTable('review_label')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('case_id', 'bigint', (c) => c.notNull().references('case.id'))
      .addColumn('listing', 'jsonb', (c) => c.notNull())
      .addColumn('recall_id', 'text', (c) => c.notNull())
      .addColumn('product_index', 'integer', (c) => c.notNull())
      .addColumn('is_match', 'boolean', (c) => c.notNull())
      .addColumn('reviewer', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();
  },
};
