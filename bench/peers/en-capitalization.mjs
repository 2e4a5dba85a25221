// textlint-rule-en-capitalization (azu's rule, the textlint ecosystem's capitalization check) as a
// peer for the benchmarks, run through textlint in-process on the same Markdown with its defaults
// (it checks the first word of every sentence, heading and list item).
//
//   import { enCapitalizationPeer } from "../peers/en-capitalization.mjs";
//   const peer = enCapitalizationPeer();   // { name, lint: async (text) => [{ start, end, message }] }
import { createRequire } from "node:module";
import { linterWith } from "../linters.mjs";

const require = createRequire(import.meta.url);
export const EN_CAPITALIZATION_VERSION = require("textlint-rule-en-capitalization/package.json").version;

let linterPromise = null;

function linter() {
  linterPromise ??= (() => {
    const mod = require("textlint-rule-en-capitalization");
    return linterWith([{ ruleId: "en-capitalization", rule: mod.default ?? mod }]);
  })();
  return linterPromise;
}

/** A peer for bench/accuracy plug-ins: every report of textlint-rule-en-capitalization on a Markdown text. */
export function enCapitalizationPeer(name = `textlint-rule-en-capitalization ${EN_CAPITALIZATION_VERSION}`) {
  return {
    name,
    lint: async (text) => {
      const result = await (await linter()).lintText(text, "peer.md");
      return result.messages.map((m) => ({ start: m.range[0], end: m.range[1], message: m.message.split("\n")[0] }));
    },
  };
}
