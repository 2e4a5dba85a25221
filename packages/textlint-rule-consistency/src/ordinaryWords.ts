let words: Set<string> | undefined;
let american: Map<string, string> | undefined;

// Loaded on first use: only a document that capitalizes a word and also writes it lowercase asks.
function ordinaryWords(): Set<string> {
  return (words ??= new Set((require("../data/ordinary-words.json") as { words: string }).words.split(" ")));
}

// The dictionary is American; a British spelling (defence, labour, centre) is as ordinary as the
// American one it stands for (data/spelling-families.json).
function americanSpellings(): Map<string, string> {
  if (american === undefined) {
    const { families } = require("../data/spelling-families.json") as { families: Record<string, Record<string, string>> };
    american = new Map(Object.values(families).flatMap((family) => Object.entries(family)));
  }
  return american;
}

// Endings a dictionary stem takes (apples, applied, ordering, maintainers): a word is ordinary if
// its stem is. Reading too much as ordinary only makes [name] ask for more evidence.
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ["ies", "y"],
  ["es", ""],
  ["s", ""],
  ["ied", "y"],
  ["ed", ""],
  ["ed", "e"],
  ["d", ""],
  ["ing", ""],
  ["ing", "e"],
  ["ers", ""],
  ["ers", "e"],
  ["er", ""],
  ["er", "e"],
  ["ors", ""],
  ["or", ""],
  ["iest", "y"],
  ["est", ""],
  ["est", "e"],
  ["ly", ""],
  ["ness", ""],
  ["able", ""],
  ["able", "e"],
  ["ible", ""],
  ["ment", ""],
  ["ity", ""],
  ["ity", "e"],
];

/**
 * Whether a lowercase word is an ordinary English word (apple, meta, windows) rather than only a
 * name (alibaba): it, or its stem before a plural, verb or superlative ending, is a lowercase
 * dictionary entry, or its American spelling is (defence), or each part of it is (hip-hop).
 */
export function isOrdinaryWord(lower: string): boolean {
  const dictionary = ordinaryWords();
  if (dictionary.has(lower)) return true;
  const spelledAmerican = americanSpellings().get(lower);
  if (spelledAmerican !== undefined && spelledAmerican !== lower) return isOrdinaryWord(spelledAmerican);
  // A compound of ordinary words is one: hip-hop, low-cost.
  if (/^\p{L}+(?:-\p{L}+)+$/u.test(lower)) return lower.split("-").every((part) => part.length > 1 && isOrdinaryWord(part));
  for (const [ending, stemEnd] of ENDINGS) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending) && dictionary.has(lower.slice(0, -ending.length) + stemEnd)) {
      return true;
    }
  }
  return false;
}

// Each part of a closed compound is a word of its own of four letters or more: "cane" and
// "growers", not "dam" and "pier" (Dampier).
const MIN_PART = 4;
// Longer runs of letters are no compound a writer coins.
const MAX_COMPOUND = 30;

/**
 * Whether a lowercase word is two ordinary words run together (canegrowers, woolgrowers), which is
 * a common noun as often as a name: "Queensland Canegrowers" names a body, "canegrowers" its members.
 */
export function joinsOrdinaryWords(lower: string): boolean {
  if (lower.length > MAX_COMPOUND) return false;
  for (let cut = MIN_PART; cut <= lower.length - MIN_PART; cut++) {
    if (isOrdinaryWord(lower.slice(0, cut)) && isOrdinaryWord(lower.slice(cut))) return true;
  }
  return false;
}
