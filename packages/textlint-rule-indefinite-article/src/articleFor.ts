import { dictionaryArticle, isAlsoSpelledOut, listedArticle, type Article } from "./firstSounds";
import { articleForLetterName, isSayable, letterName } from "./sayable";
import { spokenNumber } from "./spokenNumber";

export type { Article };

const eitherData = require("../data/either.json") as { words: string[] };
const hyphenPrefixData = require("../data/hyphen-prefixes.json") as { prefixes: Record<string, Article> };
const HYPHEN_PREFIXES = new Map(Object.entries(hyphenPrefixData.prefixes));
const saidInFull = require("../data/said-in-full.json") as { abbreviations: Record<string, string>; elisions: string[] };
const SAID_AS_WORD = new Map(Object.entries(saidInFull.abbreviations));
// l'Equipement, dell'Economia: a French or Italian word after an elided article.
const ELIDED = new RegExp(`^(?:${saidInFull.elisions.join("|")})['’]\\p{L}`, "iu");

/** How the start of a word is said, and so which article it takes. */
export interface Reading {
  readonly article: Article;
  /** "word": said as written; "letters": said letter by letter (FBI, npm); "number": said as a number. */
  readonly as: "word" | "letters" | "number";
  /** How the start is said, for the message: "eight hundred" (800), "ef" (FBI). */
  readonly said?: string;
}

// Words written in one case only (LaTeX) match that case; the rest match any case.
const EITHER_EXACT = new Set(eitherData.words.filter((w) => /\p{Ll}/u.test(w) && /\p{Lu}/u.test(w)));
const EITHER_ANY_CASE = new Set(eitherData.words.filter((w) => !EITHER_EXACT.has(w)).map((w) => w.toLowerCase()));

const HYPHEN = /^[-‑]$/;
const LEADING_DIGITS = /^\p{Nd}+/u;
const LETTERS = /^[a-z]+$/;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const UPPER_RUN = /^\p{Lu}+/u;
const LOWER_RUN = /^\p{Ll}+/u;
const ALPHA_PREFIX = /^[A-Za-z]+/;
const COMBINING_MARKS = /\p{M}+/gu;
const COMBINING_MARK = /^\p{M}/u;

/** The reading of a word whose first letter is said by its name. */
function byLetter(letter: string): Reading {
  return { article: articleForLetterName(letter), as: "letters", said: letterName(letter) };
}

/** Whether a word is one that either article may stand before (SQL, historic). */
export function isEitherWord(word: string): boolean {
  return EITHER_EXACT.has(word) || EITHER_ANY_CASE.has(word.toLowerCase());
}

/**
 * The part of a token that decides its article: the first part of a hyphenated or
 * slashed word (one-time -> one, LLM-based -> LLM), without a possessive (hour's -> hour).
 */
