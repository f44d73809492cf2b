import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.js';
import { enforcement } from './0002-enforcement.js';
import { appendOnlyAudit } from './0003-append-only-audit.js';

/** Every migration, by name; names sort in the order they run. Never edit one that has shipped: add one. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-enforcement': enforcement,
  '0003-append-only-audit': appendOnlyAudit,
};

/** Migrations compiled into the code, so the embedded engine needs no migration folder on disk. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
