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
  /** How many forms the word is written in mid-sentence (2 for "Meta" and "meta"), without making the list. */
  readonly midFormCount: number;
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
  const root = documentRootOf(node);
  let index = cache.get(root);
  if (index === undefined) {
    index = buildIndex(root, undefined);
    cache.set(root, index);
  }
  return index;
}

/** The words an index of some words is asked for (see documentWordsFor). */
export interface WordsAsked {
  /** Words asked about in every document: a set made once and kept (a rule's word tables). */
  readonly always?: WordKeySet;
  /** Words asked about in this document, read from its blocks (a rule that asks about its headings' words). */
  readonly fromBlocks?: (blocks: readonly DocumentBlock[], plainText: boolean) => Iterable<string>;
  /** Every word the document writes with a capital mid-sentence (a name, with its lowercase places). */
  readonly capitalizedMidSentence?: boolean;
}

/**
 * How the document that holds `node` writes these words (keys as `get` takes them): the whole
 * document-level word index when a rule has built it already in this lint, else an index of these
 * words alone, which answers `get`, `midCount` and `words()` for them only and is not kept. Each
 * word's forms and places are the same as in the whole index; a rule that asks about some words
 * spares the records of every other word.
 */
export function documentWordsFor(node: TxtNode, asked: Iterable<string> | WordsAsked): DocumentWords {
  const root = documentRootOf(node);
  return cache.get(root) ?? buildIndex(root, isIterable(asked) ? { always: new WordKeySet(asked) } : asked);
}

