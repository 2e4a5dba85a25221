import { MASK, type Finding } from "@copydesk/prose";
import type { FirstWord } from "./firstWord";
import type { Options } from "./options";
import type { BlockReading } from "./readBlock";
import type { ParagraphPlace } from "./paragraphPlaces";
import { codeSpanTextAt, isMarkedTerm } from "./markup";
import { isEnglishWord } from "./englishWords";

const functionWords = new Set((require("../data/function-words.json") as { words: string[] }).words);

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

function wordCount(block: Block): number {
  let n = 0;
  for (const token of block.reading.prose.tokens) if (token.kind === "word") n++;
  return n;
}

/**
 * Decides, for a whole document, which lowercase starts to report: sentence starts
 * always; paragraph starts when what came before ended a sentence; list items and
 * headings when their siblings capitalize; the word after a label when a sentence
 * follows a speaker label, a title-case label whose siblings do not write lowercase
 * after theirs, or a label that its run of siblings capitalizes after. Names the
 * document styles lowercase (documentNames) are left alone.
 */
export function decideStarts(blocks: readonly Block[], options: Options): Map<Block, Finding[]> {
  const siblings = new Map<unknown, Tally>();
  const sameLabels = new LabelTallies();
  const runLabels = new Map<unknown, Tally>();
  const hasLabel = (block: Block) => block.reading.label !== undefined && (block.role === "paragraph" || block.role === "listItem");

  for (const block of blocks) {
    const { first, label } = block.reading;
    if (block.role === "listItem") count(siblings, block.group, first);
    if (block.role === "heading" && wordCount(block) >= 2) count(siblings, block.group, first);
    if (label !== undefined && hasLabel(block)) {
      sameLabels.count(block.labelRun, label.label.key, label.word);
      count(runLabels, block.labelRun, label.word);
    }
  }

  const candidates: Candidate[] = [];
  for (const block of blocks) {
    const { first, label, sentenceStarts, colonStarts } = block.reading;
    if (first.case === "lower") {
      if (block.role === "paragraph" && block.opensSentence && !block.reading.fragment) {
        candidates.push({ block, word: first, reason: "paragraph" });
      } else if (block.role === "listItem" && siblingsCapitalize(siblings.get(block.group))) {
        candidates.push({ block, word: first, reason: "listItem" });
      } else if (block.role === "heading" && wordCount(block) >= 2 && !CALL.test(block.reading.prose.text) && siblingsCapitalize(siblings.get(block.group))) {
        candidates.push({ block, word: first, reason: "heading" });
      }
    }
    if (label !== undefined && label.word.case === "lower" && hasLabel(block)) {
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
    for (const word of sentenceStarts) if (word.case === "lower") candidates.push({ block, word, reason: "sentence" });
    if (options.afterColon === "always") {
      for (const word of colonStarts) if (word.case === "lower") candidates.push({ block, word, reason: "colon" });
    }
  }
  if (candidates.length === 0) return new Map();

  const names = documentNames(blocks, candidates);
  const findings = new Map<Block, Finding[]>();
  for (const candidate of candidates) {
    const token = candidate.word.token!;
    if (names.has(stem(token.text))) continue;
    const capitalized = capitalizeFirst(token.text);
    let list = findings.get(candidate.block);
    if (list === undefined) {
      list = [];
      findings.set(candidate.block, list);
    }
    list.push({ range: [token.start, token.end], message: messageFor(candidate, capitalized), replacement: capitalized });
  }
  return findings;
}

/** The word with its first letter capitalized and the rest untouched. */
export function capitalizeFirst(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toUpperCase() + word.slice(first.length);
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

/** A word without a possessive ending: npm's -> npm. */
function stem(word: string): string {
  return word.replace(/['’]s$/u, "");
}

// A heading that shows a call signature is code: new AxiosHeaders(headers?).
const CALL = /[\p{L}\p{N}_$]\(/u;
// Three lowercase starts of one word make a style; two may be two slips.
const MIN_LOWERCASE_STARTS = 3;
const QUOTES = new Set(["“", "”", "‘", "’", '"', "'"]);

interface NameTally {
  /** Lowercase where a sentence, block or label starts (the candidate itself included). */
  lowerStarts: number;
  upperStarts: number;
  /** Lowercase elsewhere. */
  lowerMid: number;
  /** Quoted or emphasized on its own elsewhere: "shallow", *async-await* (a linked word is no citation). */
  cited: number;
  /** Written elsewhere as inline code on its own: `roff`. */
  asCode: number;
  upperAny: boolean;
}

/**
 * Of the candidates' words, the names and terms the document styles lowercase, which
 * keep their case at a sentence start: a word the document writes lowercase at three
 * or more starts, more often than capitalized there (axios depends on …); a word it cites
 * on its own in quotes or markup ("shallow"); a word it writes lowercase at least twice
 * elsewhere and never capitalizes, when it is no English word (pyright, for-in) or opens
 * a heading or list item, which often names what it describes (#### prefix).
 */
function documentNames(blocks: readonly Block[], candidates: readonly Candidate[]): Set<string> {
  const tallies = new Map<string, NameTally>();
  // Headings and list items often open with the name of what they describe.
  const labelLike = new Set<string>();
  const headingStarts = new Set<string>();
  for (const { word, reason } of candidates) {
    if (reason === "heading" || reason === "listItem") labelLike.add(stem(word.token!.text));
    if (reason === "heading") headingStarts.add(stem(word.token!.text));
  }
  for (const { word } of candidates) {
    const key = stem(word.token!.text);
    if (!functionWords.has(key)) tallies.set(key, { lowerStarts: 0, upperStarts: 0, lowerMid: 0, cited: 0, asCode: 0, upperAny: false });
  }
  if (tallies.size === 0) return new Set();
  for (const block of blocks) {
    const { reading } = block;
    const starts = new Set<number>();
    for (const word of [reading.first, reading.label?.word, ...reading.sentenceStarts]) {
      if (word?.token !== undefined) starts.add(word.token.start);
    }
    const { text, tokens } = reading.prose;
    for (const token of tokens) {
      // A word also written as code on its own (`roff`) is a command or identifier.
      if (token.kind === "masked") {
        const code = codeSpanTextAt(reading.prose.node.raw, reading.prose.nodeRange(token.start, token.end)[0]);
        const tally = code === undefined ? undefined : tallies.get(code);
        if (tally !== undefined) tally.asCode++;
        continue;
      }
      if (token.kind !== "word") continue;
      const key = stem(token.text);
      const lowered = key[0]!.toLowerCase() + key.slice(1);
      const tally = tallies.get(lowered);
      if (tally === undefined) continue;
      const atStart = starts.has(token.start);
      if (key !== lowered) {
        tally.upperAny = true;
        if (atStart) tally.upperStarts++;
      } else if (atStart) {
        tally.lowerStarts++;
      } else {
        tally.lowerMid++;
        const quoted = QUOTES.has(text[token.start - 1] ?? "") && QUOTES.has(text[token.end] ?? "");
        if (quoted || isMarkedTerm(reading.prose, token.start, token.end, false)) tally.cited++;
      }
    }
  }
  const names = new Set<string>();
  for (const [key, t] of tallies) {
    const stylesAtStarts = t.lowerStarts >= MIN_LOWERCASE_STARTS && t.lowerStarts > t.upperStarts;
    const coined = !isEnglishWord(key);
    // Written lowercase mid-sentence and never capitalized: twice for a coined word or one that opens
    // headings or list items; once for a coined word that opens them (procfs).
    const lowercaseUses = labelLike.has(key) && coined ? 1 : 2;
    const neverCapitalized = !t.upperAny && (labelLike.has(key) || coined) && t.lowerMid >= lowercaseUses;
    // A word also written as code (`roff`) is a command's name, when it is coined or opens a heading.
    const command = t.asCode >= 1 && !t.upperAny && (headingStarts.has(key) || coined);
    if (stylesAtStarts || t.cited >= 1 || neverCapitalized || command) names.add(key);
  }
  return names;
}
