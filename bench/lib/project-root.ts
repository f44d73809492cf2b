import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RecallguardError } from '../../src/errors/index.js';

/**
 * The project root: the nearest folder above this file holding a package.json, whether the bench runs
 * from source or compiled into dist-bench/.
 * @example join(projectRoot(), 'bench', 'results')
 */
export function projectRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = resolve(folder, '..');
    if (parent === folder) throw new RecallguardError('RG_ERR_INTERNAL', 'no package.json above the bench');
    folder = parent;
  }
  return folder;
}
