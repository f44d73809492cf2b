import { hand, type HandCase } from './hand-cases.js';

const BOWFLEX_2025 = 'cpsc:25311';

/**
 * Listings that resemble a recalled product but are not it: another model of the brand, a model one character
 * off, an accessory for the product, or the same kind of product from another brand. Each cites the recall it
 * resembles; every model number here was checked not to be a recalled one in the reference data.
 */
export const HAND_NEGATIVES: readonly HandCase[] = [
  // 26025: NordicTrack rowers NTRW19147.x.
  hand('cpsc:26025', 'near-model', 'NordicTrack Rowing Machine NTRW19148', 'last digit changed'),
  hand('cpsc:26025', 'accessory', 'Seat cushion compatible with NordicTrack NTRW19147 rower', 'accessory naming the recalled model'),
  // 24102: NordicTrack iSelect dumbbells.
  hand('cpsc:24102', 'accessory', 'Replacement tablet holder for NordicTrack iSelect 50 lb dumbbells', 'replacement part, name only'),
  // 23026: Horizon T101-05 treadmills.
  hand('cpsc:23026', 'near-model', 'Horizon Fitness T101-04 treadmill - not the recalled T101-05', 'seller names the recalled model to deny it'),
  hand('cpsc:23026', 'same-brand-other-model', 'Horizon Fitness T202 Folding Treadmill', 'same brand and product type'),
  hand('cpsc:23026', 'accessory', 'Treadmill belt lubricant for Horizon T101-05', 'consumable for the recalled model'),
  // 18030: iLive hoverboards GSB56BC etc.
  hand('cpsc:18030', 'near-model', 'iLive 6.5" hoverboard GSB57BC', 'one digit off'),
  hand('cpsc:18030', 'accessory', 'Carrying bag for iLive GSB56BC hoverboard', 'bag for the recalled model'),
  hand('cpsc:18030', 'same-type-other-brand', 'Gyroor 6.5 inch self balancing scooter hoverboard', 'the brand is in another recall (e-bikes)', { brand: 'Gyroor' }),
  // 05193: Razor E300, E300S, E200, E200S.
  hand('cpsc:05193', 'same-brand-other-model', 'Razor E325 Electric Scooter', 'later model of the same line'),
  hand('cpsc:05193', 'near-model', 'Razor E100 Electric Scooter, kids size', 'E100 is one character from E200'),
  hand('cpsc:05193', 'accessory', 'Replacement throttle for Razor E300', 'spare part for the recalled model'),
  hand('cpsc:05193', 'accessory', '适用于 Razor E300 电动滑板车 充电器', 'Chinese "for use with", charger'),
  // 26431: FitRx SmartBell 8361.
  hand('cpsc:26431', 'accessory', 'Storage tray for FitRx SmartBell dumbbells', 'tray for the recalled product line'),
  // 14093: Reebok EP20K senior elbow pads; only the senior size is recalled.
  hand('cpsc:14093', 'same-brand-other-model', 'Reebok EP20K Junior Hockey Elbow Pads (JR)', 'same model, size not in the recall'),
  // 07026: DeWalt DW378G/GT, DC300.
  hand('cpsc:07026', 'same-brand-other-model', 'DEWALT DCS391 20V cordless circular saw', 'same brand and type'),
  hand('cpsc:07026', 'accessory', '7-1/4 in. framing blade for DeWalt DW378G', 'blade for the recalled saw'),
  // 11326: John Deere D100.
  hand('cpsc:11326', 'near-model', 'John Deere D110 Lawn Tractor', 'D110 is one character from D100'),
  hand('cpsc:11326', 'accessory', 'Mower blade set for John Deere D100, 42 in deck', 'parts for the recalled model'),
  // 11720: PD Sixty CH-750 / CH-1500 heaters.
  hand('cpsc:11720', 'near-model', 'Creative Heating Solutions space heater CH-1550', 'one digit off'),
  // 11028: Haier ESNCM053E.
  hand('cpsc:11028', 'same-brand-other-model', 'Haier 7.1 cu. ft. Chest Freezer ESNCM071E', 'same series, other size'),
  // 08157: Intermatic DT27C, DT27CL.
  hand('cpsc:08157', 'same-brand-other-model', 'Intermatic TN311 24-hour mechanical timer', 'same brand, other timer'),
  // 14012: Calphalon ME600BL.
  hand('cpsc:14012', 'accessory', 'Replacement blender jar for Calphalon ME600BL', 'jar for the recalled model'),
  // 13227: Dynamite DYN1429.
  hand('cpsc:13227', 'near-model', 'Dynamite 7.4V 2S LiPo battery DYN1428', 'one digit off'),
  // 15140: Valor BF-38.
  hand('cpsc:15140', 'near-model', 'Valor Fitness BF-48 weight bench', 'one digit off'),
  // 14014: Ryobi P113.
  hand('cpsc:14014', 'near-model', 'Ryobi P117 dual chemistry charger', 'P117 is one character from P113'),
  hand('cpsc:14014', 'same-brand-other-model', 'Ryobi P108 18V lithium battery', 'same brand, battery not charger'),
  // 01111: Remington Vortex Ultra hair dryers (another recall covers Remington dryers too).
  hand('cpsc:01111', 'same-brand-other-model', 'Remington ceramic flat iron hair straightener', 'same brand, other product'),
  // 06129: InFocus LP120 projectors.
  hand('cpsc:06129', 'same-brand-other-model', 'InFocus IN116 DLP projector', 'same brand and type'),
  // 12080: Target 6-piece LED flashlight sets; the other brand is in other recalls (lanterns, night lights).
  hand('cpsc:12080', 'same-type-other-brand', 'Energizer 6 piece LED flashlight set', 'brand with other lighting recalls', { brand: 'Energizer' }),
  // 2025 BowFlex 552 and 1090 dumbbells.
  hand(BOWFLEX_2025, 'same-brand-other-model', 'BowFlex SelectTech 560 smart dumbbells', 'other model of the same line'),
  // 10310 (kept under its notice address: the compact record lists more barcodes): Brine VIP lacrosse gloves.
  hand('cpsc:2010/Brine-Recalls-VIP-Lacrosse-Gloves-Due-to-Violation-of-Lead-Paint-Standard', 'same-brand-other-model', 'Brine lacrosse stick head, white', 'same brand, other product'),
];
