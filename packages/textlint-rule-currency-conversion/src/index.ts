import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtNode } from "@textlint/ast-node-types";
import { PROSE_NODE_TYPES, proseOf, reportFindings } from "@copydesk/prose";
import { mayMentionMoney } from "./currencyOf";
import { documentFindings, type ProseRecord } from "./documentFindings";
import { findConversions } from "./findConversions";
import { DEFAULT_OPTIONS, readSettings, type Options } from "./options";
import { parseAmounts } from "./parseAmounts";
import { namedYears, referenceYear } from "./referenceYear";

/** The amounts and conversions of one prose node. */
function collect(node: TxtNode): ProseRecord {
  const prose = proseOf(node);
  const amounts = parseAmounts(prose.text);
  const found = amounts.length < 2 ? [] : findConversions(prose.text, amounts, prose.sentences);
  const years = found.length === 0 ? [] : namedYears(prose.text, amounts);
  let s = 0; // conversions come in text order, and so do sentences
  const conversions = found.map((conversion) => {
    while (s < prose.sentences.length && prose.sentences[s]!.end <= conversion.from.start) s++;
    const sentence = prose.sentences[s];
    const namedYear = sentence === undefined ? undefined : referenceYear(years, sentence, conversion.from.start);
    return namedYear === undefined ? conversion : { ...conversion, namedYear };
  });
  return { prose, amounts, conversions };
}

const reporter: TextlintRuleReporter<Partial<Options>> = (context, rawOptions) => {
  const baseDir = context.getConfigBaseDir?.() ?? process.cwd();
  const settings = readSettings(rawOptions, baseDir);
  const { getSource } = context;
  const records: ProseRecord[] = [];

  const onProse = (node: TxtNode): void => {
    if (!mayMentionMoney(getSource(node))) return;
    records.push(collect(node));
  };
  return {
    ...Object.fromEntries(PROSE_NODE_TYPES.map((type) => [type, onProse])),
    "Document:exit"() {
      // Conversions are judged against each other, so the checks wait for the end of the document.
      for (const f of documentFindings(records, settings)) {
        reportFindings(context, f.prose, [
          { range: f.range, message: f.message, ...(f.suggestion ? { suggestion: { id: "write-sign", ...f.suggestion } } : {}) },
        ]);
      }
    },
  };
};

const rule: TextlintRuleModule<Partial<Options>> = reporter;
export default rule;
export { DEFAULT_OPTIONS, type Options };
export { parseAmounts, type Amount } from "./parseAmounts";
export { findConversions, type Conversion } from "./findConversions";
export { documentFindings } from "./documentFindings";
export { readSettings } from "./options";
export { wordsValue, digitsValue } from "./numberValue";
export { conversionTarget, type Target } from "./conversionTarget";
export { bareYenCurrency, yenUse } from "./yenOrYuan";
export { namedYears, referenceYear } from "./referenceYear";
export { bundledRates, referenceRate, mergeRates, parseRates, type RateTable } from "./referenceRates";
export { impliedRate, withinTolerance, rateGap } from "./impliedRate";
export { describeDeviation, formatRate } from "./describeConversion";
