import type { TextlintRuleContext } from "@textlint/types";
import type { Prose } from "./prose";

/** What a rule's core decides: a range of prose text, a message, and the text to put there if the fix is certain. */
export interface Finding {
  /** [start, end) as indices into the prose text. */
  readonly range: readonly [number, number];
  readonly message: string;
  readonly replacement?: string;
  /**
   * A change to offer without applying it (textlint's suggestions): where a fix is not
   * certain but one reading is, e.g. which currency a bare "¥" means.
   */
  readonly suggestion?: { readonly id: string; readonly range: readonly [number, number]; readonly text: string; readonly message: string };
}

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * How many code units the node's range runs ahead of the file text textlint reports on: 1 in a
 * plain-text file that starts with a byte order mark, whose tree the text plugin builds with the
 * mark while the text that reports and fixes index into has it removed; 0 otherwise.
 */
function treeAhead(source: string, node: Prose["node"]): 0 | 1 {
  const [start, end] = node.range;
  if (source.slice(start, end) === node.raw) return 0;
  const raw = node.raw.startsWith(BYTE_ORDER_MARK) ? node.raw.slice(1) : node.raw;
  return source.slice(Math.max(0, start - 1), end - 1) === raw ? 1 : 0;
}

/**
 * Reports findings on a prose node through textlint. A fix is attached only when
 * the file text under the range is exactly the prose text under it, so a fix can
 * never reach into markup, code or a URL that position mapping stepped over, and
 * never into the label of a reference link. A suggestion is offered on the same terms.
 */
export function reportFindings(context: Readonly<TextlintRuleContext>, prose: Prose, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  const { report, RuleError, locator, fixer, getSource } = context;
  const ahead = treeAhead(getSource(), prose.node);
  const raw = ahead === 0 ? getSource(prose.node) : prose.node.raw;
  // Node offsets as textlint reads them, against the text it reports on.
  const reported = ([start, end]: readonly [number, number]): [number, number] => [
    Math.max(start - ahead, -prose.node.range[0]),
    Math.max(end - ahead, -prose.node.range[0]),
  ];
  // The file range of a prose range, where the file holds exactly that prose and no reference label.
  const changeable = (start: number, end: number): [number, number] | undefined => {
    const range = prose.nodeRange(start, end);
    if (raw.slice(range[0], range[1]) !== prose.text.slice(start, end)) return undefined;
    if (prose.unfixableRanges.some(([a, b]) => range[0] < b && a < range[1])) return undefined;
    return reported(range);
  };
  for (const finding of findings) {
    const [start, end] = finding.range;
    const fixAt = finding.replacement !== undefined ? changeable(start, end) : undefined;
    const { suggestion } = finding;
    const suggestAt = suggestion !== undefined ? changeable(suggestion.range[0], suggestion.range[1]) : undefined;
    report(
      prose.node,
      new RuleError(finding.message, {
        padding: locator.range(reported(prose.nodeRange(start, end))),
        ...(fixAt ? { fix: fixer.replaceTextRange(fixAt, finding.replacement!) } : {}),
        ...(suggestAt
          ? { suggestions: [{ id: suggestion!.id, message: suggestion!.message, fix: fixer.replaceTextRange(suggestAt, suggestion!.text) }] }
          : {}),
      }),
    );
  }
}
