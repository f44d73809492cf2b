export {
  DATABASE_EXTENSIONS,
  createDatabase,
  databaseEngine,
  openPGlite,
  type DatabaseExtension,
  type DatabaseOptions,
} from './database.js';
export { PGliteDialect, type PGliteDialectConfig } from './pglite-dialect.js';
