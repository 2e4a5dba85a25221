import { ANY_NOUN, ANY_VERB, WordClass, wordClassesOf } from "@copydesk/prose";

/**
 * The word classes of a word as the lexicon has them; for a hyphenated word it lacks (it lists
 * none), those of a modifier made from its last part: a noun, number or adjective stays one
 * ("45-degree", "blue-black"), and a participle, past or -ing form makes an adjective
 * ("sweet-scented", "cloud-based", "good-looking"), as "-like" already is ("orange-like").
 */
export function wordClassesOfWord(word: string): number {
  const classes = wordClassesOf(word);
  // A verb with "re-" that the lexicon lacks is that verb done again: "reappoint", "refile".
  if (classes !== 0) return classes;
  // ("record-breaking" is no "cord-breaking" done again: only a verb the lexicon has counts.)
  const again = word.startsWith("re") && word.length > 5 ? wordClassesOf(word.slice(2)) & (ANY_VERB | WordClass.Participle | WordClass.Gerund) : 0;
  if (again !== 0) return again;
  const dash = word.lastIndexOf("-");
  if (dash === -1) return 0;
  const last = wordClassesOf(word.slice(dash + 1));
  const modifier = last & (ANY_NOUN | WordClass.Adjective | WordClass.Number);
  return last & (WordClass.Participle | WordClass.Past | WordClass.Gerund) ? modifier | WordClass.Adjective : modifier;
}
