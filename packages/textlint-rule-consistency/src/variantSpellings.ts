import { OptionError, standsMidSentence, tokenize, type DocumentWords, type Prose, type Token, type WordForms, type WordPlace } from "@copydesk/prose";
import { inCaseOf, isAllCaps, startsUpper } from "./casing";
import { times } from "./counts";
import type { LocatedFinding } from "./located";
import { RULE_NAME } from "./options";


/** One way of writing a word, as tokens and the text between them. */
interface Form {
  readonly text: string;
  readonly group: number;
  readonly side: number;
  readonly tokens: readonly string[];
  readonly gaps: readonly string[];
  /** Matched as written (U.S., US) rather than in any case (email, Email). */
  readonly exact: boolean;
}

/** A set of forms of one word (e-mail, email), or a spelling family (-ise/-ize) with its two sides. */
interface Group {
  readonly sides: readonly string[];
  readonly family: string | undefined;
  /** The side the house style prefers, or -1. */
  preferred: number;
  /** For a pair, the first word (lowercase) of each form on each side: the document writes a side only if it has one of them. */
  readonly firstWords: string[][];
}

/** Everything the check matches, built once per set of options. */
export interface VariantTable {
  readonly groups: readonly Group[];
  /** Forms by their first token in lowercase, longest first. */
  readonly formsByFirst: ReadonlyMap<string, readonly Form[]>;
  /** Family words: a word in lowercase → its group, side and counterpart. */
  readonly familyWords: ReadonlyMap<string, FamilyMember>;
  /** Both of the above by the word in lowercase, so that a word of the document is looked up once. */
  readonly byWord: ReadonlyMap<string, { readonly pairForms: readonly Form[] | undefined; readonly member: FamilyMember | undefined }>;
}

interface FamilyMember {
  readonly group: number;
  readonly side: number;
  readonly counterpart: string;
}

const SIDES_OF_FAMILY = (family: string): [string, string] => family.split("/") as [string, string];
const tables = new Map<string, VariantTable>();

/**
 * The table of variant forms for the given extra pairs and preferred forms (built once for each
 * distinct option set). A preferred form that is in no pair and names no family side
 * ("-ize", "-our", "american", "british") is an option error.
 */
export function variantTable(extraPairs: ReadonlyArray<readonly string[]>, preferred: readonly string[]): VariantTable {
  const key = JSON.stringify([extraPairs, preferred]);
  let table = tables.get(key);
  if (table === undefined) {
    table = buildTable(extraPairs, preferred);
    tables.set(key, table);
  }
  return table;
}

