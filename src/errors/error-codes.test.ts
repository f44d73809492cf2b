import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './error-codes.js';
import { RecallguardError } from './recallguard-error.js';

describe('error registry', () => {
  const documentation = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

  it.each(Object.entries(ERROR_CODES))('%s is documented with its exit code and HTTP status', (code, entry) => {
    const row = documentation.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
    expect(row, `docs/errors.md has no row for ${code}`).toBeDefined();
    expect(row).toContain(`| ${entry.exitCode} | ${entry.httpStatus} |`);
  });

  it('documents no code that does not exist', () => {
    const documented = [...documentation.matchAll(/^\| `(RG_ERR_[A-Z_]+)`/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('an error carries its code, registry status and exit code', () => {
    const error = new RecallguardError('RG_ERR_FILE_NOT_FOUND', 'listings file not found: x.ndjson');
    expect(error).toMatchObject({ code: 'RG_ERR_FILE_NOT_FOUND', httpStatus: 404, exitCode: 3, message: 'listings file not found: x.ndjson' });
    expect(new RecallguardError('RG_ERR_INTERNAL').message).toBe('Internal error');
  });
});
