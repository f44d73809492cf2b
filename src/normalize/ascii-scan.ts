/**
 * Character-class helpers for hand-written scanners on the hot path, where a backtracking regular
 * expression tried at every position would cost more than one pass over the characters.
 */

/**
 * Hot code calls string methods through module-level constants taken from `String.prototype`:
 * `charCodeAt.call(text, i)`, `slice.call(text, start, end)`, never `text.charCodeAt(i)`. V8 looks a method up by
 * the receiver's representation (flat, sliced, joined, internalized...), and recall texts bring every kind while
 * the index is built: past four kinds the look-up turns megamorphic, and a scanner's loop pays a generic look-up and
 * call per character (the tokenizer ran 2.2 times slower so). Called through a constant, the method is known when
 * optimising and is inlined whatever the string's kind. The constant must be each module's own: an imported one is
 * not folded the same way.
 */
const charCodeAt = String.prototype.charCodeAt;

/** ASCII letter or digit. */
export function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLowerCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** ASCII letter, either case. */
export function isLetterCode(code: number): boolean {
  return isLowerCode(code) || isUpperCode(code);
}

/** Characters that join the parts of one token: `-`, `/`, `.`, `_`. */
export function isJoinCode(code: number): boolean {
  return code === 45 || code === 47 || code === 46 || code === 95;
}

/**
 * Start of the token around index `at`: letters and digits, and inner joiners with a letter or digit on
 * their left ("BS-30KP365" from any of its characters).
 * @example tokenStart('x BS-30KP365', 6) // 2
 */
export function tokenStart(text: string, at: number): number {
  let start = at;
  for (;;) {
    while (start > 0 && isWordCode(charCodeAt.call(text, start - 1))) start--;
    if (start >= 2 && isJoinCode(charCodeAt.call(text, start - 1)) && isWordCode(charCodeAt.call(text, start - 2))) start--;
    else return start;
  }
}

/**
 * End (exclusive) of the token around index `at`, joiners included when a letter or digit follows them.
 * @example tokenEnd('BS-30KP365 black', 0) // 10
 */
export function tokenEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    while (end < text.length && isWordCode(charCodeAt.call(text, end))) end++;
    if (end + 1 < text.length && isJoinCode(charCodeAt.call(text, end)) && isWordCode(charCodeAt.call(text, end + 1))) end++;
    else return end;
  }
}
