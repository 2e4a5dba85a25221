#!/usr/bin/env node
// Speed of the copydesk rules in textlint 15, against textlint with no rules and harper.js,
// on the clean corpus. Prints figures; asserts nothing. See bench/README.md.
//
//   node bench/speed.mjs [--runs 5] [--warmup 1] [--mb 1] [--scales 1,4,16] [--scale-runs 1]
//                        [--editor-runs 40] [--load-runs 3] [--harper-runs 1]
//                        [--dense-runs 3] [--no-dense] [--dense-only]
//                        [--no-harper] [--no-scales] [--no-pathological] [--quick] [--wall]
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusFiles } from "./corpus.mjs";
import { denseProseSets } from "./denseProse.mjs";
import { linterWith, loadPreset, loadProse, loadRule, rulePackages, workspacePackages, PRESET_PACKAGE, ROOT } from "./linters.mjs";
import { printTable } from "./printTable.mjs";

function parseArgs(argv) {
  const args = { runs: 5, warmup: 1, mb: 1, scales: [1, 4, 16], scaleRuns: 1, editorRuns: 40, loadRuns: 3, harperRuns: 1, harper: true, doScales: true, pathological: true, dense: true, denseRuns: 3, denseOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === "--runs") args.runs = Number(next());
    else if (a === "--warmup") args.warmup = Number(next());
    else if (a === "--mb") args.mb = Number(next());
    else if (a === "--scales") args.scales = next().split(",").map(Number);
    else if (a === "--scale-runs") args.scaleRuns = Number(next());
    else if (a === "--editor-runs") args.editorRuns = Number(next());
    else if (a === "--load-runs") args.loadRuns = Number(next());
    else if (a === "--harper-runs") args.harperRuns = Number(next());
    else if (a === "--no-harper") args.harper = false;
    else if (a === "--dense-runs") args.denseRuns = Number(next());
    else if (a === "--no-dense") args.dense = false;
    else if (a === "--dense-only") args.denseOnly = true;
    else if (a === "--wall") args.wall = true;
    else if (a === "--no-scales") args.doScales = false;
    else if (a === "--no-pathological") args.pathological = false;
    else if (a === "--quick") Object.assign(args, { runs: 2, scales: [1, 4], editorRuns: 10, loadRuns: 1, mb: 0.5, denseRuns: 2 });
    else if (a === "--help" || a === "-h") {
      console.log("node bench/speed.mjs [--runs N] [--warmup N] [--mb X] [--scales 1,4,16] [--scale-runs N] [--editor-runs N] [--load-runs N] [--harper-runs N] [--dense-runs N] [--no-dense] [--dense-only] [--no-harper] [--no-scales] [--no-pathological] [--quick] [--wall]");
      process.exit(0);
    } else {
      console.log(`unknown argument ${a} (try --help)`);
      process.exit(2);
    }
  }
  return args;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const TOKENS_ROW = "prose layer with tokens on every node";
// The rule whose own cost, alone and inside the preset, each dense-prose table is followed by.
const MARGINAL_RULE = "consistency";
// A rule whose own handlers are also timed inside the preset, in a run of its own: its handlers run
// once per block, and a timer call per block (a few µs) would weigh on the preset's own row.
const PER_BLOCK_TIMED_RULE = "sentence-case";
// Configurations that only carry a timer: timed in the same rounds, left out of the tables.
const TIMER_ONLY = " (timer only)";
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;


/** Files of the corpus taken round-robin over its sources until `bytes` is reached, so every source is represented. */
function corpusSample(files, bytes) {
  const bySource = new Map();
  for (const f of files) {
    if (!bySource.has(f.source)) bySource.set(f.source, []);
    bySource.get(f.source).push(f);
  }
  const queues = [...bySource.values()];
  const out = [];
  let total = 0;
  while (total < bytes && queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      const f = q.shift();
      if (!f) continue;
      out.push(f);
      total += f.bytes;
      if (total >= bytes) break;
    }
  }
  return { files: out, bytes: total };
}

/** A configuration to time: lints every document once per call. */
function textlintConfig(name, linter) {
  return { name, run: async (docs) => { for (const d of docs) await linter.lintText(d.text, d.path); } };
}

