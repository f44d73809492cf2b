import { z } from 'zod';

/**
 * A marketplace listing to screen (the input contract). `id` and `title` are required; unknown fields
 * are kept as they came.
 */
export const Listing = z.looseObject({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().optional(),
  brand: z.string().optional(),
  model: z.string().optional(),
  gtins: z.array(z.string()).optional(),
  category: z.string().optional(),
  seller: z.string().optional(),
  marketplace: z.string().optional(),
  price: z.number().nonnegative().optional(),
  currency: z.string().optional(),
  shipsTo: z.array(z.string().length(2)).optional(),
  url: z.string().optional(),
  images: z.array(z.string()).optional(),
});
export type Listing = z.infer<typeof Listing>;
