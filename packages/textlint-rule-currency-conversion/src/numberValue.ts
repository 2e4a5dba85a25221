/** A stated number: its value and half the step of its last written digit (53 → 0.5, 11.94 → 0.005). */
export interface StatedNumber {
  readonly value: number;
  readonly halfStep: number;
}

/** The value of digits as news copy writes them: "1,234.5", "53", "11.94". */
export function digitsValue(digits: string): StatedNumber {
  const plain = digits.replace(/,/g, "");
  const point = plain.indexOf(".");
  const decimals = point < 0 ? 0 : plain.length - point - 1;
  return { value: Number(plain), halfStep: 0.5 * 10 ** -decimals };
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** The number words parseAmounts accepts (one to ninety-nine, with "hundred"). */
export const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS)];

/** One to ninety-nine from words[at...]: "fifty three", "twelve", "seven". */
function belowHundred(words: readonly string[], at: number): { value: number; next: number } | undefined {
  const word = words[at];
  if (word === undefined) return undefined;
  const small = UNITS[word] ?? TEENS[word];
  if (small !== undefined) return { value: small, next: at + 1 };
  const tens = TENS[word];
  if (tens === undefined) return undefined;
  const unit = words[at + 1] === undefined ? undefined : UNITS[words[at + 1]!];
  return unit === undefined ? { value: tens, next: at + 1 } : { value: tens + unit, next: at + 2 };
}

/**
 * The value of a number in words: "fifty-three", "two hundred and ten". Returns undefined
 * for anything else ("one two", "hundred"), so that ordinary words never become a number.
 */
export function wordsValue(text: string): StatedNumber | undefined {
  const words = text.toLowerCase().split(/[\s\u00A0-]+/).filter((w) => w !== "");
  const head = belowHundred(words, 0);
  if (head === undefined) return undefined;
  let value = head.value;
  let at = head.next;
  if (words[at] === "hundred") {
    value *= 100;
    at++;
    if (words[at] === "and") at++;
    const tail = belowHundred(words, at);
    if (tail !== undefined) {
      value += tail.value;
      at = tail.next;
    }
  }
  return at === words.length ? { value, halfStep: 0.5 } : undefined;
}
