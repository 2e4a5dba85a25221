import { split } from "sentence-splitter";
import { English } from "sentence-splitter/lang";

const abbreviationData = require("../data/abbreviations.json") as { abbreviations: string[]; titles: string[] };

const ABBREVIATIONS = new Set([...English.ABBREVIATIONS, ...abbreviationData.abbreviations].map((a) => a.toLowerCase()));
const TITLES = new Set(abbreviationData.titles.map((a) => a.toLowerCase()));

const language = {
  ...English,
  ABBREVIATIONS: [...new Set([...English.ABBREVIATIONS, ...abbreviationData.abbreviations])],
  PREPOSITIVE_ABBREVIATIONS: [...new Set([...English.PREPOSITIVE_ABBREVIATIONS, ...abbreviationData.titles])],
};
const splitOptions = { AbbrMarker: { language } };

/** A span of prose text, as indices into that text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// sentence-splitter reads every "2015." as a list number, so "He left in 2015. She
// stayed." stays one sentence. A number with a period after a word, followed by
// space and a letter, ends a sentence (a list number starts its sentence instead).
const NUMBER_END = /(?<=[\p{L}\p{N},;:)%'’"”][^\S\n]+\p{N}+\.)[^\S\n]+(?=[\p{L}“"‘(])/gu;

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

/** Sentence spans of a prose text, from sentence-splitter with copydesk's extra abbreviations. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const node of split(text, splitOptions)) {
    if (node.type !== "Sentence") continue;
    splitAfterNumbers(text, { start: node.range[0], end: node.range[1] }, spans);
  }
  return spans;
}

/** Whether a word with its final period (`approx.`, `U.S.`, `e.g.`) is a known abbreviation. */
export function isAbbreviation(wordWithPeriod: string): boolean {
  const lower = wordWithPeriod.toLowerCase();
  return ABBREVIATIONS.has(lower) || TITLES.has(lower);
}

/** Whether a word with its final period is a title that stands before a name (`Dr.`, `Mr.`). */
export function isTitle(wordWithPeriod: string): boolean {
  return TITLES.has(wordWithPeriod.toLowerCase());
}
