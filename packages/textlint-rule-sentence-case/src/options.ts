import type { OptionSpec } from "@copydesk/prose";

export interface Options {
  /**
   * What starts a sentence after a colon:
   * "labels": the text after a speaker or item label at the start of a paragraph or list item,
   * when a sentence follows or the document capitalizes after the same kind of label;
   * "always": the text after every colon; "never": nothing after a colon.
   */
  afterColon: "labels" | "always" | "never";
  /** Words the document may write lowercase at a sentence start (names such as "pyright"). */
  allowWords: string[];
  /**
   * A name written lowercase at a sentence start (systemd, npm, iPhone): "ignore" leaves it
   * alone; "reword" reports it with no fix, as the sentence should be reworded so that the name
   * does not open it (Chicago Manual of Style, 17th ed., 8.153).
   */
  lowercaseNames: "ignore" | "reword";
}

export const RULE_NAME = "@copydesk/sentence-case";

export const DEFAULT_OPTIONS: Options = {
  afterColon: "labels",
  allowWords: [],
  lowercaseNames: "ignore",
};

export const OPTION_SPECS: { readonly [K in keyof Options]: OptionSpec } = {
  afterColon: { type: "oneOf", values: ["labels", "always", "never"] },
  allowWords: { type: "strings" },
  lowercaseNames: { type: "oneOf", values: ["ignore", "reword"] },
};
