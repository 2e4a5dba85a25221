// harper.js (Automattic's WASM grammar checker) as a peer for the benchmarks.
//
//   import { harperLints, harperPeer } from "../peers/harper.mjs";
//   const lints = await harperLints(markdown);            // every lint, cached per text
//   const peer = harperPeer("harper.js (commas)", (l) => l.rule === "CommaFixes");
//   // peer = { name, lint: async (text) => [{ start, end, kind, rule, message }] }
//
// Offsets are UTF-16 indices into the JavaScript string (what textlint and String#slice use).
// harper.js 2.10.0 already returns UTF-16 spans; each span is checked against the lint's
// problem text, and re-mapped from code-point indices if a future version changes that.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// harper.js exports no ./package.json; read it beside the resolved entry (dist/index.js).
export const HARPER_VERSION = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.resolve("harper.js")), "utf8"),
).version;

let linterPromise = null;

/** The one LocalLinter of this process (American English), set up on first use. */
export function harperLinter() {
  linterPromise ??= (async () => {
    const { LocalLinter, Dialect } = await import("harper.js");
    const { binary } = await import("harper.js/binary");
    const linter = new LocalLinter({ binary, dialect: Dialect.American });
    await linter.setup();
    return linter;
  })();
  return linterPromise;
}

const cache = new Map();

function codePointToUtf16(text) {
  const map = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return map;
}

/**
 * Every harper lint on `text`, as { start, end, kind, rule, message }; `rule` is the name of
 * harper's linter (e.g. "CommaFixes"), `kind` its category (e.g. "Punctuation").
 * Results are cached per (language, text).
 */
export async function harperLints(text, { language = "markdown" } = {}) {
  const key = language + ":" + createHash("sha1").update(text).digest("hex");
  const hit = cache.get(key);
  if (hit) return hit;
  const linter = await harperLinter();
  const organized = await linter.organizedLints(text, { language });
  const lints = [];
  let cpMap = null;
  for (const [rule, group] of Object.entries(organized)) {
    for (const lint of group) {
      const span = lint.span();
      let start = span.start;
      let end = span.end;
      const problem = lint.get_problem_text();
      if (text.slice(start, end) !== problem) {
        cpMap ??= codePointToUtf16(text);
        const s = cpMap[Math.min(start, cpMap.length - 1)];
        const e = cpMap[Math.min(end, cpMap.length - 1)];
        if (text.slice(s, e) === problem) {
          start = s;
          end = e;
        }
      }
      lints.push({ start, end, kind: lint.lint_kind(), rule, message: lint.message() });
      lint.free?.();
    }
  }
  lints.sort((a, b) => a.start - b.start || a.end - b.end);
  cache.set(key, lints);
  return lints;
}

/** A peer for bench/accuracy plug-ins: harper's lints that `keep(lint)` accepts. */
export function harperPeer(name, keep, options = {}) {
  return {
    name,
    lint: async (text) => (await harperLints(text, options)).filter(keep),
  };
}
