import type { Finding, Prose, Token } from "@copydesk/prose";
import type { Context, PairTable } from "./pairTable";

/** A procedure that decides a word from the word classes around it; undefined where they do not decide. */
export type Procedure = (run: TokenRun, at: number) => Context | undefined;

/** Everything that decides words: pair contexts and procedures, each by the word it looks at. */
export interface Checks {
  readonly table: PairTable;
  readonly procedures: ReadonlyMap<string, Procedure>;
}
import { sentenceWindows } from "./sentenceWindows";
import { replacementText, type ApostropheStyle } from "./replacementText";
import {
  firstWordOfClause,
  matchesAfter,
  matchesBefore,
  normalizeWord,
  occursLater,
  occursLaterInClause,
  tokenRun,
  type TokenRun,
} from "./tokenPattern";

type Condition = Context["condition"];

function holds(condition: Condition, run: TokenRun, at: number): boolean {
  return (
    (condition.before === undefined || matchesBefore(run, at, condition.before)) &&
    (condition.after === undefined || matchesAfter(run, at, condition.after)) &&
    (condition.clauseStart === undefined || firstWordOfClause(run, at, condition.clauseStart)) &&
    (condition.later === undefined || occursLater(run, at, condition.later)) &&
    (condition.laterInClause === undefined || occursLaterInClause(run, at, condition.laterInClause))
  );
}

/** The first context for this word whose condition holds and that no `unless` cancels. */
export function decidingContext(contexts: readonly Context[], run: TokenRun, at: number): Context | undefined {
  for (const context of contexts) {
    if (holds(context.condition, run, at) && !context.unless.some((u) => holds(u, run, at))) return context;
  }
  return undefined;
}

/** What decides the word at `at`: its pair's procedure over word classes first, then the pair contexts. */
function decide(checks: Checks, run: TokenRun, at: number): Context | undefined {
  if (inCapitalsAlone(run, at)) return undefined;
  const word = run.normalized[at]!;
  const procedure = checks.procedures.get(word);
  const decided = procedure?.(run, at);
  if (decided !== undefined) return decided;
  // (A pair's procedure reads names itself: "the Whether Channel" is the noun's.)
  if (inTitleWords(run, at)) return undefined;
  const contexts = checks.table.get(word);
  return contexts === undefined ? undefined : decidingContext(contexts, run, at);
}

/** Whether the word at `i` has two letters or more, all capitals: "ITS", "THEN". */
function inCapitals(run: TokenRun, i: number): boolean {
  const token = run.tokens[i];
  return token?.kind === "word" && token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

/**
 * A word in capitals between words that are not ("ITS also has a talk system"): an acronym or a
 * name, not the pair's word. In a heading or a line set all in capitals, its neighbours are too.
 */
function inCapitalsAlone(run: TokenRun, at: number): boolean {
  if (!inCapitals(run, at) || inCapitals(run, at - 1) || inCapitals(run, at + 1)) return false;
  const lower = (i: number): boolean => run.tokens[i]?.kind === "word" && /\p{Ll}/u.test(run.tokens[i]!.text);
  return lower(at - 1) || lower(at + 1);
}

/** Whether the word at `i` starts with a capital and goes on in lower case: "It's", "Weather". */
function capitalizedWord(run: TokenRun, i: number): boolean {
  const token = run.tokens[i];
  return token?.kind === "word" && /^\p{Lu}/u.test(token.text) && /\p{Ll}/u.test(token.text);
}

/**
 * A capitalized word after a lower-case one and before another capitalized word ("the fate of
 * It's Like", "a film called Then Came You"): a title's or a name's words, not the pair's word.
 */
function inTitleWords(run: TokenRun, at: number): boolean {
  const before = run.tokens[at - 1];
  return capitalizedWord(run, at) && capitalizedWord(run, at + 1) && before?.kind === "word" && /^\p{Ll}/u.test(before.text);
}

/**
 * Whether the replacement, put in the word's place, would itself be flagged
 * ("in it's the" -> "in its the" -> "in it's the"). Then neither reading is
 * certain, and the word is left alone.
 */
function wouldFlagBack(checks: Checks, run: TokenRun, at: number, replacement: string): boolean {
  const key = normalizeWord(replacement);
  if (!checks.table.has(key) && !checks.procedures.has(key)) return false;
  // The word is swapped in place and put back, so that a long sentence is not copied per word.
  const tokens = run.tokens as Token[];
  const normalized = run.normalized as string[];
  const [token, word] = [tokens[at]!, normalized[at]!];
  tokens[at] = { ...token, text: replacement };
  normalized[at] = key;
  try {
    return decide(checks, run, at) !== undefined;
  } finally {
    tokens[at] = token;
    normalized[at] = word;
  }
}

const WORDS_OF = new WeakMap<Checks, RegExp>();

/**
 * A pattern that finds any word of the checks in a block's text, whatever its case or apostrophe:
 * a block it does not match holds none, and is never split into tokens and sentences.
 */
function wordsOf(checks: Checks): RegExp {
  let pattern = WORDS_OF.get(checks);
  if (pattern === undefined) {
    const words = [...new Set([...checks.table.keys(), ...checks.procedures.keys()])]
      .sort((a, b) => b.length - a.length)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]"));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})(?![\\p{L}\\p{N}])`, "iu");
    WORDS_OF.set(checks, pattern);
  }
  return pattern;
}

