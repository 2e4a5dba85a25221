import type { DocumentBlock, DocumentWords, Token } from "@copydesk/prose";
import type { LocatedFinding } from "./located";

const data = require("../data/acronyms.json") as {
  smallWords: string[];
  notAcronyms: string[];
  xPrefixes: string[];
  legalForms: string[];
  reversedHeads: string[];
  postmodifierPrepositions: string[];
  codedPlaces: string[];
};
const SMALL_WORDS = new Set(data.smallWords);
const LEGAL_FORMS = new Set(data.legalForms);
const NOT_ACRONYMS = new Set(data.notAcronyms);
const REVERSED_HEADS = new Set(data.reversedHeads);
const POSTMODIFIER_PREPOSITIONS = new Set(data.postmodifierPrepositions);
const CODED_PLACES = new Set(data.codedPlaces);
// IATA location identifiers have three letters.
const PLACE_CODE_LETTERS = 3;
const X_WORD = new RegExp(`^(?:${data.xPrefixes.join("|")})`, "u");

/** Whether a word (lowercase) can give the letter as its initial: its first letter, or X for ex-, cross-, trans-. */
function givesInitial(word: string, letter: string | undefined): boolean {
  return word[0] === letter || (letter === "x" && X_WORD.test(word));
}

// Two to eight capitals, with a plural s: SEC, AGI, APIs. Mixed case (Fed, IoT) may be a word and is never reported.
const ACRONYM = /^\p{Lu}{2,8}s?$/u;
const MAX_EXTRA_WORDS = 4;

/** A word of the phrase before an acronym; hyphenated words count as their parts (general-purpose). */
interface PhraseWord {
  /** The word in lowercase. */
  readonly text: string;
  /** As written. */
  readonly written: string;
  readonly small: boolean;
  /** Whether it may give no letter: a small word, or a later part of a hyphenated word (Kernel-based, KVM). */
  readonly optional: boolean;
  /** Index of the word it is part of in the phrase. */
  readonly from: number;
}

/**
 * Whether the letters of an acronym fit the words of a phrase, read as its expansion: the first
 * letter is the initial of the first word, every word other than a small one (and, of, the) gives
 * its initial in order, and the other letters come from inside the words, in order: "Securities
 * and Exchange Commission" fits SEC, "Hypertext Transfer Protocol" fits HTTP; "general-purpose
 * artificial intelligence" does not fit AGI.
 */
export function acronymFits(acronym: string, phrase: readonly string[]): boolean {
  return fitsFrom(lettersOf(acronym), phraseWords(phrase), isClipping(acronym));
}

/** Whether the acronym has lowercase letters besides a plural s: a clipping such as Fed or Amex, which may leave words out. */
function isClipping(acronym: string): boolean {
  return /\p{Ll}/u.test(acronym.replace(/s$/u, "").slice(1));
}

function lettersOf(acronym: string): string {
  return (acronym.endsWith("s") ? acronym.slice(0, -1) : acronym).toLowerCase();
}

