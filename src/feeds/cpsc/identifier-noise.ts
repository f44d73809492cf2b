import { MONTH_PATTERN } from '../shared/feed-dates.js';

/** What replaces a masked span: a neutral token that is never an identifier. */
export const MASK = ' ~ ';

const UNITS_ATTACHED =
  'mm|cm|km|m|in|inch|inches|ft|yd|lbs?|kg|g|mg|oz|ml|cl|l|v|mv|kv|w|kw|wh|kwh|mah|ah|a|amps?|cc|hp|mph|kph|' +
  'km/h|hz|khz|mhz|ghz|gb|tb|mb|psi|db|pcs|pc|pk|ct|qt|gal|°[cf]?|[cf]°';
const UNITS_SPACED =
  'mm|cm|km|inch(?:es)?|in\\.|ft\\.?|feet|foot|yards?|lbs?\\.?|pounds?|kg|kilograms?|grams?|mg|oz\\.?|ounces?|' +
  'ml|milliliters?|liters?|litres?|gallons?|gal\\.?|quarts?|volts?|watts?|wh|kwh|mah|ah|amps?|cc|hp|' +
  'horsepower|mph|km/h|hz|gb|tb|mb|psi|db|percent|pieces?|pcs\\.?|packs?|count|degrees?|years?|yrs?\\.?|' +
  'months?|weeks?|days?|hours?|minutes?|seconds?|speeds?|gears?|people|persons?|children|reports?|' +
  'units?|incidents?|injur(?:y|ies)|deaths?|consumers?|times?|stores?|locations?|sheets?|lumens?|lm';
const HYPHEN_UNITS =
  'volt|inch|foot|feet|ft|pound|lb|gallon|quart|ounce|oz|piece|pack|count|speed|gear|year|month|week|day|hour|' +
  'minute|watt|amp|liter|litre|meter|metre|mile|person|seat|wheel|drawer|door|shelf|burner|cup|quart|in|mm|cm';

const MONTHS = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const STREET = /\b(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Parkway|Pkwy|Highway|Hwy|Place|Pl|Circle|Cir|Terrace|Plaza|Square)\b/;

interface Noise {
  readonly pattern: RegExp;
  /** A cheap test that must pass before the pattern is worth running; most noise needs a digit. */
  readonly needs: RegExp | 'digit';
}

/**
 * Spans that look like identifiers but never are, in the order they are masked: addresses of all kinds
 * first (URLs, e-mail, web domains, phones, street addresses), then dates and times, money, quantities
 * with units, dimensions and ranges of ages or sizes.
 */
