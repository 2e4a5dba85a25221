import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";
import type { BlockReading } from "./readBlock";
import { isTermOnly } from "./markup";

/** A run of hard-wrapped plain-text lines: how many words, and whether a sentence ends in it. */
export interface LineRun {
  words: number;
  endsSentence: boolean;
}

// A sentence mark followed by space inside a line: "it works now... i am in".
const SENTENCE_INSIDE = /[.!?]["”’)\]]*\s/u;

/** What a block is in its document: the start of each role is judged differently. */
export type Role = "paragraph" | "listItem" | "heading" | "cell";

/** Where a paragraph stands among its siblings: what it is, who its siblings are, whether its first word starts a sentence. */
export interface ParagraphPlace {
  readonly role: Role;
  /** Sibling blocks share this key: the list of a list item, the parent of a paragraph. */
  readonly group: object;
  /** Blocks in one run of label-led paragraphs (a transcript, a list of points) share this key. */
  readonly labelRun: object;
  /**
   * For a paragraph: whether what comes before it ended a sentence, so that its first word starts one.
   * For a definition (a list item): whether it is a whole sentence, which starts with a capital
   * unless its siblings are written lowercase.
   * Undefined where no decision reads it: a Markdown paragraph or a definition whose first word
   * cannot start lowercase (capitalized, a digit, code) is not judged, which spares splitting
   * the paragraphs after a code block into sentences.
   */
  readonly opensSentence: boolean | undefined;
  /**
   * Plain text: the words of the run of hard-wrapped lines this line opens or goes on (a line
   * right below another that ends mid-sentence), counted as lines are placed. A short first line
   * ("in the section marked") is no fragment when a sentence ends in the lines below (lines of
   * code and command output seldom hold a sentence end).
   */
  readonly lineRun?: LineRun;
}

// Blocks after which a paragraph starts afresh.
const FRESH_AFTER = new Set(["Header", "List", "BlockQuote", "Table", "HorizontalRule", "ThematicBreak", "Yaml"]);
// Displayed blocks a sentence may run through ("So, this: [code] will create ...").
const RUN_THROUGH = new Set(["CodeBlock", "Math"]);
// Blocks a reader does not see as text: HTML comments and anchors.
const UNREAD = new Set(["Html", "Comment"]);
const continuationData = require("../data/continuations.json") as { words: string[]; relativeSecondWords: string[]; runningOn: string[] };
const continuations = new Set(continuationData.words);
const relatives = new Set(continuationData.relativeSecondWords);
const runningOn = new Set(continuationData.runningOn);

type Parent = TxtParentNode & { parent?: Parent };

/**
 * Places each paragraph of one document in its context. Plain text is one line per
 * paragraph with Break nodes between; a run of lines that start with list markers
 * is one list.
 */
export class ParagraphPlaces {
  private readonly readings = new Map<TxtNode, BlockReading>();
  private readonly positions = new Map<TxtNode, Map<TxtNode, number>>();
  private readonly lineLists = new Map<TxtNode, object>();
  private readonly labelRuns = new Map<TxtNode, object>();
  private readonly definitionLists = new Map<TxtNode, object>();

  place(node: TxtNode, reading: BlockReading): ParagraphPlace {
    this.readings.set(node, reading);
    const parent = (node as { parent?: Parent }).parent;
    if (parent === undefined) return { role: "paragraph", group: node, labelRun: node, opensSentence: true };
    const siblings = parent.children;
    const index = this.indexIn(parent, node);

    if (parent.type === "ListItem" && index === 0) {
      const list = parent.parent ?? parent;
      return { role: "listItem", group: list, labelRun: list, opensSentence: false };
    }

    let breaks = 0;
    let i = index - 1;
    while (i >= 0 && siblings[i]!.type === "Break") {
      breaks++;
      i--;
    }
    const previous = siblings[i];
    const labelRun = this.labelRunOf(node, reading, previous);

    if (reading.listMarker && this.isPlainText(parent)) {
      // A plain-text list line: it joins the list of the line right above it, if that is one.
      const above = breaks === 1 && previous !== undefined ? this.lineLists.get(previous) : undefined;
      const list = above ?? {};
      this.lineLists.set(node, list);
      return { role: "listItem", group: list, labelRun, opensSentence: false };
    }

    // A definition after its term in bold (**`deb`**, **< 0**): a definition list written as
    // paragraphs, whose definitions start like the items of one list; one that is a whole
    // sentence starts one, unless its sibling definitions are written lowercase.
    if (previous?.type === "Paragraph" && isTermOnly(previous)) {
      const earlier = siblings[i - 1];
      const list = (earlier !== undefined && this.definitionLists.get(earlier)) || {};
      this.definitionLists.set(node, list);
      return { role: "listItem", group: list, labelRun, opensSentence: mayStartLower(reading) ? reading.opensWithSentence : undefined };
    }

    // Plain-text lines are judged all: a line that goes on with the one above joins its run of lines.
    const plain = this.isPlainText(parent);
    if (!plain && !mayStartLower(reading)) return { role: "paragraph", group: parent, labelRun, opensSentence: undefined };
    const opensSentence = this.opensSentence(node, reading, parent, i, breaks);
    // A lowercase paragraph read as going on with a sentence ("and this import:").
    if (!opensSentence && reading.first.case === "lower") this.goingOn.add(node);
    if (!plain) return { role: "paragraph", group: parent, labelRun, opensSentence };
    const above = !opensSentence && breaks === 1 && previous?.type === "Paragraph" ? this.lineRuns.get(previous) : undefined;
    const lineRun = above ?? { words: 0, endsSentence: false };
    lineRun.words += reading.words;
    lineRun.endsSentence ||= reading.terminated || SENTENCE_INSIDE.test(reading.prose.text);
    this.lineRuns.set(node, lineRun);
    return { role: "paragraph", group: parent, labelRun, opensSentence, lineRun };
  }

  private readonly lineRuns = new Map<TxtNode, LineRun>();

  /** Whether what comes before the paragraph (siblings[i] and before) ends so that the paragraph starts a sentence. */
  private opensSentence(node: TxtNode, reading: BlockReading, parent: TxtParentNode, i: number, breaks: number): boolean {
    const siblings = parent.children;
    const previous = siblings[i];
    if (previous === undefined) return true;
    // Markdown: a paragraph on the very next line after a list or quote is that block's lazy
    // continuation, split off by the parser; it goes on with the last paragraph inside.
    if (breaks === 0 && previous.type !== "Paragraph" && node.loc.start.line === previous.loc.end.line + 1) {
      const last = this.readings.get(lastParagraphIn(previous));
      return last !== undefined && last.ending === "sentence";
    }
    // HTML (comments, anchors) and paragraphs with no prose of their own (badges, a URL alone on a
    // line) are not read.
    const { before: j, follows } = this.skipUnread(node, siblings, i);
    const before = siblings[j];
    if (before === undefined) return true;
    if (RUN_THROUGH.has(before.type) || (before.type === "Paragraph" && this.readings.get(before)?.bare === "code")) {
      return this.startsAfterDisplay(reading, siblings, j);
    }
    if (before.type === "Paragraph") {
      const previousReading = this.readings.get(before);
      if (previousReading === undefined || previousReading.oneLink) return true;
      // A blank line makes a new paragraph, however the one before ends ("…non-stop learning"
      // then "this will be the proof"); a line right below another (plain text) may be a
      // hard-wrapped line of the same sentence, also with a line of a URL alone between them
      // ("while reading" / "http://…" / "but I had").
      const plain = this.isPlainText(parent);
      if (plain ? !follows : node.loc.start.line > before.loc.end.line + 1) return true;
      // A line broken where the next word would not fit goes on with its sentence: the break is
      // the wrapping's, not the writer's, however many capitals the line holds ("…Prime Minister
      // John Howard's party" / "seemed relaxed") or whether it ends in a colon or a URL.
      if (plain && WRAPPED_ENDINGS.has(previousReading.ending) && this.isWrapped(before, node, parent)) return false;
      // A lowercase line that goes on with a sentence is no title line ("Perhaps something" /
      // "similar to that Ximian RedHat" / "dealy would be cool").
      return endsForNewParagraph(previousReading, !this.goingOn.has(before));
    }
    return FRESH_AFTER.has(before.type);
  }

  /**
   * After code, a lowercase paragraph may go on with the sentence the code is part of
   * ("So, this: [code] will create files"; "If we define it like this: [code] we can
   * obtain …"). It starts a sentence only as a whole sentence that opens with no
   * continuing word ("will", "in which case", but "when it fails, …" opens its own), after a
   * display not introduced by an unfinished subordinate clause; "then" goes on with a sentence
   * that already runs through a display.
   */
  private startsAfterDisplay(reading: BlockReading, siblings: readonly TxtNode[], display: number): boolean {
    const { tokens } = reading.prose;
    const word = reading.first.token;
    if (!reading.opensWithSentence || word === undefined) return false;
    // "will create files …" goes on; "do you want more?" is a question of its own.
    if (continuations.has(word.text) && !reading.opensWithQuestion && !reading.opensWithFrontedClause) return false;
    const second = tokens[reading.first.index + 1];
    if (second?.kind === "word" && relatives.has(second.text)) return false;
    let k = display - 1;
    while (k >= 0 && (RUN_THROUGH.has(siblings[k]!.type) || this.isUnread(siblings[k]!))) k--;
    const leadIn = siblings[k];
    if (leadIn?.type !== "Paragraph") return true;
    // A sentence that already runs through a display ("given this folder: [code] and this import:
    // [code] then the extension …") goes on through the next with "then".
    if (runningOn.has(word.text) && this.goingOn.has(leadIn)) return false;
    return this.readings.get(leadIn)?.endsWithLeadIn !== true;
  }

  /**
   * For each paragraph not read as text, where the text before it is: the index of the last block
   * read, and whether the lines from that block down to this one follow each other with no blank
   * line between. A run of such paragraphs is walked once, not once per paragraph in it.
   */
  private readonly unreadRuns = new Map<TxtNode, UnreadRun>();

  /** The last block before `node` (siblings[i] and before) that is read as text, skipping blocks that are not, and whether the lines from it down to `node` follow on. */
  private skipUnread(node: TxtNode, siblings: readonly TxtNode[], i: number): UnreadRun {
    let below = node;
    let follows = true;
    let j = i;
    let run: UnreadRun | undefined;
    for (; j >= 0 && this.isUnread(siblings[j]!); j--) {
      const sibling = siblings[j]!;
      if (sibling.type === "Break") continue;
      if (below.loc.start.line > sibling.loc.end.line + 1) follows = false;
      below = sibling;
      const known = this.unreadRuns.get(sibling);
      if (known !== undefined) {
        run = { before: known.before, follows: follows && known.follows };
        break;
      }
    }
    if (run === undefined) {
      const read = siblings[j];
      run = { before: j, follows: follows && (read === undefined || below.loc.start.line <= read.loc.end.line + 1) };
    }
    if (this.isUnread(node)) this.unreadRuns.set(node, run);
    return run;
  }

  /** Lowercase paragraphs that go on with the sentence before them. */
  private readonly goingOn = new Set<TxtNode>();

  private isUnread(node: TxtNode): boolean {
    if (node.type === "Break" || UNREAD.has(node.type)) return true;
    return node.type === "Paragraph" && this.readings.get(node)?.bare === "hidden";
  }

  /** Paragraphs that follow each other and each start with a label form one run. */
  private labelRunOf(node: TxtNode, reading: BlockReading, previous: TxtNode | undefined): object {
    if (reading.label === undefined) return node;
    const run = (previous !== undefined && this.labelRuns.get(previous)) || {};
    this.labelRuns.set(node, run);
    return run;
  }

  private readonly wrapWidths = new Map<TxtNode, WrapWidths>();

  /**
   * Plain text: whether the line `above` was broken by wrapping, so that `below` goes on with
   * it: the first word of `below` would not have fit on it within the width the document's lines
   * are wrapped at, the longest other line that has another line right below it. A document with
   * no such other line shows no width, and its line breaks are the writer's.
   */
  private isWrapped(above: TxtNode, below: TxtNode, parent: TxtParentNode): boolean {
    let widths = this.wrapWidths.get(parent);
    if (widths === undefined) {
      widths = { longest: undefined, first: 0, second: 0 };
      const children = parent.children;
      for (let k = 0; k + 2 < children.length; k++) {
        const line = children[k]!;
        if (line.type !== "Paragraph" || children[k + 1]!.type !== "Break" || children[k + 2]!.type !== "Paragraph") continue;
        const width = lineWidth(line);
        if (width > widths.first) {
          widths.second = widths.first;
          widths.first = width;
          widths.longest = line;
        } else if (width > widths.second) widths.second = width;
      }
      this.wrapWidths.set(parent, widths);
    }
    const width = above === widths.longest ? widths.second : widths.first;
    return width > 0 && lineWidth(above) + 1 + firstWordWidth(below) > width;
  }

  private readonly plainText = new Map<TxtNode, boolean>();

  /** Plain text is parsed as one paragraph per line with Break nodes between them; Markdown never puts a Break there. */
  private isPlainText(parent: TxtParentNode): boolean {
    let plain = this.plainText.get(parent);
    if (plain === undefined) {
      plain = parent.type === "Document" && parent.children.some((child) => child.type === "Break");
      this.plainText.set(parent, plain);
    }
    return plain;
  }

  private indexIn(parent: TxtParentNode, node: TxtNode): number {
    // Most parents (a list item, a quote) hold a few blocks: a look along them costs less than a map.
    if (parent.children.length <= FEW_CHILDREN) return Math.max(0, (parent.children as readonly TxtNode[]).indexOf(node));
    let map = this.positions.get(parent);
    if (map === undefined) {
      map = new Map(parent.children.map((child, i) => [child, i]));
      this.positions.set(parent, map);
    }
    return map.get(node) ?? 0;
  }
}

const FEW_CHILDREN = 8;

/** Whether a block's first word is lowercase, or a name styled lowercase (which lowercaseNames: "reword" reports): the starts whose place is judged. */
function mayStartLower(reading: BlockReading): boolean {
  return reading.first.case === "lower" || reading.first.lowercaseName === true;
}

/** Where the text before a paragraph not read as text is, and whether the lines between follow on. */
interface UnreadRun {
  readonly before: number;
  readonly follows: boolean;
}

/** The two longest lines of a plain-text document that another line follows right below. */
interface WrapWidths {
  longest: TxtNode | undefined;
  first: number;
  second: number;
}

// Endings after which a wrapped line goes on: all but a sentence end (an abbreviation's period
// does not end a sentence before a lowercase word within a line either: "i.e. there").
const WRAPPED_ENDINGS = new Set(["open", "masked", "colon", "abbreviation"]);

/** A plain-text line's width in characters, trailing space left out. */
function lineWidth(line: TxtNode): number {
  return line.loc.start.column + line.raw.trimEnd().length;
}

/** The width of a line's first word. */
function firstWordWidth(line: TxtNode): number {
  const match = /\S+/u.exec(line.raw);
  return match === null ? 0 : match[0].length;
}

/** Whether a paragraph ends so that the next one starts a sentence: a sentence end, a colon, or a title line. */
function endsForNewParagraph(reading: BlockReading, mayBeTitle: boolean): boolean {
  switch (reading.ending) {
    case "sentence":
    case "abbreviation":
    case "colon":
      return true;
    case "open":
      // A title line or a short field line ("Type: null") stands apart from what follows; a few
      // words with no end mark otherwise go on in the next line ("This requires more" / "than …").
      return (mayBeTitle && reading.titleLike) || (reading.fragment && reading.label !== undefined);
    case "masked":
      // A short field line that ends in code or a URL ("Default: `undefined`") stands apart too;
      // a line that ends in a URL without a label is hard-wrapped ("see http://… and http://…" /
      // "are the pages cited").
      return (mayBeTitle && reading.titleLike) || (reading.fragment && reading.label !== undefined);
    case "ellipsis":
      return false;
  }
}

/** The last block inside a node, descending through last children: the paragraph a lazy line continues. */
function lastParagraphIn(node: TxtNode): TxtNode {
  let current = node;
  for (;;) {
    const children = (current as TxtParentNode).children;
    if (current.type === "Paragraph" || children === undefined || children.length === 0) return current;
    current = children[children.length - 1]!;
  }
}
