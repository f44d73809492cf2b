import { hand, type HandCase } from './hand-cases.js';

const BOWFLEX_2025 = 'cpsc:25311';
const INTERMATIC_2009 = 'cpsc:2009/Intermatic-Recalls-Digital-Timers-Due-to-Shock-Hazard';

/**
 * Recalled products listed the way sellers write them. Facts (recall number, brand, models, barcodes) are those
 * of the cited CPSC recall in the reference data; the wording is ours.
 */
export const HAND_POSITIVES: readonly HandCase[] = [
  // 26025: NordicTrack rowers, models NTRW19147.0–.3; the recall names iFIT as the firm, sellers say NordicTrack.
  hand('cpsc:26025', 'verbatim', 'NordicTrack Rowing Machine NTRW19147.1 - folds for storage, barely used', 'brand on the listing is the product line, the recall names the parent firm', { brand: 'NordicTrack' }),
  hand('cpsc:26025', 'model-reformatted', 'nordic track rower ntrw 19147', 'model split by a space, brand split in two'),
  hand('cpsc:26025', 'brand-omitted', 'Smart rowing machine with 22" touchscreen', 'model only in the description', { description: 'Model NTRW19147.3, pickup only.' }),
  // 24102: NordicTrack 50 LB iSelect voice-controlled dumbbells, model NTSAW23020.0.
  hand('cpsc:24102', 'verbatim', 'NordicTrack iSelect 50 lb Voice Controlled Adjustable Dumbbells (pair)', 'no model number, name only'),
  hand('cpsc:24102', 'model-reformatted', 'Alexa-enabled adjustable dumbbells NTSAW23020', 'model without its ".0" suffix, no brand'),
  // 23026: Horizon Fitness T101-05 folding treadmills.
  hand('cpsc:23026', 'verbatim', 'Horizon Fitness T101-05 Folding Treadmill', 'plain'),
  hand('cpsc:23026', 'model-reformatted', 'Horizon T101.05 treadmill, local pickup', 'dot instead of dash'),
  // 18030: iLive hoverboards GSB56BC, GSB56RC, GSB65BUC, GSB56WC, GSB56GDC.
  hand('cpsc:18030', 'verbatim', 'iLive 6.5" Self Balancing Scooter Hoverboard GSB56RC Red', 'the recall names Digital Products as the firm, not iLive'),
  hand('cpsc:18030', 'full-width', 'ｉＬｉｖｅ hoverboard ＧＳＢ５６ＷＣ white', 'full-width brand and model'),
  hand('cpsc:18030', 'chinese-title', 'iLive 平衡车 GSB56BC 6.5寸 儿童', 'Chinese title, model in Latin letters'),
  hand('cpsc:18030', 'renamed', 'Self-Balancing Electric Scooter GSB65BUC blue', 'hoverboard word and brand dropped, model kept'),
  // 05193: Razor electric scooters E300, E300S, E200, E200S.
  hand('cpsc:05193', 'verbatim', 'Razor E300 Electric Scooter - Blue', 'short model shared by other products'),
  hand('cpsc:05193', 'spaced-letters', 'R A Z O R E200S seated electric scooter', 'brand spelled out'),
  // 26431 and 25184: FitRx SmartBell dumbbells, models 8361 (5–52.5 lb) and 9034 (XL 10–90 lb); two recalls.
  hand('cpsc:26431', 'verbatim', 'FitRx SmartBell Quick-Select Adjustable Dumbbells 5-52.5 lbs', 'a sibling recall (XL) has almost the same name'),
  hand('cpsc:26431', 'brand-omitted', 'SmartBell quick select dumbbell, 52.5 lb, model 8361', 'bare four-digit model'),
  hand('cpsc:25184', 'verbatim', 'FitRx SmartBell XL 10-90 lb Quick-Select Dumbbells', 'must not stop at the 52.5 lb recall'),
  // 2025 BowFlex 552 and 1090 dumbbells (compact record: name only, no model field).
  hand(BOWFLEX_2025, 'verbatim', 'BowFlex SelectTech 552 Adjustable Dumbbells, 52.5 lb', 'model numbers live only in the product name'),
  hand(BOWFLEX_2025, 'homoglyphs', 'B0wFlex SelectTech l090 adjustable dumbbell 90 lb', 'zero for O, l for 1'),
  // 14093: Reebok-CCM EP20K senior hockey elbow pads.
  hand('cpsc:14093', 'verbatim', 'Reebok EP20K Senior Hockey Elbow Pads SR', 'recall firm is Reebok-CCM'),
  hand('cpsc:14093', 'model-reformatted', 'CCM / Reebok EP 20K elbow pads, senior size', 'model split'),
  // 07026: DeWalt DW378G, DW378GT framing saws and DC300 circular saws.
  hand('cpsc:07026', 'verbatim', 'DEWALT DW378GT Framing Saw Kit', 'second model of the recall'),
  hand('cpsc:07026', 'zero-width', 'DeWalt DC\u200b300 cordless circular saw', 'zero-width space inside the model'),
  // 11326: John Deere D100 lawn tractors.
  hand('cpsc:11326', 'verbatim', 'John Deere D100 Lawn Tractor 42" deck', 'short model'),
  // 11720: PD Sixty "Creative Heating Solutions" heaters CH-750, CH-750FC, CH-1500, CH-1500FC.
  hand('cpsc:11720', 'brand-omitted', 'Creative Heating Solutions portable space heater CH-1500FC', 'distributor brand absent'),
  // 11028: Haier ESNCM053E 5.3 cu ft chest freezers.
  hand('cpsc:11028', 'verbatim', 'Haier 5.3 cu. ft. Chest Freezer ESNCM053E', 'plain'),
  hand('cpsc:11028', 'chinese-title', '海尔 冷柜 ESNCM053E 5.3立方英尺', 'Chinese brand name'),
  // 08157 and the 2009 recall: Intermatic timers DT27C, DT27CL (2008) and DT17 (2009).
  hand('cpsc:08157', 'homoglyphs', 'lntermatic DT27CL lamp and appliance digital timer', 'lower-case l for capital I in the brand'),
  hand(INTERMATIC_2009, 'verbatim', 'Intermatic DT17 heavy duty digital timer', 'a second Intermatic timer recall'),
  // 14012: Calphalon ME600BL blenders.
  hand('cpsc:14012', 'model-reformatted', 'Calphalon ME600 BL blender, black', 'colour suffix split off'),
  // 12080: Target 6-piece LED flashlight sets, UPC 490021010049.
  hand('cpsc:12080', 'barcode-only', '6 piece LED flashlight set', 'barcode only', { gtins: ['490021010049'] }),
  // 01111: Remington Vortex Ultra hair dryers, UPC 074590875416.
  hand('cpsc:01111', 'verbatim', 'Remington Vortex Ultra Hair Dryer', 'name only'),
  hand('cpsc:01111', 'barcode-only', 'hair dryer, new old stock', 'barcode in the description', { description: 'UPC 074590875416, never opened.' }),
  // 08597: Daiso stuffed toy dogs, EAN 4947678246063.
  hand('cpsc:08597', 'barcode-only', 'plush puppy toy', 'EAN only', { gtins: ['4947678246063'] }),
  // 13227: Dynamite 7.4 V 180 mAh 2S LiPo batteries, DYN1429.
  hand('cpsc:13227', 'verbatim', 'Dynamite 7.4V 180mAh 2S 20C LiPo Battery DYN1429', 'recall firm is Kiel Technology'),
  // 15140: Valor Fitness BF-38 Olympic benches.
  hand('cpsc:15140', 'verbatim', 'Valor Fitness BF-38 Olympic Flat Incline Decline Bench', 'recall brand is Valor Athletics'),
  // 14014: Ryobi P113 dual-chemistry chargers.
  hand('cpsc:14014', 'model-reformatted', 'RYOBI 18V dual chemistry charger P-113', 'dash inserted'),
  // 06129: InFocus LP120 projectors and SP-LAMP-013 lamp modules (the lamp module itself is recalled).
  hand('cpsc:06129', 'verbatim', 'InFocus SP-LAMP-013 replacement lamp module', '"replacement" wording on a recalled part'),
  hand('cpsc:06129', 'verbatim', 'InFocus LP120 portable projector', 'plain'),
  // 10310 (kept under its notice address: the compact record lists more barcodes): Brine VIP lacrosse gloves, UPC 618983164505.
  hand('cpsc:2010/Brine-Recalls-VIP-Lacrosse-Gloves-Due-to-Violation-of-Lead-Paint-Standard', 'verbatim', 'Brine VIP Lacrosse Gloves - Youth', 'name only'),
];
