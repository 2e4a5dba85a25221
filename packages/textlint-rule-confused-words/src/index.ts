import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtNode } from "@textlint/ast-node-types";
import { PROSE_NODE_TYPES, proseOf, reportFindings } from "@copydesk/prose";
import { confusionsIn } from "./confusions";
import { DEFAULT_OPTIONS, settingsFrom, type Options } from "./options";

const reporter: TextlintRuleReporter<Partial<Options>> = (context, rawOptions) => {
  const { checks, apostrophe } = settingsFrom(rawOptions);
  const check = (node: TxtNode): void => {
    // The prose text, not the file's, is read: markup inside or around a word (wea<em>ther</em>) is gone there.
    const prose = proseOf(node);
    reportFindings(context, prose, confusionsIn(prose, checks, apostrophe));
  };
  return Object.fromEntries(PROSE_NODE_TYPES.map((type) => [type, check]));
};

const rule: TextlintRuleModule<Partial<Options>> = { linter: reporter, fixer: reporter };
export default rule;
export { confusionsIn, settingsFrom, DEFAULT_OPTIONS, type Options };
export type { PairSpec, ContextSpec, ConditionSpec } from "./pairTable";
