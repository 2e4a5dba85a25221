#!/usr/bin/env node
// How long the compiled worker (examples/web/dist/textlint-worker.js) takes to re-lint a
// 2,000-word draft after an edit, in Debian's headless Chromium: the time from posting the
// edited text to the worker to receiving its reports, after warm-up. Also the playground's
// whole path (the page asks, the worker lints, the page marks and lists the reports) and the
// same lint in Node.js in-process, for comparison. Prints figures; asserts nothing.
//
//   pnpm run build && node bench/web.mjs [--edits 50] [--warmup 20] [--rounds 3] [--words 2000]
//
// Wall-clock time (a browser's worker has no CPU clock): run it on a quiet machine, and read
// the median and the minimum together. The target is 100 ms or less after warm-up.
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../examples/web/chromium.mjs";
import { distDir, serveDirectory } from "../examples/web/serve.mjs";
import { linterWith, loadPreset, ROOT } from "./linters.mjs";
import { printTable } from "./printTable.mjs";

function parseArgs(argv) {
  const args = { edits: 50, warmup: 20, rounds: 3, words: 2000 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, "");
    if (!(name in args)) {
      console.log("node bench/web.mjs [--edits N] [--warmup N] [--rounds N] [--words N]");
      process.exit(argv[i] === "--help" ? 0 : 2);
    }
    args[name] = Number(argv[++i]);
  }
  return args;
}

/** The first `words` words of the example article, cut at the end of a line. */
function draftOf(words) {
  const article = readFileSync(join(ROOT, "examples", "article", "article.txt"), "utf8");
  const lines = article.split("\n");
  const kept = [];
  let count = 0;
  for (const line of lines) {
    if (count >= words) break;
    kept.push(line);
    count += line.split(/\s+/).filter(Boolean).length;
  }
  return { text: kept.join("\n") + "\n", words: count };
}

/** `n` edited drafts: each inserts one word at a different place, as a writer revising would. */
function editsOf(text, n) {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  return Array.from({ length: n }, (_, i) => {
    const at = spaces[(i * 7919) % spaces.length];
    return text.slice(0, at) + " quite" + text.slice(at);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

const args = parseArgs(process.argv.slice(2));
const draft = draftOf(args.words);
const edited = editsOf(draft.text, args.edits);
const warmupTexts = editsOf(draft.text.replace(/ the /, " a "), args.warmup);
console.log(
  `Draft: the first ${draft.words} words of examples/article/article.txt (${(draft.text.length / 1000).toFixed(1)} kB), ` +
    `${args.edits} edits after ${args.warmup} warm-up lints, ${args.rounds} rounds. Load average ${loadavg()[0].toFixed(2)}.`,
);

const { server, url } = await serveDirectory(distDir);
const browser = await launchChromium();
const rows = [];
try {
  for (let round = 1; round <= args.rounds; round++) {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById("status")?.dataset.state === "fresh");

    for (const ext of [".txt", ".md"]) {
      const worker = await page.evaluate(
        async ({ warmupTexts, edited, ext }) => {
          const worker = new Worker("textlint-worker.js");
          const started = performance.now();
          await new Promise((resolve) =>
            worker.addEventListener("message", (e) => e.data.command === "init" && resolve(), { once: true }),
          );
          const startup = performance.now() - started;
          let id = 0;
          const lint = (text) =>
            new Promise((resolve) => {
              const mine = String(id++);
              const listen = (event) => {
                if (event.data.id !== mine) return;
                worker.removeEventListener("message", listen);
                resolve(event.data.result.messages.length);
              };
              worker.addEventListener("message", listen);
              worker.postMessage({ id: mine, command: "lint", text, ext });
            });
          const first = performance.now();
          await lint(warmupTexts[0]);
          const firstLint = performance.now() - first;
          for (const text of warmupTexts) await lint(text);
          const times = [];
          for (const text of edited) {
            const t = performance.now();
            await lint(text);
            times.push(performance.now() - t);
          }
          worker.terminate();
          return { startup, firstLint, times };
        },
        { warmupTexts, edited, ext },
      );
      rows.push({ round, what: `worker, ${ext}`, ...worker });
    }

    // The playground: text set, "Check now", until the reports are marked and listed.
    await page.locator('input[name="format"][value="text"]').check();
    await page.locator("#lint-as-you-type").uncheck();
    const whole = await page.evaluate(
      async ({ warmupTexts, edited }) => {
        const copy = document.getElementById("copy");
        const status = document.getElementById("status");
        const check = document.getElementById("lint-now");
        const once = (text) =>
          new Promise((resolve) => {
            copy.value = text;
            copy.dispatchEvent(new Event("input", { bubbles: true }));
            const t = performance.now();
            const observer = new MutationObserver(() => {
              if (status.dataset.state !== "fresh") return;
              observer.disconnect();
              resolve(performance.now() - t);
            });
            observer.observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
            check.click();
          });
        for (const text of warmupTexts) await once(text);
        const times = [];
        for (const text of edited) times.push(await once(text));
        return { times };
      },
      { warmupTexts, edited },
    );
    rows.push({ round, what: "playground, .txt", ...whole });
    await page.close();

    // The same lints in Node.js, in-process with the preset (what the CLI and editors run).
    const preset = loadPreset();
    if (preset.error) throw new Error(preset.error);
    const linter = await linterWith(preset.rules);
    for (const text of warmupTexts) await linter.lintText(text, join(ROOT, "draft.txt"));
    const times = [];
    for (const text of edited) {
      const t = performance.now();
      await linter.lintText(text, join(ROOT, "draft.txt"));
      times.push(performance.now() - t);
    }
    rows.push({ round, what: "Node.js in-process, .txt", times });
  }
} finally {
  await browser.close();
  server.close();
}

console.log("\nRe-lint after an edit, wall-clock ms per lint:");
printTable(
  ["round / where", "median", "min", "p90", "max", "worker start", "first lint"],
  rows.map((r) => [
    `${r.round}: ${r.what}`,
    ms(median(r.times)),
    ms(Math.min(...r.times)),
    ms(quantile(r.times, 0.9)),
    ms(Math.max(...r.times)),
    r.startup === undefined ? "" : ms(r.startup),
    r.firstLint === undefined ? "" : ms(r.firstLint),
  ]),
);
const workerMedians = rows.filter((r) => r.what.startsWith("worker")).map((r) => median(r.times));
console.log(
  `\nWorker re-lint medians ${ms(Math.min(...workerMedians))}–${ms(Math.max(...workerMedians))} ms (target: at most 100 ms). ` +
    `Load average ${loadavg()[0].toFixed(2)}.`,
);
