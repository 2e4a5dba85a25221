import type { TxtNode } from "@textlint/ast-node-types";
import { MASK } from "./nonProse";

/**
 * One piece of a block's plain text, as textlint-util-to-string 3.3.4 records it (its `tokenMaps`):
 * where the piece's node is in the block's raw text (`original`), where its value lies within that
 * (`intermediate`), and where it is in the plain text (`generated`); all relative to the block.
 */
export interface TextPiece {
  readonly original: readonly [number, number];
  readonly intermediate: readonly [number, number];
  readonly generated: readonly [number, number];
}

/**
 * The plain text of a block and its pieces, as textlint-util-to-string's StringSource builds them
 * with a replacer that masks the value of every node `masked` accepts, read in one walk of the
 * tree. StringSource also builds a line table of the raw text and one of the plain text, and a
 * copy of each piece, which the prose layer never reads: on Markdown as written, most paragraphs
 * hold a code span or a link, and building those took longer than reading the text.
 *
 * Undefined for a tree with an `Html` node, which StringSource parses as HTML: the prose layer
 * rewrites inline HTML before reading, so that is left to the library.
 * tests/originalIndex.property.test.ts holds the two to the same text and pieces.
 */
export function textPieces(root: TxtNode, masked: (node: TxtNode) => boolean): { text: string; pieces: TextPiece[] } | undefined {
  const reader = new PieceReader(root, masked);
  return reader.read(root) ? { text: reader.text, pieces: reader.pieces } : undefined;
}

class PieceReader {
  text = "";
  readonly pieces: TextPiece[] = [];
  private readonly rootStart: number;

  constructor(
    private readonly root: TxtNode,
    private readonly masked: (node: TxtNode) => boolean,
  ) {
    this.rootStart = root.range[0];
  }

  /** Reads the children of a node that gives no value of its own; false where the library must read the tree. */
  read(node: TxtNode): boolean {
    const children = (node as { children?: TxtNode[] }).children;
    if (children === undefined) return true;
    for (const child of children) {
      if (child.type === "Html" || !Array.isArray(child.range)) return false;
      const value = this.valueOf(child);
      // A node without a value (or whose value has no place) is read through its children.
      const piece = value ? this.pieceOf(child, node, value) : undefined;
      if (piece === undefined) {
        if (!this.read(child)) return false;
        continue;
      }
      const length = piece[1][1] - piece[1][0];
      // The library counts the piece's length in the raw text, and appends its value.
      this.pieces.push({ original: piece[0], intermediate: piece[1], generated: [this.text.length, this.text.length + length] });
      this.text += value;
    }
    return true;
  }

  /** The value StringSource reads from a node: its value (masked as the replacer says), else its alt text, else its title (not a link's). */
  private valueOf(node: TxtNode): string | undefined {
    const fields = node as { value?: unknown; alt?: unknown; title?: unknown };
    if (typeof fields.value === "string") return this.masked(node) ? MASK.repeat(fields.value.length) : fields.value;
    if ("alt" in node && typeof fields.alt === "string") return fields.alt;
    if ("title" in node && node.type !== "Link" && typeof fields.title === "string") return fields.title;
    return undefined;
  }

  /**
   * Where a node with a value lies, as [original, intermediate]: a text right inside a paragraph
   * by its own range; anything else by the range of its container (the node itself inside a
   * paragraph, else its parent), with its value looked for in the container's raw text from the
   * second character on, as the library does.
   */
  private pieceOf(node: TxtNode, parent: TxtNode, value: string): [readonly [number, number], readonly [number, number]] | undefined {
    if (parent.type === "Paragraph" && node.type === "Str") {
      const range = this.relative(node);
      return [range, range];
    }
    const container = parent.type === "Paragraph" ? node : parent;
    if (!("raw" in container)) return undefined;
    const raw = container.raw;
    const found = raw.indexOf(value, 1);
    const paddingLeft = found === -1 ? 0 : found;
    const paddingRight = raw.length - (paddingLeft + value.length);
    const original = this.relative(container);
    return [original, [original[0] + paddingLeft, original[1] - paddingRight]];
  }

  private relative(node: TxtNode): readonly [number, number] {
    return [node.range[0] - this.rootStart, node.range[1] - this.rootStart];
  }
}
