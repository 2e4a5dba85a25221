/**
 * bench/corpus.mjs turns each block of the ABC's Rural and Science News (NLTK's abc corpus) into
 * one Markdown file: these are the readings the measured figures on `--abc` depend on.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: a bench script in plain JavaScript, with no type declarations
import { abcBlockToMarkdown } from "../bench/corpus.mjs";

describe("abcBlockToMarkdown", () => {
  it("makes the first line a heading and the sentences one paragraph, a line each", () => {
    expect(abcBlockToMarkdown("Grain growers count the cost\nGrowers lost $12 million to the frost.\nMr Lane says prices will recover.")).toBe(
      "# Grain growers count the cost\n\nGrowers lost $12 million to the frost.\nMr Lane says prices will recover.\n",
    );
  });

  it("reads a short line with no closing mark before a sentence as a section heading", () => {
    expect(abcBlockToMarkdown("Dairy farmers vote\nThe vote closes on Friday.\nA long wait\nFarmers say the count is slow.")).toBe(
      "# Dairy farmers vote\n\nThe vote closes on Friday.\n\n## A long wait\n\nFarmers say the count is slow.\n",
    );
  });

  it("keeps in the paragraph a line that goes on, ends the block or is a sentence missing its stop", () => {
    const block = [
      "Rain at last",
      "Mr Hale from the shire council says the rain came,",
      "but not enough to fill the dams.",
      "The bureau says the falls were the heaviest in the district since records began in 1910",
      "More rain is due next week.",
      "Short line here",
    ].join("\n");
    expect(abcBlockToMarkdown(block)).toBe(`# ${block.split("\n").slice(0, 1)}\n\n${block.split("\n").slice(1).join("\n")}\n`);
  });

  it("writes out HTML character references and keeps a list as a list", () => {
    expect(abcBlockToMarkdown("Awards\nThe winners include:\n*&#9;Dr Ann Lee, for work on El Ni&ntilde;o\n* Prof Ray Moss, for 40&deg; heat")).toBe(
      "# Awards\n\nThe winners include:\n\n* Dr Ann Lee, for work on El Niño\n* Prof Ray Moss, for 40° heat\n",
    );
  });

  it("mends the export's broken non-breaking space before a closing quotation mark", () => {
    expect(abcBlockToMarkdown('Quotes\n"We will get there\u00c2".\n"It is slow\u00c2\u0085 but sure," he said.')).toBe(
      '# Quotes\n\n"We will get there".\n"It is slow… but sure," he said.\n',
    );
  });

  it("escapes what Markdown would read as syntax, inline and at a line's start", () => {
    expect(abcBlockToMarkdown("Trial [update]\nThe trial used *two* doses.\n1. The first dose was small.\n# of sites rose.")).toBe(
      "# Trial \\[update\\]\n\nThe trial used \\*two\\* doses.\n1\\. The first dose was small.\n\\# of sites rose.\n",
    );
  });
});
