/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const { charCodeAt, slice } = String.prototype;

/** Digits and symbols sellers swap for letters to slip past keyword filters. */
const LEET_LETTERS: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's',
};
/** Letter, substitute, letter: where an obfuscated word may be. */
const SUSPECT_RE = /[a-z](?:[013457@$]|00)[a-z]/g;
const SUBSTITUTES_RE = /[0-9@$]/g;
const SYMBOLS_RE = /^[^0-9]*$/;

function isLetterCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Lower-case letters, digits, @ and $: the characters of a possibly obfuscated word. */
function isLeetWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 64 || code === 36;
}

/** Letters before position `at` number 5+, or letters after the "00" there number 4+. */
function longerThanModelAffix(word: string, at: number): boolean {
  let before = 0;
  while (before < at && isLetterCode(charCodeAt.call(word, at - 1 - before))) before++;
  let after = 0;
  while (at + 2 + after < word.length && isLetterCode(charCodeAt.call(word, at + 2 + after))) after++;
  return before >= 5 || after >= 4;
}

function undoWord(word: string): string {
  let letters = 0;
  let substitutes = 0;
  for (let i = 0; i < word.length; i++) {
    if (isLetterCode(charCodeAt.call(word, i))) {
      letters++;
      continue;
    }
    // a substitute must sit between two letters: a model like a1263 or usb3 has digits at an edge or in a run;
    // the one run allowed is "00" for "oo" (lakew00d), and only where the letters around it are longer than a
    // model's prefix (4) or suffix (3) may be, so a model such as AB00XY keeps its digits
    if (LEET_LETTERS[word.charAt(i)] === undefined) return word;
    const pair = word.charAt(i) === '0' && word.charAt(i + 1) === '0' && longerThanModelAffix(word, i) ? 1 : 0;
    if (!isLetterCode(charCodeAt.call(word, i - 1)) || !isLetterCode(charCodeAt.call(word, i + 1 + pair))) return word;
    substitutes++;
    i += pair;
  }
  // digits need 4+ letters around them ("p0wer"); @ and $ never occur in model numbers, 3 letters do ("b@nk")
  const minLetters = SYMBOLS_RE.test(word) ? 3 : 4;
  if (substitutes > 2 || letters < minLetters) return word;
  return word.replace(SUBSTITUTES_RE, (ch) => LEET_LETTERS[ch] ?? ch);
}

/**
 * Undoes leet spelling in lower-case text, conservatively: only in words holding one or two substitutes
 * (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s), each between two letters, no other digit, and 4+ letters
 * (3+ when the substitutes are only @ or $).
 * @example undoLeet('p0wer b@nk ch4rger a1263 bs30kp365') // 'power bank charger a1263 bs30kp365'
 */
export function undoLeet(lower: string): string {
  SUSPECT_RE.lastIndex = 0;
  let out = '';
  let copied = 0;
  for (let m = SUSPECT_RE.exec(lower); m !== null; m = SUSPECT_RE.exec(lower)) {
    let start = m.index;
    while (start > 0 && isLeetWordCode(charCodeAt.call(lower, start - 1))) start--;
    let end = m.index + 3;
    while (end < lower.length && isLeetWordCode(charCodeAt.call(lower, end))) end++;
    const word = slice.call(lower, start, end);
    const undone = undoWord(word);
    if (undone !== word) {
      out += slice.call(lower, copied, start) + undone;
      copied = end;
    }
    SUSPECT_RE.lastIndex = end;
  }
  return copied === 0 ? lower : out + slice.call(lower, copied);
}
