import { cleanText } from '../shared/text-values.js';

/** What a CPSC news-release title says about who recalls what. */
export interface CpscTitleParts {
  /** The firm announcing the recall, as written ("Aria Child"). */
  readonly firm?: string;
  /** Firms named with "Imported/Manufactured/Distributed/Recalled by". */
  readonly makers: readonly string[];
  /** The recalled product as the title names it ("Strollers"). */
  readonly product?: string;
  /** Retailers from "Sold Exclusively at/on …": sellers, not brands. */
  readonly sellers: readonly string[];
}

const DUE_TO = /\s+(?:Due\s+to|Because|After|Following|for\s+(?:Risk|Fire|Fall)|Posing)\b.*$/i;
const ANNOUNCE =
  /^(?:CPSC\s*(?:,|and)\s*)?(.+?)\s+(?:and\s+CPSC\s+)?Announces?\s+(?:Voluntary\s+)?(?:Recalls?|Recall\s+and\s+\w+)\s+(?:of|to\s+\w+)\s+(.+)$/i;
const EXPANDS = /^(.+?)\s+Expands?\s+(?:Voluntary\s+)?Recall\s+(?:of|to\s+Include)\s+(.+)$/i;
const RECALLED = /^(.+?)\s+(?:Are\s+|Is\s+|Being\s+)?Recalled\b(?:\s+by\s+(.+?))?(?:\s+(?:Due\s+to|Because|for|After)\b.*)?$/i;
const RECALLS = /^(.+?)\s+(?:Recalls?|Issues?\s+Recall\s+of)\s+(?:to\s+(?:Repair|Replace|Refund|Inspect)\s+)?(.+)$/i;
const MADE_BY = /\b(?:Imported|Manufactured|Distributed|Made|Recalled|Sold)\s+by\s+([^;()]+?)(?=\s*(?:;|\(|$|,|\s+and\s+Sold\b|\s+Due\s+to\b))/gi;
const SOLD_AT = /\bSold\s+(?:Exclusively\s+)?(?:at|on|through|in)\s+([^;()]+?)(?=\s*(?:;|\(|$|\s+by\s|\s+and\s))/gi;

function withoutReason(part: string): string {
  const due = part.indexOf(' Due to ');
  const cut = due === -1 ? part : part.slice(0, due);
  return /\s(?:Due|Because|After|Following|for|Posing)\s/i.test(cut) ? cut.replace(DUE_TO, '') : cut;
}

function tidy(part: string | undefined): string | undefined {
  const text = cleanText(part === undefined ? undefined : withoutReason(part));
  return text?.replace(/^(?:the|certain|some)\s+/i, '');
}

/** Announcement wording that slug-derived titles leave after the firm ("Yoto Reannounces", "Liusin Recall Alert"). */
const FIRM_TAIL = /\s+(?:Re-?announces?\b|Recall\s+Alert\b|in\s+(?:Major\s+)?Recall\s+Expansion\b|(?:Sold\s+)?Exclusively\s+(?:at|on)\b|Sold\s+(?:at|on)\b|on\s+(?:AliExpress|Amazon|Temu|eBay|Walmart)\b|and\s+Recalled\s+by\b).*$/i;

/** "CPSC, X Announce…" loses its comma in URL slugs: the firm must not keep the agency's name. */
const CPSC_PREFIX = /^CPSC(?:\s*,|\s+and)?\s+(?!Announces?\b)/i;

function firmName(part: string | undefined): string | undefined {
  const firm = tidy(part)?.replace(FIRM_TAIL, '').replace(CPSC_PREFIX, '');
  return firm === '' ? undefined : firm;
}

/** The common "X Recalls Y" with no other recall wording, read without regular expressions. */
function plainRecalls(main: string): { firm?: string; product?: string } | undefined {
  const at = main.indexOf(' Recalls ');
  if (at <= 0 || main.includes('Recalled') || main.includes('Announce') || main.includes('Expand')) return undefined;
  const rest = main.slice(at + 9);
  if (rest.startsWith('to ') || main.indexOf(' Recalls ', at + 1) !== -1) return undefined;
  const firm = firmName(main.slice(0, at));
  return firm === undefined || /^cpsc$/i.test(firm) ? undefined : { firm, product: tidy(rest) };
}

/**
 * Splits a CPSC title into firm, product, makers and sellers. Handles "X Recalls Y Due to …",
 * "Y Recalled by X Due to …", "Y Recalled Due to …; Imported by X", "X Expands Recall of Y",
 * "CPSC, X Announce Recall of Y" and "X Recalls to Repair Y".
 * @example parseCpscTitle('Aria Child Recalls Strollers Due to Laceration and Fall Hazards')
 * // { firm: 'Aria Child', product: 'Strollers', makers: [], sellers: [] }
 */
export function parseCpscTitle(title: string): CpscTitleParts {
  const cleaned = cleanText(title) ?? '';
  const text = cleaned.includes('(') ? cleaned.replace(/\s*\((?:Recall Alert|Update[d]?)\)\s*/gi, ' ').trim() : cleaned;
  const makers = [...(/\bby\s/i.test(text) ? text.matchAll(MADE_BY) : [])].map((m) => firmName(m[1])).filter((v): v is string => v !== undefined);
  const sellers = [...(/\bSold\s/i.test(text) ? text.matchAll(SOLD_AT) : [])].map((m) => tidy(m[1])).filter((v): v is string => v !== undefined);
  const main = text.split(';')[0] ?? '';
  let firm: string | undefined;
  let product: string | undefined;
  const plain = plainRecalls(main);
  if (plain !== undefined) return { firm: plain.firm, product: plain.product, makers, sellers };
  const announce = /Announce|Expand/i.test(main) ? (ANNOUNCE.exec(main) ?? EXPANDS.exec(main)) : null;
  const recalled = /Recalled/i.test(main) ? RECALLED.exec(main) : null;
  const recalls = /Recalls?\s|Issues?\s+Recall/i.test(main) ? RECALLS.exec(main) : null;
  if (announce) {
    firm = firmName(announce[1]);
    product = tidy(announce[2]);
  } else if (recalled && (!recalls || (recalled[1]?.length ?? 0) <= (recalls[1]?.length ?? 0))) {
    product = tidy(recalled[1]);
    firm = firmName(recalled[2]);
  } else if (recalls) {
    firm = firmName(recalls[1]);
    product = tidy(recalls[2]);
  }
  if (firm !== undefined && /^(?:cpsc|consumer product safety commission)$/i.test(firm)) firm = undefined;
  return { firm, product, makers, sellers };
}

/**
 * A readable title from a CPSC URL slug: `2026/CCM-Hockey-US-Recalls-FMHVR-Hybrid-Visors` →
 * `CCM Hockey US Recalls FMHVR Hybrid Visors`.
 * @example titleFromSlug('2017/Aria-Child-Recalls-Strollers') // 'Aria Child Recalls Strollers'
 */
export function titleFromSlug(slug: string): string | undefined {
  const path = slug.includes('?') ? slug.slice(0, slug.indexOf('?')) : slug;
  const trimmed = path.endsWith('/') ? path.replace(/\/+$/, '') : path;
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  const words = (last.includes('%') ? decodeURIComponentSafe(last) : last).replaceAll('-', ' ').replaceAll('_', ' ');
  return cleanText(words);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
