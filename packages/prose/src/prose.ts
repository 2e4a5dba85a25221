import type { TxtNode } from "@textlint/ast-node-types";
import type { StringSource } from "textlint-util-to-string";
import { MASK, maskNonProse } from "./nonProse";
import { originalIndexLookup } from "./originalIndex";
import { sentenceSpans } from "./sentences";
import { tokenize, type Token } from "./tokens";

/** A sentence of prose: indices into the prose text, and its tokens. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
}

/**
 * The prose of one block node (a paragraph, heading or table cell): its text with
 * Markdown syntax removed and non-prose (code, URLs, file names, HTML, images)
 * replaced by MASK, split into sentences and tokens.
 */
export interface Prose {
  readonly node: TxtNode;
  /** The prose text; indices of tokens and sentences point into it. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /**
   * Ranges of the node's raw text that a fix must not change although they are prose:
   * the text of collapsed and shortcut reference links (`[foo][]`, `[foo]`), which is
   * also the label that ties the link to its definition.
   */
  readonly unfixableRanges: ReadonlyArray<readonly [number, number]>;
  /** The range in the node's raw text (what textlint's locator and fixer take) of prose text [start, end). */
  nodeRange(start: number, end: number): [number, number];
  /** The same range as absolute indices in the file. */
  fileRange(start: number, end: number): [number, number];
}

// Code, HTML tags and images are not prose: their text is masked, keeping its length.
// Link text stays (it is prose); textlint-util-to-string already leaves out link URLs.
const INLINE_HTML = "InlineHtml";
const MASKED_NODE_TYPES = new Set(["Code", INLINE_HTML, "Image", "InlineCode", "FootnoteReference"]);

const cache = new WeakMap<TxtNode, Prose>();

/** A sentence whose text and tokens are copied out of the block's only when a rule reads them: most rules read only where it starts and ends. */
class ProseSentence implements Sentence {
  private ownText: string | undefined;
  private ownTokens: readonly Token[] | undefined;

  constructor(
    private readonly blockText: string,
    private readonly blockTokens: readonly Token[],
    readonly start: number,
    readonly end: number,
    private readonly firstToken: number,
    private readonly endToken: number,
  ) {}

  get text(): string {
    return (this.ownText ??= this.blockText.slice(this.start, this.end));
  }

  get tokens(): readonly Token[] {
    return (this.ownTokens ??= this.blockTokens.slice(this.firstToken, this.endToken));
  }
}

/**
 * The prose of a node, computed once per node and shared by every rule that
 * asks for it during one lint.
 */
export function proseOf(node: TxtNode): Prose {
  let prose = cache.get(node);
  if (prose === undefined) {
    prose = buildProse(node);
    cache.set(node, prose);
  }
  return prose;
}

/**
 * A copy of the node's tree in the form textlint-util-to-string reads best, sharing
 * every subtree that needs no change:
 * - images get their alt text as a value, so that they can be masked like code;
 * - inline HTML is read as a reader sees it (data/html-tags.json): the tags of elements whose
 *   content is prose (<b>, <a href>) are left out, <br> is a line break, and other HTML becomes
 *   a value node of its own type, masked with anything inside <code>, <kbd> and their like
 *   (as "Html" it would be parsed and dropped, running the words around it together);
 * - a hard line break becomes a newline, which it is to a reader;
 * - text and code outside a paragraph (in a heading, a table cell, emphasis, a link) get a
 *   paragraph of their own, which textlint-util-to-string maps by their ranges;
 * - a text whose value Markdown shortened (list indentation and block-quote markers
 *   dropped after line breaks, backslash escapes, character references) gets a value
 *   that lines up with the file character for character: dropped line prefixes come
 *   back as spaces, other dropped characters as MASK.
 */
export function readableTree(node: TxtNode): TxtNode {
  switch (node.type) {
    case "Image":
      return { ...node, value: String((node as { alt?: unknown }).alt ?? "") } as TxtNode;
    case "Break":
      return { ...node, value: "\n" } as TxtNode;
    case "Str": {
      const value = (node as { value?: unknown }).value;
      if (typeof value !== "string" || value === node.raw) return node;
      const aligned = alignedValue(node.raw, value);
      return aligned === undefined ? node : ({ ...node, value: aligned } as TxtNode);
    }
  }
  const children = (node as { children?: TxtNode[] }).children;
  if (children === undefined) return node;
  // Copied only from the first child that changes: most paragraphs keep every child as it is.
  let copied: TxtNode[] | undefined;
  // Inside <code>…</code> (and <kbd>, <var>, …) everything is code, masked like a code span.
  let codeTag: string | undefined;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    let copy: TxtNode;
    if (child.type === "Html") {
      const tag = tagOf(child.raw);
      if (tag !== undefined && CODE_TAGS.has(tag.name)) codeTag = tag.closing ? undefined : tag.name;
      copy = readableHtml(child, tag);
    } else {
      copy = readableTree(child);
      if (codeTag !== undefined && typeof (copy as { value?: unknown }).value === "string") {
        copy = { ...copy, type: INLINE_HTML } as unknown as TxtNode;
      }
    }
    // textlint-util-to-string maps text and code by their own ranges only inside a paragraph;
    // elsewhere (a heading, a table cell, emphasis, a link) it looks them up in the parent's raw
    // text, and finds an earlier copy of the same words, or nothing once escapes are lined up or
    // code is masked. A paragraph of its own around each leaf maps it as in a paragraph.
    if (node.type !== "Paragraph" && !("children" in copy)) copy = ownParagraph(copy);
    if (copied === undefined && copy !== child) copied = children.slice(0, i);
    if (copied !== undefined) copied.push(copy);
  }
  return copied !== undefined ? ({ ...node, children: copied } as TxtNode) : node;
}

