#!/usr/bin/env node
// Hostile inputs: text that is not prose, or prose in a shape no writer means, linted with
// the whole preset at two sizes. Time should grow linearly: doubling the input should at most
// double the time (2.6× leaves room for noise and garbage collection). Prints figures; asserts
// nothing. See bench/README.md.
//
//   node bench/hostile.mjs [--sizes 256,512] [--md-sizes 16,32] [--runs 3] [--budget 60]
//                          [--only name,name] [--wall]
//
// Markdown inputs are linted at smaller sizes (--md-sizes): textlint's Markdown parser itself
// grows faster than linearly with the length of a paragraph and with the depth of nesting, with
// no rules at all (one Markdown line of 256 KB, or 256 KB of nested lists and quotes, takes
// textlint alone tens of seconds to minutes before any rule runs).
// Each input is timed with textlint and no rules (textlint's own cost: parsing and traversal),
// with the preset, and, where the preset reports a lot, with a rule that makes exactly the
// preset's reports and does nothing else: that is the cost of textlint's kernel handling
// the reports, which belongs to textlint, not to the rules.
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { linterWith, loadPreset, ROOT } from "./linters.mjs";
import { printTable } from "./printTable.mjs";

function parseArgs(argv) {
  const args = { sizes: [256, 512], mdSizes: [16, 32], runs: 3, budget: 60, only: null, wall: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === "--sizes") args.sizes = next().split(",").map(Number);
    else if (a === "--md-sizes") args.mdSizes = next().split(",").map(Number);
    else if (a === "--runs") args.runs = Number(next());
    else if (a === "--budget") args.budget = Number(next());
    else if (a === "--only") args.only = next().split(",");
    else if (a === "--wall") args.wall = true;
    else if (a === "--help" || a === "-h") {
      console.log("node bench/hostile.mjs [--sizes 256,512 (KB)] [--md-sizes 16,32 (KB)] [--runs N] [--budget seconds per run before larger sizes are skipped] [--only name,...] [--wall]");
      process.exit(0);
    } else {
      console.log(`unknown argument ${a} (try --help)`);
      process.exit(2);
    }
  }
  return args;
}

/**
 * `unit` repeated in whole units up to `bytes` characters (every unit here is ASCII), so that both
 * sizes of an input end the same way: "a.Ba.B…a.B" at both, not "…a.B" at one and "…a." at the other.
 */
const repeated = (unit, bytes) => unit.repeat(Math.floor(bytes / unit.length));

/** Deterministic base64 of pseudo-random bytes (a seeded generator, so every run lints the same text). */
function base64(bytes) {
  let x = 2463534242;
  const raw = Buffer.alloc(Math.ceil((bytes * 3) / 4));
  for (let i = 0; i < raw.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    raw[i] = x & 0xff;
  }
  return raw.toString("base64").slice(0, bytes);
}

/** Nested lists and block quotes, deeper and deeper, then back: each line a short sentence. */
function deepNesting(bytes, maxDepth = 40) {
  const lines = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (let d = 0; d < maxDepth && size < bytes; d++) {
      // Alternate list items and block quotes inside each other: "- > - > text".
      let prefix = "";
      for (let k = 0; k <= d; k++) prefix += k % 2 === 0 ? "- " : "> ";
      const line = `${prefix}Item ${round}.${d} says the rate rose, and an index fell.`;
      lines.push(line, "");
      size += line.length + 2;
    }
  }
  return lines.join("\n").slice(0, bytes);
}

/** Deeply nested lists by indentation, as a long outline is written. */
function deepLists(bytes, maxDepth = 40) {
  const lines = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (let d = 0; d < maxDepth && size < bytes; d++) {
      const line = `${"  ".repeat(d)}- Point ${round}.${d}: the committee met,and it voted.`;
      lines.push(line);
      size += line.length + 1;
    }
  }
  return lines.join("\n").slice(0, bytes);
}

/** One sentence with no final mark: clauses joined by commas and "and", never ended. */
function endlessSentence(bytes) {
  const clauses = ["the index rose", "the council met in the old town hall", "an official said the plan would cost $4 million", "a spokesman declined to comment", "the vote was delayed until the spring"];
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += clauses[i % clauses.length] + (i % 3 === 2 ? ", and " : ", ");
  return out.slice(0, bytes).replace(/[\s,]+$/u, "");
}

/** One word written in every mix of capitals, mid-sentence: many forms of one word in the document's word index. */
function oneWordManyForms(bytes) {
  const letters = "newspaperdesks";
  const words = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    let word = "";
    for (let k = 0; k < letters.length; k++) word += (n >> k) & 1 ? letters[k].toUpperCase() : letters[k];
    words.push(word);
    size += word.length + 1;
  }
  // Sentences of eight words, so that most forms stand mid-sentence.
  return words.map((w, i) => (i % 8 === 7 ? `${w}.` : w)).join(" ").slice(0, bytes);
}

export const INPUTS = [
  { name: 'no whitespace: "a," repeated', ext: ".txt", make: (n) => repeated("a,", n) },
  { name: 'no whitespace: "a.B" repeated', ext: ".txt", make: (n) => repeated("a.B", n) },
  { name: "no whitespace: base64", ext: ".txt", make: base64 },
  { name: "a line of dots", ext: ".txt", make: (n) => ".".repeat(n) },
  { name: "a URL alone on every line", ext: ".txt", make: (n) => repeated("https://example.org/a/b\n", n) },
  { name: "one endless sentence, no final mark", ext: ".txt", make: endlessSentence },
  { name: "one word in every mix of capitals", ext: ".txt", make: oneWordManyForms },
  { name: 'dense errors: "it rose. an index fell. "', ext: ".txt", make: (n) => repeated("it rose. an index fell. ", n) },
  { name: 'every sentence an error: "it rose. it fell. "', ext: ".txt", make: (n) => repeated("it rose. it fell. ", n) },
  { name: 'no whitespace: "a," repeated', ext: ".md", make: (n) => repeated("a,", n) },
  { name: "one endless sentence, no final mark", ext: ".md", make: endlessSentence },
  { name: 'dense errors: "it rose. an index fell. "', ext: ".md", make: (n) => repeated("it rose. an index fell. ", n) },
  { name: 'dense errors with emphasis: "it rose. an *index* fell. "', ext: ".md", make: (n) => repeated("it rose. an *index* fell. ", n) },
  { name: "deep nesting: lists in quotes in lists", ext: ".md", make: deepNesting },
  { name: "deep nesting: indented lists", ext: ".md", make: deepLists },
];

