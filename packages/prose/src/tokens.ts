import { MASK } from "./nonProse";
import { isWhiteSpace } from "./whiteSpace";

export type TokenKind = "word" | "punct" | "masked";

/** A token of prose text; start and end are indices into the prose text. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The tokens of a text: words (letters, marks and digits, joined inside by apostrophes or
 * hyphens: it's, one-time, 8-bit), runs of masked characters (one token each), and every other
 * visible character as punctuation of its own. This is the regular expression
 * `(MASK+)|([\p{L}\p{M}\p{N}]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*)|([^\s MASK])` read by hand, one code
 * point at a time: the expression's match objects cost more than the tokens themselves, and the
 * tokens of every block are read by every rule. tests/tokens.property.test.ts holds the two to the
 * same tokens on any text.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end: number;
    let kind: TokenKind;
    // Most characters of prose are ASCII: one table look-up says what each is.
    const ascii = c < 0x80 ? ASCII_CLASS[c]! : OTHER;
    if (ascii === SPACE_CLASS || (ascii === OTHER && isWhiteSpace(c))) {
      i++;
      continue;
    }
    if (c === MASK_CODE) {
      end = i + 1;
      while (end < n && text.charCodeAt(end) === MASK_CODE) end++;
      kind = "masked";
    } else if (ascii === WORD_CLASS || (ascii === OTHER && isWordChar(text, i))) {
      end = wordRunEnd(text, i);
      // A joiner counts only with a word character after it: "it’s", but not "its’ ".
      while (end + 1 < n && isJoiner(text.charCodeAt(end)) && isWordChar(text, end + 1)) end = wordRunEnd(text, end + 1);
      kind = "word";
    } else {
      end = i + (isPairStart(text, i) ? 2 : 1);
      kind = "punct";
    }
    tokens.push({ kind, text: text.slice(i, end), start: offset + i, end: offset + end });
    i = end;
  }
  return tokens;
}

// What each ASCII character is to the tokenizer: white space, a word character (letter or digit), or a mark.
const PUNCT_CLASS = 0;
const WORD_CLASS = 1;
const SPACE_CLASS = 2;
// Any character outside ASCII: read by isWhiteSpace and isWordChar.
const OTHER = 3;
const ASCII_CLASS = new Uint8Array(0x80).map((_, c) =>
  isWhiteSpace(c) ? SPACE_CLASS : (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? WORD_CLASS : PUNCT_CLASS,
);

const MASK_CODE = MASK.charCodeAt(0);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Whether each character of the Basic Multilingual Plane is a word character: 0 not yet asked, 1 yes, 2 no.
const BMP_WORD_CHAR = new Uint8Array(0x10000);

/** Whether a high surrogate and a low one stand at i: one code point of two units. */
function isPairStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Whether the code point at i is a letter, a mark or a digit (\p{L}, \p{M}, \p{N}). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (isPairStart(text, i)) return WORD_CHAR.test(text.slice(i, i + 2));
  let known = BMP_WORD_CHAR[c]!;
  if (known === 0) {
    // A lone surrogate is no letter, as the expression reads it.
    known = c < 0xd800 || c > 0xdfff ? (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2) : 2;
    BMP_WORD_CHAR[c] = known;
  }
  return known === 1;
}

/** The end of the run of word characters that starts at i. */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if (ASCII_CLASS[c] !== WORD_CLASS) break;
      j++;
    } else if (isWordChar(text, j)) j += isPairStart(text, j) ? 2 : 1;
    else break;
  }
  return j;
}

/** ' ’ - ‑: the marks that join the parts of one word. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2011;
}
