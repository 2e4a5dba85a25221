import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";
import type { Prose } from "@copydesk/prose";

const OPENING_MARKUP = new Set(["*", "_", "["]);
const CLOSING_MARKUP = new Set(["*", "_", "]"]);
// MDX keeps ES module lines in Markdown files: import X from "…"; export const y = …
const MDX_STATEMENT = /^(?:import\s[^\n]*\sfrom\s*["']|export\s+(?:const|let|var|function|default|\{))/u;

/**
 * Whether the word at prose [start, end) is set off on its own by markup in the file:
 * **prepare**, *async-await*, [decorating](…). Such a word is a term cited or linked, not
 * the first word of a sentence.
 */
export function isMarkedTerm(prose: Prose, start: number, end: number, withLinks = true): boolean {
  const raw = prose.node.raw;
  const [a, b] = prose.nodeRange(start, end);
  const open = raw[a - 1] ?? "";
  const close = raw[b] ?? "";
  if (open === "[" && close === "]") return withLinks;
  return OPENING_MARKUP.has(open) && CLOSING_MARKUP.has(close) && open !== "[" && close !== "]";
}

/** Whether the prose index `at` lies inside an image's alt text (![alt](…)), which is a description, not a sentence. */
export function insideImageAlt(prose: Prose, at: number): boolean {
  const alts = imageAlts(prose.node);
  if (alts.length === 0) return false;
  const [rawAt] = prose.nodeRange(at, at + 1);
  // The last "![" at or before rawAt, and the first "]" after it.
  let lo = 0;
  let hi = alts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (alts[mid]!.open <= rawAt) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found !== -1 && alts[found]!.close >= rawAt;
}

const IMAGE_ALTS = new WeakMap<TxtNode, ReadonlyArray<{ open: number; close: number }>>();

/** Where each "![" of a node's raw text opens, and where the first "]" after it is (-1 when none): found once per node. */
function imageAlts(node: TxtNode): ReadonlyArray<{ open: number; close: number }> {
  let alts = IMAGE_ALTS.get(node);
  if (alts === undefined) {
    const raw = node.raw;
    const found: Array<{ open: number; close: number }> = [];
    let close = 0;
    for (let open = raw.indexOf("!["); open !== -1; open = raw.indexOf("![", open + 1)) {
      if (close !== -1 && close < open) close = raw.indexOf("]", open);
      found.push({ open, close });
    }
    alts = found;
    IMAGE_ALTS.set(node, alts);
  }
  return alts;
}

/**
 * Whether a link's text opens after prose index `from` and holds index `at`: the colon of
 * "see [Debian wiki: Boot](…)" ends no label, while "[manpage: git(1)](…)" is a label in a link.
 */
export function linkTextOpensBetween(prose: Prose, from: number, at: number): boolean {
  const raw = prose.node.raw;
  const [rawFrom] = prose.nodeRange(from, from + 1);
  const [rawAt] = prose.nodeRange(at, at + 1);
  const open = raw.lastIndexOf("[", rawAt);
  return open > rawFrom && raw.lastIndexOf("]", rawAt) < open;
}

/** Whether the character right after the prose index `at` in the file closes markup (a link text or emphasis): "[Ready?](…) for". */
export function closesMarkupAfter(prose: Prose, at: number): boolean {
  const raw = prose.node.raw;
  const [, rawEnd] = prose.nodeRange(at, at + 1);
  const next = raw[rawEnd];
  return next === "]" || next === "*" || next === "_";
}

/** Whether a block is an MDX import or export statement rather than prose. */
export function isMdxStatement(text: string): boolean {
  return MDX_STATEMENT.test(text);
}

const LINKS = new Set(["Link", "LinkReference"]);

/** Whether a block is one link and nothing else: [src](…), - [axe-core, valid-lang](…). */
export function isOneLink(node: TxtNode): boolean {
  const children = (node as TxtParentNode).children;
  return children !== undefined && children.length === 1 && LINKS.has(children[0]!.type as string);
}

const TERM_MARKUP = new Set(["Strong", "Emphasis"]);

/**
 * Whether a paragraph is a term in bold or italics and nothing else (**`deb`**, **< 0**): the
 * term of a definition list written as paragraphs, whose definition follows in its own case.
 */
export function isTermOnly(node: TxtNode): boolean {
  const children = (node as TxtParentNode).children;
  return children !== undefined && children.length === 1 && TERM_MARKUP.has(children[0]!.type as string);
}

/** Whether a paragraph is inline code and nothing else: a line of code shown as a display. */
export function isCodeOnly(node: TxtNode): boolean {
  const children = (node as TxtParentNode).children;
  if (children === undefined || children.length === 0) return false;
  let code = false;
  for (const child of children) {
    if (child.type === "Code") code = true;
    else if (!(child.type === "Str" && /^\s*$/u.test(String((child as { value?: unknown }).value)))) return false;
  }
  return code;
}
