// Runs the recommended preset on a table of labelled sentences and prints where it agrees.
//
//   node bench/edge-cases.mjs cases.tsv
//
// The table is tab-separated with a header row: check, expect, text, source. `check` names the
// kind of error (1_sentence_start, 2_a_an, 3_confusion, 4_missing_space, 5_currency, or the short
// name of a rule), `expect` is "flag" or "ok", `text` is one Markdown snippet, `source` says where
// the case comes from. A case agrees when the rule for its kind reports on it exactly when it
// should. Reports by the other rules are listed apart: they are not wrong by themselves.
import { readFileSync } from "node:fs";
import { linterWith, loadPreset, PRESET_ID } from "./linters.mjs";
import { printTable } from "./printTable.mjs";

const KIND_RULE = {
  "1_sentence_start": "sentence-case",
  "2_a_an": "indefinite-article",
  "3_confusion": "confused-words",
  "4_missing_space": "punctuation-spacing",
  "5_currency": "currency-conversion",
};

const file = process.argv[2];
if (!file) {
  console.error("usage: node bench/edge-cases.mjs cases.tsv");
  process.exit(2);
}
const preset = loadPreset();
if (preset.error) {
  console.error(preset.error);
  process.exit(1);
}
const linter = await linterWith(preset.rules);
const [header, ...rows] = readFileSync(file, "utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
const columns = header.split("\t");
const at = (name) => columns.indexOf(name);
const tally = new Map();
const disagreements = [];
const alsoReported = [];
for (const row of rows) {
  const cells = row.split("\t");
  const [check, expect, text, source] = ["check", "expect", "text", "source"].map((c) => cells[at(c)] ?? "");
  const rule = KIND_RULE[check] ?? check;
  const result = await linter.lintText(`${text}\n`, "case.md");
  const own = result.messages.filter((m) => m.ruleId === `${PRESET_ID}/${rule}`);
  const others = result.messages.filter((m) => m.ruleId !== `${PRESET_ID}/${rule}`);
  const got = own.length > 0 ? "flag" : "ok";
  const t = tally.get(rule) ?? { rule, flag: 0, ok: 0, agree: 0 };
  t[expect === "flag" ? "flag" : "ok"]++;
  if (got === expect) t.agree++;
  else disagreements.push(`  ${rule}: expected ${expect}, got ${got}: ${text}  [${source}]`);
  for (const m of others) alsoReported.push(`  ${m.ruleId.replace(`${PRESET_ID}/`, "")} on a ${rule} case: ${m.message}  ${text}`);
  tally.set(rule, t);
}
printTable(
  ["rule", "flag cases", "ok cases", "agree"],
  [...tally.values()].map((t) => [t.rule, String(t.flag), String(t.ok), `${t.agree}/${t.flag + t.ok}`]),
);
console.log(`\ndisagreements (${disagreements.length}):`);
for (const line of disagreements) console.log(line);
console.log(`\nreports by the other rules (${alsoReported.length}):`);
for (const line of alsoReported) console.log(line);
