#!/usr/bin/env node
// Accuracy of each copydesk rule on the clean corpus, on seeded inserted errors, and on
// labelled sentence sets, side by side with peer checkers. See bench/README.md.
//
//   node bench/accuracy.mjs [rule ...] [--seed N] [--errors N] [--no-peers] [--debian] [--news] [--wire] [--bbc] [--abc] [--rte] [--masc] [--no-readmes]
//   (--debian adds Debian's two manuals, plain prose; --news adds State of the Union addresses, edited
//   news-style prose; --wire adds Reuters wire stories; --bbc adds BBC News stories, read from
//   $COPYDESK_NEWS_DATASETS/bbc; --abc adds ABC Rural and Science News, read from
//   $COPYDESK_NEWS_DATASETS/nltk/abc; --rte adds the PASCAL RTE challenges' texts, read from
//   $COPYDESK_NEWS_DATASETS/nltk/rte; --masc adds MASC's edited written texts, read from
//   $COPYDESK_NEWS_DATASETS/nltk/masc_tagged; --no-readmes leaves out the npm README corpus: see bench/corpus.mjs)
//
// Plug-ins: bench/accuracy/<rule>.mjs (contract in bench/README.md).
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { corpusFiles } from "./corpus.mjs";
import { linterWith, loadProse, loadRule } from "./linters.mjs";
import { markdownWords } from "./markdownWords.mjs";
import { offsetMapper } from "./textAlignment.mjs";
import { printTable } from "./printTable.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, "out");

function parseArgs(argv) {
  const args = { rules: [], seed: 20240611, errors: 400, peers: true, debian: false, news: false, wire: false, bbc: false, abc: false, rte: false, masc: false, readmes: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--seed") args.seed = Number(argv[++i]);
    else if (a === "--errors") args.errors = Number(argv[++i]);
    else if (a === "--no-peers") args.peers = false;
    else if (a === "--debian") args.debian = true;
    else if (a === "--news") args.news = true;
    else if (a === "--wire") args.wire = true;
    else if (a === "--bbc") args.bbc = true;
    else if (a === "--abc") args.abc = true;
    else if (a === "--rte") args.rte = true;
    else if (a === "--masc") args.masc = true;
    else if (a === "--no-readmes") args.readmes = false;
    else if (a === "--help" || a === "-h") {
      console.log("node bench/accuracy.mjs [rule ...] [--seed N] [--errors N] [--no-peers] [--debian] [--news] [--wire] [--bbc] [--abc] [--rte] [--masc] [--no-readmes]");
      process.exit(0);
    } else args.rules.push(a);
  }
  return args;
}

/** mulberry32: a small seeded PRNG returning [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Words per corpus file, counted the way the rules see prose: the text of every Paragraph,
 * Header and TableCell from @copydesk/prose (Markdown syntax removed, code and URLs masked),
 * split on whitespace, keeping tokens that hold a letter or digit.
 */
async function proseWordCounts(files) {
  const prose = loadProse();
  if (!prose) return { how: "estimate (prose layer not built): bench/markdownWords.mjs", counts: files.map((f) => markdownWords(f.text)) };
  let words = 0;
  const counter = () =>
    Object.fromEntries(
      prose.PROSE_NODE_TYPES.map((type) => [
        type,
        (node) => {
          for (const token of prose.proseOf(node).text.split(/\s+/)) if (HAS_WORD_CHAR.test(token)) words++;
        },
      ]),
    );
  const linter = await linterWith([{ ruleId: "word-count", rule: counter }]);
  const counts = [];
  for (const f of files) {
    words = 0;
    await linter.lintText(f.text, f.abs);
    counts.push(words);
  }
  return { how: "prose layer: whitespace-separated tokens with a letter or digit in Paragraph/Header/TableCell text", counts };
}

const overlaps = (r, e) => {
  const rEnd = Math.max(r.end, r.start + 1);
  return r.start < e.end && e.start < rEnd;
};

function lineAt(text, index) {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  let end = text.indexOf("\n", index);
  if (end < 0) end = text.length;
  return { start, end, line: text.slice(0, index).split("\n").length, column: index - start + 1 };
}

/** The line around [start, end), the range marked with ⟦ ⟧ and cut to a readable width. */
function context(text, start, end) {
  const { start: ls, end: le } = lineAt(text, start);
  const stop = Math.min(Math.max(end, start), le);
  const before = text.slice(Math.max(ls, start - 90), start);
  const after = text.slice(stop, Math.min(le, stop + 90));
  return `${start - 90 > ls ? "…" : ""}${before}⟦${text.slice(start, stop)}⟧${after}${stop + 90 < le ? "…" : ""}`.replace(/\t/g, " ");
}

function describe(file, text, report) {
  const { line, column } = lineAt(text, report.start);
  return `${file}:${line}:${column}  ${report.message}\n    ${context(text, report.start, report.end)}\n`;
}

