// Cheaper than testing for \s\s: \s is a large Unicode class and this runs on every field.
const UNUSUAL_SPACE = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Trimmed text with runs of whitespace collapsed (numbers as their digits); undefined for anything
 * else and for blank strings.
 * @example cleanText('  Qbit \n strollers ') // 'Qbit strollers'
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = UNUSUAL_SPACE.test(value) ? value.replace(/[\s\u200b\ufeff]+/g, ' ').trim() : value.trim();
  return text.length > 0 ? text : undefined;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”',
  ldquo: '“', ndash: '–', mdash: '—', reg: '®', trade: '™', copy: '©', hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text from an HTML fragment: tags dropped, entities decoded (twice-escaped `&amp;amp;` too), and
 * markup that arrives escaped (`&lt;p&gt;`, common in RSS) dropped like markup.
 * @example htmlToText('<p><span>Fire &amp;amp; burn</span></p>') // 'Fire & burn'
 */
export function htmlToText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let text = value;
  for (let round = 0; round < 3 && /&[#a-z0-9]+;/i.test(text); round += 1) text = decodeEntities(text);
  return cleanText(text.replace(/<[^>]*>/g, ' '));
}

/**
 * Non-empty trimmed strings without repeats (compared case-insensitively, first spelling kept).
 * @example uniqueStrings(['Trek', 'trek ', '', 'Electra']) // ['Trek', 'Electra']
 */
export function uniqueStrings(values: Iterable<unknown>): string[] {
  if (Array.isArray(values) && values.length <= 1) {
    const only = cleanText(values[0]);
    return only === undefined ? [] : [only];
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const text = cleanText(value);
    if (text === undefined) continue;
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/**
 * Barcodes as published, reduced to digits: splits on whitespace, commas and semicolons, drops entries
 * of fewer than 6 digits (no barcode is that short; feeds put `0` or `0012` there). `0-84358-04482-4` →
 * `084358044824`.
 * @example barcodeDigits(['0 7789028735 4', '5902533919246\n5902533919253'])
 */
export function barcodeDigits(values: Iterable<unknown>): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = String(value);
    // A code printed in digit groups ("0 12345 67890 5") is one barcode; a list is split on separators.
    const parts = /[,;\n]/.test(text) || /\d{8,}\s+\d{8,}/.test(text) ? text.split(/[\s,;]+/) : [text];
    for (const part of parts) {
      const digits = part.replace(/\D/g, '');
      if (digits.length >= 6) out.push(digits);
    }
  }
  return uniqueStrings(out);
}


// An http(s) URL made only of characters that never need encoding: valid without asking the URL parser.
const SIMPLE_URL = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[A-Za-z0-9\-._~%/]*)?$/i;

/**
 * A URL that passes the recall schema, or undefined: spaces are percent-encoded, a doubled or missing
 * scheme slash is repaired (`https:/www…`, `hhttps://…`), anything still invalid is dropped.
 * @example safeUrl('https://www.cpsc.gov/s3fs-public/QBIT aqua-c.jpg')
 */
export function safeUrl(value: unknown): string | undefined {
  const text = cleanText(value);
  if (text === undefined) return undefined;
  const repaired = text.replace(/^h*(https?):\/*/i, '$1://');
  if (SIMPLE_URL.test(repaired)) return repaired;
  const plain = !/[^\x21-\x7e]/.test(repaired);
  const candidate = plain ? repaired : /%[0-9a-f]{2}/i.test(repaired) ? repaired.replace(/ /g, '%20') : encodeURI(repaired);
  return /^https?:\/\/[^/\s?#]+\.[^/\s?#]+/i.test(candidate) && URL.canParse(candidate) ? candidate : undefined;
}

/** Names from a list of `{Name}`-like objects (or strings), cleaned, empty ones dropped. */
export function namesOf<T>(items: readonly T[] | undefined, pick: (item: T) => unknown): string[] {
  const out: string[] = [];
  for (const item of items ?? []) {
    const name = cleanText(pick(item));
    if (name !== undefined) out.push(name);
  }
  return out;
}

const MOJIBAKE = /[\u00c2-\u00c5\u00e2][\u0080-\u00bf]/;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text that was UTF-8 read as Latin-1 ("DetskÃ¡ hraÄka"), decoded again ("Detská hračka"); any other
 * text, or text whose bytes are not valid UTF-8 either, is returned unchanged.
 * @example repairMojibake('SvetelnÃ½ reÅ¥azec') // 'Svetelný reťazec'
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text) || /[\u0100-\uffff]/.test(text)) return text;
  try {
    return STRICT_UTF8.decode(Uint8Array.from(text, (char) => char.charCodeAt(0)));
  } catch {
    return text;
  }
}
