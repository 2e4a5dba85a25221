/**
 * bench/reutersToMarkdown.mjs writes each kept paragraph of a Reuters wire story as Markdown for the
 * --wire corpus: the text textlint's Markdown parser reads back out of it is the text measured.
 */
import { parse as parseMarkdown } from "@textlint/markdown-to-ast";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a bench script in plain JavaScript, with no type declarations
import { escapeMarkdown, reutersStoryToMarkdown } from "../bench/reutersToMarkdown.mjs";

type Node = { type: string; value?: string; children?: Node[] };

/** The text of a node as the parser gives it: its value, or its children's texts joined. */
const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join("");

/** The Markdown read back by textlint's parser: the type of each top-level block and its text. */
function readBack(markdown: string): { type: string; text: string }[] {
  const root = parseMarkdown(markdown) as unknown as Node;
  return (root.children ?? []).map((block) => ({ type: block.type, text: textOf(block) }));
}

const BLOCK_STARTS: [string, string][] = [
  ["1. The ministers agreed that the accord would hold until the end of the year.", "1\\. The ministers agreed"],
  ["12) Exporters said that shipments through the port rose in the week to March 4.", "12\\) Exporters said"],
  ["# of contracts traded on the exchange fell to 1,200 from 1,450 a day earlier.", "\\# of contracts"],
  ["- Delivery next week at the Gulf was quoted at 135 pct of tariff, up five points.", "\\- Delivery next week"],
  ["+ Freight rates for barges on the river rose for the third week in a row.", "\\+ Freight rates"],
  ["> The dealers said that trading in the futures was thin before the holiday.", "\\> The dealers said"],
  ["~~~ The wire marked the end of the table with a line of tildes in the story.", "\\~~~ The wire marked"],
];

describe("escapeMarkdown", () => {
  it.each(BLOCK_STARTS)("keeps a paragraph that opens like a Markdown block a paragraph: %s", (paragraph, start) => {
    const markdown = escapeMarkdown(paragraph);
    expect(markdown.startsWith(start)).toBe(true);
    expect(markdown.slice(start.length)).toBe(paragraph.slice(start.length - 1));
  });

  it.each(BLOCK_STARTS)("writes a paragraph that textlint's parser reads back as the same text, with no backslash: %s", (paragraph) => {
    expect(readBack(escapeMarkdown(paragraph))).toEqual([{ type: "Paragraph", text: paragraph }]);
  });

  it("puts the backslash of a numbered-list start after the digits, never before a digit", () => {
    expect(escapeMarkdown("3. The central banks said that they would cooperate closely.")).toBe("3\\. The central banks said that they would cooperate closely.");
    expect(escapeMarkdown("3. The central banks said they would cooperate.")).not.toMatch(/\\\d/);
  });

  it("leaves alone a start that opens no block: a figure, a sign, a number too long for a list, an equals sign", () => {
    for (const paragraph of [
      "1.5 mln dlrs was paid for the stake, the company said.",
      "1987 output was put at 12 mln tonnes, the ministry said.",
      "-5 pct was the forecast for the quarter, dealers said.",
      "#2 heating oil fell two cents a gallon on the day.",
      "1234567890. The figure was given in the filing, he said.",
      "= The sign stands for parity in the table, he said.",
    ]) {
      expect(escapeMarkdown(paragraph)).toBe(paragraph);
      expect(readBack(paragraph)).toEqual([{ type: "Paragraph", text: paragraph }]);
    }
  });

  it("escapes a heading mark of up to six signs once, and keeps a run of seven as it is", () => {
    expect(escapeMarkdown("### The wheat harvest was put at 60 mln tonnes.")).toBe("\\### The wheat harvest was put at 60 mln tonnes.");
    expect(escapeMarkdown("####### The wheat harvest was put at 60 mln tonnes.")).toBe("####### The wheat harvest was put at 60 mln tonnes.");
  });

  it("escapes inline syntax as well as the start, and the parser reads back the text", () => {
    const paragraph = "1. The bid for <CHEM> shares was *firm* at 12_1/2 dlrs, [dealers] said \\ `quoted`.";
    const markdown = escapeMarkdown(paragraph);
    expect(markdown).toBe("1\\. The bid for \\<CHEM> shares was \\*firm\\* at 12\\_1/2 dlrs, \\[dealers\\] said \\\\ \\`quoted\\`.");
    expect(readBack(markdown)).toEqual([{ type: "Paragraph", text: paragraph }]);
  });
});

describe("reutersStoryToMarkdown", () => {
  it("writes a numbered paragraph of a story with its number escaped after the digits", () => {
    const body = [
      "    Following is the text of a statement issued by the ministers after their meeting here.",
      "    1. The ministers said that the accord of last month would hold for the rest of the year.",
      "    2) They agreed that further steps would be needed to cut the trade imbalances.",
    ].join("\n");
    const markdown = reutersStoryToMarkdown({ body, dateline: "PARIS, April 9 -" });
    expect(markdown).toBe(
      [
        "PARIS, April 9 - Following is the text of a statement issued by the ministers after their meeting here.",
        "1\\. The ministers said that the accord of last month would hold for the rest of the year.",
        "2\\) They agreed that further steps would be needed to cut the trade imbalances.",
      ].join("\n\n") + "\n",
    );
    expect(readBack(markdown)).toEqual([
      { type: "Paragraph", text: "PARIS, April 9 - Following is the text of a statement issued by the ministers after their meeting here." },
      { type: "Paragraph", text: "1. The ministers said that the accord of last month would hold for the rest of the year." },
      { type: "Paragraph", text: "2) They agreed that further steps would be needed to cut the trade imbalances." },
    ]);
  });

  it("keeps a paragraph that opens with a dash as text, not a list item", () => {
    const body = "    - Delivery this week on the river was bid at 135 pct of tariff, up five points.";
    const markdown = reutersStoryToMarkdown({ body });
    expect(markdown).toBe("\\- Delivery this week on the river was bid at 135 pct of tariff, up five points.\n");
    expect(readBack(markdown)).toEqual([{ type: "Paragraph", text: "- Delivery this week on the river was bid at 135 pct of tariff, up five points." }]);
  });
});