function buildTable(extraPairs: ReadonlyArray<readonly string[]>, preferred: readonly string[]): VariantTable {
  // Read when the rule is first set up for a lint, not when it loads.
  const variantData = require("../data/variants.json") as { pairs: string[][] };
  const familyData = require("../data/spelling-families.json") as {
    pairByPair: string[];
    families: Record<string, Record<string, string>>;
  };
  const groups: Group[] = [];
  const formsByFirst = new Map<string, Form[]>();
  const familyWords = new Map<string, { group: number; side: number; counterpart: string }>();
  for (const pair of [...variantData.pairs, ...extraPairs]) {
    const group = groups.push({ sides: pair, family: undefined, preferred: -1, firstWords: pair.map(() => []) }) - 1;
    pair.forEach((text, side) => {
      const tokens = tokenize(text);
      if (tokens.length === 0) return;
      const form: Form = {
        text,
        group,
        side,
        tokens: tokens.map((token) => token.text),
        gaps: tokens.map((token, i) => (i === 0 ? "" : text.slice(tokens[i - 1]!.end, token.start))),
        exact: /\p{Lu}/u.test(text),
      };
      const first = form.tokens[0]!.toLowerCase();
      groups[group]!.firstWords[side]!.push(first);
      const list = formsByFirst.get(first) ?? [];
      list.push(form);
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      formsByFirst.set(first, list);
    });
  }
  for (const [family, members] of Object.entries(familyData.families)) {
    const byPair = familyData.pairByPair.includes(family);
    const familyGroup = byPair ? -1 : groups.push({ sides: SIDES_OF_FAMILY(family), family, preferred: -1, firstWords: [] }) - 1;
    for (const [british, american] of Object.entries(members)) {
      if (formsByFirst.has(british) || formsByFirst.has(american)) continue;
      const group = byPair ? groups.push({ sides: [british, american], family: undefined, preferred: -1, firstWords: [] }) - 1 : familyGroup;
      familyWords.set(british, { group, side: 0, counterpart: american });
      familyWords.set(american, { group, side: 1, counterpart: british });
    }
  }
  for (const wanted of preferred) {
    const lower = wanted.toLowerCase();
    let found = false;
    groups.forEach((group) => {
      const side = group.sides.findIndex((form) => form === wanted || (!/\p{Lu}/u.test(form) && form === lower));
      const familySide = group.family === undefined ? -1 : lower === "british" ? 0 : lower === "american" ? 1 : side;
      const chosen = group.family === undefined ? side : familySide;
      if (chosen !== -1) {
        group.preferred = chosen;
        found = true;
      }
    });
    if (!found) {
      throw new OptionError(
        `${RULE_NAME}: option "preferred" names "${wanted}", which is no form of a variant pair and no spelling family ("-ize", "-ise", "-our", "-or", "american", "british").`,
      );
    }
  }
  const byWord = new Map<string, { pairForms: readonly Form[] | undefined; member: FamilyMember | undefined }>();
  for (const [first, forms] of formsByFirst) byWord.set(first, { pairForms: forms, member: undefined });
  for (const [word, member] of familyWords) byWord.set(word, { pairForms: undefined, member });
  return { groups, formsByFirst, familyWords, byWord };
}

/** Every word the check asks the word index about: the table's words and each pair's first words. */
export function variantKeys(table: VariantTable): string[] {
  const keys = [...table.byWord.keys()];
  for (const group of table.groups) for (const firsts of group.firstWords) keys.push(...firsts);
  return keys;
}

/** One place where the document writes a word one way. */
interface Occurrence {
  readonly prose: Prose;
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly group: number;
  readonly side: number;
  /** For a family word, the same word on the other side. */
  readonly counterpart: string | undefined;
  /** Document order. */
  readonly order: number;
}

/**
 * [variant]: one document spells a word two ways ("U.S." and "US", "e-mail" and "email", British
 * and American spellings of one family such as -ise/-ize). The form the document uses less is
 * reported at each of its places, with the counts and a fix to the majority form (or to the
 * house style's, from `preferred`); the majority is never reported. A tie is reported once, where
 * the document first switches, naming both forms, with no fix. A capitalized word mid-sentence is
 * part of a name (World Health Organization) and is not counted.
 */
