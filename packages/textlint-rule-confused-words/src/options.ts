import { OptionError, readOptions, type OptionSpec } from "@copydesk/prose";
import { addPair, PairError, wordClasses, type Context, type PairSpec, type PairTable } from "./pairTable";
import type { ApostropheStyle } from "./replacementText";
import type { Checks, Procedure } from "./confusions";
import { proceduresOf } from "./procedures";
import { SHIPPED_CLASSES, SHIPPED_PAIRS } from "./shippedPairs";

export const RULE_NAME = "@copydesk/confused-words";

export interface Options {
  /** Pairs to add, by id; an id of a shipped pair adds contexts to that pair. */
  pairs: { readonly [id: string]: PairSpec };
  /** Ids of shipped pairs to leave out, like "then/than". */
  disable: string[];
  /** Word classes to add (or add words to) for patterns in `pairs`. */
  classes: { readonly [name: string]: readonly string[] };
  /** The apostrophe a fix writes: "auto" follows the text. */
  apostrophe: ApostropheStyle;
}

export const DEFAULT_OPTIONS: Options = { pairs: {}, disable: [], classes: {}, apostrophe: "auto" };

export const OPTION_SPECS: { readonly [K in keyof Options]: OptionSpec } = {
  pairs: { type: "object" },
  disable: { type: "strings" },
  classes: { type: "object" },
  apostrophe: { type: "oneOf", values: ["auto", "straight", "curly"] },
};

export interface Settings {
  readonly checks: Checks;
  readonly apostrophe: ApostropheStyle;
}

let defaultSettings: Settings | undefined;

/**
 * The options read and checked, and the pair table they make. Throws an
 * OptionError naming the option, the pair and the context for bad user data.
 */
export function settingsFrom(raw: unknown): Settings {
  const options = readOptions(RULE_NAME, raw, DEFAULT_OPTIONS, OPTION_SPECS);
  const plain =
    Object.keys(options.pairs).length === 0 && options.disable.length === 0 && Object.keys(options.classes).length === 0;
  if (plain && options.apostrophe === "auto" && defaultSettings !== undefined) return defaultSettings;

  const shippedIds = SHIPPED_PAIRS.map((p) => p.id);
  for (const id of options.disable) {
    if (!shippedIds.includes(id)) {
      throw new OptionError(
        `${RULE_NAME}: option "disable" names "${id}", which is not a shipped pair. Shipped pairs: ${shippedIds.map((i) => `"${i}"`).join(", ")}.`,
      );
    }
  }
  for (const [name, words] of Object.entries(options.classes)) {
    if (!Array.isArray(words) || !words.every((w) => typeof w === "string" && w.length > 0 && !w.includes("|"))) {
      throw new OptionError(`${RULE_NAME}: option "classes": "${name}" must be an array of words.`);
    }
  }
  const classes = wordClasses(SHIPPED_CLASSES, options.classes);
  const table = new Map<string, Context[]>();
  const procedures = new Map<string, Procedure>();
  const add = (id: string, spec: PairSpec, option: boolean): void => {
    try {
      addPair(table, id, spec, classes);
    } catch (error) {
      if (!(error instanceof PairError)) throw error;
      throw new OptionError(
        option ? `${RULE_NAME}: option "pairs": ${error.message}.` : `${RULE_NAME}: shipped data: ${error.message}.`,
      );
    }
  };
  const userPairs = Object.entries(options.pairs);
  for (const pair of SHIPPED_PAIRS) {
    if (options.disable.includes(pair.id)) continue;
    add(pair.id, pair, false);
    for (const [word, procedure] of proceduresOf(pair)) procedures.set(word, procedure);
    // Contexts given under a shipped pair's id extend that pair (its words and messages stay).
    const extra = options.pairs[pair.id];
    if (extra !== undefined) add(pair.id, { ...pair, ...extra, words: extra.words ?? pair.words, explain: { ...pair.explain, ...extra.explain } }, true);
  }
  for (const [id, spec] of userPairs) {
    if (shippedIds.includes(id)) continue;
    if ((spec as { procedure?: unknown }).procedure !== undefined) {
      throw new OptionError(`${RULE_NAME}: option "pairs": pair "${id}": "procedure" names a shipped procedure and is only for shipped pairs.`);
    }
    add(id, spec, true);
  }
  const settings: Settings = {
    checks: { table, procedures },
    apostrophe: options.apostrophe,
  };
  if (plain && options.apostrophe === "auto") defaultSettings = settings;
  return settings;
}