function isIterable(asked: Iterable<string> | WordsAsked): asked is Iterable<string> {
  return typeof (asked as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
}

/** The document that holds a node. */
export function documentRootOf(node: TxtNode): TxtNode {
  let root = node;
  // textlint links each node to its parent while it walks the tree; the root's parent is null.
  for (let parent = (root as { parent?: TxtNode | null }).parent; parent; parent = (parent as { parent?: TxtNode | null }).parent) {
    root = parent;
  }
  return root;
}

/**
 * A set of words (keys as the word index's `get` takes them) that an index of some words admits,
 * made once and kept where the words are a rule's own tables. A word's length and three of its
 * characters (the first two and the last, past a possessive ending), each folded to lowercase,
 * rule out most tokens before their text is lowercased or looked up; what they let through is
 * read in full.
 */
export class WordKeySet {
  private readonly own = new Set<string>();
  // One entry per hash, with room for about sixteen times the keys given: a set made once for a
  // rule's tables of thousands of words is large; a document's own set on top of it, made for each
  // lint, has room for its names and headings' words, and copies nothing.
  private readonly hashes: Uint8Array;
  // Lowercasing makes İ two characters (i and a combining dot): with such a key, length says nothing.
  private admitsAll: boolean;

  constructor(
    keys: Iterable<string>,
    private readonly base?: WordKeySet,
  ) {
    const given = [...keys];
    this.hashes = new Uint8Array(base !== undefined ? 1 << 12 : tableSizeFor(given.length));
    this.admitsAll = base?.admitsAll ?? false;
    for (const key of given) this.add(key);
  }

  add(key: string): void {
    if (this.base?.has(key) || this.own.has(key)) return;
    this.own.add(key);
    if (key.includes("\u0307")) this.admitsAll = true;
    const hash = foldedHash(key, key.length);
    // A key with a character outside ASCII there is matched only by a token with one, which is always let through.
    if (hash !== -1) this.hashes[hash & (this.hashes.length - 1)] = 1;
  }

  has(key: string): boolean {
    return this.own.has(key) || (this.base?.has(key) ?? false);
  }

  /** Whether a word's text may be one of the keys: false rules it out, true asks for its key. */
  mayHold(text: string): boolean {
    if (this.admitsAll) return true;
    const hash = foldedHash(text, formLength(text));
    return hash === -1 || this.holdsHash(hash);
  }

  private holdsHash(hash: number): boolean {
    return this.hashes[hash & (this.hashes.length - 1)] === 1 || (this.base?.holdsHash(hash) ?? false);
  }
}

/** A power of two about sixteen times the number of keys, from 256 to 65,536 entries. */
function tableSizeFor(keys: number): number {
  let size = 1 << 8;
  while (size < keys * 16 && size < 1 << 16) size <<= 1;
  return size;
}

/** The length of the word without a possessive ending ('s, ’s). */
function formLength(word: string): number {
  const n = word.length;
  if (n <= 2 || word.charCodeAt(n - 1) !== 0x73) return n; // s
  const mark = word.charCodeAt(n - 2);
  return mark === 0x27 || mark === 0x2019 ? n - 2 : n; // ' ’
}

/**
 * A hash of the length and the first two and last characters of word[0, length), folded with
 * 0x20 (which lowercases an ASCII letter and leaves what lowercasing leaves alone), as a
 * non-negative 31-bit number; -1 where one of them is outside ASCII, since lowercasing maps a
 * character outside ASCII to one inside it (K, the Kelvin sign, to k).
 */
function foldedHash(word: string, length: number): number {
  if (length === 0) return -1;
  const a = word.charCodeAt(0);
  const b = length > 1 ? word.charCodeAt(1) : 0;
  const z = word.charCodeAt(length - 1);
  if ((a | b | z) >= 0x80) return -1;
  return (((length * 131 + (a | 0x20)) * 131 + (b | 0x20)) * 131 + (z | 0x20)) & 0x7fffffff;
}

/**
 * One written form of a word (as the token reads, possessive ending and all). Its places are a
 * chain through the document's place store (below): no list per form.
 */
interface FormRecord {
  readonly form: string;
  readonly entry: WordEntry;
  /** The next record of the same word, or undefined. */
  next: FormRecord | undefined;
  /** The first and last of its places in the store, and how many it has mid-sentence. */
  first: number;
  last: number;
  midCount: number;
}

/**
 * Every place of every word of one document, in document order, as two numbers: the place, packed
 * as (order × 4 + kind), order being block index × PLACE_SPAN + token index and kind MID, START or
 * TITLE; and the store index of the next place of the same written form, or -1. A word's places
 * cost no object and no list of their own until a rule asks for them.
 */
class PlaceStore {
  packed: Float64Array = new Float64Array(1024);
  next: Int32Array = new Int32Array(1024);
  size = 0;

  add(packed: number): number {
    if (this.size === this.packed.length) {
      const packedMore = new Float64Array(this.size * 2);
      packedMore.set(this.packed);
      this.packed = packedMore;
      const nextMore = new Int32Array(this.size * 2);
      nextMore.set(this.next);
      this.next = nextMore;
    }
    this.packed[this.size] = packed;
    this.next[this.size] = -1;
    return this.size++;
  }
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
  /** The first of its records; each links to the next. */
  firstRecord: FormRecord | undefined = undefined;
  /** The last of its records, where the next one is linked. */
  lastRecord: FormRecord | undefined = undefined;
  /** How many different forms it is written in mid-sentence. */
  midFormCount = 0;
  private midPlaces: Map<string, WordPlace[]> | undefined = undefined;
  private startPlaces: WordPlace[] | undefined = undefined;
  private titlePlaces: WordPlace[] | undefined = undefined;
  private midFormList: readonly string[] | undefined = undefined;

  constructor(
    readonly key: string,
    readonly inCode: boolean,
    private readonly blocks: readonly DocumentBlock[],
    private readonly store: PlaceStore,
    private readonly recordsByText: ReadonlyMap<string, FormRecord>,
  ) {}

  private recordsOf(form: string): FormRecord[] {
    return recordsOfForm(form, this.recordsByText);
  }

  get midForms(): readonly string[] {
    if (this.midFormList === undefined) {
      // Most words are never written mid-sentence in two ways: no list is made for one that never is.
      let forms: string[] | undefined;
      if (this.midFormCount > 0) {
        const seen = new Set<string>();
        for (let record = this.firstRecord; record !== undefined; record = record.next) {
          if (record.midCount > 0) seen.add(record.form);
        }
        forms = [...seen];
      }
      this.midFormList = forms ?? NO_FORMS;
    }
    return this.midFormList;
  }

  placesWritten(form: string): WordPlace[] {
    const places: WordPlace[] = [];
    for (const record of this.recordsOf(form)) this.collectPlaces(record, -1, places);
    return inOrder(places);
  }

  midCountOf(form: string): number {
    let count = 0;
    for (const record of this.recordsOf(form)) count += record.midCount;
    return count;
  }

  get mid(): ReadonlyMap<string, readonly WordPlace[]> {
    if (this.midPlaces === undefined) {
      const byForm = new Map<string, WordPlace[]>();
      for (let record = this.firstRecord; record !== undefined; record = record.next) {
        if (record.midCount === 0) continue;
        const known = byForm.get(record.form);
        if (known === undefined) byForm.set(record.form, this.collectPlaces(record, MID, []));
        else inOrder(this.collectPlaces(record, MID, known));
      }
      this.midPlaces = byForm;
    }
    return this.midPlaces;
  }

  get starts(): readonly WordPlace[] {
    return (this.startPlaces ??= this.placesOfKind(START));
  }

  get titles(): readonly WordPlace[] {
    return (this.titlePlaces ??= this.placesOfKind(TITLE));
  }

  private placesOfKind(kind: number): WordPlace[] {
    const places: WordPlace[] = [];
    for (let record = this.firstRecord; record !== undefined; record = record.next) this.collectPlaces(record, kind, places);
    return inOrder(places);
  }

  /** The record's places of one kind (or of every kind, -1), in document order, added to `out`. */
  private collectPlaces(record: FormRecord, kind: number, out: WordPlace[]): WordPlace[] {
    const { packed, next } = this.store;
    for (let p = record.first; p !== -1; p = next[p]!) {
      const value = packed[p]!;
      if (kind === -1 || value % 4 === kind) out.push(this.placeOf(record, value));
    }
    return out;
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

/**
 * A block of the index. Whether it reads as a title, and where a label ends, are read when a word
 * of it is first indexed: an index of a few words reads them only for the blocks that hold one.
 */
class IndexedBlock implements DocumentBlock {
  private titleRead: boolean | undefined = undefined;
  private labelEndRead: number | undefined = undefined;

  constructor(
    readonly prose: Prose,
    readonly type: DocumentBlock["type"],
  ) {}

  get title(): boolean {
    return (this.titleRead ??= this.type === "Header" || readsAsTitle(this.prose));
  }

  get labelEnd(): number {
    return (this.labelEndRead ??= this.title ? 0 : titleLabelEnd(this.prose));
  }
}

/** The index of the whole document, or of the words asked for alone. */
function buildIndex(root: TxtNode, asked: WordsAsked | undefined): DocumentWords {
  let filter: WordKeySet | undefined;
  const codeValues: string[] = [];
  const blocks: DocumentBlock[] = [];
  const codeWords = new Set<string>();
  const walk = (node: TxtNode): void => {
    if (BLOCK_TYPES.has(node.type)) blocks.push(new IndexedBlock(proseOf(node), node.type as DocumentBlock["type"]));
    if (node.type === "Code" || node.type === "CodeBlock") {
      // Inline code and code blocks: each word they write, as written, is a word the document
      // shows as code (`meta`, `fastify.register()`, require("pino")).
      const value = (node as { value?: unknown }).value;
      if (typeof value === "string") codeValues.push(value);
      return;
    }
    const children = (node as TxtParentNode).children;
    if (children !== undefined) for (const child of children) walk(child as TxtNode);
  };
  walk(root);
  const plainText = root.type === "Document" && (root as TxtParentNode).children.some((child) => child.type === "Break");
  if (asked !== undefined) {
    filter = new WordKeySet(asked.fromBlocks?.(blocks, plainText) ?? [], asked.always);
    if (asked.capitalizedMidSentence === true) addCapitalizedMidSentence(blocks, filter);
  }
  for (const value of codeValues) {
    for (const word of value.match(CODE_WORDS) ?? []) if (filter === undefined || (filter.mayHold(word) && filter.has(word))) codeWords.add(word);
  }

  const words = new Map<string, WordEntry>();
  const store = new PlaceStore();
  // Each distinct token text is lowercased and looked up once; after that a word costs one look-up.
  const records = new Map<string, FormRecord>();
  // Texts the filter let through that are none of its words.
  const passed = new Set<string>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const { tokens } = block.prose;
    const base = b * PLACE_SPAN;
    let title: boolean | undefined;
    let labelEnd = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== "word") continue;
      const text = token.text;
      if (filter !== undefined && !filter.mayHold(text)) continue;
      let record = records.get(text);
      if (record === undefined) {
        if (filter !== undefined && passed.has(text)) continue;
        const form = withoutPossessive(text);
        const key = form.toLowerCase();
        if (filter !== undefined && !filter.has(key)) {
          passed.add(text);
          continue;
        }
        let entry = words.get(key);
        if (entry === undefined) {
          entry = new WordEntry(key, codeWords.has(key), blocks, store, records);
          words.set(key, entry);
        }
        record = { form, entry, next: undefined, first: -1, last: -1, midCount: 0 };
        // Records stay in the order the document first writes them.
        if (entry.lastRecord === undefined) entry.firstRecord = record;
        else entry.lastRecord.next = record;
        entry.lastRecord = record;
        records.set(text, record);
      }
      if (title === undefined) {
        title = block.title;
        labelEnd = block.labelEnd;
      }
      // After a word (most words) a word stands mid-sentence without further reading.
      const kind = title || i < labelEnd ? TITLE : (i > 0 && tokens[i - 1]!.kind === "word") || standsMidSentence(tokens, i) ? MID : START;
      if (kind === MID && record.midCount++ === 0 && !writtenMidSentence(record, records)) record.entry.midFormCount++;
      const place = store.add((base + i) * 4 + kind);
      if (record.last === -1) record.first = place;
      else store.next[record.last] = place;
      record.last = place;
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

/** Adds the key of every word the blocks write with a capital mid-sentence, as the index reads where a word stands. */
function addCapitalizedMidSentence(blocks: readonly DocumentBlock[], keys: WordKeySet): void {
  for (const block of blocks) {
    const { tokens } = block.prose;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== "word") continue;
      const first = token.text.charCodeAt(0);
      // An ASCII capital, or any character outside ASCII; lowercase letters and digits are no capital.
      if (first < 0x41 || (first > 0x5a && first < 0x80)) continue;
      if (!((i > 0 && tokens[i - 1]!.kind === "word") || standsMidSentence(tokens, i))) continue;
      if (block.title || i < block.labelEnd) continue;
      const form = withoutPossessive(token.text);
      if (UPPER.test(form)) keys.add(form.toLowerCase());
    }
  }
}

/** Whether another record of the word, in the same form ("Meta" beside "Meta’s"), is already written mid-sentence. */
function writtenMidSentence(record: FormRecord, recordsByText: ReadonlyMap<string, FormRecord>): boolean {
  // Most words are written in one form only: then there is no other record to look for.
  if (record.entry.firstRecord === record && record.next === undefined) return false;
  return recordsOfForm(record.form, recordsByText).some((other) => other !== record && other.midCount > 0);
}

/**
 * The records of one form: its text alone and with a possessive ending ("Meta", "Meta's",
 * "Meta’s"), found by their texts, so that a word written in thousands of forms (hostile input)
 * costs no walk of them all per form.
 */
function recordsOfForm(form: string, recordsByText: ReadonlyMap<string, FormRecord>): FormRecord[] {
  const found: FormRecord[] = [];
  for (const text of [form, `${form}'s`, `${form}’s`]) {
    const record = recordsByText.get(text);
    if (record !== undefined && record.form === form) found.push(record);
  }
  return found;
}

// The words of code: identifiers and names in it (fastify, pino, max_width), matched by their key.
const CODE_WORDS = /[\p{Ll}\p{Lu}][\p{L}\p{N}]*/gu;
/** The word without a possessive ending: "Alibaba’s" → "Alibaba". */
export function withoutPossessive(word: string): string {
  const n = formLength(word);
  return n === word.length ? word : word.slice(0, n);
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
