import type { English as EnglishLists } from "sentence-splitter/lang";
import { sentenceRanges } from "./sentenceRanges";

interface AbbreviationSets {
  readonly abbreviations: ReadonlySet<string>;
  /** Written with a capital, a state, month or day is an abbreviation even where the lowercase form is a word: "Robinsonville, Miss. and", but "to miss. then". */
  readonly capitalized: ReadonlySet<string>;
  /** The states alone, which a party's letter may join: "R-Mo.". */
  readonly states: ReadonlySet<string>;
  readonly units: ReadonlySet<string>;
  readonly beforeNumber: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly prepositive: ReadonlySet<string>;
}

let sets: AbbreviationSets | undefined;

/** The abbreviation lists as sets, made when a text is first split or a word first asked about: loading a rule reads none of them. */
function abbreviationSets(): AbbreviationSets {
  if (sets !== undefined) return sets;
  const { English } = require("sentence-splitter/lang") as { English: typeof EnglishLists };
  const abbreviationData = require("../data/abbreviations.json") as {
    abbreviations: string[];
    states: string[];
    monthsAndDays: string[];
    compassPoints: string[];
    units: string[];
    titles: string[];
    beforeNumber: string[];
    words: string[];
  };
  const words = new Set(abbreviationData.words);
  sets = {
    abbreviations: new Set(
      [
        ...English.ABBREVIATIONS,
        ...abbreviationData.abbreviations,
        ...abbreviationData.states,
        ...abbreviationData.monthsAndDays,
        ...abbreviationData.compassPoints,
        ...abbreviationData.units,
      ]
        .map((a) => a.toLowerCase())
        .filter((a) => !words.has(a)),
    ),
    capitalized: new Set([...abbreviationData.states, ...abbreviationData.monthsAndDays]),
    states: new Set(abbreviationData.states),
    units: new Set(abbreviationData.units),
    beforeNumber: new Set(abbreviationData.beforeNumber),
    titles: new Set(abbreviationData.titles.map((a) => a.toLowerCase())),
    prepositive: new Set([...English.PREPOSITIVE_ABBREVIATIONS, ...abbreviationData.titles].map((a) => a.toLowerCase())),
  };
  return sets;
}

