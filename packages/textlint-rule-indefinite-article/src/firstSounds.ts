// The table scripts/build-table.mjs reduces from the CMU Pronouncing Dictionary.
const table = require("../data/first-sounds.json") as {
  words: Record<string, "a" | "an" | "either">;
  prefixes: Record<string, "a" | "an" | "?">;
  spelledOut: string[];
};

const WORDS = new Map(Object.entries(table.words));
const PREFIXES = new Map(Object.entries(table.prefixes));
const SPELLED_OUT = new Set(table.spelledOut);
const LONGEST_PREFIX = Math.max(...[...PREFIXES.keys()].map((p) => p.length));
const VOWEL_LETTER = /^[aeiou]/;

export type Article = "a" | "an" | "either";

/** The dictionary's listing for a lower-case word, if it lists it by name. */
export function listedArticle(word: string): Article | undefined {
  return WORDS.get(word);
}

/**
 * The article before a lower-case word said as written: the dictionary's own answer
 * for a listed word, else what the dictionary's words sharing its longest prefix
 * agree on, else the spelling (a vowel letter means "an"). Undefined where the
 * dictionary's words disagree too much to tell (un-: unit, until).
 */
export function dictionaryArticle(word: string): Article | undefined {
  const listed = WORDS.get(word);
  if (listed !== undefined) return listed;
  for (let length = Math.min(word.length, LONGEST_PREFIX); length > 0; length--) {
    const verdict = PREFIXES.get(word.slice(0, length));
    if (verdict !== undefined) return verdict === "?" ? undefined : verdict;
  }
  return VOWEL_LETTER.test(word) ? "an" : "a";
}

/** Whether the dictionary also says this word letter by letter with another first sound (us: U.S., un: U.N.). */
export function isAlsoSpelledOut(word: string): boolean {
  return SPELLED_OUT.has(word);
}
