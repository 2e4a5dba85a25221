// The prose layer maps prose indices back to the file with a binary search over
// textlint-util-to-string's pieces (packages/prose/src/originalIndex.ts); it must answer as the
// library's own originalIndexFromIndex does, for every index of any paragraph.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import fc from "fast-check";
import { parse } from "@textlint/markdown-to-ast";
import type { TxtNode } from "@textlint/ast-node-types";
import { describe, expect, it } from "vitest";
import { originalIndexLookup } from "../packages/prose/src/originalIndex";
import { maskNonProse } from "../packages/prose/src/nonProse";
import { proseOf, readableTree, readWithLibrary } from "../packages/prose/src/prose";

const requireFromProse = createRequire(resolve(__dirname, "../packages/prose/package.json"));
const { StringSource } = requireFromProse("textlint-util-to-string") as typeof import("textlint-util-to-string");

function blocks(markdown: string): TxtNode[] {
  const found: TxtNode[] = [];
  const walk = (node: TxtNode): void => {
    if (node.type === "Paragraph" || node.type === "Header" || node.type === "TableCell") found.push(node);
    else for (const child of (node as { children?: TxtNode[] }).children ?? []) walk(child);
  };
  walk(parse(markdown) as unknown as TxtNode);
  return found;
}

function expectSameAnswers(markdown: string): void {
  for (const node of blocks(markdown)) {
    const source = new StringSource(node as never);
    const lookup = originalIndexLookup(source);
    const length = source.toString().length;
    for (let i = -1; i <= length + 1; i++) {
      expect([i, lookup(i, false)]).toEqual([i, source.originalIndexFromIndex(i, false)]);
      expect([i, lookup(i, true)]).toEqual([i, source.originalIndexFromIndex(i, true)]);
    }
  }
}

/** The prose layer reads a paragraph of plain text without the library: it must give the library's text and places. */
function expectSameAsLibrary(markdown: string): void {
  for (const node of blocks(markdown)) {
    const source = new StringSource(node as never);
    const prose = proseOf(node);
    expect(prose.text).toBe(maskNonProse(source.toString()));
    const length = node.range[1] - node.range[0];
    const clamp = (x: number): number => Math.max(0, Math.min(length, x));
    // And as the library reads the tree the prose layer gives it (a heading's text in a paragraph of its own).
    const [text, lookup] = readWithLibrary(readableTree(node));
    expect(prose.text).toBe(text);
    for (let i = -1; i <= prose.text.length + 1; i++) {
      expect([i, prose.nodeRange(i, i)[0]]).toEqual([i, clamp(source.originalIndexFromIndex(i, false) ?? 0)]);
      expect([i, prose.nodeRange(i, i)[0]]).toEqual([i, clamp(lookup(i, false) ?? 0)]);
    }
  }
}

const PLAIN_PIECES = ["word", " ", "It rose.", "U.S.", "e.g.", "example.com", "3.5", "it’s", "—", "(", ")"];
const PREFIXES = ["", "> ", "- ", "1. ", "  ", "# ", "## "];

const PIECES = ["word", " ", "It rose.", "*em*", "**strong**", "`code`", "[link](https://example.com)", "![alt](i.png)", "\\*", "&amp;", "&copy;", "<b>", "</b>", "<br>", "\n", "  \n", "_", "[ref][]", "~~del~~", "<https://x.org>"];

describe("original index lookup", () => {
  it("answers as textlint-util-to-string on paragraphs of links, emphasis, code, escapes and HTML", () => {
    expectSameAnswers("A [link](https://example.com) and *emphasis* with `code`, an ![image](a.png) and &copy; 2024.");
    expectSameAnswers("# A heading with `code` and a [link][]\n\n| a *b* | `c` d |\n| --- | --- |\n| e | [f](g) |\n");
    expectSameAnswers("Line one  \nline two\\\nline <b>three</b> and <br> four.");
  });

  it("answers as textlint-util-to-string on any paragraph built from Markdown's inline pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }), (pieces) => {
        expectSameAnswers(pieces.join(""));
      }),
      { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 300) },
    );
  });

  it("reads a paragraph of plain text, in a quote, a list item or a heading, as textlint-util-to-string does", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...PLAIN_PIECES), { minLength: 1, maxLength: 24 }), (prefix, pieces) => {
        expectSameAsLibrary(`${prefix}${pieces.join("")}\n\nBefore it.\n\n${prefix}${pieces.join("")}`);
      }),
      { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 300) },
    );
  });
});
