import { MASK, type DocumentBlock, type DocumentWords, type Prose } from "@copydesk/prose";
import { times } from "./counts";
import type { LocatedFinding } from "./located";

const LETTER = /[\p{L}\p{N}]/u;
// The style used less is a slip at each of its marks while it is at most a quarter of the other;
// more often than that, the document has two styles, and one report says so.
const SLIPS_PER_MARK = 4;
const SPACE_OR_OPENER = /[\s([{\u2014\u2013/-]/u;

/** A quotation mark or apostrophe of the document, in one of two styles. */
interface Mark {
  readonly prose: Prose;
  readonly at: number;
  readonly straight: boolean;
}

/**
 * [quotes]: curly double quotation marks that do not pair within a paragraph ("“a disaster“", an
 * opening mark never closed), and straight and curly marks mixed in one document. Apostrophes
 * (inside a word: it's, it’s) and double quotation marks are each one style for the whole
 * document: while the style used less is a slip (at most a quarter as often as the other), it is
 * reported at each of its marks, with the counts, and fixed where the direction is certain (an
 * apostrophe inside a word; a straight mark with a space on one side); a document with two styles
 * in earnest (98 straight, 94 curly), or a tie, gets one report where it first switches, no fix. A quotation that runs over several paragraphs leaves each but the
 * last open, and the next opens with a mark again: that is not reported. Straight marks after a
 * digit (5'10", 12") are measures, and straight marks right around code ("`$HOME`") show a literal
 * value: neither is counted.
 */
export function quoteMarks(words: DocumentWords): LocatedFinding[] {
  // Counted first: most documents write each kind in one style, and then no mark is listed.
  const counts = [0, 0, 0, 0];
  const count: MarkSink = (_prose, _at, apostrophe, straight) => {
    counts[(apostrophe ? 0 : 2) + (straight ? 0 : 1)]!++;
  };
  for (const block of words.blocks) scanMarks(block.prose, count);
  const apostrophesMixed = counts[0]! > 0 && counts[1]! > 0;
  const doublesMixed = counts[2]! > 0 && counts[3]! > 0;
  const apostrophes: Mark[] = [];
  const doubles: Mark[] = [];
  if (apostrophesMixed || doublesMixed) {
    const collect: MarkSink = (prose, at, apostrophe, straight) => {
      if (apostrophe ? apostrophesMixed : doublesMixed) (apostrophe ? apostrophes : doubles).push({ prose, at, straight });
    };
    for (const block of words.blocks) scanMarks(block.prose, collect);
  }
  const findings: LocatedFinding[] = [];
  if (apostrophesMixed) mixedStyles(apostrophes, "apostrophe", findings);
  // One style (or none): curly marks are the style where no straight one is written.
  const curlyDoubles = doublesMixed ? mixedStyles(doubles, "double quotation mark", findings) : counts[2] === 0;
  // Where straight marks are the style, every curly one is reported already, and pairing them is moot.
  if (curlyDoubles) unpairedQuotes(words.blocks, findings);
  return findings;
}

/** Receives each mark the check counts: an apostrophe inside a word or a double quotation mark, straight or curly. */
type MarkSink = (prose: Prose, at: number, apostrophe: boolean, straight: boolean) => void;

const DIGIT = /\d/u;
// Every apostrophe and double quotation mark, straight or curly: one scan of the text finds them
// all (a search for each mark apart reads the text five times, slowly where it holds a character
// beyond Latin-1, as a masked span does).
const MARKS = /['’"“”]/gu;

/**
 * Hands the block's marks to the sink in the order they stand: apostrophes inside words (it's,
 * it’s) and double quotation marks.
 */
function scanMarks(prose: Prose, sink: MarkSink): void {
  const { text } = prose;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    switch (text[i]) {
      case "'":
        if (LETTER.test(text[i - 1] ?? "") && LETTER.test(text[i + 1] ?? "") && !DIGIT.test(text[i - 1]!)) sink(prose, i, true, true);
        break;
      case "’":
        if (LETTER.test(text[i - 1] ?? "") && LETTER.test(text[afterMask(text, i + 1)] ?? "")) sink(prose, i, true, false);
        break;
      case '"':
        // 5'10", 12": a measure; "`^A H`": marks around code, which show a literal value, not a quotation.
        if (!DIGIT.test(text[i - 1] ?? "") && text[i - 1] !== MASK && text[i + 1] !== MASK) sink(prose, i, false, true);
        break;
      default:
        sink(prose, i, false, false);
    }
  }
}

/** The index of the first character at or after `i` that is not MASK: "it&rsquo;s" reads "it’", MASK, "s". */
function afterMask(text: string, i: number): number {
  let k = i;
  while (text[k] === MASK) k++;
  return k;
}

/**
 * Reports the marks of the style the document uses less, and says whether curly marks are the
 * document's style (or the only one).
 */
function mixedStyles(marks: readonly Mark[], kind: string, findings: LocatedFinding[]): boolean {
  const straight = marks.filter((mark) => mark.straight).length;
  const curly = marks.length - straight;
  if (straight === 0 || curly === 0) return straight === 0;
  const tally = `${times(straight)} straight and ${times(curly)} curly`;
  const straightWins = straight > curly;
  if (Math.min(straight, curly) * SLIPS_PER_MARK > Math.max(straight, curly)) {
    // Two styles, not a slip: one report, where the document first switches, and no fix.
    const switched = marks.find((mark) => mark.straight !== marks[0]!.straight)!;
    findings.push({
      prose: switched.prose,
      finding: { range: [switched.at, switched.at + 1], message: `[quotes] The document writes the ${kind} ${tally}: choose one style.` },
    });
    return straight === curly ? false : !straightWins;
  }
  for (const mark of marks) {
    if (mark.straight === straightWins) continue;
    const replacement = straightWins ? (kind === "apostrophe" ? "'" : '"') : curlyFor(mark, kind);
    const shown = replacement ?? (kind === "apostrophe" ? "’" : "“ or ”");
    findings.push({
      prose: mark.prose,
      finding: {
        range: [mark.at, mark.at + 1],
        message: `[quotes] A ${straightWins ? "curly" : "straight"} ${kind}: the document writes the ${kind} ${tally}; write ${shown}.`,
        ...(replacement !== undefined ? { replacement } : {}),
      },
    });
  }
  return !straightWins;
}

/** The curly mark a straight one stands for, where the space around it decides: “ after a space, ” before one. */
function curlyFor(mark: Mark, kind: string): string | undefined {
  if (kind === "apostrophe") return "’";
  const { text } = mark.prose;
  const before = text[mark.at - 1];
  const after = text[mark.at + 1];
  const opens = (before === undefined || SPACE_OR_OPENER.test(before)) && after !== undefined && !/\s/u.test(after);
  const closes = before !== undefined && !/\s/u.test(before) && (after === undefined || /[\s.,;:!?)\]—–]/u.test(after));
  return opens === closes ? undefined : opens ? "“" : "”";
}

// One scan for either curly double mark: cheaper than a search for each.
const CURLY_DOUBLES = /[“”]/u;

/**
 * Curly double quotation marks that do not pair within a paragraph: an opening mark written where
 * a closing one belongs (“a disaster“) and the reverse, fixed; an opening mark never closed, unless
 * the next block opens with a mark or closes the quotation (a quotation over several paragraphs);
 * a closing mark with no opening one, unless the block before was left open.
 */
function unpairedQuotes(blocks: readonly DocumentBlock[], findings: LocatedFinding[]): void {
  let previousOpen = false;
  blocks.forEach((block, b) => {
    const { prose } = block;
    const { text } = prose;
    if (!CURLY_DOUBLES.test(text)) {
      previousOpen = false;
      return;
    }
    let open = -1;
    const report = (at: number, message: string, replacement?: string): void => {
      findings.push({ prose, finding: { range: [at, at + 1], message: `[quotes] ${message}`, ...(replacement ? { replacement } : {}) } });
    };
    // Only the curly marks matter: each is found with indexOf.
    let nextOpening = text.indexOf("“");
    let nextClosing = text.indexOf("”");
    while (nextOpening !== -1 || nextClosing !== -1) {
      const i = nextClosing === -1 || (nextOpening !== -1 && nextOpening < nextClosing) ? nextOpening : nextClosing;
      const c = text[i];
      if (c === "“") nextOpening = text.indexOf("“", i + 1);
      else nextClosing = text.indexOf("”", i + 1);
      if (c === "“") {
        if (open === -1) {
          open = i;
        } else if (LETTER.test(text[i - 1] ?? "") || /[.,!?]/u.test(text[i - 1] ?? "")) {
          if (!LETTER.test(text[i + 1] ?? "")) {
            report(i, "An opening quotation mark where the quotation closes: write ”.", "”");
            open = -1;
          }
        } else {
          report(open, "This quotation is not closed before the next one opens.");
          open = i;
        }
      } else if (c === "”") {
        if (open !== -1) {
          open = -1;
        } else if ((i === 0 || /\s/u.test(text[i - 1]!)) && LETTER.test(text[i + 1] ?? "")) {
          report(i, "A closing quotation mark where the quotation opens: write “.", "“");
          open = i;
        } else if (!(i === firstMark(text) && previousOpen)) {
          report(i, "A closing quotation mark with no opening one in this paragraph.");
        }
      }
    }
    // A quotation over several paragraphs: the next opens with a mark again (news style), or goes
    // on and closes it (a transcript).
    const next = blocks[b + 1]?.prose.text;
    const continues = next !== undefined && (/^\s*[“"]/u.test(next) || next[firstMark(next)] === "”");
    if (open !== -1 && !continues) report(open, "This quotation is not closed in its paragraph.");
    previousOpen = open !== -1;
  });
}

function firstMark(text: string): number {
  const a = text.indexOf("“");
  const b = text.indexOf("”");
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}
