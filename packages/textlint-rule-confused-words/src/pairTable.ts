import {
  compileElement,
  compileSequence,
  normalizeWord,
  type ElementTest,
  type Sequence,
  type WordClasses,
} from "./tokenPattern";

/** Where a context looks, in the pair data: every field given must hold for the context to hold. */
export interface ConditionSpec {
  /** Elements right before the word, nearest last; may start with `^`. */
  readonly before?: readonly string[];
  /** Elements right after the word; may end with `$`. */
  readonly after?: readonly string[];
  /** An element that the first word of the word's clause (after the last punctuation before it) must match. */
  readonly clauseStart?: string;
  /** An element that some token later in the sentence must match. */
  readonly later?: string;
  /** An element that some token later in the clause (before the next punctuation mark) must match. */
  readonly laterInClause?: string;
}

/** A context that makes one reading of a pair certain (or likely, when `fix` is false). */
export interface ContextSpec extends ConditionSpec {
  /** The pair word that this context calls for. */
  readonly to: string;
  /** The written word(s) this context looks at; by default the pair's other word. */
  readonly find?: string | readonly string[];
  /** What to write instead, one per `find` word; by default `to`. */
  readonly replace?: string | readonly string[];
  /** Conditions under which the context does not apply after all. */
  readonly unless?: readonly ConditionSpec[];
  /** Whether the context is certain enough to fix; without it the word is reported and left alone. */
  readonly fix?: boolean;
  /** A sentence with the error, which this context must flag. */
  readonly example?: string;
}

/** A pair of words that writers confuse, with the contexts that tell them apart. */
export interface PairSpec {
  readonly id?: string;
  readonly words: readonly [string, string];
  /** Message per called-for word; `{found}` and `{replace}` are filled in. */
  readonly explain?: { readonly [word: string]: string };
  /** Correct uses of each word, which no context may flag. */
  readonly examples?: { readonly [word: string]: readonly string[] };
  readonly contexts?: readonly ContextSpec[];
  /** The name of the procedure over word classes that decides the pair (shipped pairs only). */
  readonly procedure?: string;
}

interface Condition {
  readonly before?: Sequence;
  readonly after?: Sequence;
  readonly clauseStart?: ElementTest;
  readonly later?: ElementTest;
  readonly laterInClause?: ElementTest;
}

/** A compiled context, filed under the word it looks at. */
export interface Context {
  readonly pairId: string;
  readonly condition: Condition;
  readonly unless: readonly Condition[];
  readonly replacement: string;
  readonly fix: boolean;
  readonly message: string;
  /** How many tokens the finding covers, from the word on ("such as,"); one when absent. */
  readonly span?: number;
}

/** Contexts by the normalized word they look at, in the order the pairs and contexts were given. */
export type PairTable = ReadonlyMap<string, readonly Context[]>;

const DEFAULT_EXPLAIN = `"{found}" is easily confused with "{replace}"; here the context calls for "{replace}".`;

/** A problem in a pair's data; the caller adds where it is. */
export class PairError extends Error {}

function list(value: string | readonly string[] | undefined): readonly string[] | undefined {
  return value === undefined ? undefined : typeof value === "string" ? [value] : value;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string" && v.length > 0);
}

const CONDITION_FIELDS = new Set(["before", "after", "clauseStart", "later", "laterInClause"]);
const CONTEXT_FIELDS = new Set([...CONDITION_FIELDS, "to", "find", "replace", "unless", "fix", "example"]);
const PAIR_FIELDS = new Set(["id", "words", "explain", "examples", "contexts", "note", "procedure"]);

function compileCondition(spec: ConditionSpec, classes: WordClasses, where: string, allowed: ReadonlySet<string>): Condition {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new PairError(`${where} must be an object`);
  }
  for (const key of Object.keys(spec)) {
    if (!allowed.has(key)) {
      throw new PairError(`${where} has an unknown field "${key}" (known: ${[...allowed].join(", ")})`);
    }
  }
  const sequence = (side: "before" | "after"): Sequence | undefined => {
    const value = spec[side];
    if (value === undefined) return undefined;
    if (!isStringArray(value) || value.length === 0) {
      throw new PairError(`${where}: "${side}" must be a non-empty array of non-empty strings`);
    }
    try {
      return compileSequence(value, side, classes);
    } catch (error) {
      throw new PairError(`${where}: "${side}" has ${(error as Error).message}`);
    }
  };
  const element = (field: "clauseStart" | "later" | "laterInClause"): ElementTest | undefined => {
    const value = spec[field];
    if (value === undefined) return undefined;
    if (typeof value !== "string") throw new PairError(`${where}: "${field}" must be a string`);
    try {
      return compileElement(value, classes);
    } catch (error) {
      throw new PairError(`${where}: "${field}" has ${(error as Error).message}`);
    }
  };
  const condition: Condition = {
    before: sequence("before"),
    after: sequence("after"),
    clauseStart: element("clauseStart"),
    later: element("later"),
    laterInClause: element("laterInClause"),
  };
  return condition;
}

