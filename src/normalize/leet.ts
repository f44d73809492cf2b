/** Digits and symbols sellers swap for letters to slip past keyword filters. */
const LEET_LETTERS: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's',
};
/** A lower-case word holding letter, substitute, letter somewhere. */
const SUSPECT_RE = /[a-z][013457@$][a-z]/;
/** A run of letters, digits and substitute symbols; the callback decides whether it is obfuscated. */
const WORD_RE = /[a-z0-9@$]*[a-z][013457@$][a-z][a-z0-9@$]*/g;
const SUBSTITUTES_RE = /[0-9@$]/g;
const SYMBOLS_RE = /^[^0-9]*$/;

function isLetterCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

function undoWord(word: string): string {
  let letters = 0;
  let substitutes = 0;
  for (let i = 0; i < word.length; i++) {
    if (isLetterCode(word.charCodeAt(i))) {
      letters++;
      continue;
    }
    // a substitute must sit between two letters: a model like a1263 or usb3 has digits at an edge or in a run
    if (LEET_LETTERS[word.charAt(i)] === undefined) return word;
    if (!isLetterCode(word.charCodeAt(i - 1)) || !isLetterCode(word.charCodeAt(i + 1))) return word;
    substitutes++;
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
  if (!SUSPECT_RE.test(lower)) return lower;
  return lower.replace(WORD_RE, undoWord);
}
