import type { Prose } from "@copydesk/prose";
import { conversionTarget, type Target } from "./conversionTarget";
import { arithmetic, describeDeviation, formatPercent, formatRate } from "./describeConversion";
import type { Conversion } from "./findConversions";
import { impliedRate, rateGap, ratioToReference, withinTolerance, type ImpliedRate } from "./impliedRate";
import type { Settings } from "./options";
import type { Amount } from "./parseAmounts";
import { bareYenCurrency, namesOfYen, yenUse, type YenUse } from "./yenOrYuan";

/** A conversion as collected from a prose node, with the year its text names (if any). */
export interface CollectedConversion extends Conversion {
  readonly namedYear?: number;
}

/** What the rule collects from one prose node before the document ends. */
export interface ProseRecord {
  readonly prose: Prose;
  readonly amounts: readonly Amount[];
  readonly conversions: readonly CollectedConversion[];
}

/** The check a finding comes from; it starts the message, so that reports can be told apart and filtered. */
export type CheckId = "rate" | "consistency" | "target" | "ambiguous-yen" | "pass";

/** A finding on a document: the prose it is in, a range of that prose text, and what to say. */
export interface DocumentFinding {
  readonly check: CheckId;
  readonly prose: Prose;
  readonly range: readonly [number, number];
  readonly message: string;
  /** A replacement offered (not applied by --fix) where it is certain. */
  readonly suggestion?: { readonly range: readonly [number, number]; readonly text: string; readonly message: string };
}

/** A conversion with its currencies decided and its rate worked out. */
interface Resolved {
  readonly record: ProseRecord;
  readonly conversion: CollectedConversion;
  readonly fromCode: string;
  readonly toCode: string;
  readonly rate: ImpliedRate;
}

/** Why a conversion was left out of the checks, for the debug report. */
interface Unresolved {
  readonly record: ProseRecord;
  readonly conversion: CollectedConversion;
  readonly why: string;
}

function yearFor(conversion: CollectedConversion, settings: Settings): number {
  return settings.yearFixed ? settings.defaultYear : (conversion.namedYear ?? settings.defaultYear);
}

function fits(from: Amount, fromCode: string, to: Amount, toCode: string, settings: Settings, year: number): boolean | undefined {
  const rate = impliedRate(from, fromCode, to, toCode, settings.table, year);
  if (rate?.reference === undefined) return undefined;
  return withinTolerance(rate, settings.options.tolerance / 100);
}

/** The currency of one side of a conversion, or why it cannot be known. */
function sideCurrency(amount: Amount, other: Amount, use: YenUse, settings: Settings, year: number): string | { why: string } {
  if (amount.bareSign === "$") {
    const dollar = settings.options.dollarSign;
    if (dollar === "USD" && other.bareSign === undefined && other.currency === "USD") {
      // "$10 billion (US$6.6 billion)": the bare $ is some other dollar.
      return { why: `"${amount.text}" is converted into US dollars, so its "$" is another dollar (see the dollarSign option)` };
    }
    return dollar;
  }
  if (amount.bareSign !== "¥") return amount.currency;
  const otherCode = other.bareSign === "¥" ? undefined : other.bareSign === "$" ? settings.options.dollarSign : other.currency;
  const fitsYen = otherCode === undefined || otherCode === "JPY" ? undefined : fits(amount, "JPY", other, otherCode, settings, year);
  const fitsYuan = otherCode === undefined || otherCode === "CNY" ? undefined : fits(amount, "CNY", other, otherCode, settings, year);
  const decided = bareYenCurrency(use, fitsYen, fitsYuan);
  if (decided !== undefined) return decided;
  // Off as yen and off as yuan: wrong either way, so judge it as the yen ("¥" is the yen's ISO sign).
  if (fitsYen === false && fitsYuan === false) return "JPY";
  return { why: `"¥" could be the yen or the yuan` };
}

