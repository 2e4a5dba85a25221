/**
 * The word-class lexicon: the parts of speech each English word can take, from
 * data/word-classes.json (built from wink-lexicon by scripts/build-lexicon.mjs).
 * A word's classes are bit flags, so a test is one `&`.
 */
export const WordClass = {
  /** A singular or mass noun: "storm", "cash". */
  Noun: 1 << 0,
  /** A plural noun: "regulators", "children". */
  PluralNoun: 1 << 1,
  /** A verb's base or present form other than the third person: "weather", "apply". */
  Verb: 1 << 2,
  /** A verb's present third person: "applies". */
  VerbS: 1 << 3,
  /** A verb's past tense: "applied", "wrote". */
  Past: 1 << 4,
  /** A verb's past participle: "applied", "written". */
  Participle: 1 << 5,
  /** A verb's -ing form: "applying". */
  Gerund: 1 << 6,
  Adjective: 1 << 7,
  Adverb: 1 << 8,
  /** "the", "a", "this", "each". */
  Determiner: 1 << 9,
  /** A wh-word: "what", "which", "who", "how", "when". */
  Wh: 1 << 10,
  /** A possessive determiner: "its", "their", "my". */
  Possessive: 1 << 11,
  /** A personal pronoun, or existential "there": "it", "they", "them". */
  Pronoun: 1 << 12,
  /** A preposition or a subordinating conjunction: "of", "about", "if", "because". */
  Preposition: 1 << 13,
  /** A coordinating conjunction: "and", "or", "but". */
  Conjunction: 1 << 14,
  Modal: 1 << 15,
  /** The infinitive marker "to". */
  To: 1 << 16,
  Number: 1 << 17,
  Interjection: 1 << 18,
} as const;

/** Any verb form that can be a clause's own verb: "applies", "applied", "apply". */
export const FINITE_VERB = WordClass.Verb | WordClass.VerbS | WordClass.Past;
/** Any form of a verb. */
export const ANY_VERB = FINITE_VERB | WordClass.Participle | WordClass.Gerund;
/** A noun of either number. */
export const ANY_NOUN = WordClass.Noun | WordClass.PluralNoun;

const FLAG_OF_LETTER: { readonly [letter: string]: number } = {
  n: WordClass.Noun, p: WordClass.PluralNoun, v: WordClass.Verb, z: WordClass.VerbS, d: WordClass.Past,
  e: WordClass.Participle, g: WordClass.Gerund, a: WordClass.Adjective, r: WordClass.Adverb,
  D: WordClass.Determiner, w: WordClass.Wh, $: WordClass.Possessive, o: WordClass.Pronoun,
  i: WordClass.Preposition, c: WordClass.Conjunction, m: WordClass.Modal, t: WordClass.To,
  "#": WordClass.Number, u: WordClass.Interjection,
};

/** The table: sorted words, and the class flags of each, by position. */
interface Lexicon {
  readonly words: readonly string[];
  readonly flags: Uint32Array;
  get(word: string): number | undefined;
}

let lexicon: Lexicon | undefined;

