import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";
import { proseOf, type Prose } from "./prose";
import type { Token } from "./tokens";

/**
 * Where a word stands, as far as its case tells anything about it:
 * - "mid": inside running prose, after a word, a comma or code, where only a name is capitalized;
 * - "start": at the start of a block or after a mark that may end a sentence (. ! ? … :), where
 *   any word may be capitalized;
 * - "title": in a heading, a title line, a title-case label ("Strategic Shift in Focus:") or a
 *   short table cell, where title case may capitalize any word.
 */
export type WordPlaceKind = "mid" | "start" | "title";

/** One occurrence of a word in the document. */
export interface WordPlace {
  readonly block: DocumentBlock;
  /** Index of the word's token in `block.prose.tokens`. */
  readonly index: number;
  readonly kind: WordPlaceKind;
  /** The word as written, without a possessive ending ("Alibaba" for "Alibaba’s"). */
  readonly form: string;
  /** Where the place stands in the document: places sort in document order by it. */
  readonly order: number;
}

/** How the document writes one word (the key: lowercase, no possessive ending). */
export interface WordForms {
  readonly key: string;
  /**
   * Each written form in running prose mid-sentence, with its places in document order: "Meta" →
   * 3 places, "meta" → 1. The places are made when first asked for; `midForms` and `midCountOf`
   * answer without making them.
   */
  readonly mid: ReadonlyMap<string, readonly WordPlace[]>;
  /** The forms the word is written in mid-sentence: ["Meta", "meta"]. */
  readonly midForms: readonly string[];
  /** How many times the word is written in this form mid-sentence. */
  midCountOf(form: string): number;
  /** Every place, of any kind, where the word is written exactly in this form, in document order. */
  placesWritten(form: string): WordPlace[];
  /** Places at the start of a block or sentence, where the case is the sentence's, not the word's. */
  readonly starts: readonly WordPlace[];
  /** Places in headings, title lines, labels and short cells, where title case may capitalize the word. */
  readonly titles: readonly WordPlace[];
  /** Whether the document writes the word, in lowercase, in code somewhere: `meta`, `fastify.register()`, a code block. */
  readonly inCode: boolean;
}

/** A block of prose in document order, with what kind of block it is. */
export interface DocumentBlock {
  readonly prose: Prose;
  readonly type: "Paragraph" | "Header" | "TableCell";
  /** Whether it reads as a title: a heading, or a short capitalized line or cell with no sentence end. */
  readonly title: boolean;
  /** Token index of the first word after a title-case label's colon, or 0: the words before it are the label. */
  readonly labelEnd: number;
}

/** The document-level word index: how the whole document writes each word, built once per lint. */
export interface DocumentWords {
  /** The prose blocks (paragraphs, headings, table cells) in document order. */
  readonly blocks: readonly DocumentBlock[];
  /** Whether the document is plain text (a line per paragraph) rather than Markdown. */
  readonly plainText: boolean;
  /** How the document writes a word; the key is the word in lowercase without a possessive ending. */
  get(key: string): WordForms | undefined;
  /** How many times the document writes this exact form mid-sentence in running prose. */
  midCount(form: string): number;
  /** Every word of the document, once each, in the order of first appearance. */
  words(): IterableIterator<WordForms>;
}

const BLOCK_TYPES = new Set(["Paragraph", "Header", "TableCell"]);
const cache = new WeakMap<TxtNode, DocumentWords>();

/**
 * The word index of the document that holds `node` (any node of it, or its root), built on
 * first use from the prose of every paragraph, heading and table cell, and shared by every
 * rule that asks during the same lint. Linear in the document's size: every token is read
 * once, and no block is split into sentences.
 */
export function documentWordsOf(node: TxtNode): DocumentWords {
  let root = node;
  // textlint links each node to its parent while it walks the tree; the root's parent is null.
  for (let parent = (root as { parent?: TxtNode | null }).parent; parent; parent = (parent as { parent?: TxtNode | null }).parent) {
    root = parent;
  }
  let index = cache.get(root);
  if (index === undefined) {
    index = buildIndex(root);
    cache.set(root, index);
  }
  return index;
}

/**
 * One written form of a word (as the token reads, possessive ending and all), with its places
 * packed as numbers in one list: (order × 4 + kind), order being block index × PLACE_SPAN + token
 * index, kind MID, START or TITLE. One list and no object per place keeps the index to two
 * allocations per distinct token text.
 */
interface FormRecord {
  readonly form: string;
  readonly entry: WordEntry;
  readonly places: number[];
  midCount: number;
}

// A place's order is block index × PLACE_SPAN + token index: one number, no object per word.
const PLACE_SPAN = 2 ** 26;
const MID = 0;
const START = 1;
const TITLE = 2;
const KIND_NAMES: readonly WordPlaceKind[] = ["mid", "start", "title"];
const NO_FORMS: readonly string[] = Object.freeze([]);

