// A quick word count for Markdown without a parser (the manifest's "words"):
// whitespace-separated tokens holding a letter or digit, outside front matter,
// fenced and indented code blocks and HTML comments. bench/accuracy.mjs counts
// exactly, from the prose layer; this is the estimate used before anything is built.
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

export function markdownWords(markdown) {
  const text = markdown
    .replace(/\r\n?/g, "\n")
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(\n {0,3}\2[^\n]*|$)/gm, "")
    .replace(/^(?: {4}|\t)[^\n]*$/gm, "");
  let words = 0;
  for (const token of text.split(/\s+/)) if (HAS_WORD_CHAR.test(token)) words++;
  return words;
}
