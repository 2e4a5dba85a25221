/**
 * What the playground decides about reports, apart from the page: where a report's mark
 * goes, what a fix does to the text, and where a report sits after the writer edits the
 * text it was made on. Ranges are UTF-16 offsets `[start, end)`, as textlint gives them.
 */

export type Range = readonly [number, number];

/** The part of a textlint message the playground uses. */
export interface Report {
  ruleId: string;
  message: string;
  range: Range;
  fix?: { range: Range; text: string };
}

/** A run of the text, and the reports (by index) whose mark covers it. */
export interface Segment {
  start: number;
  end: number;
  reports: number[];
}

/** The edit that turns one text into another: `old[start, oldEnd)` became `new[start, newEnd)`. */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The range a report's mark covers. A report on an empty range (a place, not a word) is
 * marked on the character after it, or before it at the end of the text, so it can be seen.
 */
export function markRange(range: Range, textLength: number): Range {
  const start = Math.max(0, Math.min(range[0], textLength));
  const end = Math.max(start, Math.min(range[1], textLength));
  if (start < end) return [start, end];
  if (end < textLength) return [start, end + 1];
  return start > 0 ? [start - 1, start] : [0, 0];
}

/**
 * The text cut into runs at every mark's edges, each run with the reports that cover it, in
 * order; runs no report covers are included, so the runs together are the whole text.
 * Overlapping reports share the runs they both cover.
 */
export function segmentsFor(textLength: number, ranges: readonly Range[]): Segment[] {
  const edges: { at: number; report: number; opens: boolean }[] = [];
  ranges.forEach((range, report) => {
    const [start, end] = markRange(range, textLength);
    if (start === end) return;
    edges.push({ at: start, report, opens: true }, { at: end, report, opens: false });
  });
  edges.sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  const open = new Set<number>();
  let from = 0;
  let i = 0;
  while (i <= edges.length) {
    const at = i < edges.length ? edges[i]!.at : textLength;
    if (at > from) {
      segments.push({ start: from, end: at, reports: [...open].sort((a, b) => a - b) });
      from = at;
    }
    if (i === edges.length) break;
    for (; i < edges.length && edges[i]!.at === at; i++) {
      const edge = edges[i]!;
      if (edge.opens) open.add(edge.report);
      else open.delete(edge.report);
    }
  }
  return segments;
}

/** The text with one fix applied: its range replaced by its text, nothing else changed. */
export function applyFix(text: string, fix: { range: Range; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** The one edit between two texts: what lies between their common start and common end. */
export function editBetween(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * Where a range of the old text is in the new text, or `undefined` when the edit touched it
 * (its words changed, so what was reported on them may no longer hold). Typing right after
 * a range or right before it leaves it in place.
 */
export function mapRange(range: Range, edit: Edit): Range | undefined {
  if (range[1] <= edit.start) return range;
  if (range[0] >= edit.oldEnd) {
    const shift = edit.newEnd - edit.oldEnd;
    return [range[0] + shift, range[1] + shift];
  }
  return undefined;
}

/**
 * The reports made on one text, moved onto a text the writer has edited since: each keeps
 * its words, and the reports whose words (or whose fix's words) the edit touched are left out
 * until the next lint.
 */
export function mapReports<R extends Report>(reports: readonly R[], before: string, after: string): R[] {
  if (before === after) return [...reports];
  const edit = editBetween(before, after);
  const moved: R[] = [];
  for (const report of reports) {
    const range = mapRange(report.range, edit);
    if (!range) continue;
    if (report.fix) {
      const fixRange = mapRange(report.fix.range, edit);
      if (!fixRange) continue;
      moved.push({ ...report, range, fix: { ...report.fix, range: fixRange } });
    } else {
      moved.push({ ...report, range });
    }
  }
  return moved;
}

/** A function giving the 1-based line and column of an offset in `text`, as textlint counts them. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

/** A rule's name inside its preset: `@copydesk/recommended/sentence-case` is `sentence-case`. */
export function ruleNameOf(ruleId: string): string {
  return ruleId.slice(ruleId.lastIndexOf("/") + 1);
}