// sentence-splitter compares every word with every abbreviation in its lists, which
// costs as much as the rest of the split. Sentences are split as it splits them with empty
// lists (sentenceRanges.ts), and the sentences that end at an abbreviation are joined again
// below, by set look-ups and sentence-splitter's own rule: a title never ends a sentence;
// another abbreviation does only when a capitalized word follows.
const CAPITALIZED_WORD = /^\p{Lu}/u;
const DIGIT_FIRST = /^\p{Nd}/u;
// Opening brackets and quotes before a word: "(Miss." is "Miss.".
const OPENERS = /^[(\[“‘"'«]+/u;
// A number a unit may follow: 3, 1.5, 1,000, 1/2.
const NUMBER = /^\p{Nd}[\p{Nd}.,/]*$/u;
// A number joined to a unit by a hyphen: the "8-" of "8-oz.".
const NUMBER_JOINED = /^\p{Nd}[\p{Nd}.,/]*[-‐–]/u;
const SPACE = /\s/u;
// A party's letter joined to a state, as news copy writes a lawmaker's party and state: "R-Mo.", "D-Calif.", "DFL-Minn.".
const PARTY_JOINED = /^\p{Lu}{1,3}[-‐‑]/u;

/** Whether the sentence text[start, end) ends at an abbreviation, given the sentence after it, text[nextStart, nextEnd). */
function endsAtAbbreviation(text: string, start: number, end: number, nextStart: number, nextEnd: number): boolean {
  // The last word and the next one, read from the ends inwards: a sentence that grows by
  // joins is not read again from its start.
  let a = end;
  while (a > start && !SPACE.test(text[a - 1]!)) a--;
  if (a === end) return false;
  const written = text.slice(a, end).replace(OPENERS, "");
  if (!written.endsWith(".")) return false;
  const last = written.toLowerCase();
  const { prepositive, beforeNumber } = abbreviationSets();
  if (prepositive.has(last)) return true;
  let b = nextStart;
  while (b < nextEnd && !SPACE.test(text[b]!)) b++;
  const nextWord = text.slice(nextStart, b);
  if (beforeNumber.has(last)) return DIGIT_FIRST.test(nextWord);
  if (CAPITALIZED_WORD.test(nextWord)) return false;
  return isAbbreviation(written, nextWord, wordBefore(text, start, end - written.length));
}

/** The word before the one that starts at `end`, no further back than `from` (a look back over those two words only). */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && !SPACE.test(text[i - 1]!)) i--;
  while (i > from && SPACE.test(text[i - 1]!)) i--;
  const wordEnd = i;
  while (i > from && !SPACE.test(text[i - 1]!)) i--;
  return text.slice(i, wordEnd);
}

/** A span of prose text, as indices into that text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// sentence-splitter reads every "2015." as a list number, so "He left in 2015. She
// stayed." stays one sentence. A number with a period after a word, followed by
// space and a letter, ends a sentence (a list number starts its sentence instead).
// Masked text counts as a word: "café" written "caf&eacute;" is "café" and then MASK.
const NUMBER_END = /(?<=[\p{L}\p{N},;:)%'’"”\uFFFC][^\S\n]+\p{N}+\.)[^\S\n]+(?=[\p{L}“"‘(])/gu;

const NUMBER_PERIOD = /\p{N}\./u;

function splitAfterNumbers(text: string, span: Span, spans: Span[]): void {
  const sentence = text.slice(span.start, span.end);
  let start = span.start;
  NUMBER_END.lastIndex = 0;
  for (let m = NUMBER_END.exec(sentence); m !== null; m = NUMBER_END.exec(sentence)) {
    spans.push({ start, end: span.start + m.index });
    start = span.start + m.index + m[0].length;
  }
  spans.push({ start, end: span.end });
}

// sentence-splitter ends sentences only at these; a text without any is one sentence.
const SEPARATOR = /[.．。?!？！]/u;
const NON_SPACE = /\S/u;

/** Sentence spans of a prose text, from sentence-splitter with copydesk's extra abbreviations. */
export function sentenceSpans(text: string): Span[] {
  if (!SEPARATOR.test(text)) {
    const start = text.search(NON_SPACE);
    return start < 0 ? [] : [{ start, end: text.length }];
  }
  const joined: Span[] = [];
  for (const [start, end] of sentenceRanges(text)) {
    const last = joined[joined.length - 1];
    // A sentence ends where space follows its mark: "the!the" and "U.S.!The" run on.
    const runsOn = last !== undefined && last.end === start;
    if (last !== undefined && (runsOn || endsAtAbbreviation(text, last.start, last.end, start, end))) {
      joined[joined.length - 1] = { start: last.start, end };
    } else {
      joined.push({ start, end });
    }
  }
  // Only a number with a period after it can end a sentence inside a span.
  if (!NUMBER_PERIOD.test(text)) return joined;
  const spans: Span[] = [];
  for (const span of joined) splitAfterNumbers(text, span, spans);
  return spans;
}

/**
 * Whether a word with its final period (`approx.`, `U.S.`, `e.g.`, `Miss.`, `8-oz.`, `R-Mo.`) is a
 * known abbreviation; `No.`, `p.`, `Fig.` and the like only when a number follows; a
 * unit that is also a word (`in.`) only when a number comes before it (`3 in.`).
 */
export function isAbbreviation(wordWithPeriod: string, nextWord = "", previousWord = ""): boolean {
  const lower = wordWithPeriod.toLowerCase();
  const { beforeNumber, abbreviations, titles, capitalized, states, units } = abbreviationSets();
  if (beforeNumber.has(lower)) return DIGIT_FIRST.test(nextWord);
  if (abbreviations.has(lower) || titles.has(lower) || capitalized.has(wordWithPeriod)) return true;
  const party = PARTY_JOINED.exec(wordWithPeriod);
  if (party !== null && states.has(wordWithPeriod.slice(party[0].length))) return true;
  const joined = NUMBER_JOINED.exec(lower);
  if (joined !== null) return units.has(lower.slice(joined[0].length));
  return units.has(lower) && NUMBER.test(previousWord);
}

/** Whether a word with its final period is a title that stands before a name (`Dr.`, `Mr.`). */
export function isTitle(wordWithPeriod: string): boolean {
  return abbreviationSets().titles.has(wordWithPeriod.toLowerCase());
}
