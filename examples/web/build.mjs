// Builds dist/: the textlint worker (the recommended preset of this workspace, compiled with
// @textlint/script-compiler from .textlintrc.json) and the playground page around it.
//
//   node build.mjs        (run by `pnpm run build` at the repository root, after the packages)
//
// The compile is skipped when the worker's inputs are those it was built from (workerInputs.mjs).
// COPYDESK_WEB_HOMEPAGE sets the worker's homepage and namespace, the address the textlint
// editor extension shows for it and tells installed workers apart by: the site it is
// published on (the GitHub Pages workflow in README.md sets it).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "@textlint/script-compiler";
import { inputsHashFile, workerHomepage, workerInputsHash } from "./workerInputs.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const require = createRequire(import.meta.url);

const PRESET_PACKAGE = "@copydesk/textlint-rule-preset-recommended";
const PRESET_KEY = "@copydesk/preset-recommended";

const presetManifestPath = require.resolve(`${PRESET_PACKAGE}/package.json`);
const presetManifest = JSON.parse(readFileSync(presetManifestPath, "utf8"));
const presetRequire = createRequire(presetManifestPath);
const { rules, rulesConfig = {} } = require(PRESET_PACKAGE);

/** Each rule of the preset, in the preset's order, with its package's one-line description. */
const ruleList = Object.keys(rules).map((name) => {
  let description = "";
  try {
    description = JSON.parse(readFileSync(presetRequire.resolve(`@copydesk/textlint-rule-${name}/package.json`), "utf8"))
      .description;
  } catch {
    // A rule kept in another package shows its name alone.
  }
  return { name, description: (description ?? "").replace(/^textlint rule:\s*/i, "") };
});

// The worker is compiled again only when what it is made of changed (workerInputs.mjs).
const workerFile = join(dist, "textlint-worker.js");
const homepage = workerHomepage();
const inputsHash = workerInputsHash(homepage);
const upToDate =
  existsSync(workerFile) && existsSync(inputsHashFile) && readFileSync(inputsHashFile, "utf8").trim() === inputsHash;
for (const file of existsSync(dist) ? readdirSync(dist) : []) {
  if (!(upToDate && (join(dist, file) === workerFile || join(dist, file) === inputsHashFile))) {
    rmSync(join(dist, file), { recursive: true, force: true });
  }
}
mkdirSync(dist, { recursive: true });

// The page's script: TypeScript to ES modules the browser loads as they are.
const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(here, "tsconfig.json")], {
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const started = performance.now();
if (!upToDate) {
  await compile({
    cwd: here,
    configFilePath: join(here, ".textlintrc.json"),
    compileTarget: "webworker",
    outputDir: dist,
    mode: "production",
    metadata: { name: "copydesk-recommended", namespace: homepage, homepage, version: presetManifest.version },
  });
  writeFileSync(inputsHashFile, `${inputsHash}\n`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const ruleCheckboxes = ruleList
  .map(
    ({ name, description }) =>
      `<li><label><input type="checkbox" name="rule" value="${escapeHtml(name)}" checked> <span class="rule-name">${escapeHtml(name)}</span></label>` +
      (description ? `<span class="rule-description">${escapeHtml(description)}</span>` : "") +
      `</li>`,
  )
  .join("\n          ");
// JSON inside <script type="application/json">: "<" escaped so no text can close the element.
const data = JSON.stringify({
  preset: PRESET_KEY,
  rules: ruleList.map(({ name }) => name),
  rulesConfig,
  example: readFileSync(join(here, "draft.md"), "utf8"),
}).replace(/</g, "\\u003c");
const page = readFileSync(join(here, "src", "index.html"), "utf8")
  .replace("{{RULES}}", ruleCheckboxes)
  .replace("{{DATA}}", data)
  .replace("{{VERSION}}", escapeHtml(presetManifest.version));
writeFileSync(join(dist, "index.html"), page);
copyFileSync(join(here, "src", "style.css"), join(dist, "style.css"));

console.log(
  `examples/web: dist/textlint-worker.js (${ruleList.length} rules) ` +
    (upToDate ? "unchanged: its inputs are the same" : `compiled in ${seconds} s`) +
    "; dist/index.html",
);
