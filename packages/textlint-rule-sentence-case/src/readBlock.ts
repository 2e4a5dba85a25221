import { isAbbreviation, MASK, type Prose, type Sentence, type Token } from "@copydesk/prose";
import { endingOf, type Ending } from "./endings";
import { firstWordAt, listMarkerEnd, type FirstWord } from "./firstWord";
import { labelAt, isTitleCase, type Label } from "./labels";
import type { LowercaseNames } from "./lowercaseByDesign";
import { capitalizeFirst } from "./decideStarts";
import { closesMarkupAfter, insideImageAlt, linkTextOpensBetween, isCodeOnly, isMdxStatement, isMarkedTerm, isOneLink } from "./markup";

const subordinators = new Set((require("../data/continuations.json") as { subordinators: string[] }).subordinators);
const functionWords = new Set((require("../data/function-words.json") as { words: string[] }).words);

/** A label at the start of a block and the first word after it. */
export interface LabelStart {
  readonly label: Label;
  readonly word: FirstWord;
  /** Whether a sentence follows the label: three or more words ending in . ! or ?. */
  readonly sentenceFollows: boolean;
}

/** What the rule needs to know about one block of prose before deciding for the whole document. */
export interface BlockReading {
  readonly prose: Prose;
  /** The first word of the block, past a plain-text list marker and opening quotes. */
  readonly first: FirstWord;
  /** Whether the block starts with a plain-text list marker ("- ", "1. "). */
  readonly listMarker: boolean;
  readonly label: LabelStart | undefined;
  /** First words of sentences after the first that follow a true sentence end (not an abbreviation or ellipsis). */
  readonly sentenceStarts: readonly FirstWord[];
  /** First words after a colon anywhere in the block (other than the label's), for afterColon: "always". */
  readonly colonStarts: readonly FirstWord[];
  /** How the block's text ends. */
  readonly ending: Ending;
  /** Whether the block reads as a title line: short, capitalized, with no closing punctuation. */
  readonly titleLike: boolean;
  /** Whether the block is a fragment rather than a sentence: a few words with no closing punctuation ("or", "python lsp (fork of pyright)"). */
  readonly fragment: boolean;
  /** How many words the block has. */
  readonly words: number;
  /** Whether the block ends with . ! ? or …, as a sentence does. */
  readonly terminated: boolean;
  /** Whether the block's last sentence is an unfinished subordinate clause ending in a colon: "If we define it like this:". */
  readonly endsWithLeadIn: boolean;
  /** Whether the first sentence opens with a subordinate clause that a comma ends before its main clause: "when our worker fails, the worker …". */
  readonly opensWithFrontedClause: boolean;
  /** Whether the first sentence is a question. */
  readonly opensWithQuestion: boolean;
  /** Whether the first sentence is a whole one: three or more words ending in . ! or ?. */
  readonly opensWithSentence: boolean;
  /** A block with no prose of its own: "code" (a line of inline code shown as a display), "hidden" (HTML, an anchor, badge images). */
  readonly bare: "code" | "hidden" | undefined;
  /** Whether the block is one link and nothing else: a reference line such as [src](…). */
  readonly oneLink: boolean;
}

