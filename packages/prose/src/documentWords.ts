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
}

/** How the document writes one word (the key: lowercase, no possessive ending). */
export interface WordForms {
  readonly key: string;
  /** Each written form in running prose mid-sentence, with its places: "Meta" → 3 places, "meta" → 1. */
  readonly mid: ReadonlyMap<string, readonly WordPlace[]>;
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

interface MutableForms {
  key: string;
  mid: Map<string, WordPlace[]>;
  starts: WordPlace[];
  titles: WordPlace[];
  inCode: boolean;
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

  const words = new Map<string, MutableForms>();
  const midCounts = new Map<string, number>();
  const formsOf = (key: string): MutableForms => {
    let forms = words.get(key);
    if (forms === undefined) {
      forms = { key, mid: new Map(), starts: [], titles: [], inCode: codeWords.has(key) };
      words.set(key, forms);
    }
    return forms;
  };
  for (const block of blocks) {
    const { tokens } = block.prose;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== "word") continue;
      const form = withoutPossessive(token.text);
      const forms = formsOf(form.toLowerCase());
      const kind: WordPlaceKind = block.title || i < block.labelEnd ? "title" : standsMidSentence(tokens, i) ? "mid" : "start";
      const place: WordPlace = { block, index: i, kind, form };
      if (kind === "mid") {
        let places = forms.mid.get(form);
        if (places === undefined) forms.mid.set(form, (places = []));
        places.push(place);
        midCounts.set(form, (midCounts.get(form) ?? 0) + 1);
      } else if (kind === "start") {
        forms.starts.push(place);
      } else {
        forms.titles.push(place);
      }
    }
  }
  return {
    blocks,
    plainText,
    get: (key) => words.get(key),
    midCount: (form) => midCounts.get(form) ?? 0,
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
// A line that ends like a sentence or goes on: a title ends with a word, "?" or "!".
const CONTINUING_END = /[.,;:…\-–—]["”’)\]]*\s*$/u;
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
  if (CONTINUING_END.test(text)) return false;
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
