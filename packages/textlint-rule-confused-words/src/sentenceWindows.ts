import { isAbbreviation, type Token } from "@copydesk/prose";

const ENDS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * A block's tokens cut into sentences, [start, end) token indices, by a single pass: a sentence
 * ends at ".", "!" or "?" (and any closing quote or bracket) before a capitalized word, unless the
 * word before the period is an abbreviation or a single letter ("U.S.", "Dr."). The rule reads
 * each word within its sentence only, so this cheap cut stands in for @copydesk/prose's sentence
 * splitter, whose cost on dense prose is most of a lint.
 */
export function sentenceWindows(tokens: readonly Token[]): [number, number][] {
  const windows: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "punct" || !ENDS.has(token.text)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === "punct" && (CLOSERS.has(tokens[j]!.text) || ENDS.has(tokens[j]!.text))) j++;
    const next = tokens[j];
    // A run of marks is read once: "a million dots" costs one pass.
    const runEnd = j - 1;
    if (next === undefined || next.kind !== "word" || !UPPER_FIRST.test(next.text)) {
      i = runEnd;
      continue;
    }
    const before = tokens[i - 1];
    if (token.text === "." && before?.kind === "word" && before.end === token.start) {
      if (before.text.length === 1 || isAbbreviation(`${before.text}.`, next.text)) continue;
    }
    windows.push([start, j]);
    start = j;
    i = runEnd;
  }
  if (start < tokens.length) windows.push([start, tokens.length]);
  return windows;
}