let clock = "cpu";
const now = () => {
  if (clock === "wall") return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x === undefined ? "—" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

// A lint this short is repeated until the runs add up to this much, so that a timer's grain and a
// collection of garbage do not decide the ratio between two sizes.
const MIN_TOTAL_MS = 300;
const MAX_RUNS = 50;

/** The median of at least `runs` lints of one text (more when they are short), and the result of the last. */
async function timed(linter, text, path, runs) {
  const xs = [];
  let result;
  for (let r = 0; r < runs || (xs.reduce((a, b) => a + b, 0) < MIN_TOTAL_MS && r < MAX_RUNS); r++) {
    const t = now();
    result = await linter.lintText(text, path);
    xs.push(now() - t);
  }
  return { ms: median(xs), min: Math.min(...xs), messages: result.messages };
}

/**
 * A rule that makes the given reports on the document's first node and does no other work:
 * the kernel's cost of handling that many reports.
 */
function replayRule(messages) {
  return (context) => ({
    [context.Syntax.Document](node) {
      for (const m of messages) context.report(node, new context.RuleError(m.message, { padding: context.locator.range(m.range) }));
    },
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.wall) clock = "wall";
  const preset = loadPreset();
  if (preset.error) {
    console.log(`hostile: ${preset.error}; run pnpm run build first`);
    process.exitCode = 1;
    return;
  }
  const none = await linterWith([]);
  const full = await linterWith(preset.rules);
  const started = performance.now();
  console.log(`hostile inputs: node ${process.version}, ${cpus().length} cores; ${clock === "cpu" ? "process CPU time" : "wall-clock time"}, median of ${args.runs} run(s) after one warm-up lint of a small input; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log(`sizes ${args.sizes.join(" and ")} KB (1 KB = 1,000 characters), Markdown ${args.mdSizes.join(" and ")} KB; a larger size is skipped once a run takes more than ${args.budget} s\n`);
  // Warm-up: every code path once, on small inputs.
  for (const input of INPUTS) {
    const path = join(ROOT, "bench", `hostile${input.ext}`);
    await none.lintText(input.make(2000), path);
    await full.lintText(input.make(2000), path);
  }
  const rows = [];
  for (const input of INPUTS) {
    if (args.only && !args.only.some((o) => input.name.includes(o))) continue;
    const path = join(ROOT, "bench", `hostile${input.ext}`);
    const results = [];
    const sizes = input.ext === ".md" ? args.mdSizes : args.sizes;
    for (const kb of sizes) {
      if (results.some((r) => r.preset.ms > args.budget * 1000)) {
        results.push(undefined);
        continue;
      }
      const text = input.make(kb * 1000);
      const base = await timed(none, text, path, args.runs);
      const p = await timed(full, text, path, args.runs);
      let kernel;
      if (p.messages.length >= 1000) {
        const replay = await linterWith([{ ruleId: "replay", rule: replayRule(p.messages) }]);
        kernel = await timed(replay, text, path, args.runs);
      }
      results.push({ kb, chars: text.length, none: base, preset: p, kernel, reports: p.messages.length });
      console.log(`  ${input.name} (${input.ext}) ${kb} KB: no rules ${ms(base.ms)} ms, preset ${ms(p.ms)} ms, ${p.messages.length} reports${kernel ? `, reports alone ${ms(kernel.ms)} ms` : ""}`);
    }
    for (const [i, r] of results.entries()) {
      const kb = sizes[i];
      if (r === undefined) {
        rows.push([`${input.name} (${input.ext})`, kb, "skipped", "", "", "", "", "", ""]);
        continue;
      }
      const prev = i > 0 ? results[i - 1] : undefined;
      const growth = (f) => (prev && f(prev) > 0 ? `${(f(r) / f(prev)).toFixed(2)}×` : "");
      const own = r.preset.ms - r.none.ms - (r.kernel ? r.kernel.ms - r.none.ms : 0);
      rows.push([
        `${input.name} (${input.ext})`,
        kb,
        ms(r.none.ms),
        ms(r.preset.ms),
        r.reports,
        r.kernel ? ms(r.kernel.ms - r.none.ms) : "",
        ms(own),
        growth((x) => x.none.ms),
        growth((x) => x.preset.ms),
      ]);
    }
  }
  printTable(["input", "KB", "no rules ms", "preset ms", "reports", "of which kernel's reports ms", "rules' own ms", "no rules ×2", "preset ×2"], rows);
  console.log(`
  "no rules ms": textlint alone (parsing and traversal). "kernel's reports ms": a rule that only makes the
  preset's reports, minus no rules: textlint's cost of handling that many reports (shown at 1,000 reports or more).
  "rules' own ms": preset - no rules - the kernel's reports. "×2": time at this size / time at the size before.
  Targets: preset <= 2 s at 256 KB in .txt; doubling the input multiplies the time by at most 2.6.`);
  console.log(`\nhostile run took ${((performance.now() - started) / 1000).toFixed(0)} s (wall clock); load average at the end ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
