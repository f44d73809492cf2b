/** A kind of product a marketplace sells, with the words and numbers its listings use. */
export interface ProductType {
  readonly noun: string;
  readonly category: string;
  /** Size, capacity or power phrasings; `#` is replaced by a number from `sizes`. */
  readonly specs: readonly string[];
  readonly sizes: readonly number[];
  readonly price: readonly [number, number];
}

const type = (
  noun: string,
  category: string,
  specs: readonly string[],
  sizes: readonly number[],
  price: readonly [number, number],
): ProductType => ({ noun, category, specs, sizes, price });

/** Product kinds common on marketplaces, many of them also common in recalls, so screening sees near misses. */
export const PRODUCT_TYPES: readonly ProductType[] = [
  type('Power Bank', 'Electronics', ['#mAh'], [5000, 10000, 20000, 26800, 30000], [12, 60]),
  type('Portable Power Station', 'Electronics', ['#Wh', '#W'], [300, 500, 1000, 2000], [150, 1800]),
  type('USB-C Charger', 'Electronics', ['#W'], [20, 30, 45, 65, 100], [9, 45]),
  type('Wireless Charging Pad', 'Electronics', ['#W'], [10, 15], [10, 35]),
  type('Lithium Battery Pack', 'Electronics', ['#mAh', '#V'], [2000, 4400, 12, 18], [15, 90]),
  type('Bluetooth Speaker', 'Electronics', ['#W'], [5, 10, 20, 40], [18, 150]),
  type('Wireless Earbuds', 'Electronics', ['#h playtime'], [24, 30, 40], [15, 120]),
  type('Smart Watch', 'Electronics', ['#mm'], [40, 42, 44, 46], [25, 300]),
  type('LED Desk Lamp', 'Home', ['#W', '# brightness levels'], [5, 8, 10, 12], [15, 60]),
  type('String Lights', 'Home', ['#ft', '# LEDs'], [16, 33, 66, 100, 200], [8, 35]),
  type('LED Tea Lights', 'Home', ['# pack'], [6, 12, 24, 48], [6, 25]),
  type('Space Heater', 'Home', ['#W'], [750, 1000, 1500], [25, 140]),
  type('Electric Blanket', 'Home', ['# heat settings'], [4, 6, 10], [30, 110]),
  type('Dehumidifier', 'Home', ['# pint'], [20, 35, 50], [120, 300]),
  type('Air Purifier', 'Home', ['# sq ft'], [200, 400, 800], [40, 250]),
  type('Ceiling Fan', 'Home', ['# inch'], [42, 52, 60], [70, 320]),
  type('Pressure Cooker', 'Kitchen', ['# qt'], [3, 6, 8], [50, 160]),
  type('Air Fryer', 'Kitchen', ['# qt'], [2, 4, 6, 8], [45, 180]),
  type('Electric Kettle', 'Kitchen', ['#L'], [1, 1.5, 1.7], [18, 80]),
  type('Blender', 'Kitchen', ['# oz', '#W'], [32, 48, 64, 1000, 1400], [30, 200]),
  type('Coffee Maker', 'Kitchen', ['# cup'], [4, 10, 12], [25, 180]),
  type('Stainless Steel Water Bottle', 'Kitchen', ['# oz'], [12, 18, 24, 32, 40], [10, 45]),
  type('Glass Food Storage Containers', 'Kitchen', ['# piece set'], [10, 18, 24], [20, 55]),
  type('Baby Stroller', 'Baby', ['# lb capacity'], [40, 50, 55], [80, 600]),
  type('Convertible Crib', 'Baby', ['#-in-1'], [3, 4, 5], [150, 700]),
  type('High Chair', 'Baby', ['# position'], [3, 5, 7], [40, 250]),
  type('Baby Monitor', 'Baby', ['# inch screen'], [3, 5], [30, 220]),
  type('Infant Sleeper', 'Baby', ['# month'], [0, 3, 6], [40, 120]),
  type('Baby Bath Seat', 'Baby', ['# month+'], [6, 9], [15, 40]),
  type('Teething Toy', 'Baby', ['# pack'], [2, 3, 4], [6, 18]),
  type('Magnetic Building Tiles', 'Toys', ['# piece'], [32, 60, 100, 120], [20, 90]),
  type('Ride-On Car', 'Toys', ['#V'], [6, 12, 24], [90, 450]),
  type('Plush Toy', 'Toys', ['# inch'], [8, 12, 16, 24], [8, 40]),
  type('Kids Art Set', 'Toys', ['# piece'], [80, 150, 208], [12, 45]),
  type('Water Beads', 'Toys', ['# oz', '# count'], [8, 16, 20000, 50000], [6, 20]),
  type('Hoverboard', 'Sports', ['# inch wheels'], [6.5, 8, 10], [120, 350]),
  type('Electric Scooter', 'Sports', ['# mph', '#W'], [15, 19, 25, 350, 500], [250, 900]),
  type('Bicycle Helmet', 'Sports', ['size #'], [1, 2, 3], [20, 120]),
  type('Mountain Bike', 'Sports', ['# inch', '# speed'], [24, 26, 27.5, 29, 21], [300, 1600]),
  type('Carbon Bicycle Fork', 'Sports', ['# mm'], [100, 120, 140], [180, 700]),
  type('Hockey Visor', 'Sports', ['size #'], [1, 2], [40, 110]),
  type('Yoga Mat', 'Sports', ['# mm'], [4, 6, 8, 10], [15, 60]),
  type('Adjustable Dumbbells', 'Sports', ['# lb'], [25, 52, 90], [80, 400]),
  type('Camping Lantern', 'Outdoor', ['# lumens'], [300, 500, 1000], [15, 70]),
  type('Propane Patio Heater', 'Outdoor', ['# BTU'], [46000, 48000], [120, 350]),
  type('Garden Hose', 'Outdoor', ['# ft'], [25, 50, 100], [20, 70]),
  type('Cordless Drill', 'Tools', ['#V'], [12, 18, 20], [45, 200]),
  type('Circular Saw', 'Tools', ['# inch'], [6.5, 7.25], [60, 220]),
  type('Extension Cord', 'Tools', ['# ft', '# outlet'], [6, 10, 25, 50, 3], [10, 40]),
  type('Chest of Drawers', 'Furniture', ['#-drawer'], [3, 4, 5, 6], [90, 450]),
  type('Memory Foam Mattress', 'Furniture', ['# inch'], [6, 8, 10, 12], [150, 900]),
  type('Office Chair', 'Furniture', ['# lb capacity'], [250, 300, 400], [70, 400]),
  type('Hair Dryer', 'Beauty', ['#W'], [1200, 1600, 1875], [20, 150]),
  type('Hair Straightener', 'Beauty', ['# inch'], [1, 1.25], [20, 120]),
  type('Electric Toothbrush', 'Beauty', ['# modes'], [3, 5], [20, 140]),
  type('Dog Chew Toy', 'Pets', ['# pack'], [2, 4, 6], [8, 30]),
  type('Cat Water Fountain', 'Pets', ['#L'], [2, 2.5, 3], [18, 55]),
];

