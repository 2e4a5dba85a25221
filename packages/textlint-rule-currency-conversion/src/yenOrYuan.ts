/** Which of the two currencies written "¥" a document names in words or codes. */
export type YenUse = "yen" | "yuan" | "both" | "neither";

// Names and codes that say which "¥" is meant. Case-insensitive: headlines write YEN and Yuan.
const YEN = /\b(?:yen|JPY)\b|JP¥/i;
const YUAN = /\b(?:yuan|renminbi|RMB|CNY)\b|CN¥/i;

/** What a stretch of text names: yen, yuan, both or neither. */
export function namesOfYen(text: string): { yen: boolean; yuan: boolean } {
  return { yen: YEN.test(text), yuan: YUAN.test(text) };
}

export function yenUse(yen: boolean, yuan: boolean): YenUse {
  return yen && yuan ? "both" : yen ? "yen" : yuan ? "yuan" : "neither";
}

/**
 * The currency a bare "¥" stands for. A document that names only one of yen and yuan means that
 * one. Otherwise a conversion decides when its rate fits one and not the other (¥500 billion ≈
 * $3.3 billion is yen; ≈ $70 billion is yuan); with neither named, "¥" is the yen (its ISO 4217
 * sign; the yuan's is CN¥). A document naming both leaves an undecided "¥" undecided.
 */
export function bareYenCurrency(use: YenUse, fitsYen?: boolean, fitsYuan?: boolean): "JPY" | "CNY" | undefined {
  if (use === "yen") return "JPY";
  if (use === "yuan") return "CNY";
  if (fitsYen !== undefined && fitsYuan !== undefined && fitsYen !== fitsYuan) return fitsYen ? "JPY" : "CNY";
  return use === "neither" ? "JPY" : undefined;
}
