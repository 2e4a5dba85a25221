import { isAbbreviation, isTitle, type Token } from "@copydesk/prose";

const data = require("../data/labels.json") as { speakers: string[]; titleCaseMinorWords: string[]; addresses: string[] };

const SPEAKERS = new Set(data.speakers);
const MINOR_WORDS = new Set(data.titleCaseMinorWords);
const ADDRESSES = new Set(data.addresses);
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;
const SPACE = /\s/u;
// Marks that may join the words of a label: AT&T, Q&A, Pros/Cons, Long-Term.
const JOINERS = new Set(["&", "/", "-", "–"]);
const MAX_LABEL_WORDS = 6;

/**
 * A label at the start of a paragraph or list item, ended by a colon: "Interviewer:",
 * "Dr. Reed:", "Q:", "Strategic Shift in Focus:".
 * "speaker": someone who speaks (Interviewer, Q, a title and a name);
 * "item": a title-case label of two or more words, as in a list of points;
 * "plain": any other short label (Note:, Step 1:).
 */
export interface Label {
  readonly kind: "speaker" | "item" | "plain";
  /** The label's words, lowercased and joined by single spaces: the key that compares labels. */
  readonly key: string;
  /** How many words the label has. */
  readonly words: number;
  /** Index of the token right after the colon. */
  readonly after: number;
}

/** The label that the tokens from `from` start with, if they are a few words ended by a colon and a space. */
export function labelAt(text: string, tokens: readonly Token[], from: number, limit: number): Label | undefined {
  const words: string[] = [];
  let previous: Token | undefined;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start >= limit) return undefined;
    if (token.kind === "word") {
      words.push(token.text);
      if (words.length > MAX_LABEL_WORDS) return undefined;
    } else if (token.kind === "punct" && token.text === ":") {
      if (words.length === 0 || !SPACE.test(text[token.end] ?? "") || previous?.end !== token.start) return undefined;
      return { kind: kindOf(words, text.slice(tokens[from]!.start, token.start)), key: words.join(" ").toLowerCase(), words: words.length, after: i + 1 };
    } else if (token.kind === "punct" && token.text === "." && previous?.kind === "word" && previous.end === token.start) {
      // Dr. Reed, J. Smith: a period inside a label only after a title or an initial.
      if (!(isAbbreviation(`${previous.text}.`) || previous.text.length === 1)) return undefined;
    } else if (token.kind === "masked" && previous !== undefined && previous.end === token.start) {
      // The masked rest of a character reference, joined to its character: "&amp;" reads "&" then MASK.
    } else if (!(token.kind === "punct" && JOINERS.has(token.text))) {
      return undefined;
    }
    previous = token;
  }
  return undefined;
}

function kindOf(words: readonly string[], raw: string): Label["kind"] {
  const key = words.join(" ").toLowerCase();
  if (SPEAKERS.has(key)) return "speaker";
  const first = words[0]!;
  // A title and a name: Dr. Reed, Mr. Li, dr. Sharma.
  if (words.length >= 2 && words.length <= 4 && isTitle(`${first}.`) && raw.startsWith(`${first}.`) &&
      words.slice(1).every((w) => UPPER.test(w))) {
    return "speaker";
  }
  // A salutation (Members of Congress:) is no title-case label: what follows keeps its own case.
  if (words.length >= 2 && isTitleCase(words) && !ADDRESSES.has(first.toLowerCase())) return "item";
  return "plain";
}

/**
 * Whether words are in title case: every word but the first either capitalized, a number
 * or a minor word. The first word's case is not read: it starts the paragraph, so this
 * rule capitalizes it, and a label must be the same label before and after that fix.
 */
export function isTitleCase(words: readonly string[]): boolean {
  return words.every((word, i) =>
    i === 0 || UPPER.test(word) || DIGIT.test(word) || MINOR_WORDS.has(word.toLowerCase()),
  );
}
