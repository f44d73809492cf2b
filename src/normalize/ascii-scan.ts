/**
 * Character-class helpers for hand-written scanners on the hot path, where a backtracking regular
 * expression tried at every position would cost more than one pass over the characters.
 */

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
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    if (start >= 2 && isJoinCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start - 2))) start--;
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
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    if (end + 1 < text.length && isJoinCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end + 1))) end++;
    else return end;
  }
}
