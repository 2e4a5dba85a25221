import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import { documentWordsFor, readOptions, reportFindings, withoutPossessive, WordKeySet, type DocumentWords, type Finding, type Prose } from "@copydesk/prose";
import type { TxtNode } from "@textlint/ast-node-types";
import { acronymMismatches } from "./acronyms";
import { headingCaseBreaks, headingKeys } from "./headingCase";
import type { LocatedFinding } from "./located";
import { DATE_WORDS, lowercaseDates } from "./lowercaseDates";
import { namesWrittenLowercase } from "./namesWrittenLowercase";
import { DEFAULT_OPTIONS, OPTION_SPECS, RULE_NAME, type Options } from "./options";
import { quoteMarks } from "./quoteMarks";
import { variantKeys, variantSpellings, variantTable } from "./variantSpellings";

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

/**
 * The word index the checks read, of the words they ask about alone: the words written with a
 * capital mid-sentence (a name written lowercase elsewhere) and the given names, the months and
 * days, the variant table's words and the headings' words. Every other word of the document is
 * asked about by no check.
 */
export function consistencyWords(node: TxtNode, options: Options): DocumentWords {
  return documentWordsFor(node, {
    always: tableWords(options),
    fromBlocks: options.heading ? headingKeys : undefined,
    capitalizedMidSentence: options.name,
  });
}

// The words of the tables and options, by the options they come from: made once for each set of options.
const tableWordSets = new Map<string, WordKeySet>();

function tableWords(options: Options): WordKeySet {
  const key = JSON.stringify([options.name && options.names, options.month, options.variant && [options.variants, options.preferred]]);
  let set = tableWordSets.get(key);
  if (set === undefined) {
    set = new WordKeySet([
      ...(options.name ? options.names.map((name) => withoutPossessive(name).toLowerCase()) : []),
      ...(options.month ? DATE_WORDS : []),
      ...(options.variant ? variantKeys(variantTable(options.variants, options.preferred)) : []),
    ]);
    tableWordSets.set(key, set);
  }
  return set;
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
      for (const { prose, finding } of consistencyFindings(consistencyWords(node, options), options)) {
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
export { isOrdinaryWord, joinsOrdinaryWords } from "./ordinaryWords";
