// The prose layer's tokenizer (packages/prose/src/tokens.ts) reads its regular expression by
// hand; on any text it must give the tokens the expression gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MASK } from "../packages/prose/src/nonProse";
import { tokenize, type Token, type TokenKind } from "../packages/prose/src/tokens";

const DEFINITION = new RegExp(String.raw`(${MASK}+)|([\p{L}\p{M}\p{N}]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*)|([^\s${MASK}])`, "gu");

function tokensByDefinition(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const kind: TokenKind = m[1] !== undefined ? "masked" : m[2] !== undefined ? "word" : "punct";
    tokens.push({ kind, text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

// Letters, marks and digits of several scripts (ß, é as e and a combining accent, ²), astral
// letters and emoji, lone surrogates, every joiner, white space of every kind, masks.
const PIECES = [
  "a", "Word", "it", "s", "9", "²", "ß", "e\u0301", "漢", "𝐀", "😀", "\ud800", "\udc00",
  "'", "’", "-", "‑", "–", ".", ",", "“", "(", MASK, MASK + MASK,
  " ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "\ufeff",
];

describe("the tokenizer", () => {
  it("gives the expression's tokens on texts built from the pieces that steer it", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(50), (pieces, offset) => {
        const text = pieces.join("");
        expect(tokenize(text, offset)).toEqual(tokensByDefinition(text, offset));
      }),
      { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 2000) },
    );
  });

  it("gives the expression's tokens on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(tokensByDefinition(text));
      }),
      { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 1000) },
    );
  });

  it("joins a word's parts at apostrophes and hyphens, and keeps an emoji one mark", () => {
    expect(tokenize("it’s a one-time deal 😀.").map((t) => [t.kind, t.text])).toEqual([
      ["word", "it’s"], ["word", "a"], ["word", "one-time"], ["word", "deal"], ["punct", "😀"], ["punct", "."],
    ]);
    expect(tokenize("the boys’ toys -x").map((t) => t.text)).toEqual(["the", "boys", "’", "toys", "-", "x"]);
  });
});
