const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_ONLY = /^[\p{Ll}\p{N}'’\-‑]+$/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}'’\-‑]+$/u;

/** Whether the word starts with a capital letter. */
export function startsUpper(word: string): boolean {
  return UPPER_FIRST.test(word);
}

/** Whether the word has no capital letter and at least one letter. */
export function isAllLowercase(word: string): boolean {
  return LOWER_ONLY.test(word) && /\p{L}/u.test(word);
}

/** Whether the word is two or more capitals (AI, NVIDIA), which say nothing about case style. */
export function isAllCaps(word: string): boolean {
  return ALL_CAPS.test(word);
}

/** The word with its first letter capitalized. */
export function capitalized(word: string): string {
  const first = word.codePointAt(0)!;
  const length = first > 0xffff ? 2 : 1;
  return word.slice(0, length).toUpperCase() + word.slice(length);
}

/** The word with its first letter in lowercase. */
export function uncapitalized(word: string): string {
  return word.slice(0, 1).toLowerCase() + word.slice(1);
}

/** The replacement written in the case of the original's first letter: "Email" for "E-mail" → "email". */
export function inCaseOf(original: string, replacement: string): string {
  if (startsUpper(original) && !isAllCaps(original) && !startsUpper(replacement)) return capitalized(replacement);
  return replacement;
}
