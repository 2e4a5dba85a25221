// Accuracy plug-in for @copydesk/consistency.
// Inserted errors, of the two kinds a corpus of clean text has the material for:
// - [name]: one mid-sentence occurrence of a name the file writes capitalized mid-sentence at
//   least three times (and never lowercase), that is not an ordinary English word, lowercased
//   ("as Fastify does" -> "as fastify does"); one place per name and file, so that the name
//   stays the file's majority form;
// - [month]: a month name before a day number or a year, lowercased ("on March 5" -> "on march 5").
// The error's range is the lowercased word, where the rule reports. [acronym], [variant], [quotes]
// and [heading] are measured on the clean corpora (their reports read one by one) and on the
// labelled sentences below.
import { createRequire } from "node:module";
import { lowercaseFirstLetters, matchesOf, pickRandom, proseOnly } from "../proseOnly.mjs";
import { workspacePackages } from "../linters.mjs";

export const name = "consistency";
export const pkg = "@copydesk/textlint-rule-consistency";

const require = createRequire(import.meta.url);
let ordinary = null;
function isOrdinaryWord(word) {
  if (ordinary === null) {
    const p = workspacePackages().find((x) => x.name === pkg);
    ordinary = p?.built ? require(p.main).isOrdinaryWord : () => true;
  }
  return ordinary(word);
}

// A capitalized word after a lowercase word or a comma and one space: a name mid-sentence.
const NAME_MID = /(?<=[\p{Ll},] )([A-Z][a-z]{2,})(?![\p{L}\p{N}_.\-/(@'’])/gu;
const MONTH_DATE = /(?<![\p{L}\p{N}])(January|February|March|April|May|June|July|August|September|October|November|December) (?=\d{1,4}\b)/gu;

function candidates(text, random) {
  const prose = proseOnly(text);
  const names = new Map();
  for (const m of matchesOf(NAME_MID, prose)) {
    const list = names.get(m[1]) ?? [];
    list.push(m.index);
    names.set(m[1], list);
  }
  const found = [];
  for (const [word, places] of names) {
    if (places.length < 3 || isOrdinaryWord(word.toLowerCase())) continue;
    // Never lowercase anywhere in the file (else the rule's majority may differ).
    if (new RegExp(`(?<![\\p{L}\\p{N}])${word.toLowerCase()}(?![\\p{L}\\p{N}])`, "u").test(text)) continue;
    // One place per name, so that the name stays the file's majority form.
    found.push({ at: places[Math.floor(random() * places.length)], word });
  }
  for (const m of matchesOf(MONTH_DATE, prose)) {
    // "May 2" after a capital or a sentence end could be the modal at a sentence start: skip.
    if (m[1] === "May" && !/[\p{Ll},] $/u.test(prose.slice(Math.max(0, m.index - 2), m.index))) continue;
    found.push({ at: m.index, word: m[1] });
  }
  return found;
}

/** Lowercases the first letter of `count` capitalized names and months chosen at random. */
export function insertErrors(text, random, count) {
  return lowercaseFirstLetters(text, pickRandom(candidates(text, random), count, random));
}

// Sentences written for this benchmark: what a copy desk must flag, and what it must leave alone.
export const labelledSets = [
  {
    name: "document-wide slips and look-alikes",
    cases: [
      { text: "Shares of Alibaba rose and Alibaba gained, while alibaba’s plan held.", expect: "flag" },
      { text: "Rivals of Meta and Meta’s peers watch Microsoft and meta closely.", expect: "flag" },
      { text: "The vote is set for february 24 in the capital.", expect: "flag" },
      { text: "The board meets on tuesday to approve the budget.", expect: "flag" },
      { text: "Talks resume in march 2025, the envoy said.", expect: "flag" },
      { text: "The Consumer Financial Protection Bureau (CPFB) opened an inquiry.", expect: "flag" },
      { text: "The National Transportation Safety Board (NTBS) sent investigators.", expect: "flag" },
      { text: "Send an email today. Reply by email. Forward the email. Or e-mail the desk.", expect: "flag" },
      { text: "The US economy grew. US firms hired. US banks lent. The U.S. dollar rose.", expect: "flag" },
      { text: "The organisation will modernize its fleet, organize crews and realize savings.", expect: "flag" },
      { text: "He called the result “a disaster“ on air.", expect: "flag" },
      { text: "It's late, it's cold and it's dark, but it’s fine.", expect: "flag" },
      { text: "Apple said that Apple and Apple’s suppliers gain while its apple orchards shrink.", expect: "ok" },
      { text: "Meta said so, and analysts at Meta and Meta’s peers ran a meta-analysis.", expect: "ok" },
      { text: "Prices may rise in march, and protesters march on the capital.", expect: "ok" },
      { text: "An august body of scholars met under the sun.", expect: "ok" },
      { text: "The Securities and Exchange Commission (SEC) fined the bank.", expect: "ok" },
      { text: "The World Health Organization (WHO) and the Federal Reserve (Fed) agreed.", expect: "ok" },
      { text: "Alibaba Group (BABA) and Apple (AAPL) rose in New York (NYSE: BABA).", expect: "ok" },
      { text: "Gross domestic product (GDP) grew 2% in the United Kingdom (UK).", expect: "ok" },
      { text: "We organize the colour charts and realize the favour.", expect: "ok" },
      { text: "A 5\" screen and a 12\" one, with “quotes” here.", expect: "ok" },
      { text: "“The first paragraph of the quote.\n\n“The second paragraph ends it.”", expect: "ok" },
      { text: "Visit alibaba.com or follow @alibaba, said Alibaba and Alibaba’s staff.", expect: "ok" },
    ],
  },
];
