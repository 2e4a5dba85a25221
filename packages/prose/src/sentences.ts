import { split } from "sentence-splitter";
import { English } from "sentence-splitter/lang";

const abbreviationData = require("../data/abbreviations.json") as {
  abbreviations: string[];
  titles: string[];
  beforeNumber: string[];
  words: string[];
};

const WORDS = new Set(abbreviationData.words);
const ABBREVIATIONS = new Set(
  [...English.ABBREVIATIONS, ...abbreviationData.abbreviations].map((a) => a.toLowerCase()).filter((a) => !WORDS.has(a)),
);
const BEFORE_NUMBER = new Set(abbreviationData.beforeNumber);
const TITLES = new Set(abbreviationData.titles.map((a) => a.toLowerCase()));

const PREPOSITIVE = new Set([...English.PREPOSITIVE_ABBREVIATIONS, ...abbreviationData.titles].map((a) => a.toLowerCase()));

// sentence-splitter compares every word with every abbreviation in its lists, which
// costs as much as the rest of the split. It splits with empty lists instead, and the
// sentences that end at an abbreviation are joined again below, by set look-ups and
// sentence-splitter's own rule: a title never ends a sentence; another abbreviation
// does only when a capitalized word follows.
const splitOptions = {
  AbbrMarker: { language: { ...English, ABBREVIATIONS: [], PREPOSITIVE_ABBREVIATIONS: [] } },
};
const LAST_WORD = /\S+$/u;
const FIRST_WORD = /^\S+/u;
const CAPITALIZED = /^\p{Lu}/u;
const DIGIT_FIRST = /^\p{Nd}/u;

function endsAtAbbreviation(sentence: string, next: string): boolean {
  const last = LAST_WORD.exec(sentence)?.[0].toLowerCase();
  if (last === undefined || !last.endsWith(".")) return false;
  if (PREPOSITIVE.has(last)) return true;
  const nextWord = FIRST_WORD.exec(next)?.[0] ?? "";
  if (BEFORE_NUMBER.has(last)) return DIGIT_FIRST.test(nextWord);
  return ABBREVIATIONS.has(last) && !CAPITALIZED.test(nextWord);
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
  for (const node of split(text, splitOptions)) {
    if (node.type !== "Sentence") continue;
    const last = joined[joined.length - 1];
    const [start, end] = node.range;
    // A sentence ends where space follows its mark: "the!the" and "U.S.!The" run on.
    const runsOn = last !== undefined && last.end === start;
    if (last !== undefined && (runsOn || endsAtAbbreviation(text.slice(last.start, last.end), text.slice(start, end)))) {
      joined[joined.length - 1] = { start: last.start, end };
    } else {
      joined.push({ start, end });
    }
  }
  const spans: Span[] = [];
  for (const span of joined) splitAfterNumbers(text, span, spans);
  return spans;
}

/**
 * Whether a word with its final period (`approx.`, `U.S.`, `e.g.`) is a known abbreviation;
 * `No.`, `p.`, `Fig.` and the like only when a number follows.
 */
export function isAbbreviation(wordWithPeriod: string, nextWord = ""): boolean {
  const lower = wordWithPeriod.toLowerCase();
  if (BEFORE_NUMBER.has(lower)) return DIGIT_FIRST.test(nextWord);
  return ABBREVIATIONS.has(lower) || TITLES.has(lower);
}

/** Whether a word with its final period is a title that stands before a name (`Dr.`, `Mr.`). */
export function isTitle(wordWithPeriod: string): boolean {
  return TITLES.has(wordWithPeriod.toLowerCase());
}
