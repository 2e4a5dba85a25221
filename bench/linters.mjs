// textlint in-process, with the copydesk rules loaded straight from their built packages
// (packages/*/lib), for the benchmarks. A rule whose lib/ is missing is reported as not built.
import { createRequire } from "node:module";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter, loadTextlintrc } from "textlint";

const require = createRequire(import.meta.url);
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGES = join(ROOT, "packages");
export const PRESET_PACKAGE = "@copydesk/textlint-rule-preset-recommended";
export const PRESET_ID = "@copydesk/recommended";

/** Every workspace package: { name, dir, main (absolute lib/index.js), built }. */
export function workspacePackages() {
  return readdirSync(PACKAGES)
    .filter((d) => existsSync(join(PACKAGES, d, "package.json")))
    .map((d) => {
      const dir = join(PACKAGES, d);
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const main = join(dir, pkg.main ?? "lib/index.js");
      return { name: pkg.name, dir, main, built: existsSync(main) };
    });
}

/** The copydesk rule packages (not the preset), with their short names ("punctuation-spacing"). */
export function rulePackages() {
  return workspacePackages()
    .filter((p) => /\/textlint-rule-/.test(p.name) && p.name !== PRESET_PACKAGE)
    .map((p) => ({ ...p, short: p.name.replace(/^.*\/textlint-rule-/, "") }))
    .sort((a, b) => a.short.localeCompare(b.short));
}

/** The rule module exported by a built package, or { error } saying why it cannot be used. */
export function loadRule(pkgName) {
  const p = workspacePackages().find((x) => x.name === pkgName);
  if (!p) return { error: `no workspace package named ${pkgName}` };
  if (!p.built) return { error: `${pkgName} is not built (no ${p.main.slice(ROOT.length + 1)})` };
  try {
    const mod = require(p.main);
    return { rule: mod.default ?? mod };
  } catch (err) {
    return { error: `${pkgName} failed to load: ${err.message.split("\n")[0]}` };
  }
}

/** The preset's rules as textlint would expand them: [{ ruleId, rule, options }], or { error }. */
export function loadPreset() {
  const p = workspacePackages().find((x) => x.name === PRESET_PACKAGE);
  if (!p?.built) return { error: `${PRESET_PACKAGE} is not built` };
  try {
    const mod = require(p.main);
    const preset = mod.default ?? mod;
    const rules = Object.entries(preset.rules).map(([name, rule]) => ({
      ruleId: `${PRESET_ID}/${name}`,
      rule,
      options: preset.rulesConfig?.[name] ?? true,
    }));
    return { rules };
  } catch (err) {
    return { error: `${PRESET_PACKAGE} failed to load: ${err.message.split("\n")[0]}` };
  }
}

/** The @copydesk/prose module (for counting words the way the rules see them), or null. */
export function loadProse() {
  const p = workspacePackages().find((x) => x.name === "@copydesk/prose");
  if (!p?.built) return null;
  return require(p.main);
}

let builtins = null;

/**
 * A textlint linter (textlint 15's createLinter) with exactly these rules and the built-in
 * Markdown and text plugins: [{ ruleId, rule, options? }]. No .textlintrc is read.
 */
export async function linterWith(rules) {
  // An empty config file path makes loadTextlintrc return only the built-in plugins.
  builtins ??= await loadTextlintrc({ configFilePath: join(ROOT, "bench", "no-rules.textlintrc.json") });
  const descriptor = builtins.shallowMerge({
    rules: rules.map(({ ruleId, rule, options }) => ({ ruleId, rule, options: options ?? true })),
  });
  return createLinter({ descriptor, cwd: ROOT });
}
