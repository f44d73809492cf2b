/**
 * Other names sellers give the same kind of product, so a relabelled item no longer shares its
 * noun with the recall notice. Keys are lower case; the first matching key (longest first) is used.
 */
export const PRODUCT_SYNONYMS: readonly (readonly [string, string])[] = [
  ['portable power station', 'Solar Generator'],
  ['power station', 'Solar Generator'],
  ['power bank', 'Battery Charger Pack'],
  ['hoverboard', 'Self-Balancing Scooter'],
  ['space heater', 'Personal Warmer'],
  ['tea lights', 'Flameless Candles'],
  ['water beads', 'Sensory Gel Balls'],
  ['stroller', 'Pushchair'],
  ['crib', 'Baby Cot'],
  ['dresser', 'Storage Cabinet'],
  ['chest of drawers', 'Storage Cabinet'],
  ['high chair', 'Feeding Seat'],
  ['helmet', 'Head Protector'],
  ['mattress', 'Sleep Pad'],
  ['pressure cooker', 'Multi Cooker'],
  ['heater', 'Warmer'],
  ['charger', 'Power Adapter'],
  ['lamp', 'Light Fixture'],
  ['lights', 'Lamps'],
  ['magnets', 'Magnetic Balls'],
  ['sleeper', 'Baby Nest'],
  ['scooter', 'Kick Board'],
  ['fork', 'Front Suspension'],
  ['visor', 'Face Shield'],
  ['toy', 'Plaything'],
];