// An elided article or preposition of French or Italian before a word gives no letter: the
// Conseil supérieur de l'Audiovisuel (CSA), the Banca d'Italia (BdI).
const ELIDED = /^(?:l|d|dell|all|dall|nell|sull|qu)['’](?=\p{L})/iu;

function phraseWords(phrase: readonly string[]): PhraseWord[] {
  return phrase.flatMap((word, from) =>
    word
      .replace(ELIDED, "")
      .split(/[-‑]/u)
      .filter((part) => part.length > 0)
      .map((part, p) => {
        const small = SMALL_WORDS.has(part.toLowerCase());
        return { text: part.toLowerCase(), written: part, small, optional: small || p > 0, from };
      }),
  );
}

/** Whether the letters fit all of the words (from the first word, which must give the first letter). */
function fitsFrom(letters: string, words: readonly PhraseWord[], clipping = false): boolean {
  if (words.length === 0) return false;
  const memo = new Map<number, boolean>();
  // At letter li, at word wi, at position pos inside that word (0: the word's start, not yet used).
  const fits = (li: number, wi: number, pos: number): boolean => {
    if (wi === words.length) return li === letters.length;
    const key = (li * 64 + wi) * 64 + Math.min(pos, 63);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[wi]!;
    let result = false;
    if (pos === 0) {
      // A small word or a later part of a hyphenated word may give nothing (in a clipping, any word
      // after the first); any word may give its initial. The first word gives the first letter.
      if ((word.optional && wi > 0) || (clipping && wi > 0)) result = fits(li, wi + 1, 0);
      if (!result && li < letters.length && givesInitial(word.text, letters[li])) result = fits(li + 1, wi, 1);
    } else {
      // After its initial, a word may give more letters from inside, in order, or hand over to the next word.
      result = fits(li, wi + 1, 0);
      for (let p = word.text.indexOf(letters[li] ?? "", pos); !result && li < letters.length && p !== -1; p = word.text.indexOf(letters[li]!, p + 1)) {
        result = fits(li + 1, wi, p + 1);
      }
    }
    memo.set(key, result);
    return result;
  };
  return fits(0, 0, 0);
}

/**
 * The shortest run of words right before the acronym that it fits, or undefined. One last word
 * may stand outside the expansion: "Common Internet File System Protocol (CIFS)", "the
 * Work-Needing and Prospective Packages list (WNPP)".
 */
function fittingPhrase(letters: string, words: readonly PhraseWord[]): PhraseWord[] | undefined {
  for (const end of [words.length, words.length - 1]) {
    for (let start = end - 1; start >= 0; start--) {
      const phrase = words.slice(start, end);
      if (fitsFrom(letters, phrase)) return phrase;
    }
  }
  return undefined;
}

/**
 * The run of words the acronym fits once a government body's name is read in its formal order:
 * news copy puts the field before the head noun ("US Agriculture Department"), the acronym may
 * follow the formal name ("US Department of Agriculture", USDA). The head moves before the words
 * that come after the first ones, with an "of" that may give its letter (DOE).
 */
function formalOrderPhrase(letters: string, words: readonly PhraseWord[]): PhraseWord[] | undefined {
  const head = words[words.length - 1];
  if (head === undefined || !REVERSED_HEADS.has(head.text)) return undefined;
  const of: PhraseWord = { text: "of", written: "of", small: true, optional: true, from: head.from };
  for (let at = words.length - 2; at >= 0; at--) {
    const phrase = fittingPhrase(letters, [...words.slice(0, at), head, of, ...words.slice(at, -1)]);
    if (phrase !== undefined) return phrase;
  }
  return undefined;
}

/**
 * How the letters match the initials of the phrase's words other than small ones, each initial
 * used once: an expansion written with the words in another order ("general-purpose artificial
 * intelligence (AGI)") still matches most letters; a ticker after a name ("Apple (AAPL)") does not.
 */
function initialsMatched(
  letters: string,
  words: readonly PhraseWord[],
): { matched: number; first: number; reordered: string[] | undefined } {
  const unused = words.filter((word) => !word.small);
  const reordered: string[] = [];
  let matched = 0;
  let first = Infinity;
  for (const letter of letters) {
    const at = unused.findIndex((word) => givesInitial(word.text, letter));
    if (at === -1) continue;
    matched++;
    reordered.push(unused[at]!.written);
    first = Math.min(first, unused[at]!.from);
    unused.splice(at, 1);
  }
  return { matched, first, reordered: matched === letters.length ? reordered : undefined };
}

/**
 * Whether the capitals need not fit the words because of what the words are: a company's name
 * closed by its legal form ("Ashland Oil Inc (ASH)", "British Petroleum Co Plc (BP)"), after which
 * they are its ticker or its initials; a name written out in full whose initials begin the letters
 * in order, which run on ("Panhandle Eastern (PEL)": a ticker, or a longer name); or a name
 * translated from a language that puts the head noun first, whose acronym is the original's and so
 * starts with the initial of the English name's head noun: its last word ("Brazilian Coffee
 * Institute (IBC)", Instituto Brasileiro do Café; "European Monetary Cooperation Fund (FECOM)"), or
 * the word before a preposition that opens a postmodifier ("Revolutionary Armed Forces of Colombia
 * (FARC)"); or a place known by an assigned code ("San Francisco International Airport (SFO)"). An English
 * expansion with its words in another order ("general-purpose artificial intelligence (AGI)") or a
 * wrong letter ("Federal Trade Commission (FCC)") is none of these.
 */
function namesItsOwnLetters(letters: string, written: readonly string[], before: readonly PhraseWord[], content: readonly PhraseWord[]): boolean {
  const last = written[written.length - 1];
  if (last !== undefined && LEGAL_FORMS.has(last)) return true;
  for (let k = Math.min(content.length, letters.length - 1); k >= 2; k--) {
    if (content.slice(-k).every((word, j) => givesInitial(word.text, letters[j]))) return true;
  }
  const head = content[content.length - 1]!;
  if (letters.length === PLACE_CODE_LETTERS && CODED_PLACES.has(head.text)) return true;
  const start = content[Math.max(0, content.length - letters.length)]!;
  if (givesInitial(start.text, letters[0])) return false;
  return givesInitial(head.text, letters[0]) || before.some((word, k) => !word.small && POSTMODIFIER_PREPOSITIONS.has(before[k + 1]?.text ?? "") && givesInitial(word.text, letters[0]));
}

/** The acronym in parentheses at tokens[i] ("(" ACRONYM ")"), or undefined. */
function acronymAt(tokens: readonly Token[], i: number): Token | undefined {
  const open = tokens[i];
  const acronym = tokens[i + 1];
  const close = tokens[i + 2];
  if (open?.text !== "(" || acronym?.kind !== "word" || close?.text !== ")") return undefined;
  if (open.end !== acronym.start || acronym.end !== close.start || !ACRONYM.test(acronym.text)) return undefined;
  if (NOT_ACRONYMS.has(acronym.text.replace(/s$/u, "")) || NOT_ACRONYMS.has(acronym.text)) return undefined;
  return acronym;
}

/** The words right before the opening parenthesis, back to the last punctuation mark (not one that joins two words of a name), at most `limit`. */
function wordsBefore(tokens: readonly Token[], open: number, limit: number): string[] {
  const words: string[] = [];
  for (let k = open - 1; k >= 0 && words.length < limit; k--) {
    const token = tokens[k]!;
    if (token.kind === "word") words.unshift(token.text.replace(/['’]s$/u, ""));
    else if (token.text !== "&" && !isPluralPossessive(tokens, k) && !joinsTwoWords(tokens, k)) break;
  }
  return words;
}

// Marks that join two words of one name with no space: Public/Private Ventures (PPV), the
// Kowloon–Canton Railway (KCR).
const NAME_JOINERS = new Set(["/", "–"]);

/** Whether tokens[k] is a slash or an en dash set tight between two words. */
function joinsTwoWords(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k]!;
  const word = tokens[k - 1];
  const next = tokens[k + 1];
  return NAME_JOINERS.has(mark.text) && word?.kind === "word" && word.end === mark.start && next?.kind === "word" && next.start === mark.end;
}

/** Whether tokens[k] is the apostrophe of a plural possessive inside a name: the Lawyers' Christian Fellowship (LCF). */
function isPluralPossessive(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k]!;
  const word = tokens[k - 1];
  const next = tokens[k + 1];
  return (
    (mark.text === "'" || mark.text === "’") &&
    word?.kind === "word" && word.end === mark.start && /\p{Ll}s$/u.test(word.text) &&
    next?.kind === "word" && next.start > mark.end
  );
}

/**
 * [acronym]: an acronym in parentheses whose letters do not fit the words before it
 * ("general-purpose artificial intelligence (AGI)", "Federal Trade Commission (FCC)"), and an
 * acronym given two different expansions in one document. No fix: the report says which words
 * the letters would fit. Only a phrase whose word initials match most of the letters is read as
 * an expansion, so a ticker after a name ("Alibaba Group (BABA)", "Apple (AAPL)"), a code or a
 * unit is left alone.
 */
export function acronymMismatches(words: DocumentWords): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  const expansions = new Map<string, string>();
  for (const block of words.blocks) {
    const { text } = block.prose;
    let open = text.indexOf("(");
    if (open === -1) continue;
    const { tokens } = block.prose;
    // Each opening parenthesis is found with indexOf, and its token by a cursor that only moves
    // forward: an acronym stands right after one.
    let i = 0;
    for (; open !== -1; open = text.indexOf("(", open + 1)) {
      while (i < tokens.length && tokens[i]!.start < open) i++;
      if (i === tokens.length) break;
      if (tokens[i]!.start !== open) continue;
      const acronym = acronymAt(tokens, i);
      if (acronym === undefined) continue;
      const finding = judgeAcronym(block, tokens, i, acronym, expansions);
      if (finding !== undefined) findings.push(finding);
    }
  }
  return findings;
}

function judgeAcronym(
  block: DocumentBlock,
  tokens: readonly Token[],
  open: number,
  acronym: Token,
  expansions: Map<string, string>,
): LocatedFinding | undefined {
  const letters = lettersOf(acronym.text);
  const written = wordsBefore(tokens, open, letters.length + MAX_EXTRA_WORDS);
  const before = phraseWords(written);
  const report = (message: string): LocatedFinding => ({
    prose: block.prose,
    finding: { range: [acronym.start, acronym.end], message: `[acronym] ${message}` },
  });
  const name = acronym.text.replace(/s$/u, "");
  const fitting = fittingPhrase(letters, before) ?? formalOrderPhrase(letters, before);
  if (fitting !== undefined) {
    const expansion = fitting.map((word) => word.text).join(" ");
    const key = fitting.filter((word) => !word.small).map((word) => word.text.replace(/s$/u, "")).join(" ");
    const earlier = expansions.get(name);
    if (earlier === undefined) {
      expansions.set(name, `${key}\u0000${expansion}`);
      return undefined;
    }
    const [earlierKey, earlierExpansion] = earlier.split("\u0000") as [string, string];
    if (earlierKey === key) return undefined;
    return report(`"${name}" stands for "${earlierExpansion}" earlier in the document and for "${expansion}" here: give it one expansion.`);
  }
  const content = before.filter((word) => !word.small);
  const { matched, first, reordered } = initialsMatched(letters, content.slice(-(letters.length + 2)));
  if (matched < Math.max(2, letters.length - 1) || content.length < 2) return undefined;
  if (namesItsOwnLetters(letters, written, before, content)) return undefined;
  const phrase = written.slice(first).join(" ");
  const would = reordered !== undefined
    ? `its letters would fit "${reordered.join(" ")}"`
    : `its letters would fit words starting ${[...name].join(", ")}, in that order`;
  return report(`"${name}" does not fit "${phrase}": ${would}.`);
}
