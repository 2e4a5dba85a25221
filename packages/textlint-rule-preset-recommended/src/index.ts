import type { TextlintRuleModule } from "@textlint/types";
import confusedWords from "@copydesk/textlint-rule-confused-words";
import currencyConversion from "@copydesk/textlint-rule-currency-conversion";
import indefiniteArticle from "@copydesk/textlint-rule-indefinite-article";
import punctuationSpacing from "@copydesk/textlint-rule-punctuation-spacing";

/** Every copydesk rule, by the name it reports under inside the preset. */
export const rules: Record<string, TextlintRuleModule<never>> = {
  "punctuation-spacing": punctuationSpacing as TextlintRuleModule<never>,
  "indefinite-article": indefiniteArticle as TextlintRuleModule<never>,
  "confused-words": confusedWords as TextlintRuleModule<never>,
  "currency-conversion": currencyConversion as TextlintRuleModule<never>,
};

/** Each rule's settings in the preset: every rule on, with its own defaults. */
export const rulesConfig: Record<string, boolean | Record<string, unknown>> = {
  "punctuation-spacing": true,
  "indefinite-article": true,
  "confused-words": true,
  "currency-conversion": true,
};

export default { rules, rulesConfig };
