// Where errors may be inserted into clean Markdown: proseOnly(markdown) returns a string of
// the same length in which everything that is not prose is replaced by NOT_PROSE (\0):
// front matter, HTML comments and blocks, fenced and indented code, code spans, inline HTML
// and autolinks, images, link destinations, reference definitions, bare URLs and e-mail
// addresses. Offsets in the result are offsets in the Markdown, so an accuracy plug-in finds
// its insertion points with a regular expression over proseOnly(text) and edits `text`.
// Indented lines are all treated as code (list continuations lose a little prose; no
// error lands in code).
export const NOT_PROSE = "\0";

const blank = (s) => s.replace(/[^\r\n]/g, NOT_PROSE);

export function proseOnly(markdown) {
  let text = markdown
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank)
    .replace(/<!--[\s\S]*?(-->|$)/g, blank);

  const lines = text.split(/(?<=\n)/);
  let fence = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // The line without block-quote markers and a list marker: fences may sit inside either.
    const body = line.replace(/^(?:\s{0,3}>)*/, "").replace(/^\s*(?:[-*+]|\d+[.)])?\s*/, "");
    if (fence) {
      lines[i] = blank(line);
      const close = /^(`{3,}|~{3,})\s*$/.exec(body);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null;
      continue;
    }
    const open = /^(`{3,}|~{3,})/.exec(body);
    if (open) {
      fence = open[1];
      lines[i] = blank(line);
      continue;
    }
    if (
      /^(?: {4,}|\t)/.test(line) || // indented code (and, conservatively, indented continuations)
      /^\s{0,3}</.test(line) || // HTML block
      /^\s{0,3}\[[^\]]+\]:\s*\S/.test(line) || // reference definition
      /^\s{0,3}(?:\{%|\{\{)/.test(line) // template tags
    ) {
      lines[i] = blank(line);
    }
  }
  text = lines.join("");

  return text
    .replace(/(`+)[^`]*?\1(?!`)/g, blank) // code spans (one line)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, blank) // images
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, blank)
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (m) => "]" + blank(m.slice(1))) // link destinations
    .replace(/\]\[[^\]]*\]/g, (m) => "]" + blank(m.slice(1))) // reference links' labels
    .replace(/<\/?[A-Za-z][^>]*>/g, blank) // inline HTML and autolinks
    .replace(/\b(?:https?|ftp|file):\/\/\S+|\bwww\.\S+/g, blank) // bare URLs
    .replace(/\S+@\S+\.\w+/g, blank) // e-mail addresses, npm specs (pkg@1.2.3)
    .replace(/&[a-z]+;|&#\d+;/gi, blank); // HTML entities
}

/** Indices of every match of `re` (global) in `text`, with the match. */
export function matchesOf(re, text) {
  const out = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/**
 * Applies edits [{ start, end, insert, errorStart, errorEnd }] (offsets and error range in the
 * original text; errorStart/errorEnd relative to `start` in the edited text) and returns
 * { text, errors: [{ start, end }] } with the error ranges in the edited text.
 */
export function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let last = 0;
  let shift = 0;
  const errors = [];
  for (const e of sorted) {
    if (e.start < last) continue; // overlapping edits: keep the first
    out += text.slice(last, e.start) + e.insert;
    const base = e.start + shift;
    errors.push({ start: base + e.errorStart, end: base + e.errorEnd });
    shift += e.insert.length - (e.end - e.start);
    last = e.end;
  }
  out += text.slice(last);
  return { text: out, errors };
}

/** Lowercases the first letter of each chosen word ({ at, word }); each error is the whole word. */
export function lowercaseFirstLetters(text, chosen) {
  const edits = chosen.map(({ at, word }) => ({ start: at, end: at + 1, insert: word[0].toLowerCase(), errorStart: 0, errorEnd: word.length }));
  return applyEdits(text, edits);
}

/** `count` distinct items of `items` chosen with `random` (a partial Fisher-Yates shuffle). */
export function pickRandom(items, count, random) {
  const a = [...items];
  const n = Math.min(count, a.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}
