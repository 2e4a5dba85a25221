import type { OptionSpec } from "@copydesk/prose";

export const RULE_NAME = "@copydesk/consistency";

export interface Options {
  /** [name]: a name the document capitalizes, written lowercase. */
  readonly name: boolean;
  /** [month]: a month or weekday written lowercase. */
  readonly month: boolean;
  /** [acronym]: an acronym that does not fit its words, or one with two expansions. */
  readonly acronym: boolean;
  /** [variant]: one word spelled two ways in one document. */
  readonly variant: boolean;
  /** [quotes]: quotation marks that do not pair, and straight and curly marks mixed. */
  readonly quotes: boolean;
  /** [heading]: a heading that breaks the case style of the document's other headings. */
  readonly heading: boolean;
  /** Words always written as given, wherever they stand mid-sentence ("Meta", "npm"). */
  readonly names: readonly string[];
  /** More sets of forms that are one word spelled differently: [["e-mail", "email"]]. */
  readonly variants: ReadonlyArray<readonly string[]>;
  /** House-style forms, which win over the document's majority: ["email", "US"]. */
  readonly preferred: readonly string[];
}

export const DEFAULT_OPTIONS: Options = {
  name: true,
  month: true,
  acronym: true,
  variant: true,
  quotes: true,
  heading: true,
  names: [],
  variants: [],
  preferred: [],
};

export const OPTION_SPECS: { readonly [K in keyof Options]: OptionSpec } = {
  name: { type: "boolean" },
  month: { type: "boolean" },
  acronym: { type: "boolean" },
  variant: { type: "boolean" },
  quotes: { type: "boolean" },
  heading: { type: "boolean" },
  names: { type: "strings" },
  variants: { type: "stringLists", minLength: 2 },
  preferred: { type: "strings" },
};
