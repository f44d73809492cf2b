/** One record of an entity-matching pair: attribute name → value, as the benchmark file gives them. */
export type EmRecord = Readonly<Record<string, string>>;

/** A labelled candidate pair of a DeepMatcher/Ditto benchmark file. */
export interface EmPair {
  readonly left: EmRecord;
  readonly right: EmRecord;
  /** The right record's serialised text: equal texts are the same record. */
  readonly rightKey: string;
  readonly match: boolean;
}

/** A line that is not a pair, with why. */
export interface EmLineProblem {
  readonly line: number;
  readonly message: string;
}

export type EmLineResult = { readonly ok: true; readonly pair: EmPair } | { readonly ok: false; readonly problem: EmLineProblem };

const FIELD = /COL (\S+) VAL ?/g;

/**
 * The attributes of one serialised record, `COL <attr> VAL <value> ...`, values trimmed; `undefined` when the
 * text does not start with `COL`.
 * @example parseEmRecord('COL title VAL anker a1263 COL price VAL 19.9') // { title: 'anker a1263', price: '19.9' }
 */
export function parseEmRecord(text: string): EmRecord | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('COL ')) return undefined;
  const record: Record<string, string> = {};
  const marks = [...trimmed.matchAll(FIELD)];
  marks.forEach((mark, i) => {
    const end = marks[i + 1]?.index ?? trimmed.length;
    record[mark[1] as string] = trimmed.slice(mark.index + mark[0].length, end).trim();
  });
  return record;
}

/**
 * Parses one benchmark line: left record TAB right record TAB `0|1`. Never throws: a bad line is a problem.
 * @example parseEmLine('COL name VAL a\tCOL name VAL b\t1', 1) // { ok: true, pair: { match: true, ... } }
 */
export function parseEmLine(text: string, line: number): EmLineResult {
  const fields = text.replace(/\r$/, '').split('\t');
  if (fields.length !== 3) return problem(line, `expected 3 tab-separated fields, found ${fields.length}`);
  const [leftText, rightText, labelText] = fields as [string, string, string];
  const label = labelText.trim();
  if (label !== '0' && label !== '1') return problem(line, `label must be 0 or 1, found "${label}"`);
  const left = parseEmRecord(leftText);
  const right = parseEmRecord(rightText);
  if (!left || !right) return problem(line, `${left ? 'right' : 'left'} record does not start with "COL "`);
  return { ok: true, pair: { left, right, rightKey: rightText.trim(), match: label === '1' } };
}

function problem(line: number, message: string): EmLineResult {
  return { ok: false, problem: { line, message } };
}

/**
 * Every pair of a benchmark file's text; blank lines are skipped, bad lines reported.
 * @example const { pairs, problems } = parseEmFile(await readFile('Abt-Buy/test.txt', 'utf8'));
 */
export function parseEmFile(text: string): { readonly pairs: readonly EmPair[]; readonly problems: readonly EmLineProblem[] } {
  const pairs: EmPair[] = [];
  const problems: EmLineProblem[] = [];
  text.split('\n').forEach((lineText, i) => {
    if (lineText.trim() === '') return;
    const result = parseEmLine(lineText, i + 1);
    if (result.ok) pairs.push(result.pair);
    else problems.push(result.problem);
  });
  return { pairs, problems };
}
