import { isTitleCaseMinorWord, type DocumentBlock, type DocumentWords, type Token } from "@copydesk/prose";
import { capitalized, isAllCaps, isAllLowercase, startsUpper, uncapitalized } from "./casing";
import type { LocatedFinding } from "./located";
import { isOrdinaryWord } from "./ordinaryWords";

// The document must show its style in at least this many headings before one is held to it.
const MIN_STYLED_HEADINGS = 3;
// Marks after which a heading's next word starts a subtitle or a quotation: its case is a start's.
const STARTS_AFTER = new Set([":", "—", "–", "?", "!", ".", "“", '"', "‘", "(", "[", "|", "/"]);
const INNER_CAPITAL_OR_DIGIT = /^.[^]*[\p{Lu}\p{N}]/u;
// A lowercase word mid-sentence that many times, and never capitalized there, is the document's ordinary word.
const MIN_LOWERCASE_USES = 2;

/** A word of a heading that says something about its case style. */
interface StyleWord {
  readonly token: Token;
  /** The part of the token that is judged: a whole word, or the part after a hyphen (Industry-Wide). */
  readonly start: number;
  readonly text: string;
}

interface HeadingReading {
  readonly block: DocumentBlock;
  readonly capitals: readonly StyleWord[];
  readonly lowercase: readonly StyleWord[];
  readonly style: "title" | "sentence" | undefined;
}

/**
 * [heading]: a heading that breaks the case style most of the document's headings use. In a
 * document of title-case headings, a lowercase major word in a title-case heading ("A Calculated
 * Gamble or a leap of Faith?", "Industry-Wide Investment in AI infrastructure"); in one of
 * sentence-case headings, a stray capital on an ordinary word the document writes lowercase in
 * its sentences. Markdown headings count, and in plain text the title lines. The first word, a
 * word after a colon or dash, minor words (of, and, in), capitals (AI), names styled with inner
 * capitals or digits (iPhone, x86), names the document capitalizes and words it shows as code are
 * not judged; a word that is not an ordinary English word (npm) is not either. A heading written
 * wholly in the other style is left alone. The fix changes the first letter's case.
 */
export function headingCaseBreaks(words: DocumentWords): LocatedFinding[] {
  const headings = words.blocks
    .filter((block) => isHeading(block, words.plainText))
    .map((block) => readHeading(block, words));
  const titles = headings.filter((h) => h.style === "title").length;
  const sentences = headings.filter((h) => h.style === "sentence").length;
  if (Math.max(titles, sentences) < MIN_STYLED_HEADINGS || titles === sentences) return [];
  const style = titles > sentences ? "title" : "sentence";
  const tally = `${Math.max(titles, sentences)} of the document's ${titles + sentences} headings`;
  const findings: LocatedFinding[] = [];
  for (const heading of headings) {
    if (heading.style !== style) continue;
    const breaking =
      style === "title" ? heading.lowercase : heading.capitals.filter((word) => isStrayCapital(word, words) && !inCapitalizedRun(word, heading.block));
    for (const word of breaking) {
      if (style === "title" && !isOrdinaryWord(word.text)) continue;
      const replacement = style === "title" ? capitalized(word.text) : uncapitalized(word.text);
      const styleName = style === "title" ? "title case" : "sentence case";
      findings.push({
        prose: heading.block.prose,
        finding: {
          range: [word.start, word.start + word.text.length],
          message: `[heading] ${capitalized(styleName)}, as in ${tally}, but for "${word.text}": write "${replacement}".`,
          replacement,
        },
      });
    }
  }
  return findings;
}

/** The blocks the check reads as headings: Markdown headings, and in plain text the title lines. */
function isHeading(block: DocumentBlock, plainText: boolean): boolean {
  return block.type === "Header" || (plainText && block.type === "Paragraph" && block.title);
}

/** Every word the check may ask the word index about: each part of each heading word, lowercase, with and without a possessive ending. */
export function headingKeys(blocks: readonly DocumentBlock[], plainText: boolean): string[] {
  const keys: string[] = [];
  for (const block of blocks) {
    if (!isHeading(block, plainText)) continue;
    for (const token of block.prose.tokens) {
      if (token.kind !== "word") continue;
      for (const part of token.text.split(/[-‑]/u)) {
        const lower = part.toLowerCase();
        keys.push(lower, lower.replace(/['’]s$/u, ""));
      }
    }
  }
  return keys;
}

function readHeading(block: DocumentBlock, words: DocumentWords): HeadingReading {
  const { tokens } = block.prose;
  const capitals: StyleWord[] = [];
  const lowercase: StyleWord[] = [];
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word") {
      if (token.kind === "masked" || STARTS_AFTER.has(token.text) || (token.text === "-" && /\s/u.test(block.prose.text[token.start - 1] ?? ""))) first = true;
      continue;
    }
    const parts = token.text.split(/(?<=[-‑])/u);
    let start = token.start;
    parts.forEach((part, p) => {
      const text = part.replace(/[-‑]$/u, "");
      const wordStart = start;
      start += part.length;
      // A heading's first word, and the first part of a hyphenated first word, is capitalized in either style.
      if ((first && p === 0) || text.length === 0) return;
      if (p > 0 && !startsUpper(text)) return; // e-commerce, Long-term: a lowercase second part says nothing.
      // Minor words, capitals (AI), "I", names styled with inner capitals or digits (iPhone, x86), numbers.
      if (isTitleCaseMinorWord(text) || isAllCaps(text) || text === "I" || INNER_CAPITAL_OR_DIGIT.test(text) || /^\p{N}/u.test(text)) return;
      const forms = words.get(text.toLowerCase().replace(/['’]s$/u, ""));
      if (forms?.inCode) return;
      if (startsUpper(text)) capitals.push({ token, start: wordStart, text });
      else if (isAllLowercase(text)) lowercase.push({ token, start: wordStart, text });
    });
    first = false;
  }
  // Capitals on names the document capitalizes mid-sentence say nothing about the heading's style.
  const styleCapitals = capitals.filter((word) => !isDocumentName(word.text, words));
  const style =
    capitals.length >= 2 && capitals.length > lowercase.length
      ? "title"
      : lowercase.length >= 2 && lowercase.length > styleCapitals.length
        ? "sentence"
        : undefined;
  return { block, capitals, lowercase, style };
}

/** Whether the word stands beside another capitalized word: "a Group Selector" is a term of the document's, written as a name. */
function inCapitalizedRun(word: StyleWord, block: DocumentBlock): boolean {
  const { tokens } = block.prose;
  const i = tokens.indexOf(word.token);
  const capital = (token: Token | undefined): boolean => token?.kind === "word" && startsUpper(token.text);
  return capital(tokens[i - 1]) || capital(tokens[i + 1]);
}

/** Whether the document writes the word capitalized mid-sentence, as a name. */
function isDocumentName(word: string, words: DocumentWords): boolean {
  const forms = words.get(word.toLowerCase().replace(/['’]s$/u, ""));
  if (forms === undefined) return false;
  for (const form of forms.mid.keys()) if (startsUpper(form)) return true;
  return false;
}

/** Whether a capital in a sentence-case heading is stray: an ordinary word the document writes lowercase in its sentences, never capitalized. */
function isStrayCapital(word: StyleWord, words: DocumentWords): boolean {
  const key = word.text.toLowerCase();
  const forms = words.get(key);
  if (forms === undefined || isDocumentName(word.text, words) || !isOrdinaryWord(key)) return false;
  return (forms.mid.get(key)?.length ?? 0) >= MIN_LOWERCASE_USES;
}
