import { foldConfusables, foldWidth, isAscii, modelKey } from '../normalize/index.js';
import type { ModelMention } from './listing-view.js';

const RUN_RE = /[A-Za-z0-9]+/g;
/** What may stand between the parts of a model number written apart: "TH 440", "8524-21", "R 622 H". */
const GAP_RE = /^(?: |-| - )$/;
const DIGIT_RE = /\d/;
const LETTER_RE = /[a-z]/;
const MAX_PART = 6;
const MAX_PARTS = 4;
const MIN_KEY = 3;
const MAX_KEY = 16;
const MIN_DIGITS_ONLY = 5;

interface Run {
  readonly text: string;
  readonly gap: string;
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let end = 0;
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m !== null; m = RUN_RE.exec(text)) {
    runs.push({ text: m[0], gap: text.slice(end, m.index) });
    end = m.index + m[0].length;
  }
  return runs;
}

function isJoinable(key: string): boolean {
  if (key.length < MIN_KEY || key.length > MAX_KEY || !DIGIT_RE.test(key)) return false;
  return LETTER_RE.test(key) || key.length >= MIN_DIGITS_ONLY;
}

/**
 * Model numbers a text may write in parts ("Model TH 440", "AW 70 V 6", "8524-21", "ntrw 19147"): every run of
 * two to four short neighbouring words joined, when the join holds a digit. They are only ever looked up among
 * recalled model numbers as they are; a join that names nothing recalled says nothing, so it is never
 * negative evidence.
 * @example joinedModelMentions('Russound Model AW 70 V 6').map((m) => m.key) // [..., 'aw70v6', ...]
 */
export function joinedModelMentions(text: string): ModelMention[] {
  if (!DIGIT_RE.test(text)) return [];
  const runs = runsOf(isAscii(text) ? text : foldConfusables(foldWidth(text)));
  const found = new Map<string, string>();
  for (let i = 0; i < runs.length; i += 1) {
    let display = (runs[i] as Run).text;
    if (display.length > MAX_PART) continue;
    for (let j = i + 1; j < runs.length && j < i + MAX_PARTS; j += 1) {
      const run = runs[j] as Run;
      if (run.text.length > MAX_PART || !GAP_RE.test(run.gap)) break;
      display += `${run.gap}${run.text}`;
      const joined = display.replace(/[ -]/g, '').toLowerCase();
      // the recalled side's key folds look-alikes among digits (HI4DR → h14dr): read the join the same way
      const key = isJoinable(joined) ? modelKey(joined) : '';
      if (key.length >= MIN_KEY && !found.has(key)) found.set(key, display);
    }
  }
  return [...found].map(([key, shown]) => ({ key, display: shown }));
}

const LOOK_ALIKE_TOKEN_RE = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;
const LOOK_ALIKE_HINT_RE = /[A-Z]/;
const LOOK_ALIKE_CHAR_RE = /[lIO]/;
const LOOK_ALIKE_DIGITS: Readonly<Record<string, string>> = { l: '1', I: '1', O: '0' };
const MIN_DIGIT_SHARE = 0.25;
const HAS_DIGIT_OR_DASH_RE = /[\d-]/;

function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) count += 1;
  return count;
}

/**
 * Model numbers a text writes with letters for digits ("DlOO" for D100, "XPlOOO", "R-lOl", "lOO"): a word with a
 * capital letter whose l, I and O read as 1, 1 and 0 gives two digits or more (one, in a word that already has a
 * digit or a dash: "TS-lA"), a quarter of it or more. Exact look-ups only.
 * @example lookAlikeModelMentions('John Deere DlOO lawn tractor')[0].key // 'd100'
 */
export function lookAlikeModelMentions(text: string): ModelMention[] {
  if (!LOOK_ALIKE_HINT_RE.test(text)) return [];
  const found: ModelMention[] = [];
  LOOK_ALIKE_TOKEN_RE.lastIndex = 0;
  for (let m = LOOK_ALIKE_TOKEN_RE.exec(text); m !== null; m = LOOK_ALIKE_TOKEN_RE.exec(text)) {
    const token = m[0];
    if (token.length < MIN_KEY || !LOOK_ALIKE_HINT_RE.test(token) || !LOOK_ALIKE_CHAR_RE.test(token)) continue;
    const read = token.replace(/[lIO]/g, (ch) => LOOK_ALIKE_DIGITS[ch] ?? ch).replace(/-/g, '').toLowerCase();
    const digits = digitCount(read);
    // one digit is enough where the word already has a digit or a dash ("TS-lA", "29l2l")
    const enough = digits >= 2 || (digits === 1 && HAS_DIGIT_OR_DASH_RE.test(token));
    if (enough && digits >= MIN_DIGIT_SHARE * read.length) found.push({ key: modelKey(read), display: token });
  }
  return found;
}
