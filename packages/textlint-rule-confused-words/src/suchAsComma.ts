import { FINITE_VERB, WordClass, wordClassesOf } from "@copydesk/prose";
import type { TokenRun } from "./tokenPattern";

const CLAUSE_END = new Set([".", ";", ":", "!", "?", ")", "—", "–"]);

/**
 * The number of tokens of "such as," at index `at` when no example follows it: the comma is
 * followed by a verb ("Microsoft, such as, has allocated") or the clause ends there
 * ("rivals such as, ."). "such as, for example, rice" and "such as, say, cats" go on to examples.
 */
export function suchAsWithoutExamples(run: TokenRun, at: number): number | undefined {
  const { tokens, normalized } = run;
  if (normalized[at] !== "such" || normalized[at + 1] !== "as" || tokens[at + 2]?.text !== ",") return undefined;
  const next = tokens[at + 3];
  if (next === undefined) return undefined;
  if (next.kind === "punct") return CLAUSE_END.has(next.text) ? 3 : undefined;
  if (next.kind !== "word") return undefined;
  // A word set off by its own commas ("say,") is an aside before the examples.
  if (tokens[at + 4]?.text === ",") return undefined;
  const classes = wordClassesOf(next.text);
  const verb =
    (classes & WordClass.Modal) !== 0 ||
    ((classes & FINITE_VERB) !== 0 && (classes & (WordClass.Noun | WordClass.PluralNoun | WordClass.Adjective | WordClass.Preposition | WordClass.Determiner)) === 0);
  return verb ? 3 : undefined;
}