function resolveAll(records: readonly ProseRecord[], use: YenUse, settings: Settings): { resolved: Resolved[]; unresolved: Unresolved[] } {
  const resolved: Resolved[] = [];
  const unresolved: Unresolved[] = [];
  for (const record of records) {
    for (const conversion of record.conversions) {
      const year = yearFor(conversion, settings);
      const fromCode = sideCurrency(conversion.from, conversion.to, use, settings, year);
      const toCode = sideCurrency(conversion.to, conversion.from, use, settings, year);
      if (typeof fromCode !== "string" || typeof toCode !== "string") {
        const why = typeof fromCode !== "string" ? fromCode.why : (toCode as { why: string }).why;
        unresolved.push({ record, conversion, why });
        continue;
      }
      const rate = fromCode === toCode ? undefined : impliedRate(conversion.from, fromCode, conversion.to, toCode, settings.table, year);
      if (rate === undefined) {
        unresolved.push({ record, conversion, why: "both amounts are in the same currency" });
        continue;
      }
      resolved.push({ record, conversion, fromCode, toCode, rate });
    }
  }
  return { resolved, unresolved };
}

function finding(check: CheckId, record: ProseRecord, amount: Amount, message: string, suggestion?: DocumentFinding["suggestion"]): DocumentFinding {
  return { check, prose: record.prose, range: [amount.start, amount.end], message: `[${check}] ${message}`, ...(suggestion ? { suggestion } : {}) };
}

function rateMessage(c: Resolved, tolerance: number, use: YenUse): string {
  const ratio = ratioToReference(c.rate)!;
  const { how, cause } = describeDeviation(ratio, tolerance / 100);
  const yen = c.conversion.from.bareSign === "¥" || c.conversion.to.bareSign === "¥";
  const asYen = yen && use === "both" ? ` ("¥" read as yen; as yuan it is off too)` : "";
  return (
    `${arithmetic(c.conversion.from, c.conversion.to, c.rate)}${asYen}, but the ${c.rate.year} average is ${formatRate(c.rate.reference!)}: ` +
    `${how} (tolerance ${formatPercent(tolerance / 100)}%)${cause ? `; ${cause}` : ""}. Check both amounts.`
  );
}

function targetMessage(c: Resolved, target: Target, total: number): string {
  const { from } = c.conversion;
  const why =
    target.why === "option"
      ? `The target currency is ${target.code} (option "targetCurrency")`
      : target.why === "conversions"
        ? `This document converts into ${target.code} (${target.conversionsInto} of its ${total} conversions)`
        : `This document converts into ${target.code} elsewhere and states ${target.mentions} amounts in ${target.code}`;
  const what = c.fromCode === target.code ? `from ${target.code} into ${c.toCode}` : `into ${c.toCode}`;
  return `${why}, but here ${from.text} is converted ${what}. Convert into ${target.code}, or drop the conversion.`;
}

/**
 * The findings of a whole document: each conversion's rate against the reference, conversions of
 * one pair at different rates, conversions into another currency than the document's target, and a
 * bare ¥ where the document names both yen and yuan. Each finding sits on the amount concerned.
 */
