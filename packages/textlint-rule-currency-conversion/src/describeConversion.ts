import type { ImpliedRate } from "./impliedRate";
import type { Amount } from "./parseAmounts";

/** A rate or reference for a message: four significant figures, no trailing zeros (7.17, 149.3, 1.082, 1307). */
export function formatRate(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = value >= 10_000 ? String(Math.round(value)) : value.toPrecision(4);
  return text.includes(".") && !text.includes("e") ? text.replace(/\.?0+$/, "") : text;
}

/** "380 billion yuan ≈ $53 billion implies 7.17 CNY per USD" */
export function arithmetic(from: Amount, to: Amount, rate: ImpliedRate): string {
  return `${from.text} ≈ ${to.text} implies ${formatRate(rate.value)} ${rate.quote} per ${rate.base}`;
}

/** A power of ten (10, 100, 1,000 ...) that explains a ratio within the tolerance, if one does. */
function factorOfTen(ratio: number, tolerance: number): number | undefined {
  const power = Math.round(Math.log10(ratio));
  if (power === 0) return undefined;
  const rest = ratio / 10 ** power;
  return Math.abs(rest - 1) <= tolerance ? power : undefined;
}

/**
 * How far an implied rate is from its reference, in words ("17% above it", "10.13 times the
 * reference"), and for a power of ten, its likely cause.
 */
export function describeDeviation(ratio: number, tolerance: number): { readonly how: string; readonly cause?: string } {
  let how: string;
  if (ratio >= 2) how = `${formatRate(ratio)} times the reference`;
  else if (ratio <= 0.5) how = `1/${formatRate(1 / ratio)} of the reference`;
  else how = `${Math.round(Math.abs(ratio - 1) * 100)}% ${ratio > 1 ? "above" : "below"} it`;
  const power = factorOfTen(ratio, tolerance);
  if (power === undefined) return { how };
  const factor = (10 ** Math.abs(power)).toLocaleString("en-US");
  const cause = Math.abs(power) % 3 === 0 ? "a wrong scale word (thousand, million, billion)" : "a misplaced decimal point";
  return { how, cause: `a factor of ${factor} suggests ${cause}` };
}

/** A percentage for a message: 10, 2.5. */
export function formatPercent(fraction: number): string {
  return formatRate(Math.round(fraction * 1000) / 10);
}
