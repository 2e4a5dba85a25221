import type { Amount } from "./parseAmounts";
import { referenceRate, type RateTable } from "./referenceRates";

/**
 * The rate a conversion implies, quoted the way markets quote it: units of the weaker currency per
 * one unit of the stronger (7.17 CNY per USD, 1.08 USD per EUR), so that the number is above 1.
 */
export interface ImpliedRate {
  readonly base: string;
  readonly quote: string;
  readonly value: number;
  /** The range the conversion's written digits allow ("$53 billion" may be 52.5 to 53.5 billion). */
  readonly low: number;
  readonly high: number;
  /** The reference rate in the same quote, and its year, when the table has both currencies. */
  readonly reference?: number;
  readonly year?: number;
}

/** The implied rate of `from` ≈ `to`, with the currencies given (a bare ¥ may be resolved either way). */
export function impliedRate(
  from: Amount,
  fromCode: string,
  to: Amount,
  toCode: string,
  table: RateTable,
  year: number,
): ImpliedRate | undefined {
  if (from.value <= 0 || to.value <= 0 || fromCode === toCode) return undefined;
  const fromRef = referenceRate(table, fromCode, year);
  const toRef = referenceRate(table, toCode, year);
  // The stronger currency (fewer units per dollar) is the base; without references, the dollar, else the source.
  let fromIsBase: boolean;
  if (fromRef !== undefined && toRef !== undefined) fromIsBase = fromRef.perUsd <= toRef.perUsd;
  else if (fromCode === "USD" || toCode === "USD") fromIsBase = fromCode === "USD";
  else fromIsBase = fromCode < toCode;
  // The amount converted is taken as written; the conversion is the writer's rounding of it, so
  // only its digits widen the range ("€1 billion ($1.3 billion)": 1.25 to 1.35 USD per EUR).
  const exact = { value: from.value, low: from.value, high: from.value };
  const [base, quote] = fromIsBase ? [exact, to] : [to, exact];
  const [baseCode, quoteCode] = fromIsBase ? [fromCode, toCode] : [toCode, fromCode];
  const [baseRef, quoteRef] = fromIsBase ? [fromRef, toRef] : [toRef, fromRef];
  const rate: ImpliedRate = {
    base: baseCode,
    quote: quoteCode,
    value: quote.value / base.value,
    low: quote.low / base.high,
    high: base.low > 0 ? quote.high / base.low : Number.POSITIVE_INFINITY,
  };
  if (baseRef === undefined || quoteRef === undefined) return rate;
  // A cross rate of two non-dollar currencies may take its two legs from different years; name the later.
  const refYear = baseCode === "USD" ? quoteRef.year : quoteCode === "USD" ? baseRef.year : Math.max(baseRef.year, quoteRef.year);
  return { ...rate, reference: quoteRef.perUsd / baseRef.perUsd, year: refYear };
}

/** How far a rate is from its reference, as a ratio (1.17 = 17% above); undefined without a reference. */
export function ratioToReference(rate: ImpliedRate): number | undefined {
  return rate.reference === undefined ? undefined : rate.value / rate.reference;
}

/** Whether any rate the written digits allow lies within `tolerance` (0.1 = 10%) of the reference. */
export function withinTolerance(rate: ImpliedRate, tolerance: number): boolean {
  if (rate.reference === undefined) return true;
  const lowest = rate.reference * (1 - tolerance);
  const highest = rate.reference * (1 + tolerance);
  return rate.high >= lowest && rate.low <= highest;
}

/**
 * How far apart two implied rates of the same pair are, as a fraction (0.07 = 7%), counting only
 * what their digits cannot explain: 0 when the ranges the digits allow overlap.
 */
export function rateGap(a: ImpliedRate, b: ImpliedRate): number {
  const [aLow, aHigh] = a.base === b.base ? [a.low, a.high] : [1 / a.high, 1 / a.low];
  const floor = Math.max(aLow, b.low);
  const ceiling = Math.min(aHigh, b.high);
  return floor <= ceiling ? 0 : floor / ceiling - 1;
}
