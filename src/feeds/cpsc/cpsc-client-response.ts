import { RecallguardError } from '../../errors/index.js';

const EXCERPT_RADIUS = 40;

/** A short, single-line piece of `text` around `position`, for error messages. */
export function excerptAround(text: string, position: number): string {
  const start = Math.max(0, position - EXCERPT_RADIUS);
  const end = Math.min(text.length, position + EXCERPT_RADIUS);
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/** V8 quotes this many characters either side of an unexpected token. */
const V8_TOKEN_CONTEXT = 10;

/**
 * Where JSON.parse stopped. V8 names a position for most errors; for an unexpected token it quotes the token
 * with some context instead, so the position is recovered from that quote (checked against the text).
 */
function syntaxErrorPosition(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : '';
  const stated = /position (\d+)/.exec(message)?.[1];
  if (stated !== undefined) return Number(stated);
  const quoted = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (quoted === null) return text.length;
  const [, token = '', leading, context = '', trailing] = quoted;
  let guess = -1;
  if (leading !== undefined) guess = text.indexOf(context) + V8_TOKEN_CONTEXT;
  else if (trailing !== undefined) guess = context.length - V8_TOKEN_CONTEXT;
  if (text[guess] === token) return guess;
  const found = text.indexOf(token);
  return found >= 0 ? found : text.length;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Parses a CPSC API body into its records: it must be JSON, an array, and every element an object.
 * Records themselves are not validated here; the feed adapter reports each bad record on its own.
 * @example parseRecallsBody('[{"RecallID":7938}]', url); // [{ RecallID: 7938 }]
 * @throws RecallguardError `RG_ERR_FEED_MALFORMED` with `position` and `excerpt` in its details.
 */
export function parseRecallsBody(text: string, url: string): unknown[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const position = syntaxErrorPosition(error, text);
    const excerpt = excerptAround(text, position);
    const reason = error instanceof Error ? error.message : String(error);
    throw new RecallguardError(
      'RG_ERR_FEED_MALFORMED',
      `CPSC API sent invalid JSON at position ${position} of ${text.length} (${reason}): ${excerpt}`,
      { cause: error, details: { url, position, length: text.length, excerpt } },
    );
  }
  if (!Array.isArray(document)) {
    throw new RecallguardError(
      'RG_ERR_FEED_MALFORMED',
      `CPSC API sent ${describe(document)} where an array of recall records was expected: ${excerptAround(text, 0)}`,
      { details: { url, position: 0, length: text.length, excerpt: excerptAround(text, 0) } },
    );
  }
  const badIndex = document.findIndex((item) => typeof item !== 'object' || item === null || Array.isArray(item));
  if (badIndex >= 0) {
    throw new RecallguardError(
      'RG_ERR_FEED_MALFORMED',
      `CPSC API sent ${describe(document[badIndex])} at index ${badIndex} where a recall record was expected`,
      { details: { url, index: badIndex, length: text.length, excerpt: JSON.stringify(document[badIndex]).slice(0, 80) } },
    );
  }
  return document;
}

/**
 * Milliseconds a `Retry-After` header asks to wait: delta-seconds or an HTTP date; undefined when absent or unreadable.
 * @example parseRetryAfter('2', Date.now()); // 2000
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only the HTTP-date form: Date.parse also accepts things like "-5".
  const at = /GMT$/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
