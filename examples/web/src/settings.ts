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
 * `merge-config` command). A rule turned on gets the options the compiled `.textlintrc`
 * gave it, so options set at build time survive a rule being turned off and on again.
 */
export function presetConfigFor(
  presetKey: string,
  compiledPresetSetting: unknown,
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
    const options = compiled[rule];
    settings[rule] = off.has(rule) ? false : typeof options === "object" && options !== null ? options : true;
  }
  return { rules: { [presetKey]: settings } };
}