const htmlTags = require("../data/html-tags.json") as { prose: string[]; code: string[]; lineBreak: string[] };
const PROSE_TAGS = new Set(htmlTags.prose);
const CODE_TAGS = new Set(htmlTags.code);
const LINE_BREAK_TAGS = new Set(htmlTags.lineBreak);
// One opening or closing tag and nothing else: <b>, </em>, <a href="…">, <br/>.
const SINGLE_TAG = /^<(\/?)([a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>$/i;

/** The element name of a lone HTML tag, and whether it closes the element; undefined for anything else. */
function tagOf(raw: string): { name: string; closing: boolean } | undefined {
  const match = SINGLE_TAG.exec(raw);
  return match === null ? undefined : { name: match[2]!.toLowerCase(), closing: match[1] === "/" };
}

/** Inline HTML as a reader sees it: <b>, <em>, <a href> left out like Markdown's own markup, <br> a line break, the rest masked. */
function readableHtml(node: TxtNode, tag: { name: string; closing: boolean } | undefined): TxtNode {
  if (tag !== undefined && PROSE_TAGS.has(tag.name)) return { ...node, type: "Str", value: "" } as TxtNode;
  if (tag !== undefined && !tag.closing && LINE_BREAK_TAGS.has(tag.name)) return { ...node, type: "Break", value: "\n" } as TxtNode;
  return { ...node, type: INLINE_HTML } as unknown as TxtNode;
}

function ownParagraph(leaf: TxtNode): TxtNode {
  return { type: "Paragraph", raw: leaf.raw, range: leaf.range, loc: leaf.loc, children: [leaf] } as unknown as TxtNode;
}

/**
 * The value as long as the raw text: characters Markdown dropped after a line break
 * (indentation, "> ") become spaces, other dropped characters (the backslash of an
 * escape, the rest of a character reference such as "&copy;") become MASK. Undefined
 * where the two cannot be lined up, which is left to textlint-util-to-string.
 */
// textlint's Markdown parser can end a text node before the ";" of a reference that
// closes it ("caf&eacute" for "caf&eacute;"), so a reference may also end the raw text.
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,9})(?:;|$)/iy;

/** The length of the character reference at index i of the text, or 0. */
function referenceLengthAt(text: string, i: number): number {
  CHARACTER_REFERENCE.lastIndex = i;
  return CHARACTER_REFERENCE.test(text) ? CHARACTER_REFERENCE.lastIndex - i : 0;
}

function alignedValue(raw: string, value: string): string | undefined {
  let out = "";
  let j = 0;
  let atLineStart = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (j < value.length && c === value[j]) {
      out += c;
      j++;
      atLineStart = c === "\n" || c === "\r";
    } else if (atLineStart && (c === " " || c === "\t" || c === ">")) {
      out += " ";
    } else if (c === "&" && j < value.length && referenceLengthAt(raw, i) > 0) {
      // "&copy;" read as "©": the character, then MASK for the rest of the reference.
      const length = referenceLengthAt(raw, i);
      out += value[j] + MASK.repeat(length - 1);
      j++;
      i += length - 1;
      atLineStart = false;
    } else {
      out += MASK;
      atLineStart = false;
    }
  }
  return j === value.length ? out : undefined;
}

/** Node-relative ranges of the reference links whose text is their label. */
function labelRanges(node: TxtNode): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  const walk = (child: TxtNode): void => {
    const referenceType = (child as { referenceType?: unknown }).referenceType;
    if (child.type === "LinkReference" && (referenceType === "collapsed" || referenceType === "shortcut")) {
      ranges.push([child.range[0] - node.range[0], child.range[1] - node.range[0]]);
      return;
    }
    for (const grandchild of (child as { children?: TxtNode[] }).children ?? []) walk(grandchild);
  };
  if (node.raw.includes("]")) walk(node);
  return ranges;
}