const pct = (a, b) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
const per10k = (n, words) => ((n * 10000) / words).toFixed(2);
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** A checker is copydesk's rule or a peer: lint(text, file) -> [{ start, end, message }]. */
function ruleChecker(name, linter) {
  return {
    name: `copydesk ${name}`,
    lint: async (text, file) => {
      const result = await linter.lintText(text, file);
      return result.messages.map((m) => ({ start: m.range[0], end: m.range[1], message: m.message }));
    },
  };
}

function peerChecker(peer) {
  return {
    name: peer.name,
    lint: async (text) => {
      const lints = await peer.lint(text);
      return lints.map((l) => ({ start: l.start, end: l.end, message: l.message }));
    },
  };
}

async function safeLint(checker, text, file, problems) {
  try {
    return await checker.lint(text, file);
  } catch (err) {
    problems.push(`${checker.name} failed on ${basename(file)}: ${String(err?.message ?? err).split("\n")[0]}`);
    return [];
  }
}

/** Spreads `total` insertions over the files, each file weighted by its words. */
function spread(total, weights, random) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map(() => 0);
  for (let k = 0; k < total; k++) {
    let r = random() * sum;
    let i = 0;
    while (i < weights.length - 1 && r >= weights[i]) r -= weights[i++];
    counts[i]++;
  }
  return counts;
}

async function runPlugin(plugin, files, words, args) {
  const totalWords = words.reduce((a, b) => a + b, 0);
  console.log(`\n## ${plugin.name} (${plugin.pkg})`);
  const loaded = loadRule(plugin.pkg);
  if (loaded.error) {
    console.log(`  skipped: ${loaded.error}`);
    return;
  }
  const problems = [];
  const linter = await linterWith([{ ruleId: plugin.name, rule: loaded.rule }]);
  const checkers = [ruleChecker(plugin.name, linter), ...(args.peers ? (plugin.peers ?? []).map(peerChecker) : [])];

  // 1. Clean corpus.
  const clean = checkers.map(() => []); // per checker, per file: reports
  for (const [c, checker] of checkers.entries()) {
    const started = performance.now();
    for (const f of files) clean[c].push(await safeLint(checker, f.text, f.abs, problems));
    const n = clean[c].reduce((s, r) => s + r.length, 0);
    const outFile = join(OUT, c === 0 ? `${plugin.name}.clean.txt` : `${plugin.name}.${slug(checker.name)}.clean.txt`);
    let body = `# ${checker.name} on the clean corpus: ${n} reports in ${totalWords} words (${per10k(n, totalWords)} per 10,000 words)\n# file:line:column  message, then the line with the reported range in ⟦ ⟧\n\n`;
    for (const [i, f] of files.entries()) for (const r of clean[c][i]) body += describe(f.file, f.text, r);
    writeFileSync(outFile, body);
    console.log(`  clean corpus, ${checker.name}: ${n} reports (${((performance.now() - started) / 1000).toFixed(1)} s) -> ${outFile.slice(here.length - 5)}`);
  }

  // 2. Seeded inserted errors.
  const random = mulberry32(args.seed);
  const counts = spread(args.errors, words, random);
  const mutated = []; // { i, text, errors }
  for (const [i, f] of files.entries()) {
    if (counts[i] === 0) continue;
    let result;
    try {
      result = plugin.insertErrors(f.text, random, counts[i]);
    } catch (err) {
      problems.push(`insertErrors failed on ${f.file}: ${err.message}`);
      continue;
    }
    const errors = (result.errors ?? []).filter((e) => e.start >= 0 && e.end <= result.text.length && e.start < e.end);
    if (errors.length < (result.errors ?? []).length) problems.push(`insertErrors gave ${result.errors.length - errors.length} invalid ranges in ${f.file}`);
    if (errors.length > 0) mutated.push({ i, text: result.text, errors });
  }
  const inserted = mutated.reduce((s, m) => s + m.errors.length, 0);
  const rows = [];
  let seededLog = `# ${plugin.name}: ${inserted} inserted errors in ${mutated.length} files (seed ${args.seed})\n`;
  for (const [c, checker] of checkers.entries()) {
    let found = 0;
    let fresh = 0;
    let freshOnError = 0;
    const misses = [];
    const falseAlarms = [];
    for (const m of mutated) {
      const f = files[m.i];
      const reports = await safeLint(checker, m.text, f.abs, problems);
      const map = offsetMapper(f.text, m.text);
      const before = new Set(clean[c][m.i].map((r) => `${map(r.start)}|${r.message}`));
      for (const e of m.errors) {
        if (reports.some((r) => overlaps(r, e))) found++;
        else misses.push(describe(f.file, m.text, { ...e, message: "(missed)" }));
      }
      for (const r of reports) {
        if (before.has(`${r.start}|${r.message}`)) continue;
        fresh++;
        if (m.errors.some((e) => overlaps(r, e))) freshOnError++;
        else falseAlarms.push(describe(f.file, m.text, r));
      }
    }
    const cleanN = clean[c].reduce((s, r) => s + r.length, 0);
    rows.push({ checker: checker.name, cleanN, per10k: per10k(cleanN, totalWords), inserted, recall: pct(found, inserted), precision: pct(freshOnError, fresh), newFalse: fresh - freshOnError });
    seededLog += `\n## ${checker.name}: recall ${found}/${inserted}, precision ${freshOnError}/${fresh}\n### missed (${misses.length})\n${misses.join("")}### new reports away from any inserted error (${falseAlarms.length})\n${falseAlarms.join("")}`;
  }
  writeFileSync(join(OUT, `${plugin.name}.seeded.txt`), seededLog);

  console.log(`\n  seed ${args.seed}: ${inserted} errors inserted in ${mutated.length} of ${files.length} files; corpus ${totalWords} words`);
  printTable(
    ["checker", "clean reports", "per 10k words", "inserted", "recall", "precision", "new reports off target"],
    rows.map((r) => [r.checker, r.cleanN, r.per10k, r.inserted, r.recall, r.precision, r.newFalse]),
  );
  if (inserted < 200) console.log(`  note: only ${inserted} errors could be inserted (the contract asks for at least 200)`);
  console.log(`  misses and off-target reports: bench/out/${plugin.name}.seeded.txt`);

  // 3. Labelled sets.
  for (const set of plugin.labelledSets ?? []) {
    console.log(`\n  labelled set "${set.name}" (${set.cases.length} cases)`);
    const setRows = [];
    let log = `# ${plugin.name}: labelled set "${set.name}"\n`;
    for (const checker of checkers) {
      let tp = 0, fp = 0, fn = 0, tn = 0;
      const wrong = [];
      for (const k of set.cases) {
        const file = join(here, `labelled${k.ext ?? ".md"}`);
        const reports = await safeLint(checker, k.text, file, problems);
        const flagged = reports.length > 0;
        if (k.expect === "flag" && flagged) tp++;
        else if (k.expect === "flag") {
          fn++;
          wrong.push(`    miss:        ${k.text}`);
        } else if (flagged) {
          fp++;
          wrong.push(`    false alarm: ${k.text}\n                 ${reports.map((r) => `…${k.text.slice(Math.max(0, r.start - 30), r.start)}⟦${k.text.slice(r.start, r.end)}⟧${k.text.slice(r.end, r.end + 30)}… ${r.message}`).join("; ")}`);
        } else tn++;
      }
      setRows.push([checker.name, tp + fn, tn + fp, pct(tp, tp + fn), pct(tp, tp + fp), fn, fp]);
      log += `\n## ${checker.name}\n${wrong.join("\n")}\n`;
      if (checker === checkers[0]) for (const w of wrong) console.log(w);
    }
    printTable(["checker", "flag cases", "ok cases", "recall", "precision", "misses", "false alarms"], setRows);
    writeFileSync(join(OUT, `${plugin.name}.labelled-${slug(set.name)}.txt`), log);
  }
  for (const p of problems.slice(0, 20)) console.log(`  problem: ${p}`);
  if (problems.length > 20) console.log(`  ... ${problems.length - 20} more problems`);
}


