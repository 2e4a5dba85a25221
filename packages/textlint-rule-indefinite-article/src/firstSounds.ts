// The table scripts/build-table.mjs reduces from the CMU Pronouncing Dictionary, read when a
// lint first asks about a word, not when the rule loads.
interface FirstSounds {
  readonly words: ReadonlyMap<string, Article>;
  readonly prefixes: ReadonlyMap<string, "a" | "an" | "?">;
  readonly spelledOut: ReadonlySet<string>;
  readonly longestPrefix: number;
}

let tables: FirstSounds | undefined;

function firstSounds(): FirstSounds {
  if (tables !== undefined) return tables;
  const table = require("../data/first-sounds.json") as {
    words: Record<string, "a" | "an" | "either">;
    prefixes: Record<string, "a" | "an" | "?">;
    spelledOut: string[];
  };
  const prefixes = new Map(Object.entries(table.prefixes));
  tables = {
    words: new Map(Object.entries(table.words)),
    prefixes,
    spelledOut: new Set(table.spelledOut),
    longestPrefix: Math.max(...[...prefixes.keys()].map((p) => p.length)),
  };
  return tables;
}

const VOWEL_LETTER = /^[aeiou]/;

export type Article = "a" | "an" | "either";

/** The dictionary's listing for a lower-case word, if it lists it by name. */
export function listedArticle(word: string): Article | undefined {
  return firstSounds().words.get(word);
}

/**
 * The article before a lower-case word said as written: the dictionary's own answer
 * for a listed word, else what the dictionary's words sharing its longest prefix
 * agree on, else the spelling (a vowel letter means "an"). Undefined where the
 * dictionary's words disagree too much to tell (un-: unit, until).
 */
export function dictionaryArticle(word: string): Article | undefined {
  const { words, prefixes, longestPrefix } = firstSounds();
  const listed = words.get(word);
  if (listed !== undefined) return listed;
  for (let length = Math.min(word.length, longestPrefix); length > 0; length--) {
    const verdict = prefixes.get(word.slice(0, length));
    if (verdict !== undefined) return verdict === "?" ? undefined : verdict;
  }
  return VOWEL_LETTER.test(word) ? "an" : "a";
}

/** Whether the dictionary also says this word letter by letter with another first sound (us: U.S., un: U.N.). */
export function isAlsoSpelledOut(word: string): boolean {
  return firstSounds().spelledOut.has(word);
}
