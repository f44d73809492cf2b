import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The database itself refuses to update or delete an audit entry, so no code path can do it by mistake; someone
 * who disables the trigger first is still caught by the hash chain.
 */
export const appendOnlyAudit: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create function audit_entry_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit entries are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end
      $$`.execute(db);
    await sql`
      create trigger audit_entry_append_only before update or delete on audit_entry
      for each row execute function audit_entry_append_only()`.execute(db);
  },
};
