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

/** Sentence spans of a prose text, from sentence-splitter with copydesk's extra abbreviations. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const node of split(text, splitOptions)) {
    if (node.type === "Sentence") spans.push({ start: node.range[0], end: node.range[1] });
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
