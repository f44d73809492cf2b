/**
 * `compute` with its answers remembered, for pure functions of strings that listings repeat endlessly (brand
 * names, categories, amounts such as "10000mah"). At most `limit` answers are kept; when that many are held the
 * memory starts again from empty, which costs one recomputation each and never grows without bound.
 * @example const key = boundedMemo(20_000, (raw: string) => raw.trim().toLowerCase()); key(' Anker ') // 'anker'
 */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const remembered = new Map<string, T>();
  return (key) => {
    let answer = remembered.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (remembered.size >= limit) remembered.clear();
      remembered.set(key, answer);
    }
    return answer;
  };
}

/**
 * `compute` with its answers for the last two texts remembered, for the normalisers that a listing's title and then
 * its description each pass through several times: a text asked about again is compared, not hashed as a `Map` key
 * would be (the texts are long and new with every listing).
 * @example const runs = rememberLastTwo(findDigitRuns); runs(title); runs(description); runs(title) // no new scan
 */
export function rememberLastTwo<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastAnswer = undefined as T;
  let previousText: string | undefined;
  let previousAnswer = undefined as T;
  return (text) => {
    if (text === lastText) return lastAnswer;
    if (text === previousText) return previousAnswer;
    previousText = lastText;
    previousAnswer = lastAnswer;
    lastText = text;
    lastAnswer = compute(text);
    return lastAnswer;
  };
}