/** How the document writes one word: its forms' records, and the places made into objects when a rule asks. */
class WordEntry implements WordForms {
  readonly records: FormRecord[] = [];
  private midPlaces: Map<string, WordPlace[]> | undefined;
  private startPlaces: WordPlace[] | undefined;
  private titlePlaces: WordPlace[] | undefined;

  constructor(
    readonly key: string,
    readonly inCode: boolean,
    private readonly blocks: readonly DocumentBlock[],
  ) {}

  private midFormList: readonly string[] | undefined;

  get midForms(): readonly string[] {
    if (this.midFormList === undefined) {
      let forms: string[] | undefined;
      for (const record of this.records) {
        if (record.midCount === 0) continue;
        if (forms === undefined) forms = [record.form];
        else if (!forms.includes(record.form)) forms.push(record.form);
      }
      // Most words are never written mid-sentence in two ways: no list is made for one that never is.
      this.midFormList = forms ?? NO_FORMS;
    }
    return this.midFormList;
  }

  placesWritten(form: string): WordPlace[] {
    const places: WordPlace[] = [];
    for (const record of this.records) {
      if (record.form !== form) continue;
      for (const packed of record.places) places.push(this.placeOf(record, packed));
    }
    return inOrder(places);
  }

  midCountOf(form: string): number {
    let count = 0;
    for (const record of this.records) if (record.form === form) count += record.midCount;
    return count;
  }

  get mid(): ReadonlyMap<string, readonly WordPlace[]> {
    if (this.midPlaces === undefined) {
      const byForm = new Map<string, WordPlace[]>();
      for (const record of this.records) {
        if (record.midCount === 0) continue;
        const places = this.placesOf(record, MID);
        const known = byForm.get(record.form);
        byForm.set(record.form, known === undefined ? places : inOrder([...known, ...places]));
      }
      this.midPlaces = byForm;
    }
    return this.midPlaces;
  }

  get starts(): readonly WordPlace[] {
    return (this.startPlaces ??= inOrder(this.records.flatMap((record) => this.placesOf(record, START))));
  }

  get titles(): readonly WordPlace[] {
    return (this.titlePlaces ??= inOrder(this.records.flatMap((record) => this.placesOf(record, TITLE))));
  }

  private placesOf(record: FormRecord, kind: number): WordPlace[] {
    const places: WordPlace[] = [];
    for (const packed of record.places) if (packed % 4 === kind) places.push(this.placeOf(record, packed));
    return places;
  }

  private placeOf(record: FormRecord, packed: number): WordPlace {
    const order = (packed - (packed % 4)) / 4;
    return {
      block: this.blocks[Math.floor(order / PLACE_SPAN)]!,
      index: order % PLACE_SPAN,
      kind: KIND_NAMES[packed % 4]!,
      form: record.form,
      order,
    };
  }
}

/** Places in document order. */
function inOrder(places: WordPlace[]): WordPlace[] {
  return places.sort((a, b) => a.order - b.order);
}

function buildIndex(root: TxtNode): DocumentWords {
  const blocks: DocumentBlock[] = [];
  const codeWords = new Set<string>();
  const walk = (node: TxtNode): void => {
    if (BLOCK_TYPES.has(node.type)) {
      const prose = proseOf(node);
      const type = node.type as DocumentBlock["type"];
      const title = type === "Header" || readsAsTitle(prose);
      blocks.push({ prose, type, title, labelEnd: title ? 0 : titleLabelEnd(prose) });
    }
    if (node.type === "Code" || node.type === "CodeBlock") {
      // Inline code and code blocks: each word they write, as written, is a word the document
      // shows as code (`meta`, `fastify.register()`, require("pino")).
      const value = (node as { value?: unknown }).value;
      if (typeof value === "string") for (const word of value.match(CODE_WORDS) ?? []) codeWords.add(word);
      return;
    }
    const children = (node as TxtParentNode).children;
    if (children !== undefined) for (const child of children) walk(child as TxtNode);
  };
  walk(root);
  const plainText = root.type === "Document" && (root as TxtParentNode).children.some((child) => child.type === "Break");

  const words = new Map<string, WordEntry>();
  // Each distinct token text is lowercased and looked up once; after that a word costs one look-up.
  const records = new Map<string, FormRecord>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const { tokens } = block.prose;
    const base = b * PLACE_SPAN;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== "word") continue;
      const text = token.text;
      let record = records.get(text);
      if (record === undefined) {
        const form = withoutPossessive(text);
        const key = form.toLowerCase();
        let entry = words.get(key);
        if (entry === undefined) {
          entry = new WordEntry(key, codeWords.has(key), blocks);
          words.set(key, entry);
        }
        record = { form, entry, places: [], midCount: 0 };
        entry.records.push(record);
        records.set(text, record);
      }
      const kind = block.title || i < block.labelEnd ? TITLE : standsMidSentence(tokens, i) ? MID : START;
      if (kind === MID) record.midCount++;
      record.places.push((base + i) * 4 + kind);
    }
  }
  return {
    blocks,
    plainText,
    get: (key) => words.get(key),
    midCount: (form) => words.get(form.toLowerCase())?.midCountOf(form) ?? 0,
    words: () => words.values(),
  };
}

