import type { TextlintRuleModule } from "@textlint/types";
import confusedWords from "@copydesk/textlint-rule-confused-words";
import consistency from "@copydesk/textlint-rule-consistency";
import currencyConversion from "@copydesk/textlint-rule-currency-conversion";
import indefiniteArticle from "@copydesk/textlint-rule-indefinite-article";
import punctuationSpacing from "@copydesk/textlint-rule-punctuation-spacing";
import sentenceCase from "@copydesk/textlint-rule-sentence-case";

/**
 * Every copydesk rule, by the name it reports under inside the preset. `textlint --fix`
 * applies the rules' fixes in this order, each on the text the ones before it left, so a
 * fix comes before the rules it informs: a space after a period makes a new sentence, and
 * "a" becomes "an" before sentence-case decides on its capital. consistency comes after the
 * rules that write words and apostrophes ("it’s" for "its") and before the rules that read the
 * quotation marks and abbreviations it settles ("U.S." or "US"; “ or "): indefinite-article and
 * sentence-case. Its own fixes touch words mid-sentence and in headings, whose case sentence-case
 * does not decide, and keep a word's sound. One pass is then final.
 */
export const rules: Record<string, TextlintRuleModule<never>> = {
  "punctuation-spacing": punctuationSpacing as TextlintRuleModule<never>,
  "confused-words": confusedWords as TextlintRuleModule<never>,
  consistency: consistency as TextlintRuleModule<never>,
  "indefinite-article": indefiniteArticle as TextlintRuleModule<never>,
  "sentence-case": sentenceCase as TextlintRuleModule<never>,
  "currency-conversion": currencyConversion as TextlintRuleModule<never>,
};

/** Each rule's settings in the preset: every rule on, with its own defaults. */
export const rulesConfig: Record<string, boolean | Record<string, unknown>> = {
  "punctuation-spacing": true,
  "confused-words": true,
  consistency: true,
  "indefinite-article": true,
  "sentence-case": true,
  "currency-conversion": true,
};

export default { rules, rulesConfig };
