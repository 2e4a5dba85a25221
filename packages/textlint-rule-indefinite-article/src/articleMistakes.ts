import type { Finding, OptionSpec, Prose, Token } from "@copydesk/prose";
import { decidingPart, readingOf, type Reading } from "./articleFor";

const notArticles = require("../data/not-articles.json") as {
  letterFollowers: string[];
  labels: string[];
  foreignAfterA: string[];
  foreignAfterAn: string[];
  possessives: string[];
};

export interface Options {
  /** Words to write with "a" whatever the rule would decide ("SQL" for "a SQL"). */
  a: string[];
  /** Words to write with "an" ("SQL" for "an SQL", "historic" for "an historic"). */
  an: string[];
  /** Words after which the article is never checked. */
  ignore: string[];
}

export const DEFAULT_OPTIONS: Options = { a: [], an: [], ignore: [] };

export const OPTION_SPECS: { readonly [K in keyof Options]: OptionSpec } = {
  a: { type: "strings" },
  an: { type: "strings" },
  ignore: { type: "strings" },
};

const LETTER_FOLLOWERS = new Set(notArticles.letterFollowers);
const LABELS = new Set(notArticles.labels);
const FOREIGN_AFTER_A = new Set(notArticles.foreignAfterA);
const FOREIGN_AFTER_AN = new Set(notArticles.foreignAfterAn);
const POSSESSIVES = new Set(notArticles.possessives);

// What may stand between an article and its word: opening quotes and brackets, and
// emphasis marks left in plain text (`an "honest" answer`, `a (rare) case`, `a *unique* case`).
// The apostrophe of a shortened decade (an ’80s hit) stands there too.
const OPENERS = new Set(['"', "“", "‘", "’", "'", "(", "[", "«", "‹", "„", "‚", "*", "_", "¡", "¿"]);
// Said after the number they stand before: "an $8 fee" is "an eight-dollar fee".
const CURRENCY = new Set(["$", "£", "€", "¥", "₹"]);
// Marks that may stand at the start of a sentence, before its first word: quotes,
// brackets, and list or heading markers left in plain text.
const LEADING_MARKS = new Set(['"', "“", "‘", "'", "(", "[", "«", "‹", "„", "*", "_", "-", "–", "—", "•", "#", ">"]);
// After these a capital "A" or "An" starts a sentence or clause, so it is an article, not a label.
const CLAUSE_ENDS = new Set([".", "!", "?", "…", ":", ";", "—", "–"]);
// What may come right before an article: the start, a space, an opening mark or a dash.
const BEFORE_ARTICLE = /[\s"“‘'(\[{«—–*_]/u;
const SPACE_AFTER = /\s/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const DIGIT_FIRST = /^\p{Nd}/u;
// Words a title keeps in lower case ("Gone with the Wind", "A Bet on a Future").
const TITLE_SMALL_WORDS = new Set([
  "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by", "up", "with", "from",
  "as", "vs", "via", "per", "into", "onto", "over", "off", "out", "than", "is", "be", "are", "was",
]);

// Marks that may close a sentence or clause after its mark: “He left.” (It did.)
const CLOSING_MARKS = new Set([")", "]", "”", "’", "»", "›"]);

/**
 * Whether the word at tokens[i] starts the text, a quotation or bracket, a sentence or a
 * clause. Read from the punctuation before the word, so that the rule needs no sentence split.
 */
function startsClause(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind === "punct" && LEADING_MARKS.has(tokens[k]!.text)) k--;
  // The start of the text, or of a quotation or bracket: He said, “A new day.”
  if (k < 0 || k < i - 1) return true;
  while (k >= 0 && tokens[k]!.kind === "punct" && CLOSING_MARKS.has(tokens[k]!.text)) k--;
  return k < 0 || (tokens[k]!.kind === "punct" && CLAUSE_ENDS.has(tokens[k]!.text));
}

/**
 * Whether a block's words are in title case, where a capital "A" mid-sentence is still the
 * article. A word that starts the text, a sentence or a clause counts as capitalized whatever
 * its case: sentence-case may capitalize it, and the block must read the same after that fix.
 */
function isTitleCased(tokens: readonly Token[]): boolean {
  let capitalized = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || DIGIT_FIRST.test(token.text)) continue;
    if (UPPER_FIRST.test(token.text) || startsClause(tokens, i)) capitalized++;
    else if (!TITLE_SMALL_WORDS.has(token.text.toLowerCase())) return false;
  }
  return capitalized >= 2;
}

/**
 * Whether a capitalized "A" or "An" at tokens[i] is the article rather than a label or
 * a name (Type A, Hoi An): it starts the text, a quotation, a bracket, a sentence or a
 * clause, or the block is a title in title case.
 */
function capitalIsArticle(tokens: readonly Token[], i: number, titleCased: () => boolean): boolean {
  return startsClause(tokens, i) || titleCased();
}

/** The article with the case of the one it replaces: a -> an, An -> A, A -> AN in a line of capitals. */
function inCaseOf(written: string, article: "a" | "an", shouting: boolean): string {
  if (written === written.toLowerCase()) return article;
  if (written.length === 2 || shouting) return article.toUpperCase();
  return article === "an" ? "An" : "A";
}

