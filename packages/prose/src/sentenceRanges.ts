import type { English as EnglishLists } from "sentence-splitter/lang";
import { isWhiteSpace } from "./whiteSpace";

/**
 * The sentences of a text as sentence-splitter 5 finds them when its abbreviation lists are
 * empty (prose joins sentences at abbreviations itself, in sentences.ts): the same ranges, in
 * one pass in time linear in the length of the text.
 *
 * sentence-splitter reads every character through several parser objects, checks every
 * character against every abbreviation it has marked so far and sorts the quotes and brackets
 * it has met at every sentence end, so a paragraph with many numbered items or quotes takes
 * time that grows with its square. This is its state machine, read from its source, with
 * the state kept in a few numbers: a quote or bracket opened and not yet closed keeps a
 * sentence going; a word the splitter takes for an abbreviation (U.S.A., "12.", "Albert I.
 * Jones") hides its periods; a period ends a sentence only before white space or the end.
 * tests/sentenceRanges.property.test.ts checks it against sentence-splitter itself.
 */
export function sentenceRanges(text: string): Array<[number, number]> {
  const n = text.length;
  const ranges: Array<[number, number]> = [];
  let open = -1; // start of the sentence being read, or -1
  let pairsOpen = 0; // quotes and brackets opened and not closed
  const pairOpen = new Uint8Array(PAIRS.length);
  let hiddenStart = -1; // the last word taken for an abbreviation: its periods end nothing
  let hiddenEnd = -1;
  // The first character of the last word read as part of a sentence, not yet looked at: whether
  // it hides its periods matters only at a sentence mark, so most words are never read twice.
  let pending = -1;
  // The state lives in these locals and the helpers below take it as arguments: a closure that
  // changed it would keep it on the heap, and this loop reads it at every character.
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR || isWhiteSpace(c)) {
      i++;
      continue;
    }
    // Here a word left pending has ended (at white space, or at a mark already read below).
    if (endsSentenceAt(text, i, pairsOpen, hiddenStart, hiddenEnd)) {
      while (i < n && endsSentenceAt(text, i, pairsOpen, hiddenStart, hiddenEnd)) i++;
      if (open >= 0) ranges.push([open, i]);
      open = -1;
      continue;
    }
    if (open < 0) open = i;
    // Whether the character before i separates words; each character is read once in the run below.
    let afterBoundary = i === 0 || isWordBoundary(text, i - 1);
    let d = c;
    // A run of text up to a line break or a sentence end, spaces included.
    for (;;) {
      // sentence-splitter's abbreviation marker, at the first character of a word outside a word already hidden.
      if ((i < hiddenStart || i >= hiddenEnd) && afterBoundary) pending = i;
      // Most characters are no pair mark: one comparison rules them out before a look-up.
      if (d < 0x80 ? ASCII_PAIR_MARK[d] === 1 : d >= FIRST_WIDE_PAIR_MARK) pairsOpen += pairChange(d, pairOpen);
      afterBoundary = isWhiteSpace(d) || (d >= FIRST_CJK && CJK.test(text[i]!));
      i++;
      if (i >= n) break;
      const next = text.charCodeAt(i);
      d = next;
      if (next === LF || next === CR) break;
      if (pending >= 0 && isSeparator(next)) {
        const end = hiddenWordEnd(text, pending);
        if (end >= 0) {
          hiddenStart = pending;
          hiddenEnd = end;
        }
        pending = -1;
      }
      if (endsSentenceAt(text, i, pairsOpen, hiddenStart, hiddenEnd)) break;
    }
  }
  if (open >= 0) ranges.push([open, n]);
  return ranges;
}

/** Whether a sentence ends at i: at a separator, outside open pairs and a hidden word; a period only before white space or the end. */
function endsSentenceAt(text: string, i: number, pairsOpen: number, hiddenStart: number, hiddenEnd: number): boolean {
  if (pairsOpen > 0 || (i >= hiddenStart && i < hiddenEnd)) return false;
  const c = text.charCodeAt(i);
  if (c === PERIOD) return i + 1 >= text.length || isWhiteSpace(text.charCodeAt(i + 1));
  return isSeparator(c);
}

/**
 * The end of the word that starts at i if sentence-splitter takes it for an abbreviation whose
 * periods end nothing (U.S.A., "12.", "Yahoo!", "Albert I. Jones"), else -1.
 */
