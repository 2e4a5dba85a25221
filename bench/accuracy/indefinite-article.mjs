// Accuracy plug-in for @copydesk/indefinite-article (see bench/accuracy.mjs).
//
// Errors are made by swapping the article of a correct "a word" / "an word" in the
// clean corpus ("a system" -> "an system", "an error" -> "a error"). Which swaps make
// a certain error is decided straight from the CMU Pronouncing Dictionary (every
// pronunciation of the word starts with the sound the original article fits), not
// from the rule's reduced table, so the rule is not measured against itself.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { harperPeer } from "../peers/harper.mjs";
import { retextArticlePeer } from "../peers/retext-indefinite-article.mjs";
import { proseOnly } from "../proseOnly.mjs";

export const name = "indefinite-article";
export const pkg = "@copydesk/textlint-rule-indefinite-article";

const packageJson = new URL("../../packages/textlint-rule-indefinite-article/package.json", import.meta.url);
const requireFromPackage = createRequire(packageJson);
const { dictionary } = await import(pathToFileURL(requireFromPackage.resolve("cmu-pronouncing-dictionary")).href);
const eitherWords = new Set(
  JSON.parse(readFileSync(new URL("../../packages/textlint-rule-indefinite-article/data/either.json", import.meta.url), "utf8"))
    .words.map((w) => w.toLowerCase()),
);

const VOWELS = new Set(["AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"]);

/** "a" or "an" when every CMU pronunciation of a lower-case word agrees, else undefined. */
function certainArticle(word) {
  if (eitherWords.has(word) || dictionary[word] === undefined) return undefined;
  const articles = new Set();
  for (let i = 1; ; i++) {
    const phones = dictionary[i === 1 ? word : `${word}(${i})`];
    if (phones === undefined) break;
    articles.add(VOWELS.has(phones.split(" ")[0].replace(/\d/g, "")) ? "an" : "a");
  }
  return articles.size === 1 ? [...articles][0] : undefined;
}

// An article and the lower-case word after it, in prose (code and markup already blanked).
// A capital article only where a sentence starts, so that "Type A" labels are never swapped.
const CANDIDATE = /(?<=^|[ \t\n(“"])(a|an)(?= ([a-z]{2,})(?![\p{L}\p{N}'’]))|(?<=^|[.!?:] )(A|An)(?= ([a-z]{2,})(?![\p{L}\p{N}'’]))/gmu;

/** Swaps the article of `count` correct "a/an word" pairs chosen with `random`; returns the text and where each swap is. */
export function insertErrors(text, random, count) {
  const prose = proseOnly(text);
  const candidates = [];
  for (const m of prose.matchAll(CANDIDATE)) {
    const article = m[1] ?? m[3];
    const word = m[2] ?? m[4];
    if (certainArticle(word) !== article.toLowerCase()) continue;
    candidates.push({ start: m.index, end: m.index + article.length, article });
  }
  // A partial Fisher-Yates shuffle picks `count` of them.
  for (let i = 0; i < Math.min(count, candidates.length); i++) {
    const k = i + Math.floor(random() * (candidates.length - i));
    [candidates[i], candidates[k]] = [candidates[k], candidates[i]];
  }
  const chosen = candidates.slice(0, count).sort((x, y) => x.start - y.start);
  let out = "";
  let last = 0;
  const errors = [];
  for (const c of chosen) {
    const swapped = { a: "an", an: "a", A: "An", An: "A" }[c.article];
    out += text.slice(last, c.start);
    errors.push({ start: out.length, end: out.length + swapped.length });
    out += swapped;
    last = c.end;
  }
  out += text.slice(last);
  return { text: out, errors };
}

export const peers = [
  harperPeer("harper.js (AnA)", (lint) => lint.rule === "AnA"),
  retextArticlePeer(),
];

// Sentences written for this benchmark (not taken from any other project's tests),
// covering each class the rule decides, for a side-by-side with the peers.
export const labelledSets = [
  {
    name: "a/an classes",
    cases: [
      { text: "The board approved an one-off payment.", expect: "flag" },
      { text: "The board approved a one-off payment.", expect: "ok" },
      { text: "Crews waited a hour for the ferry.", expect: "flag" },
      { text: "Crews waited an hour for the ferry.", expect: "ok" },
      { text: "She gave a honest account of the meeting.", expect: "flag" },
      { text: "She gave an honest account of the meeting.", expect: "ok" },
      { text: "He filed a FBI request last week.", expect: "flag" },
      { text: "He filed an FBI request last week.", expect: "ok" },
      { text: "The clinic bought an MRI scanner.", expect: "ok" },
      { text: "The clinic bought a MRI scanner.", expect: "flag" },
      { text: "The mayor attended a NATO briefing.", expect: "ok" },
      { text: "They formed an union of tenants.", expect: "flag" },
      { text: "They formed a union of tenants.", expect: "ok" },
      { text: "The firm is a European carrier.", expect: "ok" },
      { text: "The firm is an European carrier.", expect: "flag" },
      { text: "It ships with a 8-core chip.", expect: "flag" },
      { text: "It ships with an 8-core chip.", expect: "ok" },
      { text: "Voters saw an 11-point swing.", expect: "ok" },
      { text: "Voters saw a 11-point swing.", expect: "flag" },
      { text: "The house dates from an 18th-century plan.", expect: "ok" },
      { text: "The plan runs for an 100-day trial.", expect: "flag" },
      { text: "The plan runs for a 100-day trial.", expect: "ok" },
      { text: "Exports took an 80% share.", expect: "ok" },
      { text: "Witnesses reported a UFO over the bay.", expect: "ok" },
      { text: "Witnesses reported an UFO over the bay.", expect: "flag" },
      { text: "The query runs as a SQL job.", expect: "ok" },
      { text: "The query runs as an SQL job.", expect: "ok" },
      { text: "Doctors ordered an x-ray of the wrist.", expect: "ok" },
      { text: "Doctors ordered a x-ray of the wrist.", expect: "flag" },
      { text: "The farmer sold a ewe at market.", expect: "ok" },
      { text: "They trained a LLM on court records.", expect: "flag" },
      { text: "Her team picked a unique approach.", expect: "ok" },
      { text: "That was a important ruling.", expect: "flag" },
      { text: "It was an significant change.", expect: "flag" },
      { text: "Eggs were sorted as grade A and grade B.", expect: "ok" },
      { text: "Choose option a or option b.", expect: "ok" },
      { text: "The proof holds if a is odd.", expect: "ok" },
      { text: "The argument works a priori.", expect: "ok" },
      { text: "Dinner was served a la carte.", expect: "ok" },
      { text: "The town lies on the river at Frankfurt an der Oder.", expect: "ok" },
      { text: "She gave an \"honest\" reply.", expect: "ok" },
      { text: "She gave a \"honest\" reply.", expect: "flag" },
      { text: "It was a (rare) event.", expect: "ok" },
      { text: "It was an (rare) event.", expect: "flag" },
      { text: "He took a herb from the garden.", expect: "ok" },
      { text: "He took an herb from the garden.", expect: "ok" },
      { text: "The museum opened an historic wing.", expect: "ok" },
      { text: "Install it with a npm script.", expect: "flag" },
      { text: "The report is an usual read.", expect: "flag" },
      { text: "The report is an unusual read.", expect: "ok" },
    ],
  },
];
