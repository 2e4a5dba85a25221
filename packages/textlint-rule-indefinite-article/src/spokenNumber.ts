import type { Article } from "./firstSounds";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["", " thousand", " million", " billion", " trillion", " quadrillion"];

/** How a group of one to three digits is said: "8" eight, "85" eighty-five, "800" eight hundred, "815" eight hundred…. */
function saidGroup(group: string): string {
  const n = Number(group);
  if (group.length === 3) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 === 0 ? "" : "…"}`;
  if (n < 10) return ONES[n]!;
  if (n < 20) return TEENS[n - 10]!;
  return TENS[Math.floor(n / 10)]! + (n % 10 === 0 ? "" : `-${ONES[n % 10]}`);
}

export interface SpokenNumber {
  readonly article: Article;
  /** How the number starts when said, for the message ("eight hundred", "eleven thousand…"). */
  readonly said?: string;
}

// Of the number words only eight (eighteen, eighty) and eleven start with a vowel sound; "one" starts with w.
const articleOfSaid = (said: string): Article => (said.startsWith("eight") || said.startsWith("eleven") ? "an" : "a");

/**
 * The article before a number written in digits, from the first word said:
 * 8, 80, 800, 8,000, 8.5, 8th -> "eight..." (an); 11 and 18 -> "eleven", "eighteen" (an);
 * 100 -> "one hundred" (a). `digits` is the run of digits at the start of the token
 * (the tokenizer stops at a thousands comma, so "8,000" arrives as "8");
 * `after` is what follows the digits in the token ("s" of "1800s", "th", "-bit").
 * A four-digit 11xx or 18xx is a year ("eighteen sixty") or a count ("one thousand
 * eight hundred"): either, except as a decade ("1800s").
 */
export function spokenNumber(digits: string, after: string): SpokenNumber | undefined {
  // 007, 0800: said digit by digit or as "oh", which style does not settle.
  if (digits.length > 1 && digits[0] === "0") return undefined;
  if (digits.length === 4 && (digits.startsWith("11") || digits.startsWith("18"))) {
    if (!/^'?s\b/.test(after)) return { article: "either" };
    const said = `${TEENS[Number(digits[1])]}…`;
    return { article: articleOfSaid(said), said };
  }
  const groups = Math.ceil(digits.length / 3);
  if (groups > SCALES.length) return undefined;
  const lead = digits.slice(0, digits.length - (groups - 1) * 3);
  const rest = digits.slice(lead.length);
  const said = saidGroup(lead) + SCALES[groups - 1] + (/[1-9]/.test(rest) ? "…" : "");
  return { article: articleOfSaid(said), said };
}