async function main() {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const pluginDir = join(here, "accuracy");
  const available = readdirSync(pluginDir).filter((f) => f.endsWith(".mjs")).map((f) => f.replace(/\.mjs$/, "")).sort();
  const chosen = args.rules.length > 0 ? args.rules : available;
  const unknown = chosen.filter((r) => !available.includes(r));
  if (unknown.length > 0) console.log(`no plug-in for: ${unknown.join(", ")} (available: ${available.join(", ")})`);

  const files = corpusFiles({ log: console.log, debian: args.debian, news: args.news, wire: args.wire, bbc: args.bbc, abc: args.abc, rte: args.rte, masc: args.masc, readmes: args.readmes });
  if (files.length === 0) throw new Error("no corpus files: --no-readmes needs --debian, --news, --wire, --bbc, --abc, --rte or --masc (set COPYDESK_NEWS_DATASETS for --bbc, --abc, --rte and --masc)");
  const { how, counts } = await proseWordCounts(files);
  const totalWords = counts.reduce((a, b) => a + b, 0);
  const bytes = files.reduce((s, f) => s + f.bytes, 0);
  console.log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${totalWords} words (${how})`);
  console.log(`seed ${args.seed}, ${args.errors} insertions asked per rule`);

  for (const name of chosen.filter((r) => available.includes(r))) {
    let plugin;
    try {
      plugin = await import(pathToFileURL(join(pluginDir, `${name}.mjs`)).href);
    } catch (err) {
      console.log(`\n## ${name}\n  skipped: the plug-in failed to load: ${err.message.split("\n")[0]}`);
      continue;
    }
    try {
      await runPlugin({ ...plugin, name: plugin.name ?? name }, files, counts, args);
    } catch (err) {
      console.log(`  failed: ${err.stack ?? err}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
