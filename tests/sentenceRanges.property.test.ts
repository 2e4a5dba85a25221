// The prose layer's sentence split (packages/prose/src/sentenceRanges.ts) against the
// library it stands in for: sentence-splitter 5 with empty abbreviation lists must give the
// same sentence ranges on any text.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceRanges } from "../packages/prose/src/sentenceRanges";

const requireFromProse = createRequire(resolve(__dirname, "../packages/prose/package.json"));
const { split } = requireFromProse("sentence-splitter") as typeof import("sentence-splitter");
const { English } = requireFromProse("sentence-splitter/lang") as typeof import("sentence-splitter/lang");
const options = { AbbrMarker: { language: { ...English, ABBREVIATIONS: [], PREPOSITIVE_ABBREVIATIONS: [] } } };

function splitterRanges(text: string): Array<[number, number]> {
  return split(text, options)
    .filter((node) => node.type === "Sentence")
    .map((node) => [node.range[0], node.range[1]] as [number, number]);
}

// Pieces that exercise every part of the splitter: separators, spaces of every kind, line breaks,
// quotes and brackets, list numbers, dotted letters, "Albert I. Jones", an exclamation word, CJK.
const PIECES = [
  "a", "word", "The", "Albert", "I.", "J.", "Jones", "U.S.A.", "U.S.", "e.g.", "12.", "3.5", "2015.", "Yahoo!", "!Kung",
  ".", "..", "...", "?", "!", "?!", "。", "．", "？", "！", "…",
  " ", " ", "  ", "\t", "\u00a0", "\u2028", "\n", "\r\n", "\n\n",
  '"', "“", "”", "(", ")", "[", "]", "{", "}", "「", "」", "（", "）",
  "漢字", "かな", "한", ",", ";", ":", "-", "'", "\uFFFC",
];

describe("sentence ranges", () => {
  it("match sentence-splitter's on texts built from the pieces that steer it", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(sentenceRanges(text)).toEqual(splitterRanges(text));
      }),
      { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 2000) },
    );
  });

  it("match sentence-splitter's on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        expect(sentenceRanges(text)).toEqual(splitterRanges(text));
      }),
      { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 1000) },
    );
  });

  it("split plain sentences, and keep a quotation, a list number and dotted initials inside theirs", () => {
    expect(sentenceRanges("It rose. It fell! Did it? Yes")).toEqual([[0, 8], [9, 17], [18, 25], [26, 29]]);
    expect(sentenceRanges('He said "Stop. Now." Then left.')).toEqual([[0, 31]]);
    expect(sentenceRanges("Step 12. Then go. Albert I. Jones came.")).toEqual([[0, 17], [18, 39]]);
    expect(sentenceRanges("Made in the U.S.A. and sold.")).toEqual([[0, 28]]);
  });
});
