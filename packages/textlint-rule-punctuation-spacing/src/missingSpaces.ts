import { isWhiteSpace, type Finding, type OptionSpec, type Prose } from "@copydesk/prose";

export interface Options {
  comma: boolean;
  period: boolean;
  semicolon: boolean;
  colon: boolean;
  question: boolean;
  exclamation: boolean;
}

export const DEFAULT_OPTIONS: Options = {
  comma: true,
  period: true,
  semicolon: true,
  colon: true,
  question: true,
  exclamation: true,
};

export const OPTION_SPECS: { readonly [K in keyof Options]: OptionSpec } = {
  comma: { type: "boolean" },
  period: { type: "boolean" },
  semicolon: { type: "boolean" },
  colon: { type: "boolean" },
  question: { type: "boolean" },
  exclamation: { type: "boolean" },
};

const MARK_OPTION: Readonly<Record<string, keyof Options>> = {
  ",": "comma",
  ".": "period",
  ";": "semicolon",
  ":": "colon",
  "?": "question",
  "!": "exclamation",
};

const MARK_NAME: Readonly<Record<string, string>> = {
  ",": "comma",
  ".": "period",
  ";": "semicolon",
  ":": "colon",
  "?": "question mark",
  "!": "exclamation mark",
};

// A mark, any closing quotes or brackets after it, then the letter that should have had a space before it.
const CANDIDATE = /[,.;:?!]["'”’)\]]*(?=\p{L})/gu;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const INNER_UPPER = /\p{Lu}/u;
const WORD_AFTER = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/uy;
// Characters that make a run of text code or data rather than prose: key=a,b; a_b.c; <x>; x|y.
const CODE_LIKE = /[=_<>{}[\]|\\^~`#*@$/]/u;
const SPACE = /\s/u;
const OPTION_FLAG = /^[“‘"'(]*--?\p{L}/u;
// A chemical name's locants are one capital or digit each, apart by commas with no space, and the
// last is joined to the name by a hyphen (IUPAC Recommendations 2013, P-14.3: "N,N-dimethyl").
const LOCANT = /^[\p{Lu}\p{Nd}]$/u;
const LOCANT_BEFORE_NAME = /^[\p{Lu}\p{Nd}]-\p{L}/u;

/** The run of non-space characters around index i. */
function runAround(text: string, i: number): string {
  let a = i;
  let b = i;
  while (a > 0 && !isWhiteSpace(text.charCodeAt(a - 1))) a--;
  while (b < text.length && !isWhiteSpace(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/**
 * The runs around a text's marks, read once each: the marks of one run (a,b,c,d or
 * a.Ba.Ba.B) share its reading, so a long run is not read again for each of its marks.
 */
class Runs {
  private start = -1;
  private end = -1;
  private run = "";
  private codeLike = false;
  private dottedStart = -1;
  private dottedEnd = -1;
  private dotted = "";

  constructor(private readonly text: string) {}

  /** The run of non-space characters around index i. */
  around(i: number): string {
    if (i < this.start || i >= this.end) {
      const { text } = this;
      let a = i;
      let b = i;
      while (a > 0 && !isWhiteSpace(text.charCodeAt(a - 1))) a--;
      while (b < text.length && !isWhiteSpace(text.charCodeAt(b))) b++;
      this.start = a;
      this.end = b;
      this.run = text.slice(a, b);
      this.codeLike = CODE_LIKE.test(this.run);
    }
    return this.run;
  }

  /** Whether the run around index i holds characters of code or data (key=a,b; a_b.c; <x>; x|y). */
  isCodeLike(i: number): boolean {
    this.around(i);
    return this.codeLike;
  }

  /**
   * The dotted run around the period at index i, bounded by spaces and by the other marks
   * (so that a fix after a comma does not turn "the.the, the.London" into a different run).
   */
  dottedAround(i: number): string {
    if (i < this.dottedStart || i >= this.dottedEnd) {
      const { text } = this;
      let a = i;
      let b = i + 1;
      while (a > 0 && !isClauseMark(text.charCodeAt(a - 1))) a--;
      while (b < text.length && !isClauseMark(text.charCodeAt(b))) b++;
      this.dottedStart = a;
      this.dottedEnd = b;
      this.dotted = text.slice(a, b);
    }
    return this.dotted;
  }
}

// Marks that can end a clause, and so bound a dotted name: white space , ; : ? !
const isClauseMark = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21 || isWhiteSpace(c);

// Up to nine digits alone at the start of a line, then a period: a Markdown ordered-list
// marker once a space follows, so a fix there would turn the line into a list item.
const DIGIT_CHAR = /\p{Nd}/u;
const MAX_LIST_DIGITS = 9;

/** Whether the text before index `at` on its line is up to nine digits after nothing but spaces; read back from `at`, never the whole line. */
function endsWithListNumber(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && at - k < MAX_LIST_DIGITS + 1 && DIGIT_CHAR.test(text[k - 1]!)) k--;
  const digits = at - k;
  if (digits === 0 || digits > MAX_LIST_DIGITS) return false;
  while (k > 0 && text[k - 1] !== "\n" && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  return k === 0 || text[k - 1] === "\n";
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WORD_JOINER = /['’\-]/u;

/** The word that ends right before index i, as the tokenizer reads words: "Dr", "centers", "it's". */
function wordBefore(text: string, i: number): string {
  let a = i;
  for (;;) {
    while (a > 0 && WORD_CHAR.test(text[a - 1]!)) a--;
    if (a > 1 && a < i && WORD_JOINER.test(text[a - 1]!) && WORD_CHAR.test(text[a - 2]!)) a--;
    else break;
  }
  return text.slice(a, i);
}

/**
 * Whether a word can start a sentence: capitalized, "The", "Reed" (not "NET", "D", "A"), with no
 * capital inside, which makes an identifier (fastify.RawServerBase, Object.defineProperty).
 */
function isCapitalizedWord(word: string): boolean {
  return UPPER.test(word[0]!) && word.length > 1 && LOWER.test(word[1]!) && !INNER_UPPER.test(word.slice(1));
}

/** Whether a period after `before` and before `after` is the end of a sentence that lacks its space. */
function isRunTogetherSentence(text: string, runs: Runs, at: number, before: string, after: string): boolean {
  if (!isCapitalizedWord(after)) return false;
  // Ellipses are not sentence periods.
  if (text[at - 1] === ".") return false;
  // Several periods between letters make a name or identifier: J.R.R., System.Collections.Generic.
  const run = runs.dottedAround(at);
  const innerPeriods = run.replace(/[.?!"'”’)\]]+$/u, "").split(".").length - 1;
  if (innerPeriods > 1) return false;
  // The period follows a word, a number, a percent sign or a closing quote or bracket.
  const prev = text[at - 1];
  if (prev === undefined) return false;
  if (!(LETTER.test(prev) || DIGIT.test(prev) || prev === "%" || /["'”’)\]]/u.test(prev))) return false;
  // One-letter words before the period are initials (J.Smith reads as a name either way).
  if (before.length === 1 && UPPER.test(before)) return false;
  return true;
}

// Names that begin with a period and a capital, which a space before them does not make a slip.
const DOTTED_NAMES: ReadonlySet<string> = new Set(
  (require("../data/dotted-names.json") as { names: string[] }).names,
);
const BEFORE_SPACE = /[\p{L}\p{N}"'”’)\]%]/u;

/**
 * Whether a comma or period at index `at`, with one space before it and a word right after,
 * stands on the wrong side of its space: "the government .Once", "request ,reply".
 */
function isSpaceOnWrongSide(text: string, runs: Runs, at: number, mark: string, after: string): boolean {
  if (text[at - 1] !== " " || !BEFORE_SPACE.test(text[at - 2] ?? "")) return false;
  if (text[at + 1] !== after[0]) return false; // no quote or bracket between: " .)" is not this slip
  if (mark === ",") return after.length > 1;
  if (mark !== ".") return false;
  // A sentence that starts with a capitalized word (not .NET, .Net, .NETStandard, .gitignore).
  if (DOTTED_NAMES.has(`.${after}`)) return false;
  if (!isCapitalizedWord(after)) return false;
  // Another period in the run after it makes a dotted name: .Something.Else
  return !runs.dottedAround(at).slice(1).includes(".");
}

/** Findings for every missing space after a punctuation mark in the prose. */
export function missingSpaces(prose: Pick<Prose, "text">, options: Options): Finding[] {
  const { text } = prose;
  const findings: Finding[] = [];
  const runs = new Runs(text);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const mark = m[0][0]!;
    const option = MARK_OPTION[mark]!;
    if (!options[option]) continue;
    const prev = text[at - 1];
    if (prev === undefined) continue;
    const afterStart = at + m[0].length;
    WORD_AFTER.lastIndex = afterStart;
    const wordMatch = WORD_AFTER.exec(text);
    if (wordMatch === null) continue;
    const after = wordMatch[0];
    if (SPACE.test(prev)) {
      if (isSpaceOnWrongSide(text, runs, at, mark, after) && !runs.isCodeLike(at)) {
        const before = runAround(text, at - 2);
        findings.push({
          range: [at - 1, afterStart + after.length],
          message: `Space before the ${MARK_NAME[mark]} instead of after it: write "${before}${mark} ${after}".`,
          replacement: `${mark} ${after}`,
        });
      }
      continue;
    }
    const before = wordBefore(text, at);
    if (runs.isCodeLike(at)) continue;
    const run = runs.around(at);
    // A command-line option is code even outside code markup: perl -d:Trace, --format:Json.
    if (OPTION_FLAG.test(run)) continue;

    let flagged = false;
    switch (mark) {
      case ",":
        // "sectors,offering", "2020,We"; never between digits (1,000; 1,2,3), nor between the
        // locants of a chemical name (N,O-bis(trimethylsilyl)…, N,N-dimethylformamide).
        flagged =
          (LETTER.test(prev) || DIGIT.test(prev) || /["'”’)\]%]/u.test(prev)) &&
          !(before.length === 1 && after.length === 1) &&
          !(LOCANT.test(before) && LOCANT_BEFORE_NAME.test(after));
        break;
      case ".":
        flagged = isRunTogetherSentence(text, runs, at, before, after);
        break;
      case ";":
        // "leave;however"; not an HTML entity such as &amp;x, nor a short form such as tl;dr.
        flagged =
          LETTER.test(prev) &&
          !(before.length <= 2 && after.length <= 2) &&
          !/&[a-z]+$/iu.test(text.slice(Math.max(0, at - 10), at));
        break;
      case ":":
        // "Note:The", "Interviewer:This"; not key:value, node:fs, 10:30 or 3:16.
        flagged = LOWER.test(prev) && UPPER.test(after[0]!) && after.length > 1 && LOWER.test(after[1]!);
        break;
      case "?":
      case "!":
        // "you?I looked", "text!And"; not Yahoo!Mail-style names with a lowercase continuation.
        flagged =
          (LETTER.test(prev) || DIGIT.test(prev)) &&
          UPPER.test(after[0]!) &&
          (after.length === 1 || LOWER.test(after[1]!));
        break;
    }
    if (!flagged) continue;
    const marks = m[0];
    const listMarker = mark === "." && endsWithListNumber(text, at);
    findings.push({
      range: [at, afterStart + after.length],
      message: `Missing space after the ${MARK_NAME[mark]}: write "${before}${marks} ${after}".`,
      ...(listMarker ? {} : { replacement: `${marks} ${after}` }),
    });
  }
  return findings;
}