// What is timed: the process's CPU time (user + system, so garbage collection on helper threads
// counts) by default, which a busy shared machine disturbs far less than wall-clock time;
// --wall switches to wall-clock time.
let clock = "cpu";
const now = () => {
  if (clock === "wall") return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function timeRounds(configs, docs, { runs, warmup }) {
  const times = new Map(configs.map((c) => [c.name, []]));
  for (let w = 0; w < warmup; w++) for (const c of configs) await c.run(docs);
  for (const c of configs) for (const clock of c.inner ?? []) clock.runs = [];
  // Rounds interleave the configurations, so drift (GC, CPU frequency) spreads over all of them.
  for (let r = 0; r < runs; r++) {
    for (const c of configs) {
      for (const clock of c.inner ?? []) clock.ms = 0;
      const t = now();
      await c.run(docs);
      times.get(c.name).push(now() - t);
      for (const clock of c.inner ?? []) clock.runs.push(clock.ms);
    }
  }
  return times;
}

/**
 * The rule with every handler it returns timed into `clock.ms`: the time spent in the rule's own
 * code (and in whatever shared work it is the first to ask for), whichever configuration's run a
 * collection of garbage lands in.
 */
function timedRule(rule, clock) {
  const wrap = (reporter) => (context, options) => {
    const handlers = reporter(context, options);
    return Object.fromEntries(
      Object.entries(handlers).map(([type, handler]) => [
        type,
        (...args) => {
          const t = now();
          try {
            return handler(...args);
          } finally {
            clock.ms += now() - t;
          }
        },
      ]),
    );
  };
  return typeof rule === "function" ? wrap(rule) : { linter: wrap(rule.linter), fixer: wrap(rule.fixer) };
}

function loadTime(main, runs) {
  const script =
    clock === "cpu"
      ? "const c=()=>{const u=process.cpuUsage();return (u.user+u.system)/1000};const t=c();require(process.argv[1]);process.stdout.write(String(c()-t))"
      : "const t=performance.now();require(process.argv[1]);process.stdout.write(String(performance.now()-t))";
  const xs = [];
  for (let i = 0; i < runs; i++) {
    try {
      xs.push(Number(execFileSync(process.execPath, ["-e", script, main], { encoding: "utf8", cwd: ROOT })));
    } catch (err) {
      return { error: String(err.stderr || err.message).split("\n").find((l) => /Error/.test(l)) ?? "failed" };
    }
  }
  return { ms: median(xs) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  if (args.wall) clock = "wall";
  const all = corpusFiles({ log: console.log });
  const sample = corpusSample(all, args.mb * 1e6);
  const docs = sample.files.map((f) => ({ text: f.text, path: f.abs }));
  console.log(`speed: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"})`);
  console.log(`corpus sample: ${docs.length} files, ${(sample.bytes / 1e6).toFixed(2)} MB, linted one file at a time (lintText per file), files taken round-robin over the ${new Set(sample.files.map((f) => f.source)).size} sources`);
  console.log(`median of ${args.runs} runs after ${args.warmup} warm-up run(s); configurations interleaved in each round`);
  console.log(`times are ${clock === "cpu" ? "process CPU time (user + system; steadier than wall-clock time on a busy machine; --wall for wall-clock)" : "wall-clock time"}; load average at start ${loadavg().map((x) => x.toFixed(1)).join(" ")}\n`);

  // Configurations: no rules, the prose layer alone, each rule alone, the preset.
  const prose = loadProse();
  const configs = [textlintConfig("textlint, no rules", await linterWith([]))];
  if (prose) {
    const proseOnlyRule = () => Object.fromEntries(prose.PROSE_NODE_TYPES.map((t) => [t, (node) => void prose.proseOf(node)]));
    configs.push(textlintConfig("prose layer alone (proseOf on every node)", await linterWith([{ ruleId: "prose-only", rule: proseOnlyRule }])));
    // Sentences are split on demand: this row asks for them on every node, as a sentence-level rule does.
    const sentencesRule = () => Object.fromEntries(prose.PROSE_NODE_TYPES.map((t) => [t, (node) => void prose.proseOf(node).sentences]));
    // Every rule reads the tokens: this row is the shared layer a rule alone pays for before its own work.
    const tokensRule = () => Object.fromEntries(prose.PROSE_NODE_TYPES.map((t) => [t, (node) => void prose.proseOf(node).tokens]));
    configs.push(textlintConfig(TOKENS_ROW, await linterWith([{ ruleId: "prose-tokens", rule: tokensRule }])));
    configs.push(textlintConfig("prose layer with sentences on every node", await linterWith([{ ruleId: "prose-sentences", rule: sentencesRule }])));
  }
  const notes = [];
  const rules = rulePackages();
  for (const p of rules) {
    const loaded = loadRule(p.name);
    if (loaded.error) {
      notes.push(`${p.short}: ${loaded.error}`);
      continue;
    }
    configs.push(textlintConfig(`rule ${p.short}`, await linterWith([{ ruleId: p.short, rule: loaded.rule }])));
  }
  const builtRules = rules.map((p) => ({ ruleId: p.short, ...loadRule(p.name) })).filter((r) => !r.error);
  if (builtRules.length > 1) configs.push(textlintConfig(`all ${builtRules.length} built rules in one linter`, await linterWith(builtRules)));
  const preset = loadPreset();
  if (preset.error) notes.push(`preset: ${preset.error}`);
  else {
    // The rules' own handlers are timed inside the preset: the document-wide rule's in the preset's
    // own runs (one timer call per document), the per-block rule's in runs of their own.
    const timedIn = (rule) => {
      const clock = { rule, ms: 0, runs: [] };
      return { clock, rules: preset.rules.map((r) => (r.ruleId.endsWith(`/${rule}`) ? { ...r, rule: timedRule(r.rule, clock) } : r)) };
    };
    const marginal = timedIn(MARGINAL_RULE);
    configs.push({ ...textlintConfig(`preset (${preset.rules.length} rules)`, await linterWith(marginal.rules)), inner: [marginal.clock] });
    const perBlock = timedIn(PER_BLOCK_TIMED_RULE);
    configs.push({ ...textlintConfig(`preset, ${PER_BLOCK_TIMED_RULE} timed${TIMER_ONLY}`, await linterWith(perBlock.rules)), inner: [perBlock.clock] });
    // The document-wide rule's cost inside the preset: the preset with and without it, in the same rounds.
    const without = preset.rules.filter((r) => !r.ruleId.endsWith(`/${MARGINAL_RULE}`));
    if (without.length < preset.rules.length) configs.push(textlintConfig(`preset without ${MARGINAL_RULE}`, await linterWith(without)));
  }

  // harper.js, set up once when first needed: timed on the sample, on dense prose and on the editor's page.
  let harper = null;
  const harperSetUp = async () => {
    if (harper !== null || !args.harper) return harper;
    try {
      const { harperLinter, HARPER_VERSION } = await import("./peers/harper.mjs");
      const t0 = performance.now();
      const linter = await harperLinter();
      const setup = performance.now() - t0;
      harper = { name: `harper.js ${HARPER_VERSION} (Markdown, American)`, setup, run: async (d) => { for (const x of d) await linter.lint(x.text, { language: "markdown" }); } };
      harper.plain = { name: `harper.js ${HARPER_VERSION} (plain text, American)`, run: async (d) => { for (const x of d) await linter.lint(x.text, { language: "plaintext" }); } };
    } catch (err) {
      notes.push(`harper.js failed: ${err.message.split("\n")[0]}`);
      args.harper = false;
    }
    return harper;
  };
  /** Rows of a timing table: each configuration's median and minimum, and its ratio to no rules in the same rounds. */
  const timedRows = (times) => {
    const base = median(times.get("textlint, no rules"));
    const baseMin = Math.min(...times.get("textlint, no rules"));
    return [...times].filter(([name]) => !name.endsWith(TIMER_ONLY)).map(([name, xs]) => [name, ms(median(xs)), ms(Math.min(...xs)), ratio(median(xs), base), ratio(Math.min(...xs), baseMin), ms(median(xs) - base)]);
  };
  const harperRow = async (d, rows, runs, plainText = false) => {
    if (!(await harperSetUp())) return;
    const peer = plainText ? harper.plain : harper;
    const hx = (await timeRounds([peer], d, { runs, warmup: 0 < args.warmup ? 1 : 0 })).get(peer.name);
    const none = rows.find((r) => r[0] === "textlint, no rules");
    const presetRow = rows.find((r) => r[0].startsWith("preset"));
    rows.push([peer.name, ms(median(hx)), ms(Math.min(...hx)), ratio(median(hx), Number(none[1])), ratio(Math.min(...hx), Number(none[2])), ms(median(hx) - Number(none[1]))]);
    if (presetRow) console.log(`  harper.js / preset (medians): ${(median(hx) / Number(presetRow[1])).toFixed(1)}×`);
  };
  /** What the document-wide rule adds: alone, beyond the shared prose layer and tokens; in the preset, beyond the preset without it. */
  const printMarginal = (rows) => {
    const row = (name) => rows.find((r) => r[0] === name);
    const none = row("textlint, no rules");
    const alone = row(`rule ${MARGINAL_RULE}`);
    const tokens = row(TOKENS_ROW);
    const full = rows.find((r) => r[0].startsWith("preset ("));
    const without = row(`preset without ${MARGINAL_RULE}`);
    const share = (a, b, col) => `${ms(Number(a[col]) - Number(b[col]))} ms (${((Number(a[col]) - Number(b[col])) / Number(none[col])).toFixed(2)}×)`;
    if (alone && tokens) console.log(`  ${MARGINAL_RULE} alone beyond the prose layer and tokens: median ${share(alone, tokens, 1)}, min ${share(alone, tokens, 2)} of textlint's no-rule time`);
    if (full && without) console.log(`  ${MARGINAL_RULE} in the preset (preset minus preset without it): median ${share(full, without, 1)}, min ${share(full, without, 2)} of textlint's no-rule time`);
    for (const clock of configs.flatMap((c) => c.inner ?? [])) {
      if (clock.runs.length === 0) continue;
      const [m, lo] = [median(clock.runs), Math.min(...clock.runs)];
      console.log(`  ${clock.rule}'s own handlers timed inside the preset: median ${ms(m)} ms (${(m / Number(none[1])).toFixed(2)}×), min ${ms(lo)} ms (${(lo / Number(none[2])).toFixed(2)}×) of textlint's no-rule time`);
    }
  };
  const tableHeader = ["configuration", "median ms", "min ms", "median vs no rules", "min vs no rules", "added ms (median)"];

  if (!args.denseOnly) {
    const rows = timedRows(await timeRounds(configs, docs, args));
    console.log(`1. The corpus sample (${(sample.bytes / 1e6).toFixed(2)} MB), whole-sample time per run`);
    await harperRow(docs, rows, args.harperRuns);
    printTable(tableHeader, rows);
    if (harper) notes.push(`harper.js: WASM set-up ${ms(harper.setup)} ms (not in the tables); ${args.harperRuns} timed run(s) after ${args.warmup > 0 ? 1 : 0} warm-up`);
    for (const n of notes) console.log(`  note: ${n}`);
  }

  // 2. Dense prose: documents where every block is prose, as news copy is.
  if (args.dense || args.denseOnly) {
    const sets = denseProseSets({ log: (m) => console.log(`  ${m}`) });
    for (const [i, set] of sets.entries()) {
      console.log(`\n2${"abcdefgh"[i]}. Dense prose: ${set.name}: ${set.docs.length} files, ${(set.bytes / 1e6).toFixed(2)} MB, ${set.words} words (quick count); median of ${args.denseRuns} after ${args.warmup} warm-up`);
      const rows = timedRows(await timeRounds(configs, set.docs, { runs: args.denseRuns, warmup: args.warmup }));
      // harper.js on the paragraphs, as Markdown and as plain text.
      if (i === 0 || set.plainText) await harperRow(set.docs, rows, args.harperRuns, set.plainText);
      printTable(tableHeader, rows);
      printMarginal(rows);
    }
    if (args.denseOnly) {
      for (const n of notes) console.log(`  note: ${n}`);
      console.log(`\nspeed run took ${((performance.now() - started) / 1000).toFixed(0)} s (wall clock); load average at the end ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
      return;
    }
  }

  // 3. Growth with document size: every file repeated k times (k× the bytes, k× longer documents).
  if (args.doScales && !preset.error) {
    console.log(`\n3. Growth: each file of the sample repeated k times (documents k× longer); median of ${args.scaleRuns} run(s)`);
    const none = await linterWith([]);
    const full = await linterWith(preset.rules);
    const srows = [];
    let perMb1 = null;
    for (const k of args.scales) {
      const scaled = docs.map((d) => ({ path: d.path, text: Array(k).fill(d.text).join("\n\n") }));
      const bytes = scaled.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
      const t = await timeRounds([textlintConfig("none", none), textlintConfig("preset", full)], scaled, { runs: args.scaleRuns, warmup: 0 });
      const n = median(t.get("none"));
      const p = median(t.get("preset"));
      const perMb = p / (bytes / 1e6);
      perMb1 ??= perMb;
      srows.push([`${k}×`, (bytes / 1e6).toFixed(2), ms(n), ms(p), ratio(p, n), ms(perMb), ratio(perMb, perMb1)]);
    }
    printTable(["scale", "MB", "no rules ms", "preset ms", "preset / none", "preset ms per MB", "per MB vs 1×"], srows);
  }

  // 4. First load of each package (require in a fresh node process; textlint itself not included).
  console.log(`\n4. First load: require() of the built package in a fresh node process (median of ${args.loadRuns}, ${clock === "cpu" ? "CPU" : "wall-clock"} time)`);
  const lrows = [];
  for (const p of workspacePackages().filter((x) => x.name.includes("textlint-rule-") || x.name === "@copydesk/prose").sort((a, b) => a.name.localeCompare(b.name))) {
    if (!p.built) {
      lrows.push([p.name, "not built"]);
      continue;
    }
    const r = loadTime(p.main, args.loadRuns);
    lrows.push([p.name + (p.name === PRESET_PACKAGE ? " (all its rules)" : ""), r.error ? `error: ${r.error}` : ms(r.ms)]);
  }
  printTable(["package", "load ms"], lrows);
  // What a first lint pays on top: data each rule reads only when a lint first needs it, and the JIT's first pass.
  if (!preset.error) {
    const firsts = [];
    for (let i = 0; i < args.loadRuns; i++) {
      try {
        firsts.push(JSON.parse(execFileSync(process.execPath, [join(ROOT, "bench", "firstLint.mjs"), ...(clock === "wall" ? ["--wall"] : [])], { encoding: "utf8", cwd: ROOT })));
      } catch (err) {
        notes.push(`first lint failed: ${String(err.stderr || err.message).split("\n")[0]}`);
        break;
      }
    }
    if (firsts.length > 0) {
      const m = (k) => ms(median(firsts.map((f) => f[k])));
      console.log(`  the preset in a fresh process with textlint already loaded (bench/firstLint.mjs, median of ${firsts.length}): load ${m("load")} ms, first lint of the example article (~2,400 words, .txt) ${m("firstLint")} ms, load and first lint ${ms(median(firsts.map((f) => f.load + f.firstLint)))} ms; a second lint ${m("warmLint")} ms, textlint with no rules ${m("noRules")} ms`);
    }
  }

  // 5. The editor case: one article of about 2,000 words, linted again and again in-process.
  if (!preset.error) {
    const article = [...all].filter((f) => f.words >= 1500).sort((a, b) => Math.abs(a.words - 2000) - Math.abs(b.words - 2000))[0];
    if (article) {
      const one = [{ text: article.text, path: article.abs }];
      const none = await linterWith([]);
      const full = await linterWith(preset.rules);
      const t = await timeRounds([textlintConfig("none", none), textlintConfig("preset", full)], one, { runs: args.editorRuns, warmup: Math.max(5, args.warmup) });
      const n = median(t.get("none"));
      const p = median(t.get("preset"));
      console.log(`\n5. Editor case: ${article.file} (${article.words} words, ${(article.bytes / 1000).toFixed(1)} kB), in-process lintText, median of ${args.editorRuns} after 5 warm-up`);
      const erows = [["textlint, no rules", ms(n), "1.00×"], [`preset (${preset.rules.length} rules)`, ms(p), ratio(p, n)]];
      if (harper) {
        // harper.js keeps the lints of each paragraph it has seen, so linting the same page again
        // costs it little; an editor re-lints a page in which one paragraph has changed. Both are
        // timed (textlint keeps nothing between lints, so either is the same page to it).
        const harperRuns = Math.max(3, Math.min(10, args.editorRuns));
        const same = median((await timeRounds([harper], one, { runs: harperRuns, warmup: 1 })).get(harper.name));
        let edit = 0;
        const edited = {
          name: "one paragraph edited",
          run: async (d) => {
            edit++;
            for (const x of d) await harper.run([{ text: x.text.replace(/\n\n(?=\p{Lu})/u, `\n\nEdit number ${edit} here. `) }]);
          },
        };
        const changed = median((await timeRounds([edited], one, { runs: harperRuns, warmup: 1 })).get(edited.name));
        erows.push([`${harper.name}, the same page again (median of ${harperRuns})`, ms(same), ratio(same, n)]);
        erows.push([`${harper.name}, one paragraph edited each time`, ms(changed), ratio(changed, n)]);
      }
      printTable(["configuration", "median ms", "vs no rules"], erows);
    }
  }

  // 6. The prose layer splits each node once per lint, however many rules read it.
  if (prose && !preset.error) {
    // The prose layer's one-pass split (lib/sentenceRanges.js), called through its module object, is counted.
    const proseDir = workspacePackages().find((x) => x.name === "@copydesk/prose").dir;
    const splitter = createRequire(join(proseDir, "package.json"))("./lib/sentenceRanges.js");
    const original = splitter.sentenceRanges;
    let splits = 0;
    splitter.sentenceRanges = (...a) => {
      splits++;
      return original(...a);
    };
    let nodes = 0;
    const nodeCounter = () => Object.fromEntries(prose.PROSE_NODE_TYPES.map((t) => [t, () => void nodes++]));
    const counterLinter = await linterWith([{ ruleId: "node-count", rule: nodeCounter }]);
    for (const d of docs) await counterLinter.lintText(d.text, d.path);
    const srows = [];
    let sumAlone = 0;
    for (const c of configs.filter((c) => c.name.startsWith("rule "))) {
      splits = 0;
      await c.run(docs);
      sumAlone += splits;
      srows.push([c.name, nodes, splits, (splits / nodes).toFixed(2)]);
    }
    srows.push(["sum of the rules run alone", nodes, sumAlone, (sumAlone / nodes).toFixed(2)]);
    for (const c of configs.filter((c) => (c.name.startsWith("all ") || c.name.startsWith("preset")) && !c.name.endsWith(TIMER_ONLY))) {
      splits = 0;
      await c.run(docs);
      srows.push([c.name, nodes, splits, (splits / nodes).toFixed(2)]);
    }
    splitter.sentenceRanges = original;
    console.log(`\n6. Sentence splits in one lint of the sample (the prose layer's split counted); a rule that skips a node never builds its prose`);
    printTable(["configuration", "prose nodes", "split() calls", "per node"], srows);
  }

  // 7. Pathological inputs: growth should be linear (ms per MB roughly constant).
  if (args.pathological && !preset.error) {
    console.log(`\n7. Pathological inputs, one run each (no rules vs preset)`);
    const none = await linterWith([]);
    const full = await linterWith(preset.rules);
    const sentence = "The quick brown fox, which was tired, jumped over the lazy dog. ";
    const cases = [
      ...[1.25e6, 2.5e6, 5e6].map((n) => ({ name: `single-line paragraph, .txt`, ext: ".txt", text: sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n) })),
      ...[25e3, 50e3, 100e3].map((n) => ({ name: `single-line paragraph, .md`, ext: ".md", text: sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n) })),
      ...[25e3, 50e3, 100e3].map((n) => ({ name: `commas only, .txt`, ext: ".txt", text: ",".repeat(n) })),
      ...[25e3, 50e3, 100e3].map((n) => ({ name: `commas only, .md`, ext: ".md", text: ",".repeat(n) })),
    ];
    const proseLinter = prose
      ? await linterWith([{ ruleId: "prose-only", rule: () => Object.fromEntries(prose.PROSE_NODE_TYPES.map((t) => [t, (node) => void prose.proseOf(node)])) }])
      : none;
    const prows = [];
    const first = new Map();
    for (const c of cases) {
      const doc = [{ text: c.text, path: join(ROOT, "bench", `pathological${c.ext}`) }];
      const t = await timeRounds([textlintConfig("none", none), textlintConfig("prose", proseLinter), textlintConfig("preset", full)], doc, { runs: 1, warmup: 0 });
      const [n, pr, p] = ["none", "prose", "preset"].map((k) => median(t.get(k)));
      const mchars = c.text.length / 1e6;
      if (!first.has(c.name)) first.set(c.name, { n: n / mchars, p: p / mchars });
      const f = first.get(c.name);
      prows.push([c.name, c.text.length, ms(n), ms(pr), ms(p), ms(n / mchars), ratio(n / mchars, f.n), ms(p / mchars), ratio(p / mchars, f.p)]);
    }
    printTable(["input", "chars", "no rules ms", "prose alone ms", "preset ms", "none ms/Mchar", "vs smallest", "preset ms/Mchar", "vs smallest"], prows);
    console.log("  Linear growth keeps ms/Mchar flat (\"vs smallest\" near 1×).");
    console.log("  Markdown sizes are small because textlint's Markdown parser (remark-gfm 1.0 inside @textlint/markdown-to-ast)\n  grows quadratically with paragraph length even with no rules: see the no-rules columns.");
  }
  console.log(`\nspeed run took ${((performance.now() - started) / 1000).toFixed(0)} s (wall clock); load average at the end ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
