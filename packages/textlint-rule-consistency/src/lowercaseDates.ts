import type { DocumentWords, Token, WordPlace } from "@copydesk/prose";
import { capitalized, isAllLowercase } from "./casing";
import type { LocatedFinding } from "./located";

const data = require("../data/dates.json") as { always: string[]; onlyWithDate: string[]; beforeDate: string[] };
const ALWAYS = data.always;
const ONLY_WITH_DATE = data.onlyWithDate;
// "on march 10 it said", "Monday march 9 between": what stands before makes the number a day.
const BEFORE_DATE = new Set([...data.beforeDate, ...ALWAYS.filter((day) => day.endsWith("day"))]);

const DAY_OR_YEAR = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$|^[12]\d{3}$/u;
// Marks after a number that make it something other than a date: a list (may 1) …), a range or ratio, a decimal.
const YEAR = /^[12]\d{3}$/u;
const WORDS_AFTER_DATE = new Set(["at", "and", "to", "in", "on", "through", "until", "or"]);
const NOT_DATE_AFTER = new Set([")", "/", ":", "-", "–", "%", "x", "×"]);
// What may follow a word for it to be an identifier rather than prose: may(), sun.x, sun_x.
const CODE_AFTER = /^(?:[([{_=<>\\@#|/]|\.[\p{L}\p{N}])/u;

/**
 * [month]: a month or weekday written lowercase mid-sentence or in a heading: "on february 24",
 * "on tuesday". "may", "march", "august", "sun" and the short forms count only where a date
 * decides it: a day number or a year right after ("in march 2024", "may 5"); the verb and the
 * adjective never do ("prices may rise", "march on the capital"). The fix capitalizes the word.
 * A sentence start is left to sentence-case.
 */
export function lowercaseDates(words: DocumentWords): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  const check = (key: string, needsDate: boolean): void => {
    const forms = words.get(key);
    if (forms === undefined || forms.inCode) return;
    const places = [...(forms.mid.get(key) ?? []), ...forms.titles.filter((place) => place.form === key)];
    for (const place of places) {
      if (!isAllLowercase(place.form) || isCode(place) || (needsDate && !dateFollows(place))) continue;
      const { prose } = place.block;
      const token = prose.tokens[place.index]!;
      const name = capitalized(key);
      findings.push({
        prose,
        finding: {
          range: [token.start, token.start + key.length],
          message: `[month] Names of months and days are capitalized: write "${name}".`,
          replacement: name,
        },
      });
    }
  };
  for (const key of ALWAYS) check(key, false);
  for (const key of ONLY_WITH_DATE) check(key, true);
  return findings;
}

/** The words the check asks the word index about. */
export const DATE_WORDS: readonly string[] = [...ALWAYS, ...ONLY_WITH_DATE];

/** Whether a day number or a year follows the word, as in "march 5" or "may 2024", and not a list number or a range. */
function dateFollows(place: WordPlace): boolean {
  const { tokens, text } = place.block.prose;
  const word = tokens[place.index]!;
  const number: Token | undefined = tokens[place.index + 1];
  if (number === undefined || number.kind !== "word" || !DAY_OR_YEAR.test(number.text)) return false;
  if (text.slice(word.end, number.start) !== " ") return false;
  const after = tokens[place.index + 2];
  if (after === undefined) return true;
  if (after.start > number.end) {
    // A word after the number: a year or a word that goes on a date ("may 5 at noon"), not a unit
    // ("march 5 miles"); after a preposition of time or a weekday, any word ("on march 10 it said").
    return after.kind !== "word" || YEAR.test(after.text) || WORDS_AFTER_DATE.has(after.text) || dateWordBefore(tokens, place.index, text);
  }
  return !NOT_DATE_AFTER.has(after.text) && !(after.text === "." && /\d/u.test(text[after.end] ?? ""));
}

/** Whether a preposition of time or a weekday stands right before the word, one space away: "on march", "Monday march". */
function dateWordBefore(tokens: readonly Token[], index: number, text: string): boolean {
  const before = tokens[index - 1];
  if (before === undefined || before.kind !== "word" || text.slice(before.end, tokens[index]!.start) !== " ") return false;
  return BEFORE_DATE.has(before.text.toLowerCase());
}

function isCode(place: WordPlace): boolean {
  const { text, tokens } = place.block.prose;
  const token = tokens[place.index]!;
  return text[token.start - 1] === "@" || text[token.start - 1] === "#" || CODE_AFTER.test(text.slice(token.end, token.end + 2));
}
