import { z } from 'zod';

const isoDate = z.iso.date();

/** A closed or open range of calendar dates (`YYYY-MM-DD`), e.g. when a product was sold. */
export const DateRange = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type DateRange = z.infer<typeof DateRange>;

/** One recalled product line inside a recall; a recall names one or more of these. */
export const RecallProduct = z.object({
  name: z.string().min(1),
  brands: z.array(z.string().min(1)).default([]),
  modelNumbers: z.array(z.string().min(1)).default([]),
  /** Barcodes as published (UPC-A, UPC-E, EAN-8, EAN-13, GTIN-14); normalised when indexed. */
  gtins: z.array(z.string().min(1)).default([]),
  productType: z.string().optional(),
  description: z.string().optional(),
  units: z.string().optional(),
  sold: DateRange.optional(),
  manufactured: DateRange.optional(),
});
export type RecallProduct = z.infer<typeof RecallProduct>;

/** `<source>:<source's recall number>`, e.g. `cpsc:17057`. */
export const RecallId = z.string().regex(/^[a-z][a-z0-9-]*:\S+$/, 'expected "<source>:<recall number>"');

/** A recall from any source, in recallguard's own format. */
export const Recall = z.object({
  id: RecallId,
  source: z.string().min(1),
  /** ISO 3166 codes (or `EU`) of the markets where the recall applies. */
  jurisdictions: z.array(z.string().min(2)).default([]),
  title: z.string().min(1),
  url: z.url().optional(),
  publishedAt: isoDate,
  updatedAt: isoDate.optional(),
  hazards: z.array(z.string()).default([]),
  remedies: z.array(z.string()).default([]),
  manufacturers: z.array(z.string()).default([]),
  importers: z.array(z.string()).default([]),
  distributors: z.array(z.string()).default([]),
  retailers: z.array(z.string()).default([]),
  countriesOfManufacture: z.array(z.string()).default([]),
  images: z.array(z.string()).default([]),
  products: z.array(RecallProduct).min(1),
  /** The source record exactly as received, for audit and re-processing. */
  raw: z.unknown().optional(),
});
export type Recall = z.infer<typeof Recall>;
export type RecallInput = z.input<typeof Recall>;
