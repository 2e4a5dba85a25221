// Accuracy plug-in for @copydesk/punctuation-spacing.
// Inserted error: the space after a comma between two words ("tea, milk" -> "tea,milk"), or after
// a sentence-ending period before a capitalized word ("home. The" -> "home.The"), deleted in prose.
// The error's range runs from the mark to the end of the word after it, where the rule reports.
import { applyEdits, matchesOf, pickRandom, proseOnly } from "../proseOnly.mjs";
import { harperPeer } from "../peers/harper.mjs";

export const name = "punctuation-spacing";
export const pkg = "@copydesk/textlint-rule-punctuation-spacing";

// A comma with one space, between a word of at least two letters and a word starting with a letter.
// The word before must be a whole word (not the tail of "e.g", "Node.js", "v1.2", "foo_bar").
// The word after must be a plain word too: it ends at a space or ordinary punctuation, not in
// "child_process" or "TypedArray/Buffers", which read as code whatever the spacing.
const AFTER = String.raw`(?=\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*(?:[\s,.;:!?)"'’”]|$))`;
const COMMA = new RegExp(String.raw`(?<![\p{L}\p{N}\p{M}._\-/@'’])[\p{L}\p{M}]{2,}(?:['’][\p{L}\p{M}]+)?, (?=\p{L}{2})` + AFTER, "gu");
// A period with one space after a lowercase word of at least two letters, before a capitalized word.
const PERIOD = new RegExp(String.raw`(?<![\p{L}\p{N}\p{M}._\-/@'’])[\p{L}\p{M}]*\p{Ll}{2}\. (?=\p{Lu}\p{Ll})` + AFTER, "gu");
// Words whose period is an abbreviation's, not a sentence's: leave those alone (ambiguous either way).
const ABBREVIATIONS = new Set(
  "etc vs approx incl cf ca viz resp esp fig figs no nos vol vols ed eds pp ch sec mr mrs ms dr prof sr jr st mt gen gov sen rep lt col capt sgt rev inc ltd corp co bros jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun al ave blvd dept est min max".split(" "),
);

function candidates(text) {
  const prose = proseOnly(text);
  const out = [];
  for (const m of matchesOf(COMMA, prose)) {
    const at = m.index + m[0].length - 2; // the comma
    out.push({ kind: "comma", at });
  }
  for (const m of matchesOf(PERIOD, prose)) {
    const word = m[0].slice(0, -2);
    if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    out.push({ kind: "period", at: m.index + m[0].length - 2 });
  }
  return { prose, out };
}

/** Deletes the space after `count` commas and sentence periods, half of each kind where possible. */
export function insertErrors(text, random, count) {
  const { prose, out } = candidates(text);
  const commas = out.filter((c) => c.kind === "comma");
  const periods = out.filter((c) => c.kind === "period");
  const wantPeriods = Math.min(periods.length, Math.round(count / 2));
  const chosen = [
    ...pickRandom(periods, wantPeriods, random),
    ...pickRandom(commas, Math.min(commas.length, count - wantPeriods), random),
  ];
  const edits = chosen.map(({ at }) => {
    // The word after the space (in the original text), which the error's range covers.
    const wordAfter = /^[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/u.exec(prose.slice(at + 2))?.[0] ?? "";
    return { start: at + 1, end: at + 2, insert: "", errorStart: -1, errorEnd: wordAfter.length };
  });
  return applyEdits(text, edits);
}

// harper.js: its lints for a missing space after punctuation (only CommaFixes has one: harper has
// no check for a missing space after a period, semicolon, colon, ? or !), and, for scale, every
// spacing lint it makes (it also flags two spaces after a period, "French spaces", and a space
// before punctuation). harper lints each text once; both rows share that run.
const missingSpaceLint = (l) => l.rule === "CommaFixes" && /space after/i.test(l.message);
const spacingLint = (l) => l.rule === "CommaFixes" || ((l.kind === "Punctuation" || l.kind === "Formatting") && /\bspac/i.test(l.message));
export const peers = [
  harperPeer("harper.js 2.10.0 (missing space after punctuation)", missingSpaceLint),
  harperPeer("harper.js 2.10.0 (every spacing lint)", spacingLint),
];

// Sentences written for this benchmark: what a copy desk must flag, and what it must leave alone.
export const labelledSets = [
  {
    name: "missing spaces and look-alikes",
    cases: [
      { text: "The council met on Tuesday,but no vote was taken.", expect: "flag" },
      { text: "Prices rose sharply.Analysts had expected a pause.", expect: "flag" },
      { text: "We tested three browsers,two phones and a tablet.", expect: "flag" },
      { text: "The team left early;nobody stayed for the speech.", expect: "flag" },
      { text: "Was it worth it?Most readers thought so.", expect: "flag" },
      { text: "It worked!Nobody could believe it.", expect: "flag" },
      { text: "Editors' note:This story has been updated.", expect: "flag" },
      { text: "The mayor, who spoke first,thanked the volunteers.", expect: "flag" },
      { text: "She arrived in 2019,Then left a year later.", expect: "flag" },
      { text: "The report was published in March.It named four suppliers.", expect: "flag" },
      { text: "The court ruled on Monday .Lawyers for both sides declined to comment.", expect: "flag" },
      { text: "Tickets sold out in minutes ,fans said.", expect: "flag" },
      { text: "Revenue reached $1,250,000 in the third quarter.", expect: "ok" },
      { text: "Pi is roughly 3.14159, as every student learns.", expect: "ok" },
      { text: "Install version 2.4.1 before upgrading.", expect: "ok" },
      { text: "The site example.org hosts the archive.", expect: "ok" },
      { text: "Read README.md before you start.", expect: "ok" },
      { text: "The U.S. Senate voted on the bill.", expect: "ok" },
      { text: "Bring a pen, e.g. a blue one, to the exam.", expect: "ok" },
      { text: "J.R.R. Tolkien wrote the book in Oxford.", expect: "ok" },
      { text: "The train leaves at 10:30 every morning.", expect: "ok" },
      { text: "The odds were 3:1 against the challenger.", expect: "ok" },
      { text: "He paused... Then he spoke again.", expect: "ok" },
      { text: "Call `parse(a,b)` with two arguments.", expect: "ok" },
      { text: "See [the guide](https://example.com/a,b.html) for details.", expect: "ok" },
      { text: "The meeting ended at 5 p.m. on Friday.", expect: "ok" },
      { text: "ASP.NET and Node.js both serve web pages.", expect: "ok" },
      { text: "Coordinates were given as 1,2,3 in the table.", expect: "ok" },
      { text: "The app runs on .NET and ships a .gitignore file.", expect: "ok" },
      { text: "Some style guides put a space before a comma , and after it.", expect: "ok" },
    ],
  },
];
