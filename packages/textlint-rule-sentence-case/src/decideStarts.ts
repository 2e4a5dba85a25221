import { MASK, withoutPossessive, type Finding } from "@copydesk/prose";
import type { FirstWord } from "./firstWord";
import type { Options } from "./options";
import type { BlockReading } from "./readBlock";
import type { ParagraphPlace } from "./paragraphPlaces";
import { documentNames, type StartCount } from "./documentNames";
import { MAX_FRAGMENT_WORDS } from "./readBlock";

/** A block as the decisions read it: its place among its siblings, and what it says. */
export interface Block extends ParagraphPlace {
  readonly reading: BlockReading;
}

type Reason = "sentence" | "paragraph" | "listItem" | "heading" | "label" | "colon";

interface Candidate {
  readonly block: Block;
  readonly word: FirstWord;
  readonly reason: Reason;
  readonly label?: string;
}

interface Tally {
  upper: number;
  lower: number;
}

/** Whether the capitalized starts among siblings outnumber the lowercase ones clearly enough to call the lowercase ones slips. */
function siblingsCapitalize(tally: Tally | undefined): boolean {
  return tally !== undefined && tally.upper >= 2 && tally.lower < tally.upper;
}

/** Whether a list item starts with a capital: as its siblings do, or as a whole sentence whose siblings are not lowercase. */
function listItemCapitalizes(block: Block, tally: Tally | undefined): boolean {
  return siblingsCapitalize(tally) || (block.opensSentence === true && !siblingsLowercase(tally));
}

/** Whether siblings mostly write the lowercase form: the document's own style. */
function siblingsLowercase(tally: Tally | undefined): boolean {
  return tally !== undefined && tally.lower > tally.upper && tally.lower >= 2;
}

function count(tallies: Map<unknown, Tally>, key: unknown, word: FirstWord): void {
  if (word.case === "neutral") return;
  let tally = tallies.get(key);
  if (tally === undefined) {
    tally = { upper: 0, lower: 0 };
    tallies.set(key, tally);
  }
  tally[word.case]++;
}

/** Tallies per run of label-led blocks and per label text in it ("interviewer", "dr. reed"). */
class LabelTallies {
  private readonly runs = new Map<object, Map<string, Tally>>();

  get(run: object, key: string): Tally | undefined {
    return this.runs.get(run)?.get(key);
  }

  count(run: object, key: string, word: FirstWord): void {
    let byKey = this.runs.get(run);
    if (byKey === undefined) {
      byKey = new Map();
      this.runs.set(run, byKey);
    }
    count(byKey, key, word);
  }
}

/**
 * Decides, for a whole document, which lowercase starts to report: sentence starts
 * always; paragraph starts when what came before ended a sentence; list items and
 * headings when their siblings capitalize; the word after a label when a sentence
 * follows a speaker label, a title-case label whose siblings do not write lowercase
 * after theirs, or a label that its run of siblings capitalizes after. Names the
 * document styles lowercase (documentNames) and names styled lowercase by design are
 * never capitalized: left alone, or with lowercaseNames: "reword" reported with no fix.
 */