function reason(reading: Reading | undefined, article: "a" | "an"): string {
  const sound = article === "an" ? "a vowel sound" : "a consonant sound";
  if (reading === undefined) return `(the "${article}" option lists it)`;
  if (reading.as === "number" && reading.said !== undefined) return `(said "${reading.said}", it starts with ${sound})`;
  if (reading.as === "letters" && reading.said !== undefined) return `(its first letter is said "${reading.said}", ${sound})`;
  return `(it starts with ${sound})`;
}

function listed(words: readonly string[], ...candidates: string[]): boolean {
  for (const word of words) {
    const lower = word.toLowerCase();
    for (const candidate of candidates) if (candidate.toLowerCase() === lower) return true;
  }
  return false;
}

/**
 * Every "a" or "an" in the prose that does not fit the sound of the word after it:
 * "an significant", "a important", "a FBI agent", "an one-time fee", "a 8-bit".
 * Leaves alone what is not an article ("Type A", "a and b", "a la carte", "Frankfurt
 * an der Oder") and words that may take either (herb, SQL) or cannot be read (a name
 * the dictionary lacks).
 */
const ARTICLES = new Set(["a", "an"]);
// Found wherever a word token "a" or "an" is (a token never starts or ends next to a letter),
// and in some places where none is (ça, an’s): a block without a match needs no tokens.
const MAY_HOLD_ARTICLE = /(?<![A-Za-z])[Aa][Nn]?(?![A-Za-z])/;

export function articleMistakes(prose: Pick<Prose, "text" | "tokens">, options: Options): Finding[] {
  const findings: Finding[] = [];
  if (!MAY_HOLD_ARTICLE.test(prose.text)) return findings;
  const { text, tokens } = prose;
  let titleCased: boolean | undefined;
  const isTitle = (): boolean => (titleCased ??= isTitleCased(tokens));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || token.text.length > 2) continue;
    const article = token.text.toLowerCase();
    if (article !== "a" && article !== "an") continue;
    const finding = checkArticle(text, tokens, i, article, options, isTitle);
    if (finding !== undefined) findings.push(finding);
  }
  return findings;
}

function checkArticle(
  text: string,
  tokens: readonly Token[],
  i: number,
  article: "a" | "an",
  options: Options,
  isTitle: () => boolean,
): Finding | undefined {
  const token = tokens[i]!;
  const written = token.text;
  if (!SPACE_AFTER.test(text[token.end] ?? "")) return undefined;
  if (token.start > 0 && !BEFORE_ARTICLE.test(text[token.start - 1]!)) return undefined;
  if (UPPER_FIRST.test(written) && !capitalIsArticle(tokens, i, isTitle)) return undefined;
  // The word before a letter label, past a period: "grade A", "Fig. A".
  let p = i - 1;
  if (tokens[p]?.text === ".") p--;
  const previous = tokens[p];
  if (article === "a" && previous?.kind === "word" && LABELS.has(previous.text.toLowerCase())) return undefined;

  let j = i + 1;
  while (j < tokens.length && tokens[j]!.kind === "punct" && OPENERS.has(tokens[j]!.text)) j++;
  if (j < tokens.length && tokens[j]!.kind === "punct" && CURRENCY.has(tokens[j]!.text) && DIGIT_FIRST.test(tokens[j + 1]?.text ?? "")) j++;
  const next = tokens[j];
  if (next === undefined || next.kind !== "word") return undefined;
  const word = next.text;
  const lowerWord = word.toLowerCase();
  const part = decidingPart(word);
  // "a a apple", "an a hour": a doubled article is a different error, which no choice of article mends.
  if (ARTICLES.has(lowerWord) || ARTICLES.has(tokens[i - 1]?.text.toLowerCase() ?? "")) return undefined;

  // The list writes straight apostrophes; the text may curl them (isn’t, it’s).
  if (article === "a" && LETTER_FOLLOWERS.has(lowerWord.replace(/’/g, "'"))) return undefined;
  if (article === "a" && FOREIGN_AFTER_A.has(lowerWord)) return undefined;
  // "me an my gun": no article stands before a possessive determiner.
  if (POSSESSIVES.has(lowerWord)) return undefined;
  if (article === "an" && (FOREIGN_AFTER_AN.has(lowerWord) || (part.length === 1 && FOREIGN_AFTER_AN.has(part.toLowerCase())))) {
    return undefined;
  }
  if (word.length === 1) {
    // "a x b", "A e.g.": a letter after a letter (the capital may be a sentence start).
    if ((written === "a" || written === "A") && LOWER_FIRST.test(word)) return undefined;
    // "A E I O U", but "A U.S. company" reads the U.
    if (written === "A" && UPPER_FIRST.test(word) && text[next.end] !== ".") return undefined;
  }
  if (listed(options.ignore, word, part)) return undefined;

  let expected: "a" | "an";
  let reading: Reading | undefined;
  const forcedA = listed(options.a, word, part);
  const forcedAn = listed(options.an, word, part);
  if (forcedA !== forcedAn) {
    expected = forcedA ? "a" : "an";
  } else {
    reading = readingOf(word);
    if (reading === undefined || reading.article === "either") return undefined;
    expected = reading.article;
  }
  if (expected === article) return undefined;

  const after = tokens[j + 1];
  const shouting = ALL_CAPS.test(word) && after?.kind === "word" && ALL_CAPS.test(after.text);
  const replacement = inCaseOf(written, expected, shouting);
  const why = reason(reading, expected);
  return {
    range: [token.start, token.end],
    message: `Use "${replacement}" before "${word}" ${why}.`,
    replacement,
  };
}
