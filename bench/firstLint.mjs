// The preset's first load and first lint in a fresh process, for bench/speed.mjs section 4: what
// a CLI run or an editor's first lint pays. textlint itself is loaded and warmed up first on a
// lint with no rules and is not counted; then the preset is required (load), and the example
// article (examples/article/article.txt, plain text, ~2,400 words) is linted once with it (first
// lint), and again (a warm lint, for comparison). Prints one JSON line of CPU times in ms.
//
//   node bench/firstLint.mjs [--wall]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { linterWith, workspacePackages, PRESET_ID, PRESET_PACKAGE, ROOT } from "./linters.mjs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const wall = process.argv.includes("--wall");
const now = () => {
  if (wall) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const path = join(ROOT, "examples", "article", "article.txt");
const text = readFileSync(path, "utf8");
const none = await linterWith([]);
await none.lintText(text, path);
const t0 = now();
await none.lintText(text, path);
const noRules = now() - t0;

const main = workspacePackages().find((p) => p.name === PRESET_PACKAGE).main;
const t1 = now();
const mod = require(main);
const load = now() - t1;
const preset = mod.default ?? mod;
const rules = Object.entries(preset.rules).map(([name, rule]) => ({ ruleId: `${PRESET_ID}/${name}`, rule, options: preset.rulesConfig?.[name] ?? true }));
const linter = await linterWith(rules);
const t2 = now();
await linter.lintText(text, path);
const firstLint = now() - t2;
const t3 = now();
await linter.lintText(text, path);
const warmLint = now() - t3;
process.stdout.write(JSON.stringify({ load, firstLint, warmLint, noRules }) + "\n");