export function decideStarts(blocks: readonly Block[], options: Options): Map<Block, Finding[]> {
  const siblings = new Map<unknown, Tally>();
  const sameLabels = new LabelTallies();
  const runLabels = new Map<unknown, Tally>();
  const hasLabel = (block: Block) => block.reading.label !== undefined && (block.role === "paragraph" || block.role === "listItem");

  for (const block of blocks) {
    const { first, label } = block.reading;
    if (block.role === "listItem") count(siblings, block.group, first);
    if (block.role === "heading" && block.reading.words >= 2) count(siblings, block.group, first);
    if (label !== undefined && hasLabel(block)) {
      sameLabels.count(block.labelRun, label.label.key, label.word);
      count(runLabels, block.labelRun, label.word);
    }
  }

  // With lowercaseNames: "reword", a name styled lowercase by design (npm, iPhone) where a
  // capital belongs is a candidate too, reported without a fix.
  const reword = options.lowercaseNames === "reword";
  const startsLower = (word: FirstWord): boolean => word.case === "lower" || (reword && word.lowercaseName === true);
  const candidates: Candidate[] = [];
  for (const block of blocks) {
    const { first, label, sentenceStarts, colonStarts } = block.reading;
    if (startsLower(first)) {
      if (block.role === "paragraph" && block.opensSentence === true && !isFragment(block)) {
        candidates.push({ block, word: first, reason: "paragraph" });
      } else if (block.role === "listItem" && listItemCapitalizes(block, siblings.get(block.group))) {
        candidates.push({ block, word: first, reason: "listItem" });
      } else if (block.role === "heading" && block.reading.words >= 2 && !CALL.test(block.reading.prose.text) && siblingsCapitalize(siblings.get(block.group))) {
        candidates.push({ block, word: first, reason: "heading" });
      }
    }
    if (label !== undefined && startsLower(label.word) && hasLabel(block)) {
      const { kind, key } = label.label;
      const flag =
        options.afterColon === "always" ||
        (options.afterColon === "labels" &&
          label.sentenceFollows &&
          (kind === "speaker" ||
            siblingsCapitalize(sameLabels.get(block.labelRun, key)) ||
            (kind === "item" && !siblingsLowercase(runLabels.get(block.labelRun)))));
      if (flag) {
        const text = block.reading.prose.text;
        const labelStart = block.reading.first.token?.start ?? 0;
        // Without the masked rest of a character reference: "Tom &amp; Jerry:" is quoted as "Tom & Jerry:".
        const labelText = text.slice(labelStart, label.word.token!.start).replaceAll(MASK, "").trim();
        candidates.push({ block, word: label.word, reason: "label", label: labelText });
      }
    }
    for (const word of sentenceStarts) if (startsLower(word)) candidates.push({ block, word, reason: "sentence" });
    if (options.afterColon === "always") {
      for (const word of colonStarts) if (startsLower(word)) candidates.push({ block, word, reason: "colon" });
    }
  }
  if (candidates.length === 0) return new Map();

  const words = candidates
    .filter(({ word }) => word.case === "lower")
    .map(({ word, reason }) => ({
      key: withoutPossessive(word.token!.text),
      opensHeadingOrItem: reason === "heading" || reason === "listItem",
      opensHeading: reason === "heading",
    }));
  const names = words.length === 0 ? new Set<string>() : documentNames(candidates[0]!.block.reading.prose.node, words, startCounts(blocks, words));
  const findings = new Map<Block, Finding[]>();
  for (const candidate of candidates) {
    const token = candidate.word.token!;
    // A fix never respells a name: it is left alone, or reported with no fix.
    const name = candidate.word.case !== "lower" || names.has(withoutPossessive(token.text));
    if (name && !reword) continue;
    let list = findings.get(candidate.block);
    if (list === undefined) {
      list = [];
      findings.set(candidate.block, list);
    }
    if (name) {
      list.push({ range: [token.start, token.end], message: rewordMessage(token.text) });
    } else {
      const capitalized = capitalizeFirst(token.text);
      list.push({ range: [token.start, token.end], message: messageFor(candidate, capitalized), replacement: capitalized });
    }
  }
  return findings;
}

/** Whether a paragraph is a fragment: a few words with no closing punctuation, on a plain-text line whose wrapped lines below hold no sentence end. */
function isFragment(block: Block): boolean {
  const run = block.lineRun;
  return block.reading.fragment && (run === undefined || run.words <= MAX_FRAGMENT_WORDS || !run.endsSentence);
}

/** How often each candidate word stands at a start as this rule reads starts (a block's first word, a label's, a sentence's), lowercase and capitalized. */
function startCounts(blocks: readonly Block[], words: ReadonlyArray<{ key: string }>): Map<string, StartCount> {
  const counts = new Map<string, StartCount>();
  for (const { key } of words) counts.set(key, { lower: 0, upper: 0 });
  const tally = (word: FirstWord | undefined): void => {
    if (word?.token === undefined) return;
    const form = withoutPossessive(word.token.text);
    const key = form.toLowerCase();
    const count = counts.get(key);
    if (count !== undefined) count[form === key ? "lower" : "upper"]++;
  };
  for (const { reading } of blocks) {
    tally(reading.first);
    tally(reading.label?.word);
    for (const word of reading.sentenceStarts) tally(word);
  }
  return counts;
}

/** The word with its first letter capitalized and the rest untouched. */
export function capitalizeFirst(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toUpperCase() + word.slice(first.length);
}

function rewordMessage(name: string): string {
  return `Reword so that the sentence does not open with the lowercase name "${name}" (a capital would respell it).`;
}

function messageFor(candidate: Candidate, capitalized: string): string {
  switch (candidate.reason) {
    case "sentence":
      return `Start the sentence with a capital: "${capitalized}".`;
    case "paragraph":
      return `Start the paragraph with a capital: "${capitalized}".`;
    case "listItem":
      return `Start the list item with a capital, as the other items do: "${capitalized}".`;
    case "heading":
      return `Start the heading with a capital, as the other headings do: "${capitalized}".`;
    case "label":
      return `Start the sentence after "${candidate.label}" with a capital: "${capitalized}".`;
    case "colon":
      return `Capitalize the first word after the colon: "${capitalized}".`;
  }
}

// A heading that shows a call signature is code: new AxiosHeaders(headers?).
const CALL = /[\p{L}\p{N}_$]\(/u;
