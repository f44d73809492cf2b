import { describe, expect, it } from 'vitest';
import { mergeRecalls } from './merge-recalls.js';
import { Recall } from './recall-schema.js';

const recall = (id: string, title = 'A recall'): Recall =>
  Recall.parse({ id, source: 'cpsc', title, publishedAt: '2025-01-01', products: [{ name: 'Thing' }] });

describe('mergeRecalls', () => {
  it('adds new, updates changed, keeps identical recalls unchanged, sorted by id', () => {
    const outcome = mergeRecalls([recall('cpsc:2'), recall('cpsc:1')], [recall('cpsc:1'), recall('cpsc:2', 'Edited'), recall('cpsc:3')]);
    expect(outcome).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(outcome.recalls.map((r) => [r.id, r.title])).toEqual([['cpsc:1', 'A recall'], ['cpsc:2', 'Edited'], ['cpsc:3', 'A recall']]);
  });

  it('is idempotent: merging the same recalls twice changes nothing', () => {
    const incoming = [recall('cpsc:b'), recall('cpsc:a')];
    const once = mergeRecalls([], incoming);
    const twice = mergeRecalls(once.recalls, incoming);
    expect(twice).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(twice.recalls).toEqual(once.recalls);
  });
});