/** Made-up marketplace brands: letter soup and word blends, as on many storefronts. */
export const BRANDS: readonly string[] = [
  'Voltrix', 'ZENBOO', 'Kelvara', 'Homvue', 'Luxeon', 'Brightly', 'NORDVIK', 'Ecoqueen', 'Tinyhop', 'Aurelo',
  'Quikko', 'MOOVAX', 'Sunvale', 'Petvana', 'Riverkin', 'Glimora', 'Fenwick & Co', 'Oakridge Home', 'Kidzoo',
  'Trailpeak', 'Ironhold', 'Brisa', 'Coralux', 'Vivora', 'JOYNEST', 'Pawlio', 'Cozyhut', 'Lumina Labs', 'Skytrek',
  'Hexa', 'Nimbo', 'Arctiq', 'Blazewood', 'Mintly', 'Orbio', 'Palmora', 'Qualvo', 'Rovana', 'Solenne', 'Tekzy',
  'Ultrava', 'Velmo', 'Wavi', 'Xelto', 'Yumeo', 'Zestra', 'Ampliva', 'Bravix', 'Cindro', 'Dovetail Basics',
];

export const ADJECTIVES: readonly string[] = [
  'Portable', 'Compact', 'Heavy Duty', 'Upgraded', 'Mini', 'Waterproof', 'Rechargeable', 'Foldable', 'Premium',
  'Lightweight', 'Smart', 'Wireless', 'Ergonomic', 'Quiet', 'Fast Charging', 'Adjustable', 'Non-Slip', 'Durable',
  'Eco-Friendly', 'Professional', 'Kids', 'Travel', 'Magnetic', 'Cordless', '2024 New',
];

