import type { z } from 'zod';
import type { DateRange, RecallProduct } from '../../recalls/index.js';
import { extractProductIdentifiers } from '../cpsc/description-extractor.js';
import { cleanText, uniqueStrings } from './text-values.js';

/** What an adapter knows about one recalled product line before identifiers are read from its text. */
export interface ProductFacts {
  readonly name: string;
  /** Free text to read model numbers, SKUs and barcodes from (description, title, product name…). */
  readonly texts: readonly (string | undefined)[];
  readonly brands?: readonly string[];
  /** Model numbers the source publishes in a field of their own. */
  readonly modelNumbers?: readonly string[];
  /** Barcodes the source publishes in a field of their own, digits only. */
  readonly gtins?: readonly string[];
  readonly productType?: string;
  readonly description?: string;
  readonly units?: string;
  readonly sold?: DateRange;
  readonly manufactured?: DateRange;
}

/**
 * A recall product with identifiers from its fields and from its free text: published model numbers
 * first, then extracted model numbers and SKUs (the schema has no SKU field and a retailer item number
 * identifies the product line as well as a model number does), published barcodes, then extracted ones.
 * @example identifiedProduct({ name: 'Qbit strollers', texts: ['model number 10AW1G-AQU2U'] })
 */
export function identifiedProduct(facts: ProductFacts): z.input<typeof RecallProduct> {
  const models: string[] = [...(facts.modelNumbers ?? [])];
  const gtins: string[] = [...(facts.gtins ?? [])];
  for (const text of facts.texts) {
    if (text === undefined) continue;
    const found = extractProductIdentifiers(text);
    models.push(...found.modelNumbers, ...found.skus);
    gtins.push(...found.upcs);
  }
  return {
    name: facts.name,
    brands: uniqueStrings(facts.brands ?? []),
    modelNumbers: uniqueStrings(models),
    gtins: uniqueStrings(gtins),
    productType: cleanText(facts.productType),
    description: cleanText(facts.description),
    units: cleanText(facts.units),
    sold: facts.sold,
    manufactured: facts.manufactured,
  };
}
