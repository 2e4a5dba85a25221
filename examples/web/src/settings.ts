/**
 * The playground's settings, kept in the browser's `localStorage` (nothing else is stored:
 * the text the writer types is not), and the configuration they give the worker.
 */

export type Format = "markdown" | "text";

export interface Settings {
  /** Rules turned off, by their name in the preset. Kept as the ones off, so a rule added to the preset later starts on. */
  rulesOff: string[];
  format: Format;
  lintAsYouType: boolean;
}

const KEY = "copydesk.playground";

export const DEFAULT_SETTINGS: Settings = { rulesOff: [], format: "markdown", lintAsYouType: true };

/** The stored settings, or the defaults for any that are missing or unreadable. */
export function readSettings(storage: Pick<Storage, "getItem"> | undefined): Settings {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(KEY) ?? "null");
  } catch {
    stored = null;
  }
  const record = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const rulesOff = Array.isArray(record.rulesOff)
    ? record.rulesOff.filter((rule): rule is string => typeof rule === "string")
    : DEFAULT_SETTINGS.rulesOff;
  const format = record.format === "text" || record.format === "markdown" ? record.format : DEFAULT_SETTINGS.format;
  const lintAsYouType =
    typeof record.lintAsYouType === "boolean" ? record.lintAsYouType : DEFAULT_SETTINGS.lintAsYouType;
  return { rulesOff, format, lintAsYouType };
}

/** Stores the settings; a browser that refuses storage (private mode, full quota) keeps them for this visit only. */
export function writeSettings(storage: Pick<Storage, "setItem"> | undefined, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // The settings still apply until the page is closed.
  }
}

/** The file extension textlint picks its parser by. */
export function extensionOf(format: Format): ".md" | ".txt" {
  return format === "markdown" ? ".md" : ".txt";
}

/**
 * The configuration that turns the preset's rules on and off in the worker (its
 * `merge-config` command). A rule's settings are replaced whole, so a rule left on gets the
 * settings textlint gave it when the worker was compiled, as textlint's config loader decides
 * them: the options object the compiled `.textlintrc` gives the rule, else (for `true`, `false`
 * or nothing) the preset's own `rulesConfig`, else `true`. A rule off in both is turned on
 * with `true`.
 */
export function presetConfigFor(
  presetKey: string,
  compiledPresetSetting: unknown,
  presetRulesConfig: Readonly<Record<string, unknown>>,
  ruleNames: readonly string[],
  rulesOff: readonly string[],
): { rules: Record<string, Record<string, unknown>> } {
  const compiled =
    typeof compiledPresetSetting === "object" && compiledPresetSetting !== null
      ? (compiledPresetSetting as Record<string, unknown>)
      : {};
  const off = new Set(rulesOff);
  const settings: Record<string, unknown> = {};
  for (const rule of ruleNames) {
    const user = compiled[rule];
    const setting = typeof user === "object" && user !== null ? user : (presetRulesConfig[rule] ?? true);
    settings[rule] = off.has(rule) ? false : setting === false ? true : setting;
  }
  return { rules: { [presetKey]: settings } };
}