export const COLOURS: readonly string[] = [
  'Black', 'White', 'Grey', 'Navy Blue', 'Pink', 'Sage Green', 'Rose Gold', 'Beige', 'Red', 'Teal', 'Walnut',
];

export const TITLE_EXTRAS: readonly string[] = [
  'for Home and Office', 'Gift for Kids', 'with Carry Case', '2 Pack', 'Free Shipping', 'Best Seller',
  'Easy to Clean', 'with LED Display', 'BPA Free', 'for Camping', 'Ships Today', 'with Warranty',
];

export const DESCRIPTION_SENTENCES: readonly string[] = [
  'Made from durable, high quality materials for everyday use.',
  'Easy to set up in minutes, no tools required.',
  'Compact design saves space and travels well.',
  'Backed by a 12 month warranty and friendly support.',
  'Please check the size chart before ordering.',
  'Colour may vary slightly due to screen settings.',
  'Package includes the main unit, user manual and accessories.',
  'Tested for safety and performance before shipping.',
  'Perfect gift for birthdays and holidays.',
  'Ships from our local warehouse within 24 hours.',
];

export const SELLER_WORDS: readonly string[] = [
  'Sunny', 'Happy', 'Global', 'Prime', 'Direct', 'Best', 'Smart', 'Golden', 'Blue', 'Star', 'Urban', 'Value',
  'Maple', 'Lucky', 'Bright', 'Fresh', 'Ocean', 'Pine', 'Rapid', 'Home',
];

export const SELLER_SUFFIXES: readonly string[] = ['Store', 'Shop', 'Outlet', 'Trading Co', 'Deals', 'Mart', 'Direct LLC'];

export interface Marketplace {
  readonly name: string;
  readonly currency: string;
  readonly shipsTo: readonly string[];
}

export const MARKETPLACES: readonly Marketplace[] = [
  { name: 'amazon-us', currency: 'USD', shipsTo: ['US'] },
  { name: 'ebay-us', currency: 'USD', shipsTo: ['US', 'CA'] },
  { name: 'walmart', currency: 'USD', shipsTo: ['US'] },
  { name: 'temu', currency: 'USD', shipsTo: ['US', 'CA', 'MX'] },
  { name: 'aliexpress', currency: 'USD', shipsTo: ['US', 'DE', 'FR', 'GB'] },
  { name: 'etsy', currency: 'USD', shipsTo: ['US', 'GB'] },
  { name: 'facebook-marketplace', currency: 'USD', shipsTo: ['US'] },
  { name: 'amazon-de', currency: 'EUR', shipsTo: ['DE', 'AT'] },
];

/** Letter pairs and triples that model-number prefixes are made of. */
export const MODEL_PREFIXES: readonly string[] = [
  'XJ', 'KT', 'PB', 'HX', 'A', 'ZR', 'LM', 'Q', 'SP', 'TX', 'BV', 'CR', 'DW', 'EV', 'GT', 'MX', 'NB', 'RT', 'VX', 'YK',
];
