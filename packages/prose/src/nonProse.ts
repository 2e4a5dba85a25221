import { isWhiteSpace } from "./whiteSpace";

// Data files stay beside lib/ and src/ alike, so both load them from ../data.
const extensionData = require("../data/file-extensions.json") as { extensions: string[]; tlds: string[] };

/** The character that stands in for every character of non-prose text. */
export const MASK = "\uFFFC";

const extensions = extensionData.extensions.join("|");
const tlds = extensionData.tlds.join("|");

// One alternation, compiled once: each branch is a kind of text that is not prose.
const NON_PROSE = new RegExp(
  [
    // URLs with a scheme, and www. host names
    String.raw`\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"“”‘’()\[\]{}]*[^\s<>"“”‘’()\[\]{}.,;:!?'…]`,
    // e-mail addresses
    String.raw`\b[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    // paths: /usr/bin, ./run.sh, ~/notes, ../x, C:\dir
    String.raw`(?<![\p{L}\p{N}])(?:~|\.{1,2})?\/[\p{L}\p{N}_.\-~]+(?:\/[\p{L}\p{N}_.\-~]*)*`,
    String.raw`\b[A-Za-z]:\\[^\s]+`,
    // bare host names with a known top-level domain: example.com, Discuss.io, Node.js
    String.raw`(?<![\p{L}\p{N}.@])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:${tlds})(?![\p{L}\p{N}])(?:\/[^\s]*[^\s.,;:!?)])?`,
    // file names: README.md, notes.txt, .exe, archive.tar.gz; not letters joined by
    // periods, which are abbreviations (a.m., p.m.), so a name has two characters or none
    String.raw`(?<![\p{L}\p{N}.])(?:[\p{L}\p{N}_-]{2,}(?:\.[\p{L}\p{N}_-]+)*)?\.(?:${extensions})(?![\p{L}\p{N}])`,
  ].join("|"),
  "giu",
);

// A run this long without white space is not prose: a hash, base64, minified code or data. No
// word of the corpora's prose comes near it (the longest unmasked run is 60 characters, an
// identifier); an URL or a path this long is masked either way.
export const LONG_RUN = 100;
// Marks a long run may end with that still end its sentence or clause: "… 3f9a…e1." Not
// quotes, whose opening one is masked with the run, nor an opening bracket.
const RUN_END_MARKS = ".,;:!?…)]”’»";
const MAX_KEPT_MARKS = 3;
const DOT = 0x2e;
const SLASH = 0x2f;
const AT = 0x40;
const BACKSLASH = 0x5c;

/**
 * Replaces URLs, e-mail addresses, paths, host names, file names and runs of more than
 * LONG_RUN characters without white space with MASK, keeping the length so that every
 * index still points at the same place.
 *
 * Each of those lies within one run of text without white space, and each of the first kind
 * holds a ".", "/", "@" or "\\" with more of the run after it, so the pattern is tried only on
 * such runs, one at a time: a text is read once, whatever its shape.
 */
export function maskNonProse(text: string): string {
  let out = "";
  let copied = 0;
  let changed = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWhiteSpace(text.charCodeAt(i))) i++;
    const start = i;
    let candidate = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      // Lowercase letters, most of any text, are neither white space nor a mark that starts a name.
      if (c > BACKSLASH && c < 0x80) continue;
      if (isWhiteSpace(c)) break;
      if ((c === DOT || c === SLASH || c === AT || c === BACKSLASH) && i + 1 < n && !isWhiteSpace(text.charCodeAt(i + 1))) candidate = true;
    }
    if (i - start > LONG_RUN) {
      let kept = i;
      while (kept > start && i - kept < MAX_KEPT_MARKS && RUN_END_MARKS.includes(text[kept - 1]!)) kept--;
      out += text.slice(copied, start) + MASK.repeat(kept - start);
      copied = kept;
      changed = true;
    } else if (candidate && !isPlainRun(text, start, i)) {
      const run = text.slice(start, i);
      const masked = run.replace(NON_PROSE, (match) => (isSentenceJoin(match) ? match : MASK.repeat(match.length)));
      if (masked !== run) {
        out += text.slice(copied, start) + masked;
        copied = i;
        changed = true;
      }
    }
  }
  return changed ? out + text.slice(copied) : text;
}

// Whether the data has a top-level domain of one character, or an extension or domain of digits only:
// then a run of single letters or of numbers could be a host or file name, and isPlainRun says nothing.
const ONE_CHARACTER_DOMAIN = extensionData.tlds.some((tld) => tld.length < 2);
const DIGITS_ONLY_NAME = [...extensionData.tlds, ...extensionData.extensions].some((name) => /^\d+$/.test(name));
// Marks outside ASCII that join no part of a name: quotation marks, dashes, the ellipsis.
const NON_ASCII_MARKS = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026]);

/**
 * Whether a run of text without white space can hold nothing NON_PROSE masks, read in one pass
 * (the expression tries each of its kinds at every character): no "/", "@" or "\", each period
 * right after a letter or digit, and either every part between marks is one character ("e.g.,",
 * "U.S.", "a.m.": no domain or file name has a one-letter name, and a one-letter extension needs
 * a name of two or more) or every part is digits ("3.5", "1,000.50"). Anything else, and any
 * other character outside ASCII, is left to the expression.
 */
function isPlainRun(text: string, start: number, end: number): boolean {
  let part = 0;
  let longestPart = 0;
  let digitsOnly = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (digit || letter || c === 0x5f || c === 0x2d) {
      part++;
      if (!digit) digitsOnly = false;
      continue;
    }
    if (c === SLASH || c === AT || c === BACKSLASH || (c >= 0x80 && !NON_ASCII_MARKS.has(c))) return false;
    if (c === DOT) {
      const before = i > start ? text.charCodeAt(i - 1) : 0;
      if (!((before >= 0x30 && before <= 0x39) || (before >= 0x61 && before <= 0x7a) || (before >= 0x41 && before <= 0x5a))) return false;
    }
    if (part > longestPart) longestPart = part;
    part = 0;
  }
  if (part > longestPart) longestPart = part;
  return (longestPart <= 1 && !ONE_CHARACTER_DOMAIN) || (digitsOnly && !DIGITS_ONLY_NAME);
}

// "extraction.Cache", "library.So": a capitalized word after the period starts a sentence;
// extensions and domains are written in lower case (or all capitals: .DOC).
const CAPITALIZED_AFTER_PERIOD = /^[^/@\\]*\.\p{Lu}\p{Ll}+$/u;

function isSentenceJoin(match: string): boolean {
  return CAPITALIZED_AFTER_PERIOD.test(match);
}
