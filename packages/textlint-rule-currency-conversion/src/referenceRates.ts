import { isIsoCode } from "./currencyOf";

/** Annual average rates: year → ISO code → currency units per US dollar. */
export type RateTable = ReadonlyMap<number, ReadonlyMap<string, number>>;

/** Rates a user gives: per year, or under "any" for every year. */
export type RateOverlay = ReadonlyMap<number | "any", ReadonlyMap<string, number>>;

/** A reference rate found for a currency: the year it is from and its value per US dollar. */
export interface Reference {
  readonly year: number;
  readonly perUsd: number;
}

interface BundledTable {
  years: Record<string, { source: string; rates: Record<string, number> }>;
}

/** Thrown for a rate table that cannot be read; the rule turns it into an option error. */
export class RateTableError extends Error {}

const YEAR = /^\d{4}$/;

/** The bundled table (data/exchange-rates.json): Federal Reserve G.5A annual averages. */
export function bundledRates(): RateTable {
  const data = require("../data/exchange-rates.json") as BundledTable;
  return mergeRates(new Map(), parseRates(data, "data/exchange-rates.json"));
}

/**
 * Reads rates in any of the shapes a user may give: `{ "JPY": 150.2 }` (every year),
 * `{ "2025": { "JPY": 150.2 } }` (per year), or the bundled file's `{ "years": { "2025": { "rates": {...} } } }`.
 * Throws a RateTableError that names the bad entry.
 */
export function parseRates(given: unknown, where: string): RateOverlay {
  const table = new Map<number | "any", Map<string, number>>();
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    throw new RateTableError(`${where} must be an object of rates per US dollar, e.g. {"JPY": 151.5}`);
  }
  const root = (given as { years?: unknown }).years !== undefined ? (given as { years: unknown }).years : given;
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    throw new RateTableError(`${where}: "years" must be an object of years`);
  }
  for (const [key, value] of Object.entries(root as Record<string, unknown>)) {
    if (key.startsWith("$")) continue;
    if (YEAR.test(key)) {
      const inner = typeof value === "object" && value !== null && "rates" in value ? (value as { rates: unknown }).rates : value;
      table.set(Number(key), ratesOf(inner, `${where} ${key}`));
    } else {
      const flat = table.get("any") ?? new Map<string, number>();
      flat.set(...rateEntry(key, value, where));
      table.set("any", flat);
    }
  }
  return table;
}

function ratesOf(given: unknown, where: string): Map<string, number> {
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    throw new RateTableError(`${where} must be an object of rates per US dollar, e.g. {"JPY": 151.5}`);
  }
  const rates = new Map<string, number>();
  for (const [code, value] of Object.entries(given as Record<string, unknown>)) {
    if (code.startsWith("$")) continue;
    rates.set(...rateEntry(code, value, where));
  }
  return rates;
}

function rateEntry(code: string, value: unknown, where: string): [string, number] {
  if (!isIsoCode(code)) {
    throw new RateTableError(`${where}: "${code}" is not an ISO 4217 currency code (a year must have four digits)`);
  }
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RateTableError(`${where}: the rate for ${code} must be a positive number of ${code} per US dollar, got ${JSON.stringify(value)}`);
  }
  return [code, value];
}

/**
 * Lays user rates over the bundled ones: per-year rates replace or add that year's values;
 * rates given without a year replace a currency's value in every year (and stand alone if the table has none).
 */
export function mergeRates(base: RateTable, ...overlays: RateOverlay[]): RateTable {
  const merged = new Map<number, Map<string, number>>();
  for (const [year, rates] of base) merged.set(year, new Map(rates));
  for (const overlay of overlays) {
    for (const [year, rates] of overlay) {
      if (year === "any") continue;
      const target = merged.get(year) ?? new Map<string, number>();
      for (const [code, value] of rates) target.set(code, value);
      merged.set(year, target);
    }
    const everyYear = overlay.get("any");
    if (everyYear !== undefined) {
      for (const rates of merged.values()) for (const [code, value] of everyYear) rates.set(code, value);
    }
  }
  return new Map([...merged].sort((a, b) => a[0] - b[0]));
}

/** The newest year of a table. */
export function newestYear(table: RateTable): number | undefined {
  let newest: number | undefined;
  for (const year of table.keys()) if (newest === undefined || year > newest) newest = year;
  return newest;
}

/**
 * The reference for a currency in a year: that year's rate; for a year after the table, the newest;
 * for a year the table skips for this currency, the nearest (the later one on a tie). A year before
 * the currency's first entry has no reference: rates from before the table are unknown.
 */
export function referenceRate(table: RateTable, code: string, year: number): Reference | undefined {
  if (code === "USD") {
    return table.size === 0 ? undefined : { year: nearestYear(table, year) ?? year, perUsd: 1 };
  }
  let best: Reference | undefined;
  let first: number | undefined;
  for (const [y, rates] of table) {
    const perUsd = rates.get(code);
    if (perUsd === undefined) continue;
    if (first === undefined || y < first) first = y;
    if (best === undefined || Math.abs(y - year) < Math.abs(best.year - year) || (Math.abs(y - year) === Math.abs(best.year - year) && y > best.year)) {
      best = { year: y, perUsd };
    }
  }
  if (best === undefined || first === undefined || year < first) return undefined;
  return best;
}

function nearestYear(table: RateTable, year: number): number | undefined {
  let best: number | undefined;
  for (const y of table.keys()) {
    if (best === undefined || Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y > best)) best = y;
  }
  return best;
}