// The words of code: identifiers and names in it (fastify, pino, max_width), matched by their key.
const CODE_WORDS = /[\p{Ll}\p{Lu}][\p{L}\p{N}]*/gu;
const POSSESSIVE = /['’]s$/u;

/** The word without a possessive ending: "Alibaba’s" → "Alibaba". */
export function withoutPossessive(word: string): string {
  return POSSESSIVE.test(word) && word.length > 2 ? word.slice(0, -2) : word;
}

// Marks that stand before a word without saying where its sentence is: opening quotes and brackets.
const SEE_THROUGH = new Set(["“", "”", '"', "‘", "’", "'", "(", "[", "{", "«", "»", "*", "_"]);
// Marks after which a new sentence may start.
const MAY_END_SENTENCE = new Set([".", "!", "?", "…", ":", "。", "！", "？"]);

/**
 * Whether the word at tokens[i] stands mid-sentence, read from the tokens before it alone:
 * after a word, code or a comma it does; at the start of the block (past list markers, quotes
 * and brackets) or after a mark that may end a sentence (. ! ? … :) it may start one. "U.S. tech"
 * reads as a start: the index would rather miss a mid-sentence word than count a sentence start as one.
 */
export function standsMidSentence(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.kind === "punct" && SEE_THROUGH.has(tokens[j]!.text)) j--;
  if (j < 0) return false;
  const previous = tokens[j]!;
  if (previous.kind !== "punct") return true;
  if (MAY_END_SENTENCE.has(previous.text)) return false;
  // A list marker, bullet or emoji at the start of the block: "- word", "• word", "1) word".
  for (let k = j; k >= 0; k--) if (tokens[k]!.kind !== "punct" && !DIGITS.test(tokens[k]!.text)) return true;
  return false;
}

const DIGITS = /^\p{N}+$/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const MAX_TITLE_WORDS = 16;
const MAX_LABEL_WORDS = 6;
// Marks that end a line like a sentence or that go on: a title ends with a word, "?" or "!".
const CONTINUING_MARKS = new Set([".", ",", ";", ":", "…", "-", "–", "—"]);
const CLOSING_MARKS = new Set(['"', "”", "’", ")", "]"]);
const SPACE = /\s/u;

/** Whether the text ends with a sentence end or a continuing mark, past closing marks and space: read from the end, in constant time. */
function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  while (i >= 0 && CLOSING_MARKS.has(text[i]!)) i--;
  return i >= 0 && CONTINUING_MARKS.has(text[i]!);
}
// Words title case leaves lowercase: articles, conjunctions, prepositions (data/title-case.json).
const MINOR_WORDS = new Set((require("../data/title-case.json") as { minorWords: string[] }).minorWords);

/** Whether title case leaves the word lowercase inside a heading ("of", "and", "the"). */
export function isTitleCaseMinorWord(word: string): boolean {
  return MINOR_WORDS.has(word.toLowerCase());
}

/**
 * Whether a block reads as a title line: at most sixteen words, the first capitalized, no
 * sentence end or continuing mark at the end ("?" and "!" may end a title), and the other
 * words, apart from title case's minor words, mostly capitalized. This is how a plain-text
 * document shows its headings: "Industry-Wide Investment in AI infrastructure".
 */
export function readsAsTitle(prose: Prose): boolean {
  const { text, tokens } = prose;
  if (endsLikeSentence(text)) return false;
  let words = 0;
  let capitals = 0;
  let lowers = 0;
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    if (++words > MAX_TITLE_WORDS) return false;
    if (words === 1) {
      if (!UPPER.test(token.text) && !DIGITS.test(token.text[0]!)) return false;
      // The parts of a hyphenated first word after the first: Industry-Wide.
      for (const part of token.text.split(/[-‑]/u).slice(1)) {
        if (UPPER.test(part)) capitals++;
        else if (LOWER.test(part)) lowers++;
      }
      continue;
    }
    if (isTitleCaseMinorWord(token.text)) continue;
    if (UPPER.test(token.text)) capitals++;
    else if (LOWER.test(token.text)) lowers++;
  }
  return words > 0 && capitals >= lowers && (words === 1 || capitals > 0);
}

/**
 * The token index just past a title-case label that opens the block ("Strategic Shift in
 * Focus: the move …"), or 0: a few capitalized words and a colon, whose case is the label's.
 */
function titleLabelEnd(prose: Prose): number {
  const { tokens, text } = prose;
  let words = 0;
  let capitals = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "word") {
      if (++words > MAX_LABEL_WORDS) return 0;
      if (UPPER.test(token.text)) capitals++;
      else if (!isTitleCaseMinorWord(token.text)) return 0;
    } else if (token.text === ":") {
      return words >= 2 && capitals >= 2 && /\s/u.test(text[token.end] ?? "") ? i + 1 : 0;
    } else if (!(token.kind === "punct" && (token.text === "&" || token.text === "-" || token.text === "/"))) {
      return 0;
    }
  }
  return 0;
}
