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
