import { ANY_NOUN, ANY_VERB, WordClass, wordClassesOf } from "@copydesk/prose";

// Prefixes that make a verb of a verb (see below).
const VERB_PREFIXES = ["re", "mis", "with", "over", "under", "out", "fore", "up"];

/**
 * The word classes of a word as the lexicon has them; for a hyphenated word it lacks (it lists
 * none), those of a modifier made from its last part: a noun, number or adjective stays one
 * ("45-degree", "blue-black"), and a participle, past or -ing form makes an adjective
 * ("sweet-scented", "cloud-based", "good-looking"), as "-like" already is ("orange-like").
 */
export function wordClassesOfWord(word: string): number {
  const classes = wordClassesOf(word);
  // A verb with "re-" that the lexicon lacks is that verb done again: "reappoint", "refile"; one
  // with "mis-", "with-", "over-", "under-", "out-", "fore-" or "up-" keeps its verb's forms:
  // "misled", "withheld", "outgrew".
  if (classes !== 0) return classes;
  // ("record-breaking" is no "cord-breaking" done again: only a verb the lexicon has counts.)
  const prefix = VERB_PREFIXES.find((p) => word.startsWith(p) && word.length - p.length >= 3);
  const again = prefix === undefined ? 0 : wordClassesOf(word.slice(prefix.length)) & (ANY_VERB | WordClass.Participle | WordClass.Gerund);
  if (again !== 0) return again;
  const dash = word.lastIndexOf("-");
  if (dash === -1) return 0;
  const last = wordClassesOf(word.slice(dash + 1));
  const modifier = last & (ANY_NOUN | WordClass.Adjective | WordClass.Number);
  return last & (WordClass.Participle | WordClass.Past | WordClass.Gerund) ? modifier | WordClass.Adjective : modifier;
}
