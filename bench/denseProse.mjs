// Dense prose for the speed benchmark: documents in which every block is prose, the kind of
// copy a news desk lints, unlike the READMEs of the main corpus, which hold a lot of code.
//
//   denseProseSets({ log }) -> [{ name, docs: [{ text, path }], bytes, words }]
//
// - the Debian manuals (bench/corpus.mjs --debian) with each prose block (paragraph, heading,
//   table cell, list item's paragraph) written as one paragraph of plain text, code blocks and
//   HTML left out; the text of code spans and links stays, as a reader reads it;
// - the same manuals as the Markdown they are, with their lists, links and code;
// - the State of the Union addresses 1990-2021 (bench/corpus.mjs --news), edited news-style
//   prose, as Markdown (a title and paragraphs);
// - the first set's paragraphs again as plain text (.txt), where textlint does almost no work of
//   its own, so that the rules' cost stands alone and harper.js reads the same plain text.
// A set whose corpus cannot be built (no apt lists, no network) is left out with a note.
import { createRequire } from "node:module";
import { join } from "node:path";
import { buildDebianCorpus, buildNewsCorpus, DEBIAN_DIR, NEWS_DIR } from "./corpus.mjs";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { parse } = require("@textlint/markdown-to-ast");

const PROSE_BLOCKS = new Set(["Paragraph", "Header", "TableCell"]);
const SKIPPED = new Set(["Html", "Image", "ImageReference", "FootnoteReference", "Definition", "CodeBlock", "Comment"]);

/** The text of an inline subtree as a reader reads it: text, code spans and link text. */
function inlineText(node) {
  if (SKIPPED.has(node.type)) return "";
  if (node.type === "Break") return " ";
  if (Array.isArray(node.children)) return node.children.map(inlineText).join("");
  return typeof node.value === "string" ? node.value : "";
}

/** Markdown turned into one paragraph of plain text per prose block. */
export function paragraphPerBlock(markdown) {
  const blocks = [];
  const walk = (node) => {
    if (PROSE_BLOCKS.has(node.type)) {
      const text = inlineText(node).replace(/\s+/g, " ").trim();
      // Escaped so that a block that starts like Markdown syntax ("1. ", "- ", "# ") stays a paragraph.
      if (/\p{L}/u.test(text)) blocks.push(text.replace(/^([-+*#>|]|\d+[.)])/u, "\\$1"));
      return;
    }
    if (SKIPPED.has(node.type)) return;
    for (const child of node.children ?? []) walk(child);
  };
  walk(parse(markdown));
  return blocks.join("\n\n") + "\n";
}

const quickWords = (text) => (text.match(/\S*[\p{L}\p{N}]\S*/gu) ?? []).length;

export function denseProseSets({ log = () => {} } = {}) {
  const sets = [];
  const set = (name, docs) => {
    const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
    const words = docs.reduce((s, d) => s + quickWords(d.text), 0);
    sets.push({ name, docs, bytes, words });
  };
  const debian = buildDebianCorpus({ log });
  if (debian.length > 0) {
    const manuals = debian.map((f) => ({ text: readFileSync(join(DEBIAN_DIR, f.file), "utf8"), path: join(DEBIAN_DIR, f.file) }));
    const paragraphs = manuals.map((d) => ({ text: paragraphPerBlock(d.text), path: d.path }));
    set("Debian manuals, one paragraph per prose block (.md)", paragraphs);
    set("Debian manuals as Markdown, with lists and code (.md)", manuals);
  } else log("dense prose: no Debian corpus (node bench/corpus.mjs --debian needs apt-get update once)");
  const news = buildNewsCorpus({ log });
  if (news.length > 0) {
    set("State of the Union addresses 1990-2021, news-style (.md)", news.map((f) => ({ text: readFileSync(join(NEWS_DIR, f.file), "utf8"), path: join(NEWS_DIR, f.file) })));
  } else log("dense prose: no news corpus (node bench/corpus.mjs --news)");
  // The same paragraphs as plain text: no Markdown parse, so the rules' own cost shows, and
  // harper.js reads them as plain text too.
  if (debian.length > 0) {
    const paragraphs = sets[0].docs.map((d) => ({ text: d.text, path: d.path.replace(/\.md$/, ".txt") }));
    set("Debian manuals, one paragraph per prose block, as plain text (.txt)", paragraphs);
    sets[sets.length - 1].plainText = true;
  }
  return sets;
}
