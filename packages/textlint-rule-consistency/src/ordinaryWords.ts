let words: Set<string> | undefined;

// Loaded on first use: only a document that capitalizes a word and also writes it lowercase asks.
function ordinaryWords(): Set<string> {
  return (words ??= new Set((require("../data/ordinary-words.json") as { words: string }).words.split(" ")));
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
 * name (alibaba): it, or its stem before a plural or verb ending, is a lowercase dictionary entry.
 */
export function isOrdinaryWord(lower: string): boolean {
  const dictionary = ordinaryWords();
  if (dictionary.has(lower)) return true;
  for (const [ending, stemEnd] of ENDINGS) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending) && dictionary.has(lower.slice(0, -ending.length) + stemEnd)) {
      return true;
    }
  }
  return false;
}
