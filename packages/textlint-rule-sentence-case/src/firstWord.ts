import type { Token } from "@copydesk/prose";
import { isLowercaseByDesign, isNameByDesign, type LowercaseNames } from "./lowercaseByDesign";

/**
 * The case of a word where a sentence starts:
 * "upper": capitalized; "lower": lowercase where a capital belongs;
 * "neutral": nothing to capitalize (a digit, a symbol, code, a bracket, a name styled lowercase).
 */
export type StartCase = "upper" | "lower" | "neutral";

/** The first word of a stretch of prose, and whether it needs a capital. */
export interface FirstWord {
  readonly case: StartCase;
  /** The word token (absent when the stretch starts with no word). */
  readonly token?: Token;
  /** Index of the token in the prose tokens. */
  readonly index: number;
  /** For a neutral word: whether it is a name styled lowercase by design (npm, iPhone), not code or a word the user allows. */
  readonly lowercaseName?: boolean;
}

// Opening quotation marks: the sentence starts at the word inside them.
const OPENING_QUOTES = new Set(["“", "‘", '"', "'", "«", "„"]);
// Bullets that start a list line in plain text.
const BULLETS = new Set(["-", "*", "+", "•", "‣", "◦", "–", "·"]);
const LATIN_LOWER = /^(?=\p{Script=Latin})\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;
const SPACE = /\s/u;
const ROMAN_OR_LETTER = /^(?:[a-z]|[ivx]+)$/iu;

/** A list marker at the start of a plain-text line: "- ", "• ", "1. ", "2) ". Returns the index after it, or -1. */
export function listMarkerEnd(text: string, tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (first === undefined) return -1;
  const spaced = (token: Token): boolean => SPACE.test(text[token.end] ?? "");
  if (first.kind === "punct" && BULLETS.has(first.text) && spaced(first)) return from + 1;
  const mark = tokens[from + 1];
  if (first.kind === "word" && /^\p{N}{1,3}$/u.test(first.text) && mark !== undefined && mark.start === first.end &&
      (mark.text === "." || mark.text === ")") && spaced(mark)) {
    return from + 2;
  }
  return -1;
}

/** Whether the tokens at `from` are a letter or roman enumerator: "a)", "(b)", "iv.". What follows may stay lowercase. */
function isEnumerator(text: string, tokens: readonly Token[], from: number): boolean {
  let i = from;
  if (tokens[i]?.text === "(") i++;
  const label = tokens[i];
  const mark = tokens[i + 1];
  return (
    label !== undefined && label.kind === "word" && ROMAN_OR_LETTER.test(label.text) &&
    mark !== undefined && mark.start === label.end && (mark.text === ")" || (mark.text === "." && i === from && label.text.length > 1)) &&
    SPACE.test(text[mark.end] ?? "")
  );
}

/**
 * The first word at or after token `from` (and before `limit`), past opening quotation
 * marks; a stretch that starts with anything else (a digit, a symbol, a bracket, code,
 * an enumerator such as "a)") has no word to capitalize.
 */
export function firstWordAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  limit: number,
  names: LowercaseNames,
): FirstWord {
  if (isEnumerator(text, tokens, from)) return { case: "neutral", index: from };
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start >= limit) break;
    if (token.kind === "punct" && OPENING_QUOTES.has(token.text)) continue;
    if (token.kind !== "word" || DIGIT.test(token.text)) return { case: "neutral", index: i };
    if (UPPER.test(token.text)) return { case: "upper", token, index: i };
    if (!LATIN_LOWER.test(token.text)) return { case: "neutral", token, index: i };
    if (isLowercaseByDesign(text, token.start, token.end, names)) {
      return { case: "neutral", token, index: i, lowercaseName: isNameByDesign(text, token.start, token.end, names) };
    }
    return { case: "lower", token, index: i };
  }
  return { case: "neutral", index: from };
}