const MAX_TITLE_WORDS = 12;
// A line ending in one of these goes on: it is no title.
const TITLE_BREAKERS = new Set([",", ";", ":", "-", "–", "—"]);
export const MAX_FRAGMENT_WORDS = 5;
const MAX_BADGE_WORDS = 40;
const MAX_TERM_WORDS = 3;
// a.m, p.m, e.g, U.S: letters joined by periods.
const DOTTED_ABBREVIATION = /^\p{L}(?:\.\p{L})+$/u;
const MAX_LEAD_IN_OFFSET = 2;
const QUOTES = new Set(["“", "”", "‘", "’", '"', "'", "«", "»"]);
const TERMINAL_MARKS = new Set([".", "!", "?", "…"]);
const CLOSING = new Set(['"', "”", "’", ")", "]"]);
const SENTENCE_END = /[.!?]["”’)\]]*\s*$/u;
// A sentence mark, closing quotes or brackets, space, opening quotes or brackets, a lowercase letter.
const LOWER_AFTER_MARK = /[.!?…]["”’)\]]*\s+["“‘'(\[]*\p{Ll}/u;

/** Reads one block of prose: its starts, its label, how it ends. */
export function readBlock(prose: Prose, names: LowercaseNames, withColonStarts: boolean): BlockReading {
  const { text, tokens } = prose;
  const markerEnd = listMarkerEnd(text, tokens, 0);
  const from = markerEnd === -1 ? 0 : markerEnd;
  // A word quoted or marked up on its own ("contributors" is, *async-await* is, [decorating](…) the)
  // is a term cited as a word, and a word in an image's alt text starts no sentence.
  const vet = (word: FirstWord): FirstWord => {
    if (word.case !== "lower") return word;
    const { start, end } = word.token!;
    const quoted = QUOTES.has(text[start - 1] ?? "") && QUOTES.has(text[end] ?? "");
    return quoted || isMarkedTerm(prose, start, end) || insideImageAlt(prose, start) ? { ...word, case: "neutral" } : word;
  };

  const oneLink = isOneLink(prose.node);
  let first = vet(firstWordAt(text, tokens, from, text.length, names));
  if (first.case === "lower" && (oneLink || isMdxStatement(text))) first = { ...first, case: "neutral" };

  let label: LabelStart | undefined;
  // A colon inside a link's text ends no label: see [Debian wiki: Boot](…) for …
  const labelled = labelAt(text, tokens, from, text.length);
  const found =
    labelled !== undefined && linkTextOpensBetween(prose, tokens[from]!.start, tokens[labelled.after - 1]!.start) ? undefined : labelled;
  if (found !== undefined) {
    const word = vet(firstWordAt(text, tokens, found.after, text.length, names));
    // Sentences are split only when the answer matters: a lowercase word after the label.
    // Up to the end of the sentence that holds the label's colon: the splitter may end a sentence
    // inside the label ("the U.S. Monday:" but not "The U.S. Monday:"), and the label must read the
    // same once its first word is capitalized.
    const colonEnd = tokens[found.after - 1]!.end;
    const follows = word.case === "lower" && sentenceFollows(text, tokens, found.after, sentenceEndAfter(prose, colonEnd));
    label = { label: found, word, sentenceFollows: follows };
    // A short label is a term being defined (extra-typings:, ps:), which keeps its own case;
    // a speaker (dr. Sharma:) is capitalized like any start.
    if (first.case === "lower" && isTermLabel(found, first)) first = { ...first, case: "neutral" };
  }

  // Splitting into sentences costs as much as the rest; a text with no lowercase letter after a
  // sentence mark has no lowercase sentence start to find.
  const sentenceStarts: FirstWord[] = [];
  if (LOWER_AFTER_MARK.test(text)) {
    const { sentences } = prose;
    let t = 0;
    // Whether the sentence before is a question, or an elliptical part of one ("Is it faster? more portable?").
    let asking = sentences.length > 0 && opensQuestion(sentences[0]!);
    // The first word of the sentence as written, which a title's mark inside it does not end.
    let opener = sentences.length > 0 ? firstWordToken(sentences[0]!) : undefined;
    for (let s = 1; s < sentences.length; s++) {
      const sentence = sentences[s]!;
      const followsQuestion = asking;
      asking = opensQuestion(sentence);
      while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
      if (sentence.tokens.length === 0 || !endsSentenceAt(prose, sentence.start)) continue;
      // A title or name that ends in "?" or "!" inside a sentence goes on with it: "the song Do
      // They Know It's Christmas? has gone", "a poll of Kerrang! magazine readers".
      if (endsWithTitleMark(sentences[s - 1]!, opener)) continue;
      opener = firstWordToken(sentence);
      // A question's short follow-ups may stay lowercase: "Is it faster? more portable? cheaper?"
      if (isQuestionFollowUp(sentences[s - 1]!, sentence, followsQuestion)) {
        asking = true;
        continue;
      }
      sentenceStarts.push(vet(firstWordAt(text, tokens, t, sentence.end, names)));
    }
    sentenceStarts.push(...innerStarts(prose, sentences, (i, end) => vet(firstWordAt(text, tokens, i, end, names))));
  }

  const colonStarts: FirstWord[] = [];
  if (withColonStarts) {
    const labelColon = found === undefined ? -1 : found.after - 1;
    tokens.forEach((token, i) => {
      if (token.text === ":" && i !== labelColon && /\s/u.test(text[token.end] ?? "")) {
        colonStarts.push(vet(firstWordAt(text, tokens, i + 1, text.length, names)));
      }
    });
  }

  let words = 0;
  for (const token of tokens) if (token.kind === "word") words++;
  const terminated = endsWithMark(text, TERMINAL_MARKS);
  const badges =
    words <= MAX_BADGE_WORDS && prose.node.raw.includes("![") && tokens.every((t) => t.kind !== "word" || insideImageAlt(prose, t.start));
  return new Reading(prose, {
    first,
    listMarker: markerEnd !== -1,
    label,
    sentenceStarts,
    colonStarts,
    fragment: !terminated && words <= MAX_FRAGMENT_WORDS,
    words,
    terminated,
    bare: isCodeOnly(prose.node) ? "code" : words === 0 || badges ? "hidden" : undefined,
    oneLink,
  });
}

type Read = Omit<BlockReading, "prose" | "ending" | "endsWithLeadIn" | "opensWithQuestion" | "opensWithSentence" | "opensWithFrontedClause" | "titleLike">;

/**
 * A block's reading; what needs its sentences is asked only of the blocks around a code block, and
 * split then. How it ends is read when the block after it is judged: in Markdown, only before a
 * lowercase start.
 */
// The fields of Read are declared by merging this interface with the class below.
interface Reading extends Read {}
class Reading implements BlockReading {
  private endingRead: Ending | undefined = undefined;

  constructor(readonly prose: Prose, read: Read) {
    Object.assign(this, read);
  }

  get ending(): Ending {
    return (this.endingRead ??= endingOf(this.prose.text, this.prose.text.length));
  }

  // Asked only of a plain-text line with a line right below it.
  get titleLike(): boolean {
    const { text, tokens } = this.prose;
    return this.words <= MAX_TITLE_WORDS && isTitleLike(text, tokens, [this.label?.word, ...this.sentenceStarts]);
  }

  get endsWithLeadIn(): boolean {
    return endsWithLeadIn(this.prose.sentences);
  }

  get opensWithFrontedClause(): boolean {
    const firstSentence = this.prose.sentences[0];
    const word = this.first.token;
    return firstSentence !== undefined && word !== undefined && subordinators.has(word.text) && firstSentence.text.includes(", ");
  }

  get opensWithQuestion(): boolean {
    const firstSentence = this.prose.sentences[0];
    return firstSentence !== undefined && QUESTION_END.test(firstSentence.text);
  }

  get opensWithSentence(): boolean {
    const firstSentence = this.prose.sentences[0];
    return (
      firstSentence !== undefined &&
      SENTENCE_END.test(firstSentence.text) &&
      firstSentence.tokens.filter((token) => token.kind === "word").length >= 3
    );
  }
}

/** Whether the text before `end` ends (before closing quotes or brackets and space) with one of `marks`; read from the end, not scanned. */
function endsWithMark(text: string, marks: ReadonlySet<string>, end = text.length): boolean {
  let i = end;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  while (i > 0 && CLOSING.has(text[i - 1]!)) i--;
  return i > 0 && marks.has(text[i - 1]!);
}

/** Whether the text before prose index `at` ends a sentence: a true sentence end, not an abbreviation, an ellipsis or a title's mark in a link or emphasis. */
function endsSentenceAt(prose: Prose, at: number): boolean {
  if (endingOf(prose.text, at) !== "sentence" || maskedAbbreviationBefore(prose, at)) return false;
  // A mark that ends a link text or emphasis ends a title, not the sentence: [Production Ready?](…) for …
  return !closesMarkupAfter(prose, lastMarkBefore(prose.text, at));
}

// A period or exclamation mark inside a sentence, then space and a lowercase letter: the
// sentence splitter keeps sentences inside brackets and quotations whole ("(it's trivial! it's
// obvious! all we have to do is …)", "“… our freedoms. we have got to …”").
// A mark followed by a closing quote or bracket ends the quotation, not the sentence around it
// ("said “no entry.” and he"), and one after a number or another mark is a list's enumerator or
// a broken ellipsis ("1. the", "males .. kill"); masked text (an escape, "wow\!") reads as its word.
const INNER_END = /(?<=[\p{L}\uFFFC])[.!]\s+["“‘'(\[]*(?=\p{Ll})/gu;

/**
 * First words of the sentences inside a sentence that the splitter kept whole: after a
 * sentence end in a bracket or a quotation. Each match is read once, and the tokens and
 * sentences are walked once alongside, so the whole text is read in linear time.
 */
function innerStarts(prose: Prose, sentences: readonly Sentence[], wordAt: (token: number, end: number) => FirstWord): FirstWord[] {
  const { text, tokens } = prose;
  const starts: FirstWord[] = [];
  let s = 0;
  let t = 0;
  INNER_END.lastIndex = 0;
  for (let m = INNER_END.exec(text); m !== null; m = INNER_END.exec(text)) {
    const at = m.index + m[0].length;
    while (s < sentences.length && sentences[s]!.end <= at) s++;
    const sentence = sentences[s];
    // A start the splitter found is read with the sentence starts.
    if (sentence === undefined || sentence.start > m.index) continue;
    // One word and a period that open a bracket abbreviate: "(ex. a dev dependency)", "(cf. the notes)".
    if (text[m.index] === "." && opensBracket(text, m.index)) continue;
    if (!endsSentenceAt(prose, m.index + 1)) continue;
    while (t < tokens.length && tokens[t]!.start < at) t++;
    if (tokens[t]?.start !== at) continue;
    starts.push(wordAt(t, sentence.end));
  }
  return starts;
}

/** Whether the word that ends at `end` is the first thing inside a bracket: "(ex". */
function opensBracket(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && /\p{L}/u.test(text[i - 1]!)) i--;
  return text[i - 1] === "(" || text[i - 1] === "[";
}

/**
 * Whether a label is a term being defined (extra-typings:, ps:, nested:), which keeps its
 * own case: a few words, not a speaker (dr. Sharma: is capitalized like any start), and
 * not opening with a function word ("the answer: yes").
 */
function isTermLabel(label: Label, first: FirstWord): boolean {
  return label.kind !== "speaker" && label.words <= MAX_TERM_WORDS && !functionWords.has(first.token!.text);
}

/**
 * Whether the last sentence is a subordinate clause that ends in a colon, which the text
 * after the display finishes: "If we define a package.json like this: [code] we can obtain …".
 */
function endsWithLeadIn(sentences: readonly Sentence[]): boolean {
  const last = sentences[sentences.length - 1];
  if (last === undefined || !/:\s*$/u.test(last.text)) return false;
  const words = last.tokens.filter((token) => token.kind === "word");
  // The clause opens within the first words ("For example, if your package.json contains
  // this:"); a comma after it usually ends it before a main clause ("After it builds, deploy it
  // with:"), and so does "then" ("If you would like more then you have these options:").
  const at = words.slice(0, MAX_LEAD_IN_OFFSET + 1).findIndex((word) => subordinators.has(word.text.toLowerCase()));
  // "If you would like that, then you have these options:" has its main clause already.
  return at !== -1 && !last.text.slice(words[at]!.start - last.start).includes(",") && !words.some((word, i) => i > at && word.text === "then");
}

/**
 * Whether the period before `end` follows masked text that is an abbreviation in the
 * file: the prose layer can mask "a.m" in "9 a.m. and" as a file name.
 */
function maskedAbbreviationBefore(prose: Prose, end: number): boolean {
  const { text } = prose;
  const period = lastMarkBefore(text, end);
  if (text[period] !== "." || text[period - 1] !== MASK) return false;
  let start = period - 1;
  while (start > 0 && text[start - 1] === MASK) start--;
  const [a, b] = prose.nodeRange(start, period);
  const raw = prose.node.raw.slice(a, b);
  return DOTTED_ABBREVIATION.test(raw) || isAbbreviation(`${raw}.`);
}

/** The index of the last character before `end` that is not a space. */
function lastMarkBefore(text: string, end: number): number {
  let i = end - 1;
  while (i > 0 && /\s/u.test(text[i]!)) i--;
  return i;
}

/** Whether the words after a label make a sentence: at least three words, ending in . ! or ?. */
function sentenceFollows(text: string, tokens: readonly Token[], from: number, limit: number): boolean {
  let words = 0;
  for (let i = from; i < tokens.length && tokens[i]!.start < limit; i++) if (tokens[i]!.kind === "word") words++;
  return words >= 3 && endsWithMark(text, TERMINAL_MARKS, limit);
}

/** A title line (Conclusion, Industry-Wide Investment in AI infrastructure): a few words, mostly capitalized, no end punctuation. */
function isTitleLike(text: string, tokens: readonly Token[], starts: ReadonlyArray<FirstWord | undefined>): boolean {
  let last = text.length;
  while (last > 0 && /\s/u.test(text[last - 1]!)) last--;
  if (TITLE_BREAKERS.has(text[last - 1] ?? "")) return false;
  // A title holds no sentence end ("…Texas Instruments and others. These" goes on below).
  if (endsSentenceInside(text)) return false;
  // A title must stay a title after the fix: the words this rule capitalizes (sentence starts,
  // the word after a label) are read as capitalized, and the first word's case is not read.
  const capitalized = new Set<number>();
  for (const word of starts) if (word?.case === "lower") capitalized.add(word.token!.start);
  const words: string[] = [];
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    if (words.length === MAX_TITLE_WORDS) return false;
    words.push(capitalized.has(t.start) ? capitalizeFirst(t.text) : t.text);
  }
  if (words.length === 0) return false;
  // Title case capitalizes the last word: a line that ends in a lowercase function word ("since
  // it specifies the Civil Code and not") breaks off a sentence.
  if (words.length > 1 && functionWords.has(words[words.length - 1]!)) return false;
  if (isTitleCase(words)) return true;
  // Allow a lowercase word or two among capitalized ones, as in "Investment in AI infrastructure".
  const long = words.slice(1).filter((w) => w.length >= 4);
  return long.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > long.length;
}

// A sentence mark after a lowercase word, then space: "others. These", but not "Dr. Reed".
const MARK_INSIDE = /(?<=\p{Ll}\p{Ll})[.!?]["”’)\]]*\s+\S/gu;

/** Whether a sentence ends inside the text, after a word that is no abbreviation ("Mrs. Robinson"). */
function endsSentenceInside(text: string): boolean {
  MARK_INSIDE.lastIndex = 0;
  for (let m = MARK_INSIDE.exec(text); m !== null; m = MARK_INSIDE.exec(text)) {
    let start = m.index;
    while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
    if (!isAbbreviation(`${text.slice(start, m.index)}.`)) return true;
  }
  return false;
}

const MAX_FOLLOW_UP_WORDS = 3;
// "…a kernel option? or a module?": an alternative goes on with any question.
const ALTERNATIVES = new Set(["or", "and", "nor"]);
const QUESTION_END = /\?["”’)\]]*\s*$/u;
const questionOpeners = new Set((require("../data/question-openers.json") as { words: string[] }).words);

/** The end of the first sentence that ends after index `at`, or of the text. */
function sentenceEndAfter(prose: Prose, at: number): number {
  return prose.sentences.find((sentence) => sentence.end > at)?.end ?? prose.text.length;
}

/** A sentence's first word, if it has one. */
function firstWordToken(sentence: Sentence): Token | undefined {
  return sentence.tokens.find((token) => token.kind === "word");
}

const TITLE_MARK_END = /(?<=[\p{L}\p{N}])[?!]["”’)\]]*\s*$/u;

/**
 * Whether a sentence as the splitter cut it ends in the "?" or "!" of a title or name written
 * inside the sentence that holds it (Are We There Yet?, Hey Ya!, OutRage!, Which?): the word
 * before the mark has a capital and is not the sentence's first word, and the sentence opens with
 * no question word or inverted verb, as a question or exclamation of its own would ("What a
 * goal by Rooney!", "Did you see Paris?"). `opener` is the first word of the sentence as written.
 */
function endsWithTitleMark(piece: Sentence, opener: Token | undefined): boolean {
  if (!TITLE_MARK_END.test(piece.text)) return false;
  let last: Token | undefined;
  for (let i = piece.tokens.length - 1; i >= 0 && last === undefined; i--) if (piece.tokens[i]!.kind === "word") last = piece.tokens[i];
  if (last === undefined || opener === undefined || last.start === opener.start) return false;
  if (!/^\p{Lu}/u.test(last.text)) return false;
  return !questionOpeners.has(opener.text.toLowerCase());
}

/** Whether a sentence is a question that opens with a question word or an inverted verb: "Is it faster?", "Why?". */
function opensQuestion(sentence: Sentence): boolean {
  if (!QUESTION_END.test(sentence.text)) return false;
  const first = sentence.tokens.find((token) => token.kind === "word");
  return first !== undefined && questionOpeners.has(first.text.toLowerCase());
}

/**
 * Whether a sentence is an elliptical follow-up to the question before it: a few words, no
 * question word, ending in "?". The question before must ask as a question does ("Is it
 * faster? more portable?"); after a statement with a question mark ("I can't get further
 * than that server? any ideas?") a new question starts, unless it offers an alternative ("or a module?").
 */
function isQuestionFollowUp(previous: Sentence, sentence: Sentence, followsQuestion: boolean): boolean {
  if (!QUESTION_END.test(previous.text) || !QUESTION_END.test(sentence.text)) return false;
  const words = sentence.tokens.filter((token) => token.kind === "word");
  if (words.length === 0 || words.length > MAX_FOLLOW_UP_WORDS) return false;
  const first = words[0]!.text.toLowerCase();
  return !questionOpeners.has(first) && (followsQuestion || ALTERNATIVES.has(first));
}
