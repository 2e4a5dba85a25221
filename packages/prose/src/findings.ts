import type { TextlintRuleContext } from "@textlint/types";
import type { Prose } from "./prose";

/** What a rule's core decides: a range of prose text, a message, and the text to put there if the fix is certain. */
export interface Finding {
  /** [start, end) as indices into the prose text. */
  readonly range: readonly [number, number];
  readonly message: string;
  readonly replacement?: string;
}

/**
 * Reports findings on a prose node through textlint. A fix is attached only when
 * the file text under the range is exactly the prose text under it, so a fix can
 * never reach into markup, code or a URL that position mapping stepped over, and
 * never into the label of a reference link.
 */
export function reportFindings(context: Readonly<TextlintRuleContext>, prose: Prose, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  const { report, RuleError, locator, fixer, getSource } = context;
  const raw = getSource(prose.node);
  for (const finding of findings) {
    const [start, end] = finding.range;
    const range = prose.nodeRange(start, end);
    const certain =
      finding.replacement !== undefined &&
      raw.slice(range[0], range[1]) === prose.text.slice(start, end) &&
      !prose.unfixableRanges.some(([a, b]) => range[0] < b && a < range[1]);
    report(
      prose.node,
      new RuleError(finding.message, {
        padding: locator.range(range),
        ...(certain ? { fix: fixer.replaceTextRange(range, finding.replacement!) } : {}),
      }),
    );
  }
}