function hiddenWordEnd(text: string, i: number): number {
  const n = text.length;
  let end = i;
  let marked = false; // only a word with a period or an exclamation mark can be one of them
  for (; end < n && !isWordBoundary(text, end); end++) {
    const c = text.charCodeAt(end);
    if (c === PERIOD || c === EXCLAMATION || c === CLICK) marked = true;
  }
  if (!marked) return -1;
  const word = text.slice(i, end);
  let hides = DOTTED_LETTERS.test(word) || isExclamationWord(word) || LIST_NUMBER.test(word);
  // "Albert I. Jones": a capital and a period between capitalized words.
  if (!hides && CAPITAL_PERIOD.test(word)) hides = CAPITALIZED.test(previousWord(text, i)) && CAPITALIZED.test(text.slice(end + 1, wordEnd(text, end + 1)));
  return hides ? end : -1;
}

/** How a pair mark changes the count of pairs open (+1, -1 or 0), marking its pair open or closed. */
function pairChange(c: number, pairOpen: Uint8Array): number {
  const pair = PAIR_OF.get(c);
  if (pair === undefined) return 0;
  if (pairOpen[pair.index] === 0) {
    if (!pair.opens) return 0;
    pairOpen[pair.index] = 1;
    return 1;
  }
  if (!pair.closes) return 0;
  pairOpen[pair.index] = 0;
  return -1;
}

const LF = 0x0a;
const CR = 0x0d;
const PERIOD = 0x2e;
const EXCLAMATION = 0x21;
const CLICK = 0x01c3; // ǃ, the letter of !Kung and its like, which sentence-splitter lists
/** sentence-splitter's separators: . ． 。 ? ! ？ ！ */
function isSeparator(c: number): boolean {
  return c === PERIOD || c === 0x3f || c === EXCLAMATION || c === 0xff0e || c === 0x3002 || c === 0xff1f || c === 0xff01;
}

// sentence-splitter's pair marks: a sentence does not end inside them.
const PAIR_MARKS = ['""', "[]", "()", "{}", "「」", "（）", "『』", "｛｝", "［］", "〚〛", "【】", "《》"];
const PAIRS = PAIR_MARKS.map((marks, index) => ({ index, start: marks.charCodeAt(0), end: marks.charCodeAt(1) }));
const PAIR_OF = new Map<number, { index: number; opens: boolean; closes: boolean }>();
for (const p of PAIRS) {
  PAIR_OF.set(p.start, { index: p.index, opens: true, closes: p.start === p.end });
  if (p.end !== p.start) PAIR_OF.set(p.end, { index: p.index, opens: false, closes: true });
}
// Which ASCII characters are pair marks, and the first of the others (the CJK brackets and the full-width ones).
const ASCII_PAIR_MARK = new Uint8Array(0x80);
for (const c of PAIR_OF.keys()) if (c < 0x80) ASCII_PAIR_MARK[c] = 1;
const FIRST_WIDE_PAIR_MARK = Math.min(...[...PAIR_OF.keys()].filter((c) => c >= 0x80));

// Every one holds "!" or "ǃ" (checked by tests/sentenceRanges.property.test.ts against sentence-splitter).
// Read from sentence-splitter's list when a word with one is first met, not when the rule loads.
let exclamationWords: ReadonlySet<string> | undefined;
function isExclamationWord(word: string): boolean {
  exclamationWords ??= new Set(
    (require("sentence-splitter/lang") as { English: typeof EnglishLists }).English.EXCLAMATION_WORDS.map((w) => w.toLowerCase()),
  );
  return exclamationWords.has(word.toLowerCase());
}
const DOTTED_LETTERS = /^(?:[a-zA-Z]\.){3,}$/;
const LIST_NUMBER = /^\d+\.$/;
const CAPITAL_PERIOD = /^\p{Lu}\./u;
const CAPITALIZED = /^\p{Lu}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// The first character of any of those scripts; below it a character is not CJK.
const FIRST_CJK = 0x1100;

/** Whether the character at i separates words for the abbreviation marker: white space or CJK. */
function isWordBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isWhiteSpace(c) || (c >= FIRST_CJK && CJK.test(text[i]!));
}

/** The end of the word that starts at i (up to white space or CJK). */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isWordBoundary(text, j)) j++;
  return j;
}

/** The word before the one at i, as sentence-splitter reads it (past white space, back to white space). */
function previousWord(text: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && isWhiteSpace(text.charCodeAt(k))) k--;
  while (k >= 0 && !isWhiteSpace(text.charCodeAt(k))) k--;
  return text.slice(k + 1, wordEnd(text, k + 1));
}
