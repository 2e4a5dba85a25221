import {
  isAttachedOnlyScale,
  isWeakName,
  nameCurrency,
  PATTERN_SOURCES,
  prefixCurrency,
  scaleValue,
  suffixSignCurrency,
} from "./currencyOf";
import { digitsValue, NUMBER_WORDS, wordsValue, type StatedNumber } from "./numberValue";

/** A money amount in prose text. */
export interface Amount {
  /** [start, end) in the prose text: the amount itself, without a hedge such as "more than". */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO 4217 code. A bare ¥ reads as JPY here; the document decides (see yenOrYuan). */
  readonly currency: string;
  /** "¥" or "$" when the amount is written with that sign alone, which more than one currency uses. */
  readonly bareSign?: "¥" | "$";
  /** Where the bare sign is, for a suggestion that replaces it. */
  readonly signRange?: readonly [number, number];
  /** The value in currency units, and the range the written digits allow (53 billion: 52.5 to 53.5 billion). */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** "more than", "about" ...: kept with the amount, for messages. */
  readonly hedge?: string;
}

const S = String.raw`[\s\u00A0]`;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,]\d)`;
const WORD = [...NUMBER_WORDS].sort((a, b) => b.length - a.length).join("|");
const WORD_NUM = String.raw`(?:${WORD})(?:[-\s](?:${WORD}))?(?:${S}+hundred(?:${S}+(?:and${S}+)?(?:${WORD})(?:[-\s](?:${WORD}))?)?)?`;
const { prefixes, suffixSigns, names, codes, scales } = PATTERN_SOURCES;
const END = String.raw`(?![\p{L}\p{N}])`;
// A scale after the number: a word or abbreviation after a space or hyphen (5 billion, $1.2-billion,
// 5 bn), or one letter against the number ($5m, $50k).
const SCALE = String.raw`(?:(?:${S}|-)?(?<scale>${scales})${END})?`;

// Two shapes, tried in turn at each position:
//   sign or code first:  $53 billion, US$53bn, RMB 380 billion, EUR 5m, $5-6 billion, $5 AUD
//   number first:        380 billion yuan, 11.94 trillion yen, 5 €, 2.5 million Canadian dollars, 5m USD,
//                        and in words: Fifty-three billion dollars
const AMOUNT = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}$/])(?<pre>${prefixes})${S}?(?<n1>${NUM})(?:${S}?[-–]${S}?(?<n2>${NUM}))?${SCALE.replace("scale", "scale1")}(?:${S}(?<code1>${codes})${END})?`,
    String.raw`(?<![\p{L}\p{N}.,$€£¥₹₩\-])(?:(?<n3>${NUM})(?:${S}?[-–]${S}?(?<n4>${NUM}))?|(?<words>${WORD_NUM}))${SCALE.replace("scale", "scale2")}(?:${S}?(?<sign>${suffixSigns})|(?:${S}+|-)(?:(?<name>${names})|(?<code2>${codes}))${END})`,
  ].join("|"),
  "giud",
);

const HEDGE = new RegExp(String.raw`(?:^|[^\p{L}])(?<hedge>${PATTERN_SOURCES.hedges})${S}+$`, "iu");
// "in 2020 dollars" is a price level, not an amount.
const PRICE_LEVEL = /\b(?:in|constant|real|nominal|current|inflation-adjusted)\s+$/i;
const OF_AFTER = /^\s+of\b/i;
// Cheap test before the regular expression: no digit and no number word means no amount.
const MAY_HOLD_AMOUNT = new RegExp(String.raw`\d|\b(?:${WORD})\b`, "i");

type Groups = Record<string, string | undefined>;
type GroupIndices = Record<string, [number, number] | undefined>;

/** Every money amount in a prose text, in order. */
export function parseAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  if (!MAY_HOLD_AMOUNT.test(text)) return amounts;
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const amount = toAmount(text, m);
    if (amount !== undefined) amounts.push(amount);
  }
  return amounts;
}

function toAmount(text: string, m: RegExpExecArray): Amount | undefined {
  const g = m.groups as Groups;
  const at = (m.indices!.groups ?? {}) as GroupIndices;
  const start = m.index;
  let end = start + m[0].length;
  let currency: string | undefined;
  let bareSign: "¥" | "$" | undefined;
  let signRange: [number, number] | undefined;
  let first: StatedNumber | undefined;
  let second: StatedNumber | undefined;
  let scaleWord: string | undefined;
  let scaleAt: [number, number] | undefined;

  if (g.pre !== undefined) {
    currency = prefixCurrency(g.pre);
    if (currency === undefined) return undefined;
    if (g.pre === "$" || g.pre === "¥") {
      bareSign = g.pre;
      signRange = [start, start + 1];
    }
    if (g.code1 !== undefined) {
      // "$5 AUD" names the dollar; after any other sign a code is not part of the amount.
      if (g.pre === "$" && prefixCurrency(g.code1) !== undefined && g.code1 === g.code1.toUpperCase()) {
        currency = g.code1;
        bareSign = undefined;
        signRange = undefined;
      } else {
        end = Math.max(at.n1![1], at.n2?.[1] ?? 0, at.scale1?.[1] ?? 0);
      }
    }
    first = digitsValue(g.n1!);
    if (g.n2 !== undefined) second = digitsValue(g.n2);
    scaleWord = g.scale1;
    scaleAt = at.scale1;
  } else {
    if (g.sign !== undefined) {
      currency = suffixSignCurrency(g.sign);
      if (g.sign === "¥") {
        bareSign = "¥";
        signRange = at.sign;
      }
    } else if (g.name !== undefined) {
      currency = nameCurrency(g.name);
      if (isWeakName(g.name) && (g.scale2 === undefined || OF_AFTER.test(text.slice(end)))) return undefined;
    } else if (g.code2 !== undefined) {
      currency = g.code2 === g.code2.toUpperCase() ? prefixCurrency(g.code2) : undefined;
    }
    if (currency === undefined) return undefined;
    if (g.words !== undefined) {
      first = wordsValue(g.words);
      if (first === undefined) return undefined;
    } else {
      first = digitsValue(g.n3!);
      if (g.n4 !== undefined) second = digitsValue(g.n4);
      if (
        g.scale2 === undefined &&
        g.n4 === undefined &&
        /^(?:18|19|20)\d\d$/.test(g.n3!) &&
        g.name !== undefined &&
        PRICE_LEVEL.test(text.slice(Math.max(0, start - 25), start))
      ) {
        return undefined;
      }
    }
    scaleWord = g.scale2;
    scaleAt = at.scale2;
  }

  let scale = 1;
  if (scaleWord !== undefined) {
    // "m", "b" and "k" count only against the number: "$5m", not "5 m".
    if (isAttachedOnlyScale(scaleWord) && scaleAt !== undefined && /[\s\u00A0-]/.test(text[scaleAt[0] - 1]!)) return undefined;
    scale = scaleValue(scaleWord) ?? 1;
  }

  const low = (first.value - first.halfStep) * scale;
  const high = ((second ?? first).value + (second ?? first).halfStep) * scale;
  const value = second === undefined ? first.value * scale : ((first.value + second.value) / 2) * scale;
  const hedge = HEDGE.exec(text.slice(Math.max(0, start - 30), start))?.groups?.hedge;
  return {
    start,
    end,
    text: text.slice(start, end),
    currency,
    ...(bareSign !== undefined ? { bareSign, signRange: signRange! } : {}),
    value,
    low: Math.max(0, low),
    high,
    ...(hedge !== undefined ? { hedge: hedge.replace(/\s+/g, " ") } : {}),
  };
}
