import { maskNoise } from './identifier-noise.js';
import { FILLERS, SENTENCE_ENDS, SEPARATORS, matchTrigger, type TriggerKind } from './identifier-triggers.js';

export { extractBrands } from './brand-extractor.js';

/** Identifiers read from recall free text, each list in order of appearance, without repeats. */
export interface ProductIdentifiers {
  /** Model, part, style, catalogue and article numbers. */
  readonly modelNumbers: string[];
  /** Barcodes (UPC/EAN/GTIN), digits only. */
  readonly upcs: string[];
  /** Retailer SKUs and item numbers. */
  readonly skus: string[];
}

const MAX_TEXT = 20_000;
const TOKEN = /[\p{L}\p{N}]+(?:[-./+'][\p{L}\p{N}]+)*|[,;:()[\]#"&/~…!?.]/gu;
const STOP_CAPS = new Set([
  'LED', 'USB', 'ATV', 'ATVS', 'UTV', 'UTVS', 'AC', 'DC', 'TV', 'II', 'III', 'IV', 'XL', 'XXL', 'XS', 'SR', 'JR',
  'US', 'USA', 'EU', 'UK', 'CPSC', 'LLC', 'INC', 'CO', 'LTD', 'PTV', 'PTVS', 'BMX', 'RV', 'THE', 'AND', 'OR', 'NO',
  'OF', 'IN', 'LCD', 'PVC', 'ABS', 'CE', 'UL', 'ETL', 'GFCI', 'AKA', 'NOT', 'ALL', 'NEW', 'ON', 'AT', 'BY', 'TO',
]);
const STANDARD_BODIES = new Set(['astm', 'ansi', 'iso', 'en', 'iec', 'ul', 'cfr', 'bs', 'din', 'csa', 'sae', 'fmvss']);
const NOT_A_MODEL = /^(?:K?N95|P100|COVID-?\d+|MP[34]|H\d+N\d+|[24]WD|CO2|PM\d+(?:\.\d+)?|\d+[KP]|UN ?38\.3|IP[X\d]\d|(?:CR|LR|SR|BR|AG)\d+[A-Z]?|\d+C)$/;
const DIGIT_CODE = /^(?:\d{2,}-\d{5,}|\d{4,}-\d{4,})$/;
/** Without a digit, only a trigger word can introduce an identifier (models OWT and OWM). */
const WORTH_A_LOOK = /model|style|part|catalog|article|product|type|typ|ref|mpn|sku|item|art/i;
/** EAN-8, UPC-A without and with its check digit, EAN-13, GTIN-14. */
const BARCODE_LENGTHS = new Set([8, 11, 12, 13, 14]);
const ABBREVIATIONS = new Set(['no', 'nos', 'nr', 'ref', 'art', 'cat']);
const YEARISH = /^(?:19|20)?\d{2}(?:-(?:19|20)?\d{2})?$/;

interface Found {
  readonly index: number;
  readonly kind: 'model' | 'sku' | 'upc';
  readonly value: string;
}

class Scan {
  readonly tokens: readonly string[];
  readonly lower: readonly string[];
  readonly consumed: Uint8Array;
  readonly found: Found[] = [];

  constructor(tokens: readonly string[]) {
    this.tokens = tokens;
    this.lower = tokens.map((token) => token.toLowerCase());
    this.consumed = new Uint8Array(tokens.length);
  }

  take(index: number, kind: TriggerKind, value: string): void {
    this.consumed[index] = 1;
    if (kind === 'model' || kind === 'sku' || kind === 'upc') this.found.push({ index, kind, value });
  }

  triggerAt(index: number): boolean {
    return matchTrigger(this.lower, this.tokens, index) !== undefined;
  }
}

function normalise(text: string): string {
  if (!/[^\x20-\x5f\x61-\x7e]|\s\s/.test(text)) return text;
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’′`]/g, "'")
    .replace(/[®™©]/g, ' ')
    .replace(/\u2026/g, ' … ')
    .replace(/[\s\u00a0]+/g, ' ');
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Whether a token after a trigger reads as an identifier of the list. */
function isListCode(scan: Scan, index: number, listStart: number, kind: TriggerKind): boolean {
  const token = scan.tokens[index] ?? '';
  if (token.length === 0 || token.length > 30 || !/[\p{L}\p{N}]/u.test(token)) return false;
  const digits = countMatches(token, /\d/g);
  const letters = countMatches(token, /\p{L}/gu);
  if (kind === 'skip') return digits > 0 || /^\p{Lu}+$/u.test(token);
  if (digits > 0) {
    if (letters === 0) return /\d\D*\d|\d\.\d/.test(token) && !/^(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?$/.test(token);
    // "75mm/purple/83a" is a description, not a code: no lower-case word inside a code.
    return !/^\d+(?:st|nd|rd|th|s)$/i.test(token) && !/(?:^|[-/.])\p{Ll}{3,}(?:$|[-/.])/u.test(token);
  }
  if (!/^\p{Lu}[\p{Lu}-]*$/u.test(token) || letters < 2 || letters > 8 || STOP_CAPS.has(token)) return false;
  const prev = scan.lower[index - 1] ?? '';
  const next = scan.lower[index + 1];
  const prevOk = index === listStart || SEPARATORS.has(prev) || prev === '(';
  const nextOk =
    next === undefined || SEPARATORS.has(next) || SENTENCE_ENDS.has(next) || next === ')' ||
    /^\p{Ll}/u.test(scan.tokens[index + 1] ?? '');
  return prevOk && nextOk;
}

function skipGroup(scan: Scan, open: number): number {
  const close = scan.lower.indexOf(')', open + 1);
  return close !== -1 && close - open <= 16 ? close + 1 : open + 1;
}

function readQuoted(scan: Scan, open: number, kind: TriggerKind): number | undefined {
  const close = scan.lower.indexOf('"', open + 1);
  if (close === -1 || close - open > 6) return undefined;
  const words = scan.tokens.slice(open + 1, close).filter((token) => /[\p{L}\p{N}]/u.test(token));
  const coded = words.some((word) => /\d/.test(word) || /^\p{Lu}{2,}$/u.test(word));
  if (words.length === 0 || words.length > 4 || !coded) return undefined;
  scan.take(open + 1, kind, words.join(' '));
  return close + 1;
}

function readList(scan: Scan, kind: TriggerKind, start: number): void {
  let gap = 0;
  let got = 0;
  let index = start;
  while (index < scan.tokens.length) {
    const low = scan.lower[index] ?? '';
    if (SENTENCE_ENDS.has(low)) return;
    // A trigger inside brackets, "(VIN) beginning with L98", announces what follows the bracket.
    if (low === ')' || low === ']') {
      if (got > 0 || index !== start) return;
      index += 1;
      continue;
    }
    if (low === '(' || low === '[') {
      index = skipGroup(scan, index);
      continue;
    }
    if (low === '"') {
      const after = readQuoted(scan, index, kind);
      if (after !== undefined) {
        got += 1;
        gap = 0;
        index = after;
        continue;
      }
    }
    if (scan.triggerAt(index)) return;
    if (SEPARATORS.has(low) || (got === 0 && FILLERS.has(low)) || low === '"') {
      index += 1;
      continue;
    }
    if (low !== '~' && isListCode(scan, index, start, kind)) {
      scan.take(index, kind, scan.tokens[index] ?? '');
      got += 1;
      gap = 0;
    } else {
      gap += 1;
      if (gap > (got > 0 ? 3 : 5)) return;
    }
    index += 1;
  }
}

function readBarcodes(scan: Scan, start: number): void {
  let digits = '';
  let first = -1;
  let gap = 0;
  const flush = (): void => {
    if (BARCODE_LENGTHS.has(digits.length)) scan.take(first, 'upc', digits);
    digits = '';
  };
  for (let index = start; index < scan.tokens.length; index += 1) {
    const token = scan.tokens[index] ?? '';
    const low = scan.lower[index] ?? '';
    if (/^\d[\d-]*$/.test(token)) {
      const part = token.replace(/-/g, '');
      if (digits.length + part.length > 14) flush();
      if (digits.length === 0) first = index;
      digits += part;
      scan.consumed[index] = 1;
      gap = 0;
      continue;
    }
    flush();
    if (SENTENCE_ENDS.has(low) || low === ')' || scan.triggerAt(index)) return;
    if (SEPARATORS.has(low) || FILLERS.has(low) || low === '(') continue;
    gap += 1;
    if (gap > 3) return;
  }
  flush();
}

function readYears(scan: Scan, start: number): void {
  for (let index = start; index < scan.tokens.length; index += 1) {
    const token = scan.tokens[index] ?? '';
    if (YEARISH.test(token) || token === 'MY') scan.consumed[index] = 1;
    else if (!SEPARATORS.has(scan.lower[index] ?? '')) return;
  }
}

function isStrongCode(token: string, prevLower: string, prevToken: string): boolean {
  if (token.length < 3 || !/\d/.test(token) || /\p{Ll}/u.test(token)) return false;
  const alnum = token.replace(/[^\p{L}\p{N}]/gu, '');
  const digits = countMatches(alnum, /\d/g);
  if (alnum.length > 25 || alnum.length < 3 || (alnum.length === 3 && digits < 2)) return false;
  if (digits === alnum.length) {
    if (!DIGIT_CODE.test(token) || /^(?:19|20)\d{2}-(?:19|20)\d{2}$/.test(token)) return false;
    return !(/^\d{5}-\d{4}$/.test(token) && /^[A-Z]{2}$/.test(prevToken));
  }
  return digits > 0 && !NOT_A_MODEL.test(token) && !STANDARD_BODIES.has(prevLower);
}

function uniqueOf(found: readonly Found[], kind: Found['kind']): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of found) {
    const key = item.value.toUpperCase();
    if (item.kind !== kind || seen.has(key)) continue;
    seen.add(key);
    out.push(item.value);
  }
  return out;
}

function extract(input: string): ProductIdentifiers {
  if (!/\d/.test(input) && !WORTH_A_LOOK.test(input)) return { modelNumbers: [], upcs: [], skus: [] };
  const text = maskNoise(normalise(input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input));
  const scan = new Scan(text.match(TOKEN) ?? []);
  for (let index = 0; index < scan.tokens.length; index += 1) {
    const trigger = matchTrigger(scan.lower, scan.tokens, index);
    if (trigger === undefined) continue;
    let start = index + trigger.length;
    if (ABBREVIATIONS.has(scan.lower[start - 1] ?? '') && scan.lower[start] === '.') start += 1;
    if (trigger.kind === 'upc') readBarcodes(scan, start);
    else if (trigger.kind === 'year') readYears(scan, start);
    else readList(scan, trigger.kind, start);
    index = start - 1;
  }
  scan.tokens.forEach((token, index) => {
    if (scan.consumed[index] === 1) return;
    if (isStrongCode(token, scan.lower[index - 1] ?? '', scan.tokens[index - 1] ?? '')) scan.take(index, 'model', token);
    else if (/^\d{12,14}$/.test(token)) scan.take(index, 'upc', token);
  });
  const found = [...scan.found].sort((a, b) => a.index - b.index);
  return { modelNumbers: uniqueOf(found, 'model'), upcs: uniqueOf(found, 'upc'), skus: uniqueOf(found, 'sku') };
}

/**
 * Model numbers, barcodes and SKUs named in recall free text ("model numbers are UDC3CW in cool white, and
 * UDC3WW", "part numbers MH730JZC045 (45m length), …", "UPC 0 12345 67890 5", "item number 164257"),
 * plus codes that stand out on their own (`10AW1G-AQU2U`, `SAC30-111NA`). Dates, prices, phone numbers,
 * URLs, addresses, quantities (`45m`, `10,000mAh`) and serial, lot and recall numbers are never taken.
 * Pure; never throws — anything unreadable gives empty lists.
 * @example
 * extractProductIdentifiers('Bell helmets with model numbers B0605Y, B0605C or B0494Y')
 * // { modelNumbers: ['B0605Y', 'B0605C', 'B0494Y'], upcs: [], skus: [] }
 */
export function extractProductIdentifiers(text: string): ProductIdentifiers {
  if (typeof text !== 'string' || text.length === 0) return { modelNumbers: [], upcs: [], skus: [] };
  try {
    return extract(text);
  } catch {
    return { modelNumbers: [], upcs: [], skus: [] };
  }
}