/** The message template of a pair for a context that calls for `to`. */
export function explainTemplate(spec: PairSpec, to: string): string {
  return spec.explain?.[to] ?? spec.explain?.[normalizeWord(to)] ?? DEFAULT_EXPLAIN;
}

export function fill(template: string, found: string, replace: string): string {
  return template.replaceAll("{found}", found).replaceAll("{replace}", replace);
}

/**
 * Checks one pair's data and adds its contexts to `table`. Throws a PairError
 * that says which pair, which context and what is wrong.
 */
export function addPair(table: Map<string, Context[]>, id: string, spec: PairSpec, classes: WordClasses): void {
  const where = `pair "${id}"`;
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) throw new PairError(`${where} must be an object`);
  for (const key of Object.keys(spec)) {
    if (!PAIR_FIELDS.has(key)) {
      throw new PairError(`${where} has an unknown field "${key}" (known: ${[...PAIR_FIELDS].join(", ")})`);
    }
  }
  if (!isStringArray(spec.words) || spec.words.length !== 2) {
    throw new PairError(`${where}: "words" must be an array of the two confused words, like ["weather", "whether"]`);
  }
  const words = spec.words.map(normalizeWord);
  if (spec.explain !== undefined) {
    if (typeof spec.explain !== "object" || spec.explain === null || Array.isArray(spec.explain)) {
      throw new PairError(`${where}: "explain" must be an object from each word to its message`);
    }
    for (const [word, text] of Object.entries(spec.explain)) {
      if (!words.includes(normalizeWord(word))) throw new PairError(`${where}: "explain" names "${word}", which is not one of "words"`);
      if (typeof text !== "string" || text.length === 0) throw new PairError(`${where}: "explain" for "${word}" must be a non-empty string`);
    }
  }
  // A shipped pair decided by a procedure over word classes needs no contexts of its own.
  if (spec.procedure !== undefined && spec.contexts === undefined) return;
  if (!Array.isArray(spec.contexts) || spec.contexts.length === 0) {
    throw new PairError(`${where}: "contexts" must be a non-empty array`);
  }
  spec.contexts.forEach((context, n) => {
    const at = `${where}, context ${n + 1}`;
    const condition = compileCondition(context, classes, at, CONTEXT_FIELDS);
    if (typeof context.to !== "string" || !words.includes(normalizeWord(context.to))) {
      throw new PairError(`${at}: "to" must be one of ${spec.words.map((w) => `"${w}"`).join(" or ")}`);
    }
    const to = normalizeWord(context.to);
    const other = words.find((w) => w !== to) ?? to;
    const find = list(context.find) ?? [other];
    const replace = list(context.replace) ?? find.map(() => context.to);
    if (!isStringArray(find) || find.length === 0) throw new PairError(`${at}: "find" must be a word or an array of words`);
    if (!isStringArray(replace) || replace.length !== find.length) {
      throw new PairError(`${at}: "replace" must give one word for each "find" word (${find.length})`);
    }
    if (context.fix !== undefined && typeof context.fix !== "boolean") throw new PairError(`${at}: "fix" must be true or false`);
    if (context.example !== undefined && typeof context.example !== "string") throw new PairError(`${at}: "example" must be a string`);
    if (context.unless !== undefined && !Array.isArray(context.unless)) {
      throw new PairError(`${at}: "unless" must be an array of conditions`);
    }
    const unless = ((context.unless ?? []) as readonly ConditionSpec[]).map((u, k) => compileCondition(u, classes, `${at}, unless ${k + 1}`, CONDITION_FIELDS));
    const template = explainTemplate(spec, context.to);
    find.forEach((word, k) => {
      const key = normalizeWord(word);
      const compiled: Context = {
        pairId: id,
        condition,
        unless,
        replacement: replace[k]!,
        fix: context.fix === true,
        message: fill(template, key, replace[k]!),
      };
      const existing = table.get(key);
      if (existing === undefined) table.set(key, [compiled]);
      else existing.push(compiled);
    });
  });
}

/** Word classes from the data, with `extra` words added (a class named in both gets the words of both). */
export function wordClasses(
  shipped: { readonly [name: string]: readonly string[] },
  extra: { readonly [name: string]: readonly string[] } = {},
): WordClasses {
  const classes = new Map<string, Set<string>>();
  for (const source of [shipped, extra]) {
    for (const [name, words] of Object.entries(source)) {
      const set = classes.get(name) ?? new Set<string>();
      for (const word of words) set.add(word);
      classes.set(name, set);
    }
  }
  return classes;
}
