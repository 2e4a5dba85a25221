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

/**
 * Replaces URLs, e-mail addresses, paths, host names and file names with MASK,
 * keeping the length so that every index still points at the same place.
 */
export function maskNonProse(text: string): string {
  if (!text.includes(".") && !text.includes("/") && !text.includes("@") && !text.includes("\\")) {
    return text;
  }
  return text.replace(NON_PROSE, (match) => (isSentenceJoin(match) ? match : MASK.repeat(match.length)));
}

// "extraction.Cache", "library.So": a capitalized word after the period starts a sentence;
// extensions and domains are written in lower case (or all capitals: .DOC).
const CAPITALIZED_AFTER_PERIOD = /^[^/@\\]*\.\p{Lu}\p{Ll}+$/u;

function isSentenceJoin(match: string): boolean {
  return CAPITALIZED_AFTER_PERIOD.test(match);
}