export function variantSpellings(words: DocumentWords, table: VariantTable): LocatedFinding[] {
  const occurrences: Occurrence[] = [];
  // Only the words the document uses are looked up, once each; then their places are read.
  const listedWords: Array<{ readonly forms: WordForms; readonly pairForms: readonly Form[] | undefined; readonly member: FamilyMember | undefined }> = [];
  // For each spelling family, the sides (bit 1: British, bit 2: American) the document has a word of.
  const familySides = new Map<number, number>();
  for (const forms of words.words()) {
    const listed = table.byWord.get(forms.key);
    if (listed === undefined) continue;
    listedWords.push({ forms, ...listed });
    const { member } = listed;
    if (member !== undefined) familySides.set(member.group, (familySides.get(member.group) ?? 0) | (1 << member.side));
  }
  // Whether the document may write a pair both ways: a word of each side's forms is among its words.
  const pairBothWays = new Map<number, boolean>();
  const writesBothWays = (group: number): boolean => {
    let known = pairBothWays.get(group);
    if (known === undefined) {
      known = table.groups[group]!.firstWords.filter((firsts) => firsts.some((first) => words.get(first) !== undefined)).length >= 2;
      pairBothWays.set(group, known);
    }
    return known;
  };
  for (const { forms, pairForms, member } of listedWords) {
    // A family the document spells one way only, with no house style, has nothing to report: its places are not read.
    if (member !== undefined && table.groups[member.group]!.preferred === -1 && familySides.get(member.group) !== 0b11) continue;
    // Nor has a pair it writes one way only ("install", never "instal"): most words of the pairs.
    if (pairForms !== undefined && pairForms.every((form) => table.groups[form.group]!.preferred === -1 && !writesBothWays(form.group))) continue;
    // A form written as given (US, U.S.) is looked for only where the word is written that way: not at every "us".
    const places =
      member === undefined && pairForms!.every((form) => form.exact)
        ? [...new Set(pairForms!.map((form) => form.tokens[0]!))].flatMap((first) => forms.placesWritten(first))
        : [...forms.starts, ...forms.titles, ...[...forms.mid.values()].flat()];
    for (const place of places) collectOccurrence(place, forms, pairForms, member, occurrences);
  }
  occurrences.sort((a, b) => a.order - b.order);
  const byGroup = new Map<number, Occurrence[]>();
  for (const occurrence of occurrences) {
    const list = byGroup.get(occurrence.group);
    if (list === undefined) byGroup.set(occurrence.group, [occurrence]);
    else list.push(occurrence);
  }
  const findings: LocatedFinding[] = [];
  for (const [index, list] of byGroup) {
    const group = table.groups[index]!;
    const counts = group.sides.map((_, side) => list.filter((o) => o.side === side).length);
    const used = counts.filter((count) => count > 0).length;
    if (used < 2 && (group.preferred === -1 || counts[group.preferred]! > 0)) continue;
    const most = Math.max(...counts);
    const winner = group.preferred !== -1 ? group.preferred : counts.indexOf(most) === counts.lastIndexOf(most) ? counts.indexOf(most) : -1;
    const tally = group.sides
      .map((side, i) => [side, counts[i]!] as const)
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([side, count]) => `${label(group, side)} ${times(count)}`)
      .join(", ");
    if (winner === -1) {
      // A tie: one report where the document first writes the word a second way.
      const switched = list.find((o) => o.side !== list[0]!.side)!;
      findings.push({
        prose: switched.prose,
        finding: { range: [switched.start, switched.end], message: `[variant] The document writes ${tally}: choose one.` },
      });
      continue;
    }
    const choice = group.preferred !== -1 ? `the preferred option chooses ${label(group, group.sides[winner]!)}` : `the document writes ${tally}`;
    for (const occurrence of list) {
      if (occurrence.side === winner) continue;
      const target = occurrence.counterpart ?? group.sides[winner]!;
      const fix = replacementAt(occurrence, inCaseOf(occurrence.written, target));
      const what = group.family !== undefined ? `"${occurrence.written}" is ${label(group, group.sides[occurrence.side]!, "the")}` : `"${occurrence.written}"`;
      findings.push({
        prose: occurrence.prose,
        finding: {
          range: fix?.range ?? [occurrence.start, occurrence.end],
          message: `[variant] ${what}: ${choice}; write "${fix?.text ?? target}".`,
          ...(fix !== undefined ? { replacement: fix.text } : {}),
        },
      });
    }
  }
  return findings;
}

/** How a message names one side: a form in quotes, or a family's spellings ("-ize spellings"; with an article, "the -ise spelling"). */
function label(group: Group, side: string, article?: string): string {
  if (group.family === undefined) return `"${side}"`;
  return article !== undefined ? `${article} ${side} spelling` : `${side} spellings`;
}

