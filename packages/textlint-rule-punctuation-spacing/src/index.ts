import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtNode } from "@textlint/ast-node-types";
import { PROSE_NODE_TYPES, proseOf, readOptions, reportFindings } from "@copydesk/prose";
import { DEFAULT_OPTIONS, missingSpaces, OPTION_SPECS, type Options } from "./missingSpaces";

const reporter: TextlintRuleReporter<Partial<Options>> = (context, rawOptions) => {
  const options = readOptions("@copydesk/punctuation-spacing", rawOptions, DEFAULT_OPTIONS, OPTION_SPECS);
  const check = (node: TxtNode): void => {
    const prose = proseOf(node);
    // A table cell that is one run of text without spaces holds data (yarn,pnpm; 14,16), not a sentence.
    if (node.type === "TableCell" && !/\S\s+\S/u.test(prose.text)) return;
    reportFindings(context, prose, missingSpaces(prose, options));
  };
  return Object.fromEntries(PROSE_NODE_TYPES.map((type) => [type, check]));
};

const rule: TextlintRuleModule<Partial<Options>> = { linter: reporter, fixer: reporter };
export default rule;
export { missingSpaces, DEFAULT_OPTIONS, type Options };
