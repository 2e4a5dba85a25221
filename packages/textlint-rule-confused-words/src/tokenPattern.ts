import { ANY_NOUN, ANY_VERB, WordClass, type Token } from "@copydesk/prose";
import { wordClassesOfWord } from "./wordClassesOfWord";

/**
 * One element of a context pattern, written as a string in the pair data:
 *
 * - `about`        the word "about" (any case, straight or curly apostrophe)
 * - `=a`           the word "a" in exactly this case (so "its a" is not "its A-rated")
 * - `a|an|the`     any of these alternatives
 * - `@subject`     any word of a word class (`classes` in the data)
 * - `:noun`        any word the lexicon of @copydesk/prose says can be a noun; `:noun!`: can be nothing else
 * - `:name`        a capitalized word the lexicon has in no class ("Mobil")
 * - `*`            any word
 * - `*ed`          any word ending in "ed" (longer than the ending by two letters or more)
 * - `#`            a number
 * - `%`            masked text: inline code, a URL, a file name
 * - `,`            that punctuation mark
 * - `^`            (first element of `before` only) nothing but punctuation before, back to the start of the sentence
 * - `$`            (last element of `after` only) a punctuation mark
 */
export type ElementTest = ((token: Token, normalized: string) => boolean) & {
  /** The words the element matches, when it matches words and nothing else. */
  readonly words?: ReadonlySet<string>;
};

const READ_AHEAD = 60;
const CURLY = /[’ʼ‘]/g;
const CURLY_TEST = /[’ʼ‘]/;
const DIGIT_FIRST = /^\p{Nd}/u;

/** Lower case, with curly apostrophes made straight: the form every literal and class word is compared in. */
export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  return CURLY_TEST.test(lower) ? lower.replace(CURLY, "'") : lower;
}

export type WordClasses = ReadonlyMap<string, ReadonlySet<string>>;

/** The parts of speech a pattern can name as `:name`, as @copydesk/prose's WordClass flags. */
const PARTS_OF_SPEECH: { readonly [name: string]: number } = {
  noun: ANY_NOUN,
  singular: WordClass.Noun,
  plural: WordClass.PluralNoun,
  verb: ANY_VERB,
  base: WordClass.Verb,
  past: WordClass.Past,
  participle: WordClass.Participle,
  gerund: WordClass.Gerund,
  adjective: WordClass.Adjective,
  adverb: WordClass.Adverb,
  determiner: WordClass.Determiner,
  possessive: WordClass.Possessive,
  pronoun: WordClass.Pronoun,
  preposition: WordClass.Preposition,
  conjunction: WordClass.Conjunction,
  modal: WordClass.Modal,
  number: WordClass.Number,
  wh: WordClass.Wh,
  // Any class at all: a word the lexicon knows, not a foreign one ("in vitro").
  known: ~0,
};

const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * `:name`: a capitalized word that the lexicon has in no class, the name of a firm or a place
 * ("Mobil", "Citibank"). A capitalized common word ("The", "When", "Bank") is not one.
 */
const nameTest: ElementTest = (token) => token.kind === "word" && CAPITAL_FIRST.test(token.text) && wordClassesOfWord(token.text) === 0;

/** `:noun` (the word can be a noun) or `:noun!` (it can be nothing else); `:name`, a name the lexicon lacks. */
function classTest(part: string, where: string): ElementTest {
  if (part === ":name") return nameTest;
  const only = part.endsWith("!");
  const name = part.slice(1, only ? -1 : undefined);
  const flags = PARTS_OF_SPEECH[name];
  if (flags === undefined) {
    throw new Error(`unknown part of speech "${part}" in ${where} (known: ${Object.keys(PARTS_OF_SPEECH).map((n) => `:${n}`).join(", ")}, :name)`);
  }
  return only
    ? (token) => {
        if (token.kind !== "word") return false;
        const classes = wordClassesOfWord(token.text);
        return classes !== 0 && (classes & ~flags) === 0;
      }
    : (token) => token.kind === "word" && (wordClassesOfWord(token.text) & flags) !== 0;
}

