// Reduces the CMU Pronouncing Dictionary (npm cmu-pronouncing-dictionary 3.0.0,
// CMUdict 0.7b, 134,000 words) to the small table the rule needs: which words
// start with a vowel sound and which with a consonant sound, kept only where the
// spelling alone would guess wrong. Run by the package's build; the output is
// sorted so that the same dictionary always gives the same file.
import { readFileSync, writeFileSync } from "node:fs";
import { dictionary } from "cmu-pronouncing-dictionary";

const spelling = JSON.parse(readFileSync(new URL("../data/spelling.json", import.meta.url), "utf8"));
const ONSETS = new Set(spelling.onsets);

/** Whether a word could be said as written (the same test as src/sayable.ts): a vowel, and a first consonant cluster English allows. */
function sayable(word) {
  const letters = word.replace(/'.*$/, "");
  if (spelling.syllables.some((s) => letters.length > s.length && letters.startsWith(s))) return true;
  const firstVowel = letters.search(/[aeiou]|(?<=.)y/);
  if (firstVowel === -1) return false;
  return firstVowel === 0 || ONSETS.has(letters.slice(0, firstVowel));
}

const OUT = new URL("../data/first-sounds.json", import.meta.url);

// ARPAbet vowels (CMUdict's phone set); every other phone is a consonant, including Y, W and HH.
const VOWELS = new Set(["AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"]);

// How each letter's name is said, in the same phones, to recognise entries that spell a word out (un -> "you-en").
const LETTER_NAMES = {
  a: ["EY"], b: ["B IY"], c: ["S IY"], d: ["D IY"], e: ["IY"], f: ["EH F"], g: ["JH IY"], h: ["EY CH", "HH EY CH"],
  i: ["AY"], j: ["JH EY"], k: ["K EY"], l: ["EH L"], m: ["EH M"], n: ["EH N"], o: ["OW"], p: ["P IY"], q: ["K Y UW"],
  r: ["AA R"], s: ["EH S"], t: ["T IY"], u: ["Y UW"], v: ["V IY"], w: ["D AH B AH L Y UW", "D AH B AH Y UW"],
  x: ["EH K S"], y: ["W AY"], z: ["Z IY", "Z EH D"],
};

/** "an" for a pronunciation that starts with a vowel, "a" for one that starts with a consonant. */
function articleOfPhones(phones) {
  const first = phones.split(" ")[0].replace(/[0-9]/g, "");
  return VOWELS.has(first) ? "an" : "a";
}

/** Whether a pronunciation of `word` says its letters one by one. */
function spellsOut(word, phones) {
  let rest = phones.replace(/[0-9]/g, "");
  for (const letter of word) {
    const names = LETTER_NAMES[letter];
    if (names === undefined) return false;
    const name = names.find((n) => rest === n || rest.startsWith(n + " "));
    if (name === undefined) return false;
    rest = rest.slice(name.length).trimStart();
  }
  return rest === "";
}

// word -> { articles: Set of "a"/"an" over its pronunciations, spelled: article of a spelled-out pronunciation }
const words = new Map();
for (const [key, phones] of Object.entries(dictionary)) {
  const word = key.replace(/\(\d+\)$/, "");
  // Plain words only: letters, with apostrophes inside (o'brien). Entries with dots are abbreviations said another way.
  if (!/^[a-z][a-z']*$/.test(word)) continue;
  let entry = words.get(word);
  if (entry === undefined) {
    entry = { articles: new Set(), spelled: undefined, said: new Set() };
    words.set(word, entry);
  }
  const article = articleOfPhones(phones);
  entry.articles.add(article);
  if (spellsOut(word, phones)) entry.spelled = article;
  else entry.said.add(article);
}

const corrections = JSON.parse(readFileSync(new URL("../data/corrections.json", import.meta.url), "utf8")).words;

/** A word's class: "a", "an", or "either" when its pronunciations disagree (herb, us). */
const classOf = (entry) => (entry.articles.size > 1 ? "either" : [...entry.articles][0]);

for (const [word, cls] of Object.entries(corrections)) {
  const articles = new Set(cls === "either" ? ["a", "an"] : [cls]);
  words.set(word, { articles, spelled: undefined, said: articles });
}
const LETTER_GUESS = (word) => (/^[aeiou]/.test(word) ? "an" : "a");

// A trie of the words; each node counts the classes of the words under it.
const root = { children: new Map(), word: undefined, counts: { a: 0, an: 0, either: 0 } };
for (const [word, entry] of words) {
  const cls = classOf(entry);
  let node = root;
  node.counts[cls]++;
  for (const ch of word) {
    let next = node.children.get(ch);
    if (next === undefined) {
      next = { children: new Map(), word: undefined, counts: { a: 0, an: 0, either: 0 } };
      node.children.set(ch, next);
    }
    node = next;
    node.counts[cls]++;
  }
  node.word = cls;
}

// A word the dictionary lacks (a derived form, a rarer name) takes the article that
// the dictionary's words sharing its longest known prefix agree on: a prefix decides
// when at least MIN_WORDS words under it take one article in AGREEMENT of cases;
// fewer words decide only when they agree with the prefix above them. Elsewhere the
// answer is "?" and the rule stays silent rather than guess.
const AGREEMENT = 0.97;
const MIN_WORDS = 10;
const prefixes = {};
const exact = {};

const LETTER_NAME_ARTICLE = (word) => (/^[aeiou]/.test(spelling.letterNames[word[0]] ?? "") ? "an" : "a");

/** Whether a word that cannot be said as written is said otherwise than letter by letter. */
const saidOtherwise = (word, cls) => !sayable(word) && cls !== LETTER_NAME_ARTICLE(word);

function hasSaidOtherwise(node, prefix) {
  if (node.word !== undefined && saidOtherwise(prefix, node.word)) return true;
  for (const [ch, child] of node.children) if (hasSaidOtherwise(child, prefix + ch)) return true;
  return false;
}

function verdictOf(node, above) {
  const { a, an } = node.counts;
  const definite = a + an;
  if (definite >= MIN_WORDS && a / definite >= AGREEMENT) return "a";
  if (definite >= MIN_WORDS && an / definite >= AGREEMENT) return "an";
  if ((above === "a" && an === 0) || (above === "an" && a === 0)) return above;
  return "?";
}

function emit(prefix, node, above) {
  const verdict = verdictOf(node, above);
  if (verdict !== above) prefixes[prefix] = verdict;
  // The rule reads a word that cannot be said as written letter by letter (npm: "an"), so
  // such a word is listed when the dictionary says it otherwise (mr: "mister", "a").
  if (node.word !== undefined && (node.word !== verdict || saidOtherwise(prefix, node.word))) exact[prefix] = node.word;
  const { a, an, either } = node.counts;
  // Every word below agrees with the verdict: nothing below can differ from it.
  if (((verdict === "a" && an === 0) || (verdict === "an" && a === 0)) && either === 0 && !hasSaidOtherwise(node, prefix)) return;
  for (const [ch, child] of node.children) emit(prefix + ch, child, verdict);
}
for (const [ch, child] of root.children) emit(ch, child, LETTER_GUESS(ch));

// Words the dictionary also spells out letter by letter with a different first sound
// (un: "un-" and "U.N."; us; url): written in capitals they are initialisms.
const spelledOut = [...words]
  .filter(([, e]) => e.spelled !== undefined && [...e.said].some((s) => s !== e.spelled))
  .map(([w]) => w)
  .sort();

const sortObject = (o) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
const table = {
  $comment:
    "Generated by scripts/build-table.mjs from the CMU Pronouncing Dictionary, with data/corrections.json applied (CMUdict 0.7b via npm cmu-pronouncing-dictionary 3.0.0, Carnegie Mellon University, BSD-style licence). Do not edit: change the script and rebuild.",
  $comment_words: "Words whose first sound the spelling would guess wrong: \"a\" (consonant sound), \"an\" (vowel sound) or \"either\" (the dictionary gives both).",
  words: sortObject(exact),
  $comment_prefixes:
    "Longest-prefix defaults for words not listed: every dictionary word with the prefix takes this article; \"?\" where they disagree (the rule is silent). Without a prefix, a vowel letter means \"an\".",
  prefixes: sortObject(prefixes),
  $comment_spelledOut: "Words the dictionary also reads letter by letter with a different first sound: in capitals they are initialisms (US, UN).",
  spelledOut,
};
writeFileSync(OUT, JSON.stringify(table, null, 1) + "\n");
console.log(
  `first-sounds.json: ${Object.keys(exact).length} words, ${Object.keys(prefixes).length} prefixes, ${spelledOut.length} spelled out (from ${words.size} dictionary words)`,
);
