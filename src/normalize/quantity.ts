/**
 * Recognises tokens that are amounts, sizes, ratings or versions rather than model numbers: "20000mAh",
 * "5V/2.4A", "3-pack", "1080p", "1920x1080", "3in1", "USB3", "IP68", "PD20W", "2nd".
 */

/** Units and counters that follow a number in listing titles (lower case, longest spellings first). */
const UNITS = [
  // electrical and power
  'mah', 'kwh', 'wh', 'ah', 'kw', 'mw', 'w', 'kv', 'mv', 'v', 'ma', 'a', 'ghz', 'mhz', 'khz', 'hz',
  // length, area, volume, weight
  'mm', 'cm', 'km', 'm', 'inches', 'inch', 'in', 'feet', 'ft', 'yds', 'yd', 'sqft', 'mil', 'awg', 'gauge',
  'ml', 'cl', 'dl', 'ltr', 'l', 'gal', 'qt', 'pt', 'cc', 'oz', 'lbs', 'lb', 'kg', 'mg', 'g', 'gsm', 'ton', 't',
  // counts and packs
  'pieces', 'piece', 'pcs', 'pc', 'packs', 'pack', 'pk', 'count', 'ct', 'pairs', 'pair', 'sets', 'set',
  'ply', 'x',
  // display, data, sound, light
  'p', 'k', 'tb', 'gb', 'mb', 'kb', 'gbps', 'mbps', 'dbi', 'db', 'fps', 'mp', 'lm', 'lux', 'rpm', 'psi',
  'bar', 'nm', 'n',
  // time, age, temperature, ordinals
  'seconds', 'sec', 's', 'mins', 'min', 'hours', 'hour', 'hrs', 'hr', 'h', 'days', 'day', 'months', 'month',
  'mos', 'mo', 'years', 'year', 'yrs', 'yr', 'y', 'deg', 'c', 'f', 'st', 'nd', 'rd', 'th',
].join('|');

/** One or more number+unit segments: "65w", "5v24a" (from 5V/2.4A), "3pack". */
const AMOUNT_RE = new RegExp(`^(?:\\d+(?:${UNITS}))+$`);
/** Dimensions and resolutions: "1920x1080", "10x20cm". */
const DIMENSION_RE = new RegExp(`^\\d+(?:x\\d+)+(?:${UNITS})?$`);
/** "3in1", "2in1". */
const MULTI_IN_ONE_RE = /^\d+in\d+$/;
/** Standards, ratings and versions: "usb3", "ip68", "wifi6", "qc30", "pd20w", "gen2", "cat6", "win10". */
const RATING_RE = new RegExp(
  '^(?:usb|ipx|ip|wifi|ddr|lpddr|qc|pd|bt|gen|cat|hdmi|pcie|ios|android|win|windows|rev|ver|version|no|size|' +
    'level|lvl|class|grade|series|step|stage|age|ages|top|mk|mark|ansi|iso|en|astm|ul|type)' +
    `\\d+(?:${UNITS})?$`,
);
/** Year words sellers glue together: "2024new", "new2025". */
const YEAR_WORD_RE = /^(?:(?:new|latest|upgraded|model|version)(?:19|20)\d\d|(?:19|20)\d\d(?:new|latest|upgraded|model|version|edition|ver))$/;

/**
 * Whether a compact token (lower case, separators removed) is a quantity, unit, size or rating.
 * @example isQuantityToken('20000mah') // true
 * @example isQuantityToken('bs30kp365') // false
 */
export function isQuantityToken(compactLower: string): boolean {
  const first = compactLower.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    return AMOUNT_RE.test(compactLower) || DIMENSION_RE.test(compactLower) || MULTI_IN_ONE_RE.test(compactLower)
      || YEAR_WORD_RE.test(compactLower);
  }
  return RATING_RE.test(compactLower) || YEAR_WORD_RE.test(compactLower);
}