export function decidingPart(token: string): string {
  const first = token.replace(/’/g, "'").split(/[-‑/]/, 1)[0]!;
  return first.replace(/'s?$/i, "");
}

/**
 * The article before a word, decided by the sound it starts with: "a", "an",
 * "either" (both are right: herb, SQL), or undefined (cannot tell: a name the
 * pronouncing dictionary lacks, a word in another alphabet).
 */
export function articleFor(word: string): Article | undefined {
  return readingOf(word)?.article;
}

/** The article before a word, and how the word is read to decide it. */
export function readingOf(token: string): Reading | undefined {
  if (isEitherWord(token)) return { article: "either", as: "word" };
  const digits = LEADING_DIGITS.exec(token);
  if (digits !== null) {
    const spoken = spokenNumber(digits[0], token.slice(digits[0].length));
    return spoken && { ...spoken, as: "number" };
  }
  if (ELIDED.test(token)) return undefined;
  const part = decidingPart(token);
  if (part === "") return undefined;
  if (part !== token && isEitherWord(part)) return { article: "either", as: "word" };
  // Before a hyphen and not in capitals, "un" is the prefix (un-American), not U.N. (UN-led).
  const prefixArticle = HYPHEN.test(token[part.length] ?? "") && HAS_LOWER.test(part)
    ? HYPHEN_PREFIXES.get(part.toLowerCase())
    : undefined;
  if (prefixArticle !== undefined) return { article: prefixArticle, as: "word" };
  return readingOfWord(part);
}

function readingOfWord(part: string): Reading | undefined {
  // Letters with accents are read as their base letters (café), but a word that starts
  // with an accented letter is usually foreign and said in ways the dictionary lacks.
  const decomposed = part.normalize("NFD");
  if (COMBINING_MARK.test(decomposed[1] ?? "")) return undefined;
  const plain = decomposed.replace(COMBINING_MARKS, "");
  const alpha = ALPHA_PREFIX.exec(plain)?.[0];
  if (alpha === undefined) return undefined;
  // A single letter, alone or before digits (F1, H1, x86): said by its name.
  if (alpha.length === 1) return byLetter(alpha);

  const upperRun = UPPER_RUN.exec(alpha)?.[0] ?? "";
  if (upperRun.length >= 2) return readingOfCapitals(alpha, upperRun);
  const lowerRun = LOWER_RUN.exec(alpha)?.[0] ?? "";
  // iPhone, eBay, mDNS: a lone lower-case letter before capitals is said by its name.
  if (lowerRun.length === 1 && HAS_UPPER.test(alpha)) return byLetter(lowerRun);

  const lower = alpha.toLowerCase();
  if (!LETTERS.test(lower)) return undefined;
  // mln, shr: said as the word they shorten ("a mln bales" is "a million bales").
  const full = SAID_AS_WORD.get(lower);
  if (full !== undefined) return readingOfWord(full);
  const listed = listedArticle(lower);
  if (isSayable(lower) || listed !== undefined) {
    const article = listed ?? dictionaryArticle(lower);
    return article && { article, as: "word" };
  }
  // Not sayable and not in the dictionary: npm, href, mp3 are said letter by letter;
  // a capitalized one (Pty, Wm) or two letters alone (fd, ms, kg: file descriptor,
  // millisecond, kilogram) are as likely an abbreviation said in full.
  if (HAS_UPPER.test(alpha[0]!) || (alpha.length <= 2 && plain.length === alpha.length)) return undefined;
  return byLetter(lower[0]!);
}

/**
 * A word that starts with two or more capitals: an initialism (FBI, NBA, HTTPS,
 * PDFs), an acronym said as a word (NATO, UNESCO), or a word in capitals for
 * emphasis (FREE). Said letter by letter it takes the article of its first letter's
 * name; said as a word, the dictionary's. Where the two disagree and it could be
 * said either way, the rule cannot tell, and stays silent.
 */
function readingOfCapitals(alpha: string, upperRun: string): Reading | undefined {
  const rest = alpha.slice(upperRun.length);
  if (rest === "" || rest === "s") return readingOfInitialism(upperRun);
  // HTMLElement, FFmpeg, IPv4: the last capital may begin the next part, or may not
  // (JSONify): both readings must agree.
  const whole = readingOfInitialism(upperRun);
  const shorter = readingOfInitialism(upperRun.slice(0, -1));
  return whole !== undefined && shorter !== undefined && whole.article === shorter.article ? whole : undefined;
}

function readingOfInitialism(initialism: string): Reading | undefined {
  if (initialism.length === 1) return byLetter(initialism);
  const lower = initialism.toLowerCase();
  if (isEitherWord(initialism)) return { article: "either", as: "word" };
  const byLetters = byLetter(lower[0]!);
  if (isAlsoSpelledOut(lower) || !isSayable(lower)) return byLetters;
  const asWord = dictionaryArticle(lower);
  return asWord === byLetters.article ? { article: asWord, as: "word" } : undefined;
}