export function documentFindings(records: readonly ProseRecord[], settings: Settings): DocumentFinding[] {
  const { options } = settings;
  let namesYen = false;
  let namesYuan = false;
  for (const record of records) {
    const names = namesOfYen(record.prose.text);
    namesYen ||= names.yen;
    namesYuan ||= names.yuan;
  }
  const use = yenUse(namesYen, namesYuan);
  const { resolved, unresolved } = resolveAll(records, use, settings);
  const findings: DocumentFinding[] = [];

  // 1. rate
  const offRate = new Set<Resolved>();
  if (options.rate) {
    for (const c of resolved) {
      if (c.rate.reference === undefined || withinTolerance(c.rate, options.tolerance / 100)) continue;
      offRate.add(c);
      findings.push(finding("rate", c.record, c.conversion.to, rateMessage(c, options.tolerance, use)));
    }
  }

  // 2. consistency: each pair and year against its first conversion whose rate is not already off.
  if (options.consistency) {
    const first = new Map<string, Resolved>();
    for (const c of resolved) {
      if (offRate.has(c)) continue;
      const key = `${[c.rate.base, c.rate.quote].sort().join("/")}@${yearFor(c.conversion, settings)}`;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, c);
        continue;
      }
      if (rateGap(earlier.rate, c.rate) <= options.consistencyTolerance / 100) continue;
      const earlierValue = earlier.rate.base === c.rate.base ? earlier.rate.value : 1 / earlier.rate.value;
      const apart = Math.abs(c.rate.value / earlierValue - 1);
      findings.push(
        finding(
          "consistency",
          c.record,
          c.conversion.to,
          `${arithmetic(c.conversion.from, c.conversion.to, c.rate)}, but ${earlier.conversion.from.text} ≈ ${earlier.conversion.to.text} ` +
            `earlier in the document implies ${formatRate(earlierValue)}: ${formatPercent(apart)}% apart ` +
            `(tolerance ${formatPercent(options.consistencyTolerance / 100)}%). Use one rate throughout.`,
        ),
      );
    }
  }

  // 3. target
  let target: Target | undefined;
  if (options.target) {
    const into = new Map<string, number>();
    for (const c of resolved) into.set(c.toCode, (into.get(c.toCode) ?? 0) + 1);
    const mentions = new Map<string, number>();
    for (const record of records) {
      for (const amount of record.amounts) {
        const code = amount.bareSign === "¥" ? bareYenCurrency(use) : amount.bareSign === "$" ? options.dollarSign : amount.currency;
        if (code !== undefined) mentions.set(code, (mentions.get(code) ?? 0) + 1);
      }
    }
    target = conversionTarget(into, mentions, options.targetCurrency);
    if (target !== undefined) {
      const intoTarget = new Set(resolved.filter((c) => c.toCode === target!.code).map((c) => c.conversion.from));
      // A document whose conversions go as often into one currency as into another, and that
      // converts dollars into pounds and pounds into dollars, gives its amounts in both: neither
      // direction between the two is off a target that only its other amounts decided.
      const directions = new Set(target.why === "mentions" ? resolved.map((c) => `${c.fromCode}>${c.toCode}`) : []);
      for (const c of resolved) {
        // "HK$2 billion (US$256 million, or €235 million)": a second conversion beside one into the target is fine.
        if (c.toCode === target.code || intoTarget.has(c.conversion.from) || directions.has(`${c.toCode}>${c.fromCode}`)) continue;
        findings.push(finding("target", c.record, c.conversion.to, targetMessage(c, target, resolved.length)));
      }
    }
  }

  // 4. ambiguous ¥
  if (options.ambiguousYen && use === "both") {
    const decided = new Map<Amount, string>();
    for (const c of resolved) {
      if (c.conversion.from.bareSign === "¥") decided.set(c.conversion.from, c.fromCode);
      if (c.conversion.to.bareSign === "¥") decided.set(c.conversion.to, c.toCode);
    }
    for (const record of records) {
      for (const amount of record.amounts) {
        if (amount.bareSign !== "¥") continue;
        const code = decided.get(amount);
        const sign = code === "CNY" ? "CN¥" : code === "JPY" ? "JP¥" : undefined;
        const fitsWhich = sign === undefined ? "" : ` Its conversion's rate fits the ${code === "CNY" ? "yuan" : "yen"}: ${sign}.`;
        findings.push(
          finding(
            "ambiguous-yen",
            record,
            amount,
            `"¥" stands for both the yen and the yuan, and this document names both: write JP¥ or CN¥ (or "yen" or "yuan" after the number).${fitsWhich}`,
            sign === undefined || amount.signRange === undefined
              ? undefined
              : { range: amount.signRange, text: sign, message: `Write "${sign}"` },
          ),
        );
      }
    }
  }

  // Passes, with their arithmetic.
  if (options.debug) {
    for (const c of resolved) {
      if (offRate.has(c)) continue;
      const rate =
        c.rate.reference === undefined
          ? `; the table has no reference for ${c.rate.base === "USD" ? c.rate.quote : `${c.rate.base}/${c.rate.quote}`} in ${yearFor(c.conversion, settings)}, so the rate is not checked`
          : `; the ${c.rate.year} reference is ${formatRate(c.rate.reference)} (within ${formatPercent(options.tolerance / 100)}%)`;
      const into = target === undefined || c.toCode !== target.code ? "" : `; it converts into ${target.code}, the document's target`;
      findings.push(finding("pass", c.record, c.conversion.to, `${arithmetic(c.conversion.from, c.conversion.to, c.rate)}${rate}${into}.`));
    }
    for (const u of unresolved) {
      findings.push(finding("pass", u.record, u.conversion.to, `${u.conversion.from.text} ≈ ${u.conversion.to.text} is not checked: ${u.why}.`));
    }
  }
  return findings;
}
