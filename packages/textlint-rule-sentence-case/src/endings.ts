import { isAbbreviation, MASK } from "@copydesk/prose";
import { isEnglishWord } from "./englishWords";
import { endsWithMarkedName } from "./lowercaseByDesign";

/**
 * How a stretch of prose ends, as far as the next word is concerned:
 * "sentence": a sentence end (. ! ?), so the next word starts a sentence;
 * "abbreviation": a period after an abbreviation or initial (approx., a.m., U.S., J.), which need not end one;
 * "ellipsis": … or ..., after which the sentence may go on;
 * "colon": a colon;
 * "masked": code, a URL or other non-prose;
 * "open": anything else (a word, a comma, a dash), so the sentence goes on.
 */
export type Ending = "sentence" | "abbreviation" | "ellipsis" | "colon" | "masked" | "open";

const SPACE = /\s/u;
const CLOSERS = new Set(["”", "’", '"', "'", ")", "]", "»", "*", "_"]);
const CLOSING_QUOTES = /["”’'»]/u;
const OPENERS = /^[“‘"'(\[«]+/u;
// A genus cut to a capital and one small letter (Au. for Australopithecus, Ar. for Ardipithecus).
const GENUS_ABBREVIATION = /^\p{Lu}\p{Ll}$/u;
// The word after it: small letters only, three or more (a species name: afarensis).
const SPECIES_AFTER = /^\s*(\p{Ll}{3,})(?![\p{L}\p{N}'’-])/u;
// How far ahead to look for that word: a species name is short.
const SPECIES_LOOKAHEAD = 40;

/** How the text before `end` ends. */
export function endingOf(text: string, end: number): Ending {
  let i = end;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  const closed = i;
  while (i > 0 && CLOSERS.has(text[i - 1]!)) i--;
  const last = text[i - 1];
  switch (last) {
    case undefined:
      return "open";
    case "…":
      return "ellipsis";
    case ":":
      return "colon";
    case MASK:
      return "masked";
    case "!":
    case "?":
      return endsWithMarkedName(text, i) ? "open" : "sentence";
    case ".": {
      const ending = periodEnding(text, i - 1, end);
      // A closing quotation mark after the period closes the sentence too: “I said no.”
      // (a closing bracket does not: "(install, update, etc.) will link").
      return ending === "abbreviation" && CLOSING_QUOTES.test(text.slice(i, closed)) ? "sentence" : ending;
    }
    default:
      return "open";
  }
}

/** Whether the period at `at` ends a sentence, or follows an ellipsis, an abbreviation or an initial; `next` is where the next word may start. */
function periodEnding(text: string, at: number, next: number): Ending {
  if (text[at - 1] === "." && text[at - 2] === ".") return "ellipsis";
  let start = at;
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
  const run = text.slice(start, at).replace(OPENERS, "");
  if (run === "") return "sentence";
  // A number (version 2.0., 1,000.) ends a sentence like a word does.
  if (/^[\p{N}.,]+$/u.test(run)) return "sentence";
  // a.m., U.S., e.g., Ph.D.: periods inside the run make it an abbreviation.
  if (run.includes(".")) return "abbreviation";
  // J. (an initial), but not a lone digit or mark.
  if (run.length === 1 && /\p{L}/u.test(run)) return "abbreviation";
  // A two-letter genus before a species name no dictionary has: "Au. afarensis" (as "A. afarensis").
  if (GENUS_ABBREVIATION.test(run)) {
    const species = SPECIES_AFTER.exec(text.slice(next, next + SPECIES_LOOKAHEAD));
    if (species !== null && !isEnglishWord(species[1]!)) return "abbreviation";
  }
  // A unit that is also a word is an abbreviation after a number: "3 in. of snow".
  let before = start;
  while (before > 0 && SPACE.test(text[before - 1]!)) before--;
  let previousStart = before;
  while (previousStart > 0 && !SPACE.test(text[previousStart - 1]!)) previousStart--;
  return isAbbreviation(`${run}.`, "", text.slice(previousStart, before)) ? "abbreviation" : "sentence";
}
