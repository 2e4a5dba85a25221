import type { TextlintRuleModule } from "@textlint/types";
import currencyConversion from "@copydesk/textlint-rule-currency-conversion";
import punctuationSpacing from "@copydesk/textlint-rule-punctuation-spacing";

/** Every copydesk rule, by the name it reports under inside the preset. */
export const rules: Record<string, TextlintRuleModule<never>> = {
  "punctuation-spacing": punctuationSpacing as TextlintRuleModule<never>,
  "currency-conversion": currencyConversion as TextlintRuleModule<never>,
};

/** Each rule's settings in the preset: every rule on, with its own defaults. */
export const rulesConfig: Record<string, boolean | Record<string, unknown>> = {
  "punctuation-spacing": true,
  "currency-conversion": true,
};

export default { rules, rulesConfig };
