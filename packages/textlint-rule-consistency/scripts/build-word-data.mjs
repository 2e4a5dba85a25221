// Reduces two word lists to the tables the rule needs; the output is the same for the same inputs.
//
// 1. data/ordinary-words.json: the lowercase entries of the en_US Hunspell dictionary derived from
//    SCOWL (npm dictionary-en 4.0.0, MIT AND BSD): the words that are ordinary English words when
//    written lowercase ("apple", "meta"), as opposed to names only ("alibaba"). [name] asks it
//    whether a lowercase word may be the ordinary word rather than a slip for a name.
// 2. data/spelling-families.json: British and American spellings of the same word (npm
//    american-british-english-translator 0.2.1, MIT, whose list comes from the "Comprehensive list
//    of American and British spelling differences" at tysto.com), kept only where the difference
//    is one of the regular families that a document keeps to as a whole: -ise/-ize (organise),
//    -yse/-yze (analyse), -our/-or (colour), -re/-er (centre), -ence/-ense (defence); and, pair by
//    pair, a doubled l (travelled). Pairs whose American form is also a British word of another
//    meaning (meter, tire, program) are dropped: see data/variants.json, "notSpellingPairs".
//
//   node scripts/build-word-data.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { default: dictionary } = await import("dictionary-en");
const spellingsFile = require.resolve("american-british-english-translator/data/british_spellings.json");
const variants = JSON.parse(readFileSync(new URL("../data/variants.json", import.meta.url), "utf8"));

// 1. Ordinary words: the first field of each line after the count, entries that start lowercase.
const lines = Buffer.from(dictionary.dic).toString("utf8").split("\n").slice(1);
const ordinary = [...new Set(lines.map((line) => line.split("/")[0].trim()).filter((word) => /^[a-z][a-z'-]*$/u.test(word)))].sort();
writeFileSync(
  new URL("../data/ordinary-words.json", import.meta.url),
  `${JSON.stringify(
    {
      $comment: `The ${ordinary.length} lowercase entries (stems, before affixes) of the en_US Hunspell dictionary derived from SCOWL (npm dictionary-en 4.0.0, MIT AND BSD), built by scripts/build-word-data.mjs.`,
      words: ordinary.join(" "),
    },
    null,
    1,
  )}\n`,
);

// 2. Spelling families.
const FAMILIES = [
  ["-ise/-ize", (b) => b.replaceAll("is", "iz")],
  ["-yse/-yze", (b) => b.replaceAll("ys", "yz")],
  ["-our/-or", (b) => b.replaceAll("our", "or")],
  ["-re/-er", (b) => b.replace(/tre(?=$|s$|d$)/u, "ter").replace(/([^t])re(?=$|s$|d$)/u, "$1er")],
  ["-ence/-ense", (b) => b.replace(/ce(?=$|s$|less$)/u, "se")],
  ["-ll-/-l-", (b) => b.replace("ll", "l")],
];
const excluded = new Set(variants.notSpellingPairs.words);
const pairs = JSON.parse(readFileSync(spellingsFile, "utf8"));
const families = Object.fromEntries(FAMILIES.map(([name]) => [name, {}]));
for (const [british, american] of Object.entries(pairs)) {
  if (excluded.has(british) || excluded.has(american) || british === american) continue;
  const family = FAMILIES.find(([, toAmerican]) => toAmerican(british) === american);
  if (family !== undefined) families[family[0]][british] = american;
}
writeFileSync(
  new URL("../data/spelling-families.json", import.meta.url),
  `${JSON.stringify(
    {
      $comment:
        "British spelling to American spelling, by family (npm american-british-english-translator 0.2.1, MIT; its list is tysto.com's comprehensive list of American and British spelling differences), built by scripts/build-word-data.mjs. A family (-ise/-ize ...) is one choice for a whole document; '-ll-/-l-' is decided word by word, since American usage accepts both for some words (cancelled).",
      pairByPair: ["-ll-/-l-"],
      families,
    },
    null,
    1,
  )}\n`,
);
console.log(
  `ordinary-words.json: ${ordinary.length} words; spelling-families.json: ${Object.entries(families)
    .map(([name, members]) => `${name} ${Object.keys(members).length}`)
    .join(", ")}`,
);
