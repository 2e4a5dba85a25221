import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtNode } from "@textlint/ast-node-types";
import { proseOf, readOptions, reportFindings } from "@copydesk/prose";
import { ParagraphPlaces } from "./paragraphPlaces";
import { decideStarts, capitalizeFirst, type Block } from "./decideStarts";
import { LowercaseNames, isLowercaseByDesign } from "./lowercaseByDesign";
import { DEFAULT_OPTIONS, OPTION_SPECS, RULE_NAME, type Options } from "./options";
import { readBlock } from "./readBlock";

// Headings are siblings when they are of the same level.
const HEADING_LEVELS = new Map<number, object>();
const headingLevel = (depth: number): object => {
  let level = HEADING_LEVELS.get(depth);
  if (level === undefined) {
    level = { depth };
    HEADING_LEVELS.set(depth, level);
  }
  return level;
};
const CELLS = {};

// Every block is read as it is visited; the decisions need the whole document
// (siblings, labels, names), so they are made and reported when it is done.
const reporter: TextlintRuleReporter<Partial<Options>> = (context, rawOptions) => {
  const options = readOptions(RULE_NAME, rawOptions, DEFAULT_OPTIONS, OPTION_SPECS);
  const names = new LowercaseNames(options.allowWords);
  const withColonStarts = options.afterColon === "always";
  const places = new ParagraphPlaces();
  const blocks: Block[] = [];
  const read = (node: TxtNode) => readBlock(proseOf(node), names, withColonStarts);
  const { Syntax } = context;

  return {
    [Syntax.Paragraph](node) {
      const reading = read(node);
      blocks.push({ reading, ...places.place(node, reading) });
    },
    [Syntax.Header](node) {
      const level = headingLevel((node as { depth?: number }).depth ?? 0);
      blocks.push({ reading: read(node), role: "heading", group: level, labelRun: level, opensSentence: false });
    },
    [Syntax.TableCell](node) {
      blocks.push({ reading: read(node), role: "cell", group: CELLS, labelRun: CELLS, opensSentence: false });
    },
    [Syntax.DocumentExit]() {
      for (const [block, findings] of decideStarts(blocks, options)) {
        reportFindings(context, block.reading.prose, findings);
      }
    },
  };
};

const rule: TextlintRuleModule<Partial<Options>> = { linter: reporter, fixer: reporter };
export default rule;
export { decideStarts, capitalizeFirst, readBlock, LowercaseNames, isLowercaseByDesign, DEFAULT_OPTIONS, type Options };
export { endingOf } from "./endings";
export { labelAt } from "./labels";
export { isEnglishWord } from "./englishWords";