/** Compiles one element (without `^`/`$`) into a token test. Throws an Error saying what is wrong with it. */
export function compileElement(element: string, classes: WordClasses): ElementTest {
  if (element.length === 0) throw new Error(`an empty pattern element`);
  const literals = new Set<string>();
  const exact = new Set<string>();
  const tests: ElementTest[] = [];
  const addPart = (part: string, className?: string): void => {
    const where = className === undefined ? `"${element}"` : `word class "@${className}"`;
    if (part === "") throw new Error(`an empty alternative in ${where}`);
    if (part === "^" || part === "$") {
      throw new Error(`"${part}" in ${where} (it belongs first in "before" or last in "after")`);
    }
    if (part.startsWith("@")) {
      if (className !== undefined) throw new Error(`"${part}" inside ${where} (a class cannot name another class)`);
      const entries = classes.get(part.slice(1));
      if (entries === undefined) throw new Error(`unknown word class "${part}" in ${where}`);
      for (const entry of entries) addPart(entry, part.slice(1));
    } else if (part === "*") {
      tests.push((token) => token.kind === "word");
    } else if (part.startsWith("*")) {
      const ending = normalizeWord(part.slice(1));
      tests.push(
        (token, normalized) =>
          token.kind === "word" && normalized.length >= ending.length + 2 && normalized.endsWith(ending),
      );
    } else if (part.startsWith(":") && part.length > 1) {
      tests.push(classTest(part, where));
    } else if (part === "%") {
      tests.push((token) => token.kind === "masked");
    } else if (part === "#") {
      tests.push((token) => token.kind === "word" && DIGIT_FIRST.test(token.text));
    } else if (part.startsWith("=") && part.length > 1) {
      exact.add(part.slice(1).replace(CURLY, "'"));
    } else {
      literals.add(normalizeWord(part));
    }
  };
  for (const part of element.split("|")) addPart(part);
  if (exact.size > 0) {
    tests.push((token) => exact.has(token.text.replace(CURLY, "'")));
  }
  if (literals.size > 0) {
    // Literals are compared against the normalized token, so a literal "," matches the comma token.
    tests.push((token, normalized) => token.kind !== "masked" && literals.has(normalized));
  }
  if (tests.length === 1) {
    const only = tests[0]!;
    // A test of literal words alone says which words they are, for the quick pre-check of a block.
    return exact.size === 0 && literals.size > 0 ? Object.assign(only, { words: literals }) : only;
  }
  return (token, normalized) => tests.some((test) => test(token, normalized));
}

/**
 * A compiled run of elements next to the target word. `edge` is "required" when
 * the run is `^` (or `$`) plus elements, "allowed" when the outermost element
 * offers it as an alternative (`^|so`, `to|that|$`), "no" otherwise.
 */
export interface Sequence {
  /** Elements in text order. */
  readonly tests: readonly ElementTest[];
  readonly edge: "no" | "required" | "allowed";
}

/**
 * Compiles a `before` or `after` list. `^` may only stand in the first element
 * of `before` and `$` only in the last element of `after`.
 */
export function compileSequence(elements: readonly string[], side: "before" | "after", classes: WordClasses): Sequence {
  const anchor = side === "before" ? "^" : "$";
  const outer = side === "before" ? 0 : elements.length - 1;
  let edge: Sequence["edge"] = "no";
  const inner: string[] = [];
  elements.forEach((element, k) => {
    const parts = element.split("|");
    for (const part of parts) {
      if (part === "^" || part === "$") {
        if (part !== anchor) throw new Error(`"${part}", which belongs in "${part === "^" ? "before" : "after"}"`);
        if (k !== outer) throw new Error(`"${anchor}" in "${element}", which is not the ${side === "before" ? "first" : "last"} element`);
      }
    }
    if (k !== outer || !parts.includes(anchor)) {
      inner.push(element);
    } else if (parts.length === 1) {
      edge = "required";
    } else {
      edge = "allowed";
      inner.push(parts.filter((p) => p !== anchor).join("|"));
    }
  });
  return { tests: inner.map((e) => compileElement(e, classes)), edge };
}

/** The sentence's tokens with their normalized text, computed once per sentence. */
export interface TokenRun {
  readonly tokens: readonly Token[];
  readonly normalized: readonly string[];
}

export function tokenRun(tokens: readonly Token[]): TokenRun {
  return { tokens, normalized: tokens.map((t) => (t.kind === "word" || t.kind === "punct" ? normalizeWord(t.text) : "")) };
}

