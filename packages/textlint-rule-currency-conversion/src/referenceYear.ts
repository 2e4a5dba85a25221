import type { Span } from "@copydesk/prose";
import type { Amount } from "./parseAmounts";

/** A year named in a prose text, and where. */
export interface NamedYear {
  readonly at: number;
  readonly year: number;
}

// A year as news copy writes it: 2019, FY2023; not 2,019, $2019, 2019%, 2019.5 or a range 2019-20.
const YEAR = /(?:(?<=FY)|(?<![\p{L}\p{N}$€£¥.,\-/]))(?:19[5-9]\d|20\d\d)(?![\p{N}%]|[.,]\d|-\d)/gu;

/** The years a prose text names, outside its amounts. */
export function namedYears(text: string, amounts: readonly Amount[]): NamedYear[] {
  const years: NamedYear[] = [];
  let next = 0; // amounts are in text order, and so are the matches
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const at = m.index;
    while (next < amounts.length && amounts[next]!.end <= at) next++;
    const inside = next < amounts.length && amounts[next]!.start <= at;
    if (!inside) years.push({ at, year: Number(m[0]) });
  }
  return years;
}

/**
 * The year a conversion's rate belongs to, judged from the text: the year its sentence names
 * (the nearest before the conversion, else the first after it), else the last year named earlier
 * in the paragraph. Undefined when none is named: the caller falls back to its default year.
 */
export function referenceYear(years: readonly NamedYear[], sentence: Span, at: number): number | undefined {
  let inSentenceBefore: number | undefined;
  let inSentenceAfter: number | undefined;
  let earlier: number | undefined;
  for (const y of years) {
    if (y.at < sentence.start) earlier = y.year;
    else if (y.at < at) inSentenceBefore = y.year;
    else if (y.at < sentence.end && inSentenceAfter === undefined) inSentenceAfter = y.year;
  }
  return inSentenceBefore ?? inSentenceAfter ?? earlier;
}