const FIRST_LETTERS = new WeakMap<Checks, Uint8Array>();

/** Which lowercased ASCII characters a word of the checks starts with (1), indexed by code. */
function firstLettersOf(checks: Checks): Uint8Array {
  let firsts = FIRST_LETTERS.get(checks);
  if (firsts === undefined) {
    firsts = new Uint8Array(128);
    for (const word of [...checks.table.keys(), ...checks.procedures.keys()]) {
      const code = word.charCodeAt(0) | 0x20;
      // A word that starts with anything else turns the quick test off for that character's kind.
      if (code < 128) firsts[code] = 1;
    }
    FIRST_LETTERS.set(checks, firsts);
  }
  return firsts;
}

/**
 * The confused words in a prose block: each word whose context decides that the
 * other word of its pair was meant. Words no context decides are left alone.
 */
export function confusionsIn(prose: Prose, checks: Checks, apostrophe: ApostropheStyle): Finding[] {
  const findings: Finding[] = [];
  if (!wordsOf(checks).test(prose.text)) return findings;
  const blockTokens = prose.tokens;
  // Most blocks hold none of the words: they are found in one pass over the tokens, and only
  // the sentences that hold one are read further.
  const found: number[] = [];
  const firsts = firstLettersOf(checks);
  for (let i = 0; i < blockTokens.length; i++) {
    const token = blockTokens[i]!;
    if (token.kind !== "word") continue;
    // No pair's word starts with this ASCII letter: skip the lowercasing.
    const first = token.text.charCodeAt(0) | 0x20;
    if (first < 128 && firsts[first] === 0) continue;
    const word = normalizeWord(token.text);
    if (checks.table.has(word) || checks.procedures.has(word)) found.push(i);
  }
  if (found.length === 0) return findings;
  let next = 0;
  for (const [from, to] of sentenceWindows(blockTokens)) {
    if (next >= found.length) break;
    if (found[next]! >= to) continue;
    const candidates: number[] = [];
    for (; next < found.length && found[next]! < to; next++) candidates.push(found[next]! - from);
    const tokens = blockTokens.slice(from, to);
    const decided = decideSentence(checks, tokenRun(tokens), candidates);
    for (const [i, context] of [...decided].sort((a, b) => a[0] - b[0])) {
      const token = tokens[i]!;
      const last = tokens[i + (context.span ?? 1) - 1] ?? token;
      const finding: Finding = { range: [token.start, last.end], message: context.message };
      findings.push(
        context.fix
          ? { ...finding, replacement: replacementText(token.text, context.replacement, apostrophe, prose.text) }
          : finding,
      );
    }
  }
  return findings;
}

/**
 * The deciding context of each candidate word of a sentence. Words not yet fixed
 * are looked at again with the fixes made so far in place, so that one pass of
 * fixes leaves nothing for a second pass ("weather its been" -> "whether it's been").
 */
function decideSentence(checks: Checks, original: TokenRun, candidates: readonly number[]): Map<number, Context> {
  const decided = new Map<number, Context>();
  let run = original;
  for (let pass = 0; pass < 3; pass++) {
    let fixed = false;
    for (const i of candidates) {
      // A word already fixed stays fixed; one only reported may become certain.
      if (decided.get(i)?.fix === true) continue;
      const context = decide(checks, run, i);
      if (context === undefined || wouldFlagBack(checks, run, i, context.replacement)) continue;
      decided.set(i, context);
      fixed ||= context.fix;
    }
    if (!fixed) break;
    const tokens = original.tokens.slice();
    const normalized = original.normalized.slice();
    for (const [i, context] of decided) {
      if (!context.fix) continue;
      tokens[i] = { ...tokens[i]!, text: context.replacement };
      normalized[i] = normalizeWord(context.replacement);
    }
    run = { tokens, normalized };
  }
  return decided;
}
