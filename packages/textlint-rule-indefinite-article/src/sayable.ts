const spelling = require("../data/spelling.json") as { letterNames: Record<string, string>; onsets: string[]; syllables: string[] };

const ONSETS = new Set(spelling.onsets);
const LETTER_NAMES = new Map(Object.entries(spelling.letterNames));
const FIRST_VOWEL = /[aeiou]|(?<=.)y/;

/**
 * Whether lower-case letters could be said as a word: they hold a vowel, and the
 * consonants before it are a cluster English words begin with (NASA, SPLAT: yes;
 * FBI, NPM, HTML: no), or it starts with a spelling said as a syllable (McBride). Only the start is tested, since only the start decides the
 * article.
 */
export function isSayable(letters: string): boolean {
  for (const syllable of spelling.syllables) if (letters.length > syllable.length && letters.startsWith(syllable)) return true;
  const firstVowel = letters.search(FIRST_VOWEL);
  if (firstVowel === -1) return false;
  return firstVowel === 0 || ONSETS.has(letters.slice(0, firstVowel));
}

/** How a letter's name is said ("ef" for F, "you" for U). */
export function letterName(letter: string): string {
  return LETTER_NAMES.get(letter.toLowerCase()) ?? letter;
}

/** The article before a letter said by its name: "an" before F (ef), "a" before U (you). */
export function articleForLetterName(letter: string): "a" | "an" {
  return /^[aeiou]/.test(letterName(letter)) ? "an" : "a";
}
