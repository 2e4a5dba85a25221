import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import { PROSE_NODE_TYPES, proseOf, readOptions, reportFindings } from "@copydesk/prose";
import { articleMistakes, DEFAULT_OPTIONS, OPTION_SPECS, type Options } from "./articleMistakes";

const reporter: TextlintRuleReporter<Partial<Options>> = (context, rawOptions) => {
  const options = readOptions("@copydesk/indefinite-article", rawOptions, DEFAULT_OPTIONS, OPTION_SPECS);
  const check = (node: Parameters<typeof proseOf>[0]): void => {
    const prose = proseOf(node);
    reportFindings(context, prose, articleMistakes(prose, options));
  };
  return Object.fromEntries(PROSE_NODE_TYPES.map((type) => [type, check]));
};

const rule: TextlintRuleModule<Partial<Options>> = { linter: reporter, fixer: reporter };
export default rule;
export { articleMistakes, DEFAULT_OPTIONS, type Options };
export { articleFor, readingOf, type Article, type Reading } from "./articleFor";