/** Whether only punctuation lies from index `j` back to the start of the sentence. */
function atSentenceStart(run: TokenRun, j: number): boolean {
  for (; j >= 0; j--) if (run.tokens[j]!.kind !== "punct") return false;
  return true;
}

/**
 * Whether index `j` is on a punctuation mark. The end of a block without one is
 * not taken as the end of a clause: in plain text a hard-wrapped line ends mid-sentence.
 */
function atClauseEnd(run: TokenRun, j: number): boolean {
  // A currency sign or a slash ("its budgeted $66,000") is no end.
  return j < run.tokens.length && run.tokens[j]!.kind === "punct" && CLAUSE_BREAKS.has(run.tokens[j]!.text) && !opensQuote(run, j);
}

/**
 * Whether the quotation mark at index `j` opens a quotation: "“", or a straight one with a word
 * right after it and none right before it. What follows belongs to the phrase it stands in
 * (`its so-called "near abroad"`), so it ends no clause; a closing mark still does.
 */
function opensQuote(run: TokenRun, j: number): boolean {
  const mark = run.tokens[j]!;
  if (mark.text === "“") return true;
  if (mark.text !== '"') return false;
  const next = run.tokens[j + 1];
  const previous = run.tokens[j - 1];
  return next !== undefined && next.kind === "word" && next.start === mark.end && (previous === undefined || previous.end < mark.start);
}

/** Whether `sequence` matches the tokens right before index `at`. */
export function matchesBefore(run: TokenRun, at: number, sequence: Sequence): boolean {
  const { tests, edge } = sequence;
  let j = at - 1;
  for (let k = tests.length - 1; k >= 0; k--, j--) {
    if (j >= 0 && tests[k]!(run.tokens[j]!, run.normalized[j]!)) continue;
    // The outermost element may instead be the start of the sentence.
    return k === 0 && edge === "allowed" && atSentenceStart(run, j);
  }
  return edge !== "required" || atSentenceStart(run, j);
}

/** Whether `sequence` matches the tokens right after index `at`. */
export function matchesAfter(run: TokenRun, at: number, sequence: Sequence): boolean {
  const { tests, edge } = sequence;
  let j = at + 1;
  for (let k = 0; k < tests.length; k++, j++) {
    if (j < run.tokens.length && tests[k]!(run.tokens[j]!, run.normalized[j]!)) continue;
    // The outermost element may instead be the end of the clause.
    return k === tests.length - 1 && edge === "allowed" && atClauseEnd(run, j);
  }
  return edge !== "required" || atClauseEnd(run, j);
}

/** Whether any token after index `at` in the sentence passes `test`. */
export function occursLater(run: TokenRun, at: number, test: ElementTest): boolean {
  // At most READ_AHEAD tokens on: a sentence with no end costs no more per word.
  const end = Math.min(run.tokens.length, at + 1 + READ_AHEAD);
  for (let j = at + 1; j < end; j++) if (test(run.tokens[j]!, run.normalized[j]!)) return true;
  return false;
}

// Marks that end a clause; a slash or an apostrophe ("leading/trailing", "th'") does not.
const CLAUSE_BREAKS = new Set([",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "—", "–", '"', "“", "”", "…"]);

/** Whether a token after index `at` and before the end of its clause passes `test`. */
export function occursLaterInClause(run: TokenRun, at: number, test: ElementTest): boolean {
  const end = Math.min(run.tokens.length, at + 1 + READ_AHEAD);
  for (let j = at + 1; j < end && !CLAUSE_BREAKS.has(run.tokens[j]!.text); j++) {
    if (test(run.tokens[j]!, run.normalized[j]!)) return true;
  }
  return false;
}

/** Whether the first word of the clause holding index `at` (after the last punctuation before it) passes `test`. */
export function firstWordOfClause(run: TokenRun, at: number, test: ElementTest): boolean {
  let j = at;
  // No further back than READ_AHEAD words: a clause that long has no start a context could name.
  while (j > 0 && j > at - READ_AHEAD && run.tokens[j - 1]!.kind === "word") j--;
  return test(run.tokens[j]!, run.normalized[j]!);
}
