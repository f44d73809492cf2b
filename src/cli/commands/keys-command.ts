import { Command, Option } from 'commander';
import { RecallguardError } from '../../errors/index.js';
import { ApiRole } from '../../storage/index.js';
import type { CliIo } from '../cli-io.js';
import { withStore } from '../cli-store.js';

export function keysCommand(io: CliIo): Command {
  const keys = new Command('keys').description('Manage API keys (stored hashed; a key is shown once, when created)');
  keys
    .command('create')
    .description('Create an API key for a role: admin, integration (screen and upload listings), reviewer (work matches), regulator (read only)')
    .addOption(new Option('--role <role>', 'what the key may do').choices(ApiRole.options).makeOptionMandatory())
    .option('--label <text>', 'who or what uses the key')
    .option('--json', 'print {"id", "key", "role"} as JSON')
    .action(async (flags: { role: ApiRole; label?: string; json?: boolean }) => {
      const created = await withStore(io, (store) => store.apiKeys.create(flags.role, flags.label));
      if (flags.json) io.stdout.write(`${JSON.stringify(created)}\n`);
      else io.stdout.write(`${created.key}\n`);
      if (!flags.json) io.stderr.write(`key ${created.id} (${created.role}) created; it is not stored and will not be shown again\n`);
    });
  keys
    .command('list')
    .description('List API keys (never the keys themselves)')
    .option('--json', 'print JSON lines')
    .action(async (flags: { json?: boolean }) => {
      for (const key of await withStore(io, (store) => store.apiKeys.list())) {
        const revoked = key.revokedAt ? key.revokedAt.toISOString() : null;
        if (flags.json) io.stdout.write(`${JSON.stringify({ id: key.id, role: key.role, label: key.label, createdAt: key.createdAt.toISOString(), revokedAt: revoked })}\n`);
        else io.stdout.write(`${key.id}  ${key.role.padEnd(11)}  ${key.createdAt.toISOString()}  ${revoked ? `revoked ${revoked}` : 'active'}  ${key.label ?? ''}\n`);
      }
    });
  keys
    .command('revoke')
    .description('Revoke an API key by id')
    .argument('<id>', 'the key id (the part after "rg_")')
    .action(async (id: string) => {
      if (!(await withStore(io, (store) => store.apiKeys.revoke(id)))) {
        throw new RecallguardError('RG_ERR_USAGE', `no active API key with id "${id}"`);
      }
      io.stderr.write(`key ${id} revoked\n`);
    });
  return keys;
}
