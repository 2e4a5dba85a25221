// Accuracy plug-in for @copydesk/sentence-case.
// Inserted error: the first letter of a real sentence in prose lowercased, either mid-paragraph
// after a sentence end ("demand. The company" -> "demand. the company") or at the start of a
// paragraph. The error's range is the lowercased word, where the rule reports.
import { lowercaseFirstLetters, matchesOf, pickRandom, proseOnly } from "../proseOnly.mjs";
import { harperPeer } from "../peers/harper.mjs";
import { enCapitalizationPeer } from "../peers/en-capitalization.mjs";
import { loadProse } from "../linters.mjs";

export const name = "sentence-case";
export const pkg = "@copydesk/textlint-rule-sentence-case";

// A sentence end after a lowercase word of two or more letters, one space, then a plain
// capitalized word (The, However, I) that is not an identifier (Foo.bar, Foo-Bar's tail, Foo_).
const AFTER_SENTENCE = /(?<![\p{L}\p{N}\p{M}._\-/@'’])(\p{Ll}[\p{L}\p{M}]*)([.!?]) (?=[A-Z][a-z]*(?![\p{L}\p{N}_.(\-]))/gu;
// The first line of a paragraph: after a blank line (or the start), starting at column 0 with a
// plain capitalized word and a space, and running on to a sentence end.
const PARAGRAPH_START = /(?:^|\n[ \t]*\r?\n)(?=([A-Z][a-z]*) [^\n]*?\p{Ll}[.!?](?:\s|$))/gu;

function candidates(text) {
  const prose = proseOnly(text);
  const isAbbreviation = loadProse()?.isAbbreviation ?? (() => false);
  const starts = [];
  for (const m of matchesOf(AFTER_SENTENCE, prose)) {
    if (m[2] === "." && isAbbreviation(`${m[1]}.`)) continue;
    starts.push(m.index + m[0].length);
  }
  for (const m of matchesOf(PARAGRAPH_START, prose)) starts.push(m.index + m[0].length);
  return starts.map((at) => ({ at, word: /^[A-Z][a-z]*/.exec(prose.slice(at))[0] }));
}

/** Lowercases the first letter of `count` sentence starts chosen at random. */
export function insertErrors(text, random, count) {
  return lowercaseFirstLetters(text, pickRandom(candidates(text), count, random));
}

export const peers = [
  harperPeer("harper.js 2.10.0 (SentenceCapitalization)", (l) => l.rule === "SentenceCapitalization"),
  enCapitalizationPeer(),
];

// Sentences written for this benchmark: what a copy desk must flag, and what it must leave alone.
export const labelledSets = [
  {
    name: "lowercase starts and look-alikes",
    cases: [
      { text: "Exports fell for a third month. the ministry blamed weaker demand in Europe.", expect: "flag" },
      { text: "the board approved the merger on Monday.", expect: "flag" },
      { text: "Did the plan work? most analysts doubt it.", expect: "flag" },
      { text: "What a result! nobody in the stadium expected it.", expect: "flag" },
      { text: "“the talks are over,” the envoy said.", expect: "flag" },
      { text: "The vote was close. “we will appeal,” said the mayor.", expect: "flag" },
      { text: "Q: how long will the repairs take?", expect: "flag" },
      { text: "Interviewer: what changed after the election?", expect: "flag" },
      { text: "Dr. Okafor: the results surprised everyone on the team.", expect: "flag" },
      { text: "Key Finding in Brief: the survey found rising rents in every district.", expect: "flag" },
      { text: "i think the deadline is too tight.", expect: "flag" },
      { text: "Prices rose 4% in May. in June they fell again.", expect: "flag" },
      { text: "The firm is based in the U.S. and employs 4,000 people.", expect: "ok" },
      { text: "Bring a snack, e.g. an apple, to the hike.", expect: "ok" },
      { text: "The trip takes approx. three hours by train.", expect: "ok" },
      { text: "The shop opens at 9 a.m. and closes at noon.", expect: "ok" },
      { text: "It was Arsenal vs. the champions in the final.", expect: "ok" },
      { text: "He hesitated… and then signed the contract.", expect: "ok" },
      { text: "iPhone shipments rose in the second quarter.", expect: "ok" },
      { text: "eBay will close the office next year.", expect: "ok" },
      { text: "npm prints a warning when a package is deprecated.", expect: "ok" },
      { text: "macOS asks before an app records the screen.", expect: "ok" },
      { text: "x86 chips still power most laptops.", expect: "ok" },
      { text: "mRNA vaccines were approved in 2020.", expect: "ok" },
      { text: "`fetch` returns a promise.", expect: "ok" },
      { text: "42 people signed the letter.", expect: "ok" },
      { text: "The plan (which nobody liked) was dropped.", expect: "ok" },
      { text: "He said the plan was “dead on arrival” and left.", expect: "ok" },
      { text: "Note: the office is closed on Friday.", expect: "ok" },
      { text: "The store sells one thing: the best bread in town.", expect: "ok" },
      { text: "a) the first option is cheaper.", expect: "ok" },
      { text: "www.example.org lists every branch.", expect: "ok" },
    ],
  },
  {
    name: "paragraphs after a paragraph with no end mark, news abbreviations, names",
    cases: [
      { text: "The course was a non-stop learning...\n\nthis will be the proof of it.", expect: "flag" },
      { text: "The course taught me that something sounds new\n\nhe has a lot of money now.", expect: "flag" },
      { text: "The keys are listed at the registry → https://example.org/keys\n\nthe first step is to register.", expect: "flag" },
      { text: "It ended without a mark\n\nthe next paragraph starts here.", ext: ".txt", expect: "flag" },
      { text: "They came in. then the band played.", expect: "flag" },
      { text: "She was too ill. her sister went instead.", expect: "flag" },
      { text: "The parser reads the file\nand then closes it.", expect: "ok" },
      { text: "The committee met to discuss the budget and\nthe plan for next year.", ext: ".txt", expect: "ok" },
      { text: "- The route reports whether the service is ready\nto serve requests.\n- A second route", expect: "ok" },
      { text: "> Markets closed early and\nthe index fell 2% by noon.", expect: "ok" },
      { text: "So, this:\n\n```json\n{ \"main\": \"foo.js\" }\n```\n\nwill create a file.", expect: "ok" },
      { text: "The Tupelo, Miss. and Biloxi offices merged.", expect: "ok" },
      { text: "The bakery at 1500 9th St. nw. opened a second room.", expect: "ok" },
      { text: "Each child gets one 8-oz. cup of milk.", expect: "ok" },
      { text: "The storm left 14 in. of snow on the pass.", expect: "ok" },
      { text: "The journal is kept by systemd, and every host runs systemd.\n\nsystemd will keep adding features.", expect: "ok" },
      { text: "Install the packages. libvirt-daemon-system provides the daemon.", expect: "ok" },
    ],
  },
];
