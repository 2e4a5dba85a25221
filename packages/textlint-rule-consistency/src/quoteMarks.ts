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
  const apostrophes: Mark[] = [];
  const doubles: Mark[] = [];
  for (const block of words.blocks) collectMarks(block.prose, apostrophes, doubles);
  const findings: LocatedFinding[] = [];
  mixedStyles(apostrophes, "apostrophe", findings);
  const curlyDoubles = mixedStyles(doubles, "double quotation mark", findings);
  // Where straight marks are the style, every curly one is reported already, and pairing them is moot.
  if (curlyDoubles) unpairedQuotes(words.blocks, findings);
  return findings;
}

function collectMarks(prose: Prose, apostrophes: Mark[], doubles: Mark[]): void {
  const { text } = prose;
  const inWords: Mark[] = [];
  for (let i = text.indexOf("'"); i !== -1; i = text.indexOf("'", i + 1)) {
    if (LETTER.test(text[i - 1] ?? "") && LETTER.test(text[i + 1] ?? "") && !/\d/u.test(text[i - 1]!)) inWords.push({ prose, at: i, straight: true });
  }
  for (let i = text.indexOf("’"); i !== -1; i = text.indexOf("’", i + 1)) {
    if (LETTER.test(text[i - 1] ?? "") && LETTER.test(text[afterMask(text, i + 1)] ?? "")) inWords.push({ prose, at: i, straight: false });
  }
  if (inWords.length > 1) inWords.sort((a, b) => a.at - b.at);
  for (const mark of inWords) apostrophes.push(mark);
  const found: Mark[] = [];
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    // 5'10", 12": a measure; "`^A H`": marks around code, which show a literal value, not a quotation.
    if (!/\d/u.test(text[i - 1] ?? "") && text[i - 1] !== MASK && text[i + 1] !== MASK) found.push({ prose, at: i, straight: true });
  }
  for (const curly of ["“", "”"]) {
    for (let i = text.indexOf(curly); i !== -1; i = text.indexOf(curly, i + 1)) found.push({ prose, at: i, straight: false });
  }
  if (found.length > 1) found.sort((a, b) => a.at - b.at);
  for (const mark of found) doubles.push(mark);
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
    if (!text.includes("“") && !text.includes("”")) {
      previousOpen = false;
      return;
    }
    let open = -1;
    const report = (at: number, message: string, replacement?: string): void => {
      findings.push({ prose, finding: { range: [at, at + 1], message: `[quotes] ${message}`, ...(replacement ? { replacement } : {}) } });
    };
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
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
