import * as iso4217 from "currency-codes";

// Data files stay beside lib/ and src/ alike, so both load them from ../data.
const names = require("../data/currency-names.json") as {
  prefixes: Record<string, string>;
  suffixSigns: Record<string, string>;
  names: Record<string, string>;
  weakNames: { names: string[] };
  scales: Record<string, number | string>;
  attachedOnlyScales: string[];
  notMoneyCodes: { codes: string[] };
  hedges: { words: string[] };
  connectors: { words: string[] };
};

const entries = <T>(map: Record<string, T>): [string, T][] => Object.entries(map).filter(([key]) => key !== "$comment");

const NOT_MONEY = new Set(names.notMoneyCodes.codes);

/** ISO 4217 codes that stand for money in prose (USD, EUR, CNY ...), from the currency-codes package. */
export const MONEY_CODES: ReadonlySet<string> = new Set(iso4217.codes().filter((code) => !NOT_MONEY.has(code)));

/** Whether `code` is an ISO 4217 code at all (for option checking). */
export function isIsoCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && iso4217.code(code) !== undefined;
}

/** The ISO 4217 name of a code ("Yen", "Yuan Renminbi"), for messages. */
export function isoName(code: string): string {
  return iso4217.code(code)?.currency ?? code;
}

const PREFIXES = new Map(entries(names.prefixes));
const SUFFIX_SIGNS = new Map(entries(names.suffixSigns));

// Qualified names from ISO 4217 ("Canadian Dollar", "Swiss Franc") with a plural, then the
// everyday names of the data file, which win where both exist ("Hong Kong dollars").
const NAMES = new Map<string, string>();
for (const record of iso4217.data) {
  const name = record.currency.trim();
  if (NOT_MONEY.has(record.code) || name.includes("(") || !/\s/.test(name)) continue;
  const lower = name.toLowerCase();
  NAMES.set(lower, record.code);
  if (!/[sy]$/.test(lower)) NAMES.set(`${lower}s`, record.code);
}
for (const [name, code] of entries(names.names)) NAMES.set(name.toLowerCase(), code);

const WEAK_NAMES = new Set(names.weakNames.names);
const SCALES = new Map(entries(names.scales).map(([word, value]) => [word, Number(value)]));
const ATTACHED_ONLY = new Set(names.attachedOnlyScales);

/** The code a sign or abbreviation written before a number stands for (exact case), or an ISO code. */
export function prefixCurrency(surface: string): string | undefined {
  const direct = PREFIXES.get(surface);
  if (direct !== undefined) return direct;
  return MONEY_CODES.has(surface) ? surface : undefined;
}

/** The code a sign written after a number stands for (5 €). */
export function suffixSignCurrency(surface: string): string | undefined {
  return SUFFIX_SIGNS.get(surface);
}

/** The code a currency name stands for ("yuan", "Canadian dollars"), matching case-insensitively. */
export function nameCurrency(surface: string): string | undefined {
  return NAMES.get(surface.toLowerCase().replace(/\s+/g, " "));
}

/** Whether a name is also an ordinary word after a number ("150 pounds", "the 12 won"). */
export function isWeakName(surface: string): boolean {
  return WEAK_NAMES.has(surface.toLowerCase());
}

/** The multiplier of a scale word ("billion", "bn", "crore"), matching case-insensitively. */
export function scaleValue(surface: string): number | undefined {
  return SCALES.get(surface.toLowerCase());
}

/** Whether a scale abbreviation counts only when written against the number ($5m, not "5 m"). */
export function isAttachedOnlyScale(surface: string): boolean {
  return ATTACHED_ONLY.has(surface.toLowerCase());
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: Iterable<string>): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => escape(word).replace(/ /g, String.raw`[\s\u00A0]+`))
    .join("|");

/** Regular-expression sources built once from the data, for parseAmounts and findConversions. */
export const PATTERN_SOURCES = {
  prefixes: alternation([...PREFIXES.keys(), ...MONEY_CODES]),
  suffixSigns: alternation(SUFFIX_SIGNS.keys()),
  names: alternation(NAMES.keys()),
  codes: alternation(MONEY_CODES),
  scales: alternation(SCALES.keys()),
  hedges: alternation(names.hedges.words),
  connectors: alternation(names.connectors.words),
};

const lastWords = new Set([...NAMES.keys()].map((name) => name.split(" ").pop()!));
const NAME_HINT = new RegExp(String.raw`\b(?:${alternation(lastWords)})\b`, "i");
const SIGN_OR_CODE_HINT = new RegExp(
  String.raw`[$€£¥₹₩₽₺₪₱฿₦₫]|\b(?:${alternation([...PREFIXES.keys(), ...MONEY_CODES].filter((p) => /^[A-Za-z.]+$/.test(p)))})`,
);

/**
 * A cheap first test on raw text: whether it could hold a money amount or name a currency at
 * all. Text that fails it is skipped before any parsing.
 */
export function mayMentionMoney(text: string): boolean {
  return SIGN_OR_CODE_HINT.test(text) || NAME_HINT.test(text);
}
