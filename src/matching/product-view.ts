import type { Recall, RecallProduct } from '../recalls/index.js';
import { brandSkeleton, compactBrandKey, modelDisplay, modelKey, normalizeGtin, tokenize, unreadableBarcode } from '../normalize/index.js';

/** A recalled model number: its match key, as published, and the key of its first segment ("10aw1g"). */
export interface RecalledModel {
  readonly key: string;
  readonly display: string;
  readonly stem?: string;
}

/** A recall product prepared for matching: keys computed once when the index is built. */
export interface ProductView {
  readonly id: number;
  readonly recall: Recall;
  readonly productIndex: number;
  readonly name: string;
  /** Unique name tokens, brand words removed. */
  readonly nameTokens: readonly string[];
  readonly typeTokens: readonly string[];
  readonly models: readonly RecalledModel[];
  readonly modelKeys: ReadonlySet<string>;
  readonly gtins: ReadonlySet<string>;
  /** Model keys of every product of the recall: a notice covers the models it names, whichever product lists them. */
  readonly recallModelKeys: ReadonlySet<string>;
  /** Compact brand keys, with the display form for explanations. */
  readonly brands: ReadonlyMap<string, string>;
  /** The same brands by {@link brandSkeleton}, for listings that disguise a brand with look-alike characters. */
  readonly brandSkeletons: ReadonlyMap<string, string>;
}

const SEGMENT = /[\s\-–/.]+/;
const HAS_DIGIT = /\d/;

/**
 * Prepares one product of a recall. Brands default to the recall's firms when the product names none.
 * @example viewProduct(recall, 0, 7).models[0].key // 'a1263'
 */
export function viewProduct(recall: Recall, productIndex: number, id: number): ProductView {
  const product = recall.products[productIndex] as RecallProduct;
  const brands = productBrands(recall, product);
  const brandWords = new Set<string>();
  for (const display of brands.values()) for (const word of tokenize(display)) brandWords.add(word);
  const nameTokens = [...new Set(tokenize(product.name))].filter((token) => !brandWords.has(token));
  const models = recalledModels(product.modelNumbers);
  const gtins = new Set<string>();
  for (const raw of product.gtins) {
    const gtin = normalizeGtin(raw) ?? unreadableBarcode(raw);
    if (gtin) gtins.add(gtin);
  }
  return {
    id,
    recall,
    productIndex,
    name: product.name,
    nameTokens,
    typeTokens: product.productType ? [...new Set(tokenize(product.productType))] : [],
    models,
    modelKeys: new Set(models.map((model) => model.key)),
    recallModelKeys: recallModelKeys(recall),
    gtins,
    brands,
    brandSkeletons: new Map([...brands].map(([key, display]) => [brandSkeleton(key), display])),
  };
}

function productBrands(recall: Recall, product: RecallProduct): Map<string, string> {
  const names = product.brands.length > 0 ? product.brands : [...recall.manufacturers, ...recall.importers];
  const brands = new Map<string, string>();
  for (const name of names) {
    const key = compactBrandKey(name);
    if (key.length >= 2 && !brands.has(key)) brands.set(key, name);
  }
  return brands;
}

function recalledModels(modelNumbers: readonly string[]): RecalledModel[] {
  const models = new Map<string, RecalledModel>();
  for (const raw of modelNumbers) {
    const key = modelKey(raw);
    if (key.length < 2 || models.has(key)) continue;
    const display = modelDisplay(raw);
    const first = display.split(SEGMENT)[0] ?? '';
    const stemKey = modelKey(first);
    const stem = stemKey.length >= 4 && stemKey !== key && HAS_DIGIT.test(stemKey) ? stemKey : undefined;
    models.set(key, stem ? { key, display, stem } : { key, display });
  }
  return [...models.values()];
}

const recallKeysCache = new WeakMap<Recall, ReadonlySet<string>>();

function recallModelKeys(recall: Recall): ReadonlySet<string> {
  let keys = recallKeysCache.get(recall);
  if (!keys) {
    const all = new Set<string>();
    for (const product of recall.products) for (const raw of product.modelNumbers) {
      const key = modelKey(raw);
      if (key.length >= 2) all.add(key);
    }
    keys = all;
    recallKeysCache.set(recall, keys);
  }
  return keys;
}
