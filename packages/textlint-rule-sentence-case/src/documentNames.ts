import type { TxtNode } from "@textlint/ast-node-types";
import { documentRootOf, documentWordsFor, wordClassesOf, type DocumentWords, type WordForms, type WordPlace } from "@copydesk/prose";
import { isEnglishWord } from "./englishWords";
import { isMarkedTerm } from "./markup";

const functionWords = new Set((require("../data/function-words.json") as { words: string[] }).words);
const compoundData = require("../data/compound-prefixes.json") as { prefixes: string[]; numbers: string[] };
const compoundPrefixes = new Set([...compoundData.prefixes, ...compoundData.numbers]);
const newerWords = new Set((require("../data/newer-words.json") as { words: string[] }).words);

/**
 * Whether a lowercase word is an ordinary English word, not a coined name: in the CMU
 * Pronouncing Dictionary, in the word-class lexicon of @copydesk/prose ("maintainer"), or
 * one of the newer words both lack ("emoji").
 */
function isOrdinaryWord(word: string): boolean {
  return isEnglishWord(word) || wordClassesOf(word) !== 0 || newerWords.has(word);
}

/** A word at a lowercase start, and what kind of start it is: headings and list items often open with the name of what they describe. */
export interface StartWord {
  readonly key: string;
  readonly opensHeadingOrItem: boolean;
  readonly opensHeading: boolean;
}

/** How often a word stands where this rule reads a sentence start, lowercase and capitalized. */
export interface StartCount {
  lower: number;
  upper: number;
}

// Three lowercase starts of one word make a style; two may be two slips.
const MIN_LOWERCASE_STARTS = 3;
const QUOTES = new Set(["“", "”", "‘", "’", '"', "'"]);
const UPPER = /^\p{Lu}/u;

/** How the document writes a word, counted from the document-level word index. */
interface Evidence {
  /** Written lowercase mid-sentence. */
  readonly lowerMid: number;
  /** Written capitalized mid-sentence (a name's own capital, or a slip). */
  readonly upperMid: number;
  /** Capitalized anywhere, titles and starts included. */
  readonly upperAny: boolean;
  /** Quoted or emphasized on its own mid-sentence: "shallow", *async-await* (a linked word is no citation). */
  readonly cited: number;
  /** Written as inline code on its own somewhere: `roff`. */
  readonly inCode: boolean;
}

function evidenceOf(key: string, forms: WordForms | undefined): Evidence {
  let lowerMid = 0;
  let upperMid = 0;
  let cited = 0;
  if (forms !== undefined) {
    for (const [form, places] of forms.mid) {
      if (form === key) {
        lowerMid += places.length;
        for (const place of places) if (isCited(place)) cited++;
      } else if (UPPER.test(form)) {
        upperMid += places.length;
      }
    }
  }
  const capitalized = (place: WordPlace) => UPPER.test(place.form);
  return {
    lowerMid,
    upperMid,
    upperAny: upperMid > 0 || (forms?.starts ?? []).some(capitalized) || (forms?.titles ?? []).some(capitalized),
    cited,
    inCode: forms?.inCode ?? false,
  };
}

/**
 * Whether the document writes the word lowercase mid-sentence also with a plural -s added or
 * taken away ("usertags" and "usertag"): a count noun, as a name is not, so a coined word that
 * the document inflects is read as an ordinary word of its field.
 */
function inflectedInDocument(key: string, index: DocumentWords): boolean {
  const other = inflected(key);
  return other.length >= 3 && (index.get(other)?.midCountOf(other) ?? 0) > 0;
}

/** The word with a plural -s added or taken away. */
function inflected(key: string): string {
  return key.endsWith("s") ? key.slice(0, -1) : `${key}s`;
}

// How many words may be decided from the raw text before the index is built.
const MAX_QUICK_CHECKS = 8;
const CITE_OPENERS = new Set(["“", "‘", '"', "'", "*", "_"]);
const CITE_CLOSERS = new Set(["”", "’", '"', "'", "*", "_"]);

/** Whether the raw text writes `word` between quotation marks or emphasis marks somewhere: a superset of the places where the document cites it. */
function wrappedAnywhere(raw: string, word: string): boolean {
  for (let i = raw.indexOf(word); i !== -1; i = raw.indexOf(word, i + word.length)) {
    if (CITE_OPENERS.has(raw[i - 1] ?? "") && CITE_CLOSERS.has(raw[i + word.length] ?? "")) return true;
  }
  return false;
}

