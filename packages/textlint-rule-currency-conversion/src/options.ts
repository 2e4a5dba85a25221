import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { OptionError, readOptions, type OptionSpec } from "@copydesk/prose";
import { isIsoCode } from "./currencyOf";
import { bundledRates, mergeRates, newestYear, parseRates, RateTableError, type RateOverlay, type RateTable } from "./referenceRates";

export const RULE_NAME = "@copydesk/currency-conversion";

export interface Options {
  /** Check 1: the implied rate against the reference table. */
  rate: boolean;
  /** How far (in percent) an implied rate may be from the reference. */
  tolerance: number;
  /** The reference year for every conversion; by default the year the text names, else the table's newest. */
  year: number | null;
  /** Your own rates per US dollar: {"JPY": 151.5} for every year, or {"2025": {"JPY": 151.5}}. */
  rates: Record<string, unknown>;
  /** A JSON file of rates in the same shapes, relative to the textlint configuration. */
  ratesFile: string;
  /** Check 2: conversions of one pair at different rates. */
  consistency: boolean;
  /** How far apart (in percent) two rates of one pair may be. */
  consistencyTolerance: number;
  /** Check 3: a conversion into another currency than the document's target. */
  target: boolean;
  /** The document's target currency (ISO code); by default the one most conversions go into. */
  targetCurrency: string;
  /** The currency a bare "$" stands for (ISO code): "AUD" for Australian copy, "CAD" for Canadian. */
  dollarSign: string;
  /** Check 4: a bare ¥ in a document that names both yen and yuan. */
  ambiguousYen: boolean;
  /** Also report conversions that pass, with their arithmetic. */
  debug: boolean;
}

export const DEFAULT_OPTIONS: Options = {
  rate: true,
  tolerance: 10,
  year: null,
  rates: {},
  ratesFile: "",
  consistency: true,
  consistencyTolerance: 3,
  target: true,
  targetCurrency: "",
  dollarSign: "USD",
  ambiguousYen: true,
  debug: false,
};

export const OPTION_SPECS: { readonly [K in keyof Options]: OptionSpec } = {
  rate: { type: "boolean" },
  tolerance: { type: "number", min: 0, max: 100 },
  year: { type: "number", min: 1900, max: 2100 },
  rates: { type: "object" },
  ratesFile: { type: "string" },
  consistency: { type: "boolean" },
  consistencyTolerance: { type: "number", min: 0, max: 100 },
  target: { type: "boolean" },
  targetCurrency: { type: "string" },
  dollarSign: { type: "string" },
  ambiguousYen: { type: "boolean" },
  debug: { type: "boolean" },
};

/** Options checked and turned into what the checks use. */
export interface Settings {
  readonly options: Options;
  readonly table: RateTable;
  /** The year for conversions whose text names none (or for all, when the year option is set). */
  readonly defaultYear: number;
  readonly yearFixed: boolean;
}

let bundled: RateTable | undefined;
const files = new Map<string, RateOverlay>();

function readRatesFile(path: string, baseDir: string): RateOverlay {
  const full = isAbsolute(path) ? path : resolve(baseDir, path);
  const cached = files.get(full);
  if (cached !== undefined) return cached;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(full, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OptionError(`${RULE_NAME}: option "ratesFile": cannot read ${JSON.stringify(full)} as JSON (${reason}).`);
  }
  const overlay = tableOrError(parsed, `option "ratesFile" (${full})`);
  files.set(full, overlay);
  return overlay;
}

function tableOrError(given: unknown, where: string): RateOverlay {
  try {
    return parseRates(given, where);
  } catch (error) {
    if (error instanceof RateTableError) throw new OptionError(`${RULE_NAME}: ${error.message}.`);
    throw error;
  }
}

/**
 * Reads the rule's options: types and ranges through readOptions, then what it cannot check
 * (currency codes, the rate table, the rates file, the year). Throws a one-line OptionError.
 */
export function readSettings(raw: unknown, baseDir: string): Settings {
  const options = readOptions(RULE_NAME, raw, DEFAULT_OPTIONS, OPTION_SPECS);
  if (options.targetCurrency !== "" && !isIsoCode(options.targetCurrency)) {
    throw new OptionError(
      `${RULE_NAME}: option "targetCurrency" must be an ISO 4217 code such as "USD", got ${JSON.stringify(options.targetCurrency)}.`,
    );
  }
  if (!isIsoCode(options.dollarSign)) {
    throw new OptionError(
      `${RULE_NAME}: option "dollarSign" must be an ISO 4217 code such as "USD" or "AUD", got ${JSON.stringify(options.dollarSign)}.`,
    );
  }
  if (options.year !== null && !Number.isInteger(options.year)) {
    throw new OptionError(`${RULE_NAME}: option "year" must be a whole year such as 2023, got ${options.year}.`);
  }
  bundled ??= bundledRates();
  const overlays: RateOverlay[] = [];
  if (options.ratesFile !== "") overlays.push(readRatesFile(options.ratesFile, baseDir));
  if (Object.keys(options.rates).length > 0) overlays.push(tableOrError(options.rates, 'option "rates"'));
  const table = overlays.length === 0 ? bundled : mergeRates(bundled, ...overlays);
  const newest = newestYear(table)!;
  if (options.year !== null && !table.has(options.year)) {
    const years = [...table.keys()];
    throw new OptionError(
      `${RULE_NAME}: option "year" is ${options.year}, but the rate table has ${years[0]} to ${years[years.length - 1]}; add that year's rates with "rates" or "ratesFile".`,
    );
  }
  return { options, table, defaultYear: options.year ?? newest, yearFixed: options.year !== null };
}