// textlint-util-to-string's bundle (with an HTML parser the prose layer never asks it for) is the
// largest part of loading the rules: it is read when the first block is, not when a rule loads.
let StringSourceClass: typeof StringSource | undefined;

/**
 * The text of a block that is one run of text as written (no markup, no escape, no code): most
 * paragraphs of running prose, and most headings. textlint-util-to-string would give this text
 * (in a heading or a cell, once readableTree has given the run a paragraph of its own), mapped one
 * to one onto the file from where the run starts; reading it directly spares building its pieces
 * for every such block.
 */
function plainRunOf(node: TxtNode): { value: string; offset: number } | undefined {
  const children = (node as { children?: TxtNode[] }).children;
  if (children === undefined || children.length !== 1) return undefined;
  const only = children[0]!;
  const value = (only as { value?: unknown }).value;
  if (only.type !== "Str" || typeof value !== "string" || value.length === 0 || value !== only.raw) return undefined;
  if (only.range[1] - only.range[0] !== value.length) return undefined;
  return { value, offset: only.range[0] - node.range[0] };
}

/** Where each index of a block's prose text lies in the node's raw text (undefined: nowhere). */
type OriginalIndex = (index: number, isEnd: boolean) => number | undefined;

/**
 * The prose of one block. A class, not an object literal with getters and closures: one object
 * per block, its methods shared, which matters on a document of thousands of paragraphs.
 */
class BlockProse implements Prose {
  // Tokens and sentences are computed when a rule first asks for them, then kept.
  private tokenList: Token[] | undefined = undefined;
  private sentenceList: Sentence[] | undefined = undefined;
  private unfixable: Array<readonly [number, number]> | undefined = undefined;
  private readonly nodeStart: number;
  private readonly nodeLength: number;

  /**
   * `lookup` maps a prose index to the node's raw text; without one, the text is a single run of
   * the node's raw text that starts at `runOffset` and is mapped one to one.
   */
  constructor(
    readonly node: TxtNode,
    readonly text: string,
    private readonly lookup: OriginalIndex | undefined,
    private readonly runOffset: number,
  ) {
    this.nodeStart = node.range[0];
    this.nodeLength = node.range[1] - node.range[0];
  }

  get tokens(): readonly Token[] {
    return (this.tokenList ??= tokenize(this.text));
  }

  get sentences(): readonly Sentence[] {
    if (this.sentenceList !== undefined) return this.sentenceList;
    const { text } = this;
    const all = this.tokens;
    const sentences: Sentence[] = [];
    let t = 0;
    for (const span of sentenceSpans(text)) {
      while (t < all.length && all[t]!.end <= span.start) t++;
      const first = t;
      while (t < all.length && all[t]!.start < span.end) t++;
      sentences.push(new ProseSentence(text, all, span.start, span.end, first, t));
    }
    return (this.sentenceList = sentences);
  }

  get unfixableRanges(): ReadonlyArray<readonly [number, number]> {
    return (this.unfixable ??= labelRanges(this.node));
  }

  nodeRange(start: number, end: number): [number, number] {
    const a = this.toNode(start);
    // Map the last character (not the end index) so that an end at a node boundary stays in the right node.
    const b = end > start ? this.toNode(end - 1) + 1 : a;
    return [a, Math.max(a, b)];
  }

  fileRange(start: number, end: number): [number, number] {
    const [a, b] = this.nodeRange(start, end);
    return [this.nodeStart + a, this.nodeStart + b];
  }

  private toNode(index: number): number {
    const mapped = this.lookup !== undefined ? this.lookup(index, false) : index >= 0 && index <= this.text.length ? index + this.runOffset : undefined;
    return Math.max(0, Math.min(this.nodeLength, mapped ?? 0));
  }
}

function buildProse(node: TxtNode): Prose {
  const plain = plainRunOf(node);
  // maskNonProse keeps the length, so the text's indices are the run's.
  if (plain !== undefined) return new BlockProse(node, maskNonProse(plain.value), undefined, plain.offset);
  return new BlockProse(node, ...readWithLibrary(readableTree(node)));
}

/**
 * The text of a readable tree (see readableTree) and where each of its indices lies in the node's
 * raw text, as textlint-util-to-string reads them.
 */
export function readWithLibrary(tree: TxtNode): [text: string, lookup: OriginalIndex, runOffset: number] {
  StringSourceClass ??= (require("textlint-util-to-string") as { StringSource: typeof StringSource }).StringSource;
  const source = new StringSourceClass(tree as unknown as ConstructorParameters<typeof StringSource>[0], {
    replacer({ node: child, maskValue }) {
      if (MASKED_NODE_TYPES.has(child.type) && typeof (child as { value?: unknown }).value === "string") {
        return maskValue(MASK);
      }
      return undefined;
    },
  });
  return [maskNonProse(source.toString()), originalIndexLookup(source), 0];
}