function isCited(place: WordPlace): boolean {
  const { prose } = place.block;
  const token = prose.tokens[place.index]!;
  const quoted = QUOTES.has(prose.text[token.start - 1] ?? "") && QUOTES.has(prose.text[token.end] ?? "");
  return quoted || isMarkedTerm(prose, token.start, token.end, false);
}

/**
 * Whether a lowercase hyphenated compound is no dictionary word and no ordinary compound
 * made with a prefix or number (self-hosted, third-party): a package or command name
 * (libvirt-daemon-system, cups-client, apt-cacher).
 */
function isCoinedCompound(key: string): boolean {
  const parts = key.split("-");
  return parts.length >= 2 && parts.every((part) => part !== "") && !compoundPrefixes.has(parts[0]!) && !isOrdinaryWord(key);
}

/**
 * Of the words at lowercase starts, the names and terms the document styles lowercase, which
 * keep their case at a sentence start. `starts` counts, per word, where this rule reads a
 * sentence start: lowercase and capitalized. A name is
 * - a lowercase hyphenated compound that is no dictionary word (libvirt-daemon-system,
 *   cups-client), unless the document capitalizes it mid-sentence;
 * - a coined word (no dictionary word) that the document writes lowercase mid-sentence twice,
 *   or once and as code or at another start, and never capitalizes there (systemd, pyright);
 * - a word the document shows as code on its own (`objcopy`), or cites in quotes or emphasis
 *   ("shallow"), when it is coined or never capitalized, or the word opens a heading;
 * - a word it writes lowercase at three or more starts, more often than capitalized there,
 *   when it is coined or never capitalized (axios depends on …);
 * - a word that opens a heading or list item and is written lowercase elsewhere and never
 *   capitalized, as headings and items often name what they describe (#### prefix).
 * A coined word the document also writes with a plural -s added or taken away (usertag,
 * usertags) is a count noun, not a name, and is read as an ordinary word.
 * A capital at a sentence start elsewhere is no evidence against a coined name: writers
 * capitalize names there too ("Systemd executes …").
 */
export function documentNames(root: TxtNode, words: readonly StartWord[], starts: ReadonlyMap<string, StartCount>): Set<string> {
  const names = new Set<string>();
  let index: DocumentWords | undefined;
  const headingOrItemStarts = new Set(words.filter((w) => w.opensHeadingOrItem).map((w) => w.key));
  const headingStarts = new Set(words.filter((w) => w.opensHeading).map((w) => w.key));
  const decided = new Set<string>();
  let quickChecks = MAX_QUICK_CHECKS;
  let raw: string | undefined;
  for (const { key } of words) {
    if (decided.has(key) || functionWords.has(key)) continue;
    decided.add(key);
    // An ordinary word that opens no heading or item and stands lowercase at fewer than three
    // starts is a name only when the document cites it on its own ("shallow", *shallow*); where
    // the raw text never wraps it so, the index need not be built. A few such checks, each a
    // scan of the text, keep the whole linear.
    if (index === undefined && quickChecks > 0 && !headingOrItemStarts.has(key) && isOrdinaryWord(key) &&
        (starts.get(key)?.lower ?? 0) < MIN_LOWERCASE_STARTS) {
      quickChecks--;
      raw ??= documentRootOf(root).raw;
      if (!wrappedAnywhere(raw, key)) continue;
    }
    // The index of the words that may be asked about (the rest of the document's words are not
    // read), or the whole document's where another rule has built it.
    index ??= documentWordsFor(root, words.flatMap(({ key: word }) => (functionWords.has(word) ? [] : [word, inflected(word)])));
    const e = evidenceOf(key, index.get(key));
    const { lower: lowerStarts, upper: upperStarts } = starts.get(key) ?? { lower: 0, upper: 0 };
    const opensHeadingOrItem = headingOrItemStarts.has(key);
    const opensHeading = headingStarts.has(key);
    const coined = !isOrdinaryWord(key) && !inflectedInDocument(key, index);
    const neverCapitalized = !e.upperAny && upperStarts === 0;
    const name =
      (isCoinedCompound(key) && e.upperMid === 0) ||
      (coined && e.upperMid === 0 && (e.lowerMid >= 2 || (e.lowerMid === 1 && (e.inCode || lowerStarts >= 2)))) ||
      (e.inCode && neverCapitalized && (coined || opensHeading)) ||
      (e.cited >= 1 && e.lowerMid > e.upperMid && (coined ? e.upperMid === 0 : neverCapitalized)) ||
      (lowerStarts >= MIN_LOWERCASE_STARTS && lowerStarts > upperStarts && (coined || neverCapitalized)) ||
      (opensHeadingOrItem && neverCapitalized && e.lowerMid >= (coined ? 1 : 2));
    if (name) names.add(key);
  }
  return names;
}
