import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import { documentWordsOf, readOptions, reportFindings, type DocumentWords, type Finding, type Prose } from "@copydesk/prose";
import { acronymMismatches } from "./acronyms";
import { headingCaseBreaks } from "./headingCase";
import type { LocatedFinding } from "./located";
import { lowercaseDates } from "./lowercaseDates";
import { namesWrittenLowercase } from "./namesWrittenLowercase";
import { DEFAULT_OPTIONS, OPTION_SPECS, RULE_NAME, type Options } from "./options";
import { quoteMarks } from "./quoteMarks";
import { variantSpellings, variantTable } from "./variantSpellings";

/**
 * Every check over one document's word index, in order of precedence: where two checks report
 * overlapping text, the earlier one's report stands, so that one fix pass is final.
 */
export function consistencyFindings(words: DocumentWords, options: Options): LocatedFinding[] {
  const table = options.variant ? variantTable(options.variants, options.preferred) : undefined;
  const all = [
    ...(options.heading ? headingCaseBreaks(words) : []),
    ...(options.name ? namesWrittenLowercase(words, options.names) : []),
    ...(options.month ? lowercaseDates(words) : []),
    ...(options.acronym ? acronymMismatches(words) : []),
    ...(table !== undefined ? variantSpellings(words, table) : []),
    ...(options.quotes ? quoteMarks(words) : []),
  ];
  const kept: LocatedFinding[] = [];
  const taken = new Map<Prose, Array<readonly [number, number]>>();
  for (const located of all) {
    const [start, end] = located.finding.range;
    const ranges = taken.get(located.prose) ?? [];
    if (ranges.some(([a, b]) => start < b && a < end)) continue;
    ranges.push(located.finding.range);
    taken.set(located.prose, ranges);
    kept.push(located);
  }
  return kept;
}

// The word index holds the whole document, so the checks run, and report, when it is done.
const reporter: TextlintRuleReporter<Partial<Options>> = (context, rawOptions) => {
  const options = readOptions(RULE_NAME, rawOptions, DEFAULT_OPTIONS, OPTION_SPECS);
  // A wrong option (a preferred form in no pair) stops the lint before any text is read.
  if (options.variant) variantTable(options.variants, options.preferred);
  const { Syntax } = context;
  return {
    [Syntax.DocumentExit](node) {
      const byProse = new Map<Prose, Finding[]>();
      for (const { prose, finding } of consistencyFindings(documentWordsOf(node), options)) {
        const list = byProse.get(prose);
        if (list === undefined) byProse.set(prose, [finding]);
        else list.push(finding);
      }
      for (const [prose, findings] of byProse) reportFindings(context, prose, findings);
    },
  };
};

const rule: TextlintRuleModule<Partial<Options>> = { linter: reporter, fixer: reporter };
export default rule;
export { DEFAULT_OPTIONS, type Options, type LocatedFinding };
export { namesWrittenLowercase } from "./namesWrittenLowercase";
export { lowercaseDates } from "./lowercaseDates";
export { acronymFits, acronymMismatches } from "./acronyms";
export { variantSpellings, variantTable } from "./variantSpellings";
export { quoteMarks } from "./quoteMarks";
export { headingCaseBreaks } from "./headingCase";
export { isOrdinaryWord } from "./ordinaryWords";