function collectOccurrence(
  place: WordPlace,
  forms: WordForms,
  pairForms: readonly Form[] | undefined,
  member: FamilyMember | undefined,
  out: Occurrence[],
): void {
  const { prose } = place.block;
  const { tokens, text } = prose;
  const i = place.index;
  const token = tokens[i]!;
  // At a sentence's start, a word the document writes with the same capital mid-sentence is that
  // name again: "Email Systems said …" where the text goes on "according to Email Systems".
  if (place.kind === "start" && startsUpper(token.text) && !isAllCaps(token.text) && (forms.mid.get(token.text)?.length ?? 0) > 0) return;
  const form = pairForms?.find((candidate) => matchesAt(text, tokens, i, candidate));
  if (form !== undefined) {
    const last = tokens[i + form.tokens.length - 1]!;
    const written = text.slice(token.start, last.end);
    out.push({ prose, start: token.start, end: last.end, written, group: form.group, side: form.side, counterpart: undefined, order: place.order });
    return;
  }
  // A capital mid-sentence makes the word part of a name: the World Health Organization.
  if (member === undefined || place.kind === "title" || isAllCaps(token.text) || (place.kind === "mid" && startsUpper(token.text))) return;
  out.push({ prose, start: token.start, end: token.end, written: token.text, group: member.group, side: member.side, counterpart: member.counterpart, order: place.order });
}

/** Whether the form is written at tokens[i]: its tokens, the same text between them, and no more word joined on. */
function matchesAt(text: string, tokens: readonly Token[], i: number, form: Form): boolean {
  for (let k = 0; k < form.tokens.length; k++) {
    const token = tokens[i + k];
    if (token === undefined) return false;
    const wanted = form.tokens[k]!;
    if (form.exact ? token.text !== wanted : token.text.toLowerCase() !== wanted || isAllCaps(token.text)) return false;
    if (k > 0 && text.slice(tokens[i + k - 1]!.end, token.start) !== form.gaps[k]) return false;
    // Mid-sentence, a capitalized lowercase form is part of a name: Web Site Builder.
    if (!form.exact && k === 0 && startsUpper(token.text) && standsMidSentence(tokens, i)) return false;
  }
  const last = tokens[i + form.tokens.length - 1]!;
  // "U.S." must not be the start of "U.S.A.", nor "US" the start of a currency (US$), nor one word of capitals (ABOUT US).
  if (/[\p{L}\p{N}$]/u.test(text[last.end] ?? "")) return false;
  if (form.exact && form.tokens.length === 1 && isAllCaps(form.text)) {
    const neighbours = [tokens[i - 1], tokens[i + 1]].filter((t): t is Token => t?.kind === "word");
    if (neighbours.some((t) => isAllCaps(t.text) && t.text.length > 2)) return false;
  }
  return true;
}

/**
 * The fix that writes `target` for the occurrence, or undefined where it is not certain. A form
 * that ends with a period ("U.S.") may also end the sentence: at the end of the block the period
 * stays ("US."); before a lowercase word, a digit or a comma and a space it goes; anywhere else
 * (before a capitalized word, glued to what follows) the fix is the writer's. A form written
 * without one ("US") takes in a period right after it ("US." → "U.S.").
 */
function replacementAt(occurrence: Occurrence, target: string): { range: [number, number]; text: string } | undefined {
  const { prose, start, end, written } = occurrence;
  const { text } = prose;
  if (written.endsWith(".") && !target.endsWith(".")) {
    const rest = text.slice(end);
    if (ENDS_BLOCK.test(rest)) return { range: [start, end], text: `${target}.` };
    return GOES_ON.test(rest) ? { range: [start, end], text: target } : undefined;
  }
  if (!written.endsWith(".") && target.endsWith(".") && text[end] === ".") return { range: [start, end + 1], text: target };
  return { range: [start, end], text: target };
}

// Closing marks, then the end of the block: the form's period ends the sentence too.
const ENDS_BLOCK = /^["”’)\]]*\s*$/u;
// A lowercase word or a digit, or a comma, semicolon or colon and a space: the sentence goes on.
const GOES_ON = /^(?:\s+[\p{Ll}\p{N}]|[,;:]\s)/u;