// Loaded on the first look-up, so a rule that never asks does not pay for it. The data is one
// sorted string of words and a string of class-set numbers: one split, then binary search.
function loadLexicon(): Lexicon {
  const data = require("../data/word-classes.json") as { setBase: number; sets: string[]; words: string; classes: string };
  const setFlags = data.sets.map((letters) => {
    let flags = 0;
    for (const letter of letters) flags |= FLAG_OF_LETTER[letter] ?? 0;
    return flags;
  });
  const words = data.words.split(" ");
  const flags = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) flags[i] = setFlags[data.classes.charCodeAt(i) - data.setBase]!;
  return {
    words,
    flags,
    get(word: string): number | undefined {
      let lo = 0;
      let hi = words.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const w = words[mid]!;
        if (w === word) return flags[mid];
        if (w < word) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
}

const CURLY = /[’ʼ‘]/g;
const DIGITS = /^\p{Nd}[\p{Nd},.]*$/u;

/**
 * The classes `word` can take, as WordClass flags; 0 for a word the lexicon does not know.
 * Case and curly apostrophes are ignored. A form the lexicon lacks is read from its suffix
 * when the stem is known: "regulators" (regulator, a noun), "budgeted" (budget, a verb).
 */
export function wordClassesOf(word: string): number {
  lexicon ??= loadLexicon();
  const key = word.toLowerCase().replace(CURLY, "'");
  const known = lexicon.get(key);
  // The tagged lexicon lists some comparatives as nouns only ("warmer"): their stem says they are adjectives too.
  if (known !== undefined) return key.endsWith("er") && !(known & WordClass.Adjective) ? known | (stemClasses(lexicon, key, "er") & WordClass.Adjective) : known;
  if (DIGITS.test(key)) return WordClass.Number;
  if (key.endsWith("'s") && key.length > 2) return possessiveClasses(lexicon, key.slice(0, -2));
  return inflectedClasses(lexicon, key);
}

/**
 * The forms a verb or noun ending in -s, -es, -ed or -ing may be inflected from, most likely first
 * ("figured" -> "figur", "figure"; "applies" -> "appli", "applie", "apply"); empty for any other word.
 * A rule that keeps its own list of base words reads their inflections through this.
 */
export function baseFormsOf(word: string): string[] {
  const key = word.toLowerCase();
  if (key.endsWith("ing")) return stems(key, "ing");
  if (key.endsWith("ed")) return stems(key, "ed");
  if (key.endsWith("s") && !key.endsWith("ss")) return key.endsWith("es") ? [key.slice(0, -1), ...stems(key, "es")] : [key.slice(0, -1)];
  return [];
}

/** Whether `word` can take any of the classes in `flags`. */
export function canBe(word: string, flags: number): boolean {
  return (wordClassesOf(word) & flags) !== 0;
}

/** Whether every class `word` can take is among `flags` (false for an unknown word). */
export function isOnly(word: string, flags: number): boolean {
  const classes = wordClassesOf(word);
  return classes !== 0 && (classes & ~flags) === 0;
}

// Stems of a suffixed form, most likely first: "applies" -> "apply", "stopped" -> "stop", "hoped" -> "hope".
function stems(word: string, suffix: string): string[] {
  const stem = word.slice(0, -suffix.length);
  if (stem.length < 2) return [];
  const out = [stem, stem + "e"];
  if (stem.endsWith("i")) out.push(stem.slice(0, -1) + "y");
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  return out;
}

function stemClasses(lexicon: Lexicon, word: string, suffix: string): number {
  let classes = 0;
  for (const stem of stems(word, suffix)) classes |= lexicon.get(stem) ?? 0;
  return classes;
}

function inflectedClasses(lexicon: Lexicon, word: string): number {
  let classes = 0;
  if (word.endsWith("s") && !word.endsWith("ss")) {
    const base = (lexicon.get(word.slice(0, -1)) ?? 0) | (word.endsWith("es") ? stemClasses(lexicon, word, "es") : 0);
    if (base & WordClass.Noun) classes |= WordClass.PluralNoun;
    if (base & WordClass.Verb) classes |= WordClass.VerbS;
  } else if (word.endsWith("ed")) {
    if (stemClasses(lexicon, word, "ed") & WordClass.Verb) classes |= WordClass.Past | WordClass.Participle;
  } else if (word.endsWith("ing")) {
    if (stemClasses(lexicon, word, "ing") & WordClass.Verb) classes |= WordClass.Gerund | WordClass.Noun;
  } else if (word.endsWith("ly")) {
    if (stemClasses(lexicon, word, "ly") & WordClass.Adjective) classes |= WordClass.Adverb;
  } else if (word.endsWith("er") || word.endsWith("est")) {
    if (stemClasses(lexicon, word, word.endsWith("er") ? "er" : "est") & WordClass.Adjective) classes |= WordClass.Adjective;
  }
  return classes;
}

/**
 * "tomorrow's", "the firm's": a noun's possessive, which stands before a noun like "its". After a
 * pronoun, wh-word or adverb the "'s" is "is" or "has" ("it's", "what's", "here's"): those are unknown.
 */
function possessiveClasses(lexicon: Lexicon, stem: string): number {
  const classes = lexicon.get(stem) ?? inflectedClasses(lexicon, stem);
  if (classes & (WordClass.Pronoun | WordClass.Wh | WordClass.Determiner)) return 0;
  if (classes !== 0 && (classes & ~(WordClass.Adverb | WordClass.Preposition)) === 0) return 0;
  return WordClass.Possessive;
}
