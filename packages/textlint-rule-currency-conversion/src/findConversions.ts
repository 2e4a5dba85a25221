import type { Span } from "@copydesk/prose";
import { PATTERN_SOURCES } from "./currencyOf";
import type { Amount } from "./parseAmounts";

/** An amount followed in the same sentence by the same sum in another currency. */
export interface Conversion {
  readonly from: Amount;
  readonly to: Amount;
}

const S = String.raw`[\s\u00A0]`;
const WORDS = String.raw`(?:(?:${PATTERN_SOURCES.connectors})(?![\p{L}])${S}*){1,4}`;
// What may stand between an amount and its conversion: an opening parenthesis, a comma, a dash or a
// slash, then up to four connector words (", approximately ", " (about ", ", or ", " – roughly ").
const GAP = new RegExp(String.raw`^${S}*(?<open>[(\[,–—/]|-(?=${S}))?${S}*(?<words>${WORDS})?$`, "iu");
// Inside the parentheses of a conversion, further conversions of the same amount: "(US$53bn, or €49bn)".
const NEXT_IN_PARENS = new RegExp(String.raw`^${S}*(?:[,;/]${S}*)?(?:(?:and|or)${S}+)?(?:${WORDS})?$`, "iu");
// After a conversion joined only by a comma or "or", the sentence must move on: "€5, $6 and £4" is a list.
const TERMINATED = /^(?:\s*(?:$|[,.;:!?)\]—–"”’])|\s+-\s)/;
// "$1 = 7.2 yuan" states a rate; it is not a conversion of the amount before it.
const RATE_STATEMENT = /^\s*=/;
const MAX_GAP = 48;
// Two amounts of a range: "$3.8m to $4.9m", "£2m-£2.6m".
const RANGE_JOIN = new RegExp(String.raw`^${S}*(?:to|[-–])${S}*$`, "u");

function sentenceIndex(sentences: readonly Span[], position: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (position < s.start) hi = mid - 1;
    else if (position >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether two amounts may be in different currencies: "$10 billion (US$6.6 billion)" may be Australian dollars. */
function differentCurrencies(a: Amount, b: Amount): boolean {
  return a.currency !== b.currency || (a.bareSign === "$") !== (b.bareSign === "$");
}

/**
 * The conversions among a prose text's amounts (in text order): each amount followed, in the same
 * sentence, by an amount in another currency joined by a parenthesis, a comma, a dash or connector words.
 */
export function findConversions(text: string, amounts: readonly Amount[], sentences: readonly Span[]): Conversion[] {
  const conversions: Conversion[] = [];
  // Amounts inside the parentheses of one conversion, by the index of the amount converted:
  // "(US$256 million, or €235 million)" does not convert US$256 million into euros.
  const parenthesisOf = new Map<Amount, number>();
  for (let i = 0; i + 1 < amounts.length; i++) {
    const from = amounts[i]!;
    const to = amounts[i + 1]!;
    if (parenthesisOf.has(from) && parenthesisOf.get(from) === parenthesisOf.get(to)) continue;
    const sentence = sentenceIndex(sentences, from.start);
    if (sentence !== sentenceIndex(sentences, to.start) || !differentCurrencies(from, to)) continue;
    if (to.start - from.end > MAX_GAP) continue;
    const gap = GAP.exec(text.slice(from.end, to.start));
    if (gap === null) continue;
    const open = gap.groups?.open;
    const words = gap.groups?.words?.trim().toLowerCase();
    if (open === undefined && words === undefined) continue;
    const after = text.slice(to.end, to.end + 40);
    if (RATE_STATEMENT.test(after)) continue;
    const loose = (open === undefined && words === "or") || ((open === "," || open === "/" || open === "-") && words === undefined);
    if (loose && !TERMINATED.test(after)) continue;
    // "$3.8m to $4.9m (£2m to £2.6m)": a range converted into a range, each end into its own.
    const rangeStart = amounts[i - 1];
    const rangeEnd = amounts[i + 2];
    if (
      (open === "(" || open === "[") &&
      rangeStart !== undefined && rangeEnd !== undefined &&
      !differentCurrencies(rangeStart, from) && RANGE_JOIN.test(text.slice(rangeStart.end, from.start)) &&
      !differentCurrencies(to, rangeEnd) && RANGE_JOIN.test(text.slice(to.end, rangeEnd.start)) &&
      sentenceIndex(sentences, rangeEnd.start) === sentence
    ) {
      conversions.push({ from: rangeStart, to }, { from, to: rangeEnd });
      parenthesisOf.set(to, i);
      parenthesisOf.set(rangeEnd, i);
      continue;
    }
    conversions.push({ from, to });
    if (open !== "(" && open !== "[") continue;
    // "(US$53bn, or €49bn)": later amounts inside the same parentheses convert the same amount.
    parenthesisOf.set(to, i);
    let previous = to;
    for (let j = i + 2; j < amounts.length; j++) {
      const next = amounts[j]!;
      if (sentenceIndex(sentences, next.start) !== sentence || next.start - previous.end > MAX_GAP) break;
      const between = text.slice(previous.end, next.start);
      if (/[)\]]/.test(between) || !NEXT_IN_PARENS.test(between)) break;
      parenthesisOf.set(next, i);
      if (differentCurrencies(from, next) && !RATE_STATEMENT.test(text.slice(next.end, next.end + 10))) {
        conversions.push({ from, to: next });
      }
      previous = next;
    }
  }
  return conversions;
}
