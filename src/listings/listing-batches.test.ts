import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readListingBatches } from './listing-reader.js';

describe('readListingBatches', () => {
  it('yields NDJSON in batches of at most 256 records, every line once and in order', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'rg-batches-')), 'a.ndjson');
    await writeFile(path, Array.from({ length: 1_000 }, (_, i) => JSON.stringify({ id: `l${i}`, title: 't' })).join('\n'));
    const sizes: number[] = [];
    const positions: number[] = [];
    for await (const batch of readListingBatches(path)) {
      sizes.push(batch.length);
      for (const item of batch) positions.push(item.position);
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(256);
    expect(positions).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1));
  });
});