const NOISE: readonly Noise[] = [
  { pattern: /\b(?:https?:\/\/|www\.)\S+/gi, needs: /https?:|www\./i },
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, needs: /@/ },
  { pattern: /\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|edu|us|uk|de|fr|eu|sk|cz|ca|au|info|biz|co)\b(?:\/\S*)?/gi, needs: /\.[a-z]{2,4}\b/i },
  { pattern: /(?<![\w-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\w-])/g, needs: 'digit' },
  { pattern: /(?<![\w-])1?-?8\d\d-[A-Z0-9]{2,4}-?[A-Z0-9]{3,5}(?![\w-])/g, needs: /8\d\d-/ },
  { pattern: /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Parkway|Pkwy|Highway|Hwy|Place|Pl|Circle|Cir|Terrace|Plaza|Square)\b\.?/g, needs: STREET },
  { pattern: /\b(?:Suite|Ste\.?|P\.?\s?O\.?\s+Box|Route|Rte\.?)\s+\d+\w*/g, needs: /Suite|Ste|Box|Route|Rte/ },
  { pattern: new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)`, 'g'), needs: MONTHS },
  { pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}\\.?,?\\s+\\d{4}\\b`, 'g'), needs: MONTHS },
  { pattern: new RegExp(`\\b${MONTH_PATTERN}\\.?,?\\s+(?:of\\s+)?\\d{4}\\b`, 'g'), needs: MONTHS },
  { pattern: /(?<![\w./-])\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?![\w/-])/g, needs: 'digit' },
  { pattern: /(?<![\w./-])\d{1,2}\/(?:19|20)\d{2}(?![\w/-])/g, needs: 'digit' },
  { pattern: /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/gi, needs: /[ap]\.?m\b/i },
  { pattern: /[$€£]\s?\d[\d,]*(?:\.\d+)?/g, needs: /[$€£]/ },
  { pattern: /\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|cents|USD|EUR|euros?)\b/gi, needs: /dollar|cent|usd|eur/i },
  { pattern: /\b(?:about|approximately|approx\.|nearly|over|more than|less than|up to|some|around)\s+\d[\d,.]*/gi, needs: /about|approx|nearly|over|more|less|up to|some|around/i },
  { pattern: /(?<![\w.-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s?[a-z]+\b)?/gi, needs: /\d,\d{3}/ },
  { pattern: new RegExp(`(?<![\\w.-])\\d+(?:\\.\\d+)?(?:\\s?-\\s?\\d+(?:\\.\\d+)?)?(?:${UNITS_ATTACHED})(?![\\w-])`, 'gi'), needs: 'digit' },
  { pattern: new RegExp(`(?<![\\w.-])\\d+(?:\\.\\d+)?(?:\\s?(?:-|to)\\s?\\d+(?:\\.\\d+)?)?\\s(?:${UNITS_SPACED})(?![\\w-])`, 'gi'), needs: 'digit' },
  { pattern: /(?<![\w.-])\d+(?:\.\d+)?\s(?:V|W|A|g)(?![\w-])/g, needs: 'digit' },
  { pattern: new RegExp(`(?<![\\w.-])\\d+(?:\\.\\d+)?-\\s?(?:${HYPHEN_UNITS})s?(?![\\w])`, 'gi'), needs: 'digit' },
  { pattern: /(?<![\w.-])\d+(?:\.\d+)?\s?[x×]\s?\d+(?:\.\d+)?(?:\s?[x×]\s?\d+(?:\.\d+)?)?(?![\w-])/gi, needs: /\d\s?[x×]\s?\d/i },
  { pattern: /(?<![\w.-])\d+(?:\.\d+)?\s?(?:'|’|′)\s?(?:\d+(?:\.\d+)?\s?(?:"|”|″))?/g, needs: /\d\s?['’′]/ },
  { pattern: /(?<![\w.-])\d+(?:\.\d+)?\s?(?:"|”|″)(?=\s|[,;.)]|$)/g, needs: /\d\s?["”″]/ },
  { pattern: /\b\d+(?:\.\d+)?\s?%/g, needs: /%/ },
  { pattern: /\b(?:ages?|aged|sizes?)\s+\d+(?:\.\d+)?(?:\s*(?:,|and|or|to|through|-)\s*\d+(?:\.\d+)?)*(?:\s+(?:years?|months?))?/gi, needs: /age|size/i },
  { pattern: /\b(?:19|20)\d{2}s\b/g, needs: /\d{4}s\b/ },
  { pattern: /\b\d+(?:st|nd|rd|th)\b/gi, needs: /\d(?:st|nd|rd|th)\b/i },
];

/**
 * The text with every noise span replaced by {@link MASK}, so identifier rules never see a date, a
 * price, a phone number, a URL, an address or a quantity (`45m`, `10,000mAh`, `About 1,050`).
 * @example maskNoise('sold for $180 from May 2015, call 888-591-5540') // 'sold for  ~  from  ~ , call  ~ '
 */
export function maskNoise(text: string): string {
  let out = text;
  const hasDigit = /\d/.test(text);
  for (const { pattern, needs } of NOISE) {
    if (needs === 'digit' ? hasDigit : needs.test(out)) out = out.replace(pattern, MASK);
  }
  return out;
}
