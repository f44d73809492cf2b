import type { Listing } from '../../src/listings/index.js';
import { extractModelCandidates } from '../../src/normalize/index.js';
import { Recall } from '../../src/recalls/index.js';
import type { EmRecord } from './em-pair.js';

/** Benchmark attribute names for each engine field, first present non-empty one wins. */
const TITLE = ['title', 'name'] as const;
const BRAND = ['brand', 'manufacturer'] as const;
const MODEL = ['modelno'] as const;
const UNTITLED = '(untitled)';

function first(record: EmRecord, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/**
 * The left record of a pair as a marketplace listing: name/title → title, description, brand/manufacturer →
 * brand, modelno → model, category. Price is not used by the engine.
 * @example listingFromEm({ title: 'anker a1263', brand: 'anker' }, 'abt-1').brand // 'anker'
 */
export function listingFromEm(record: EmRecord, id: string): Listing {
  const description = first(record, ['description']);
  const brand = first(record, BRAND);
  const model = first(record, MODEL);
  const category = first(record, ['category']);
  return {
    id,
    title: first(record, TITLE) ?? description ?? UNTITLED,
    ...(description ? { description } : {}),
    ...(brand ? { brand } : {}),
    ...(model ? { model } : {}),
    ...(category ? { category } : {}),
  };
}

/** How a right record becomes a recall: `modelsFromTitle` extracts model numbers from the title when `modelno` is empty. */
export interface EmMappingOptions {
  readonly modelsFromTitle?: boolean;
}

/**
 * The right record of a pair as a recall of one product: title → product name, brand/manufacturer → brand,
 * modelno → model number, category → product type, description. The recall's own fields are placeholders.
 * @example recallFromEm({ title: 'anker a1263' }, 'em:abt-buy-r1').products[0].name // 'anker a1263'
 */
export function recallFromEm(record: EmRecord, id: string, options: EmMappingOptions = {}): Recall {
  const name = first(record, TITLE) ?? first(record, ['description'])?.slice(0, 200) ?? UNTITLED;
  const brand = first(record, BRAND);
  const model = first(record, MODEL);
  const models = model ? [model] : options.modelsFromTitle ? extractModelCandidates(name) : [];
  const category = first(record, ['category']);
  const description = first(record, ['description']);
  return Recall.parse({
    id,
    source: 'em',
    title: name,
    publishedAt: '2000-01-01',
    products: [
      {
        name,
        brands: brand ? [brand] : [],
        modelNumbers: models,
        ...(category ? { productType: category } : {}),
        ...(description ? { description } : {}),
      },
    ],
  });
}
