import { MASK } from "./nonProse";

export type TokenKind = "word" | "punct" | "masked";

/** A token of prose text; start and end are indices into the prose text. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// A word is letters, marks and digits, joined inside by apostrophes or hyphens
// (it's, one-time, 8-bit); a run of masked characters is one token; any other
// visible character is punctuation.
const TOKEN = new RegExp(
  String.raw`(${MASK}+)|([\p{L}\p{M}\p{N}]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*)|([^\s${MASK}])`,
  "gu",
);

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const kind: TokenKind = m[1] !== undefined ? "masked" : m[2] !== undefined ? "word" : "punct";
    tokens.push({ kind, text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}
