// Turns one chapter of a DocBook-XSL HTML manual (Debian's debian-reference) into plain Markdown
// for the corpus, with the same blocks as the Sphinx converter. DocBook differs in its frame
// (navheader/navfooter), its table of contents, numbered headings, footnote marks, and
// admonitions (Tip, Note, ...) laid out as tables: their text is kept, data tables are dropped.
import { blocksToMarkdown } from "./sphinxHtmlToMarkdown.mjs";

const ADMONITION = /<table border="0" summary="(?:Tip|Note|Caution|Warning|Important)">([\s\S]*?)<\/table>/g;

export function docbookHtmlToMarkdown(html) {
  const start = html.search(/<div class="(?:chapter|preface|appendix)"/);
  if (start < 0) return "";
  let body = html.slice(start);
  const stop = body.search(/<div class="navfooter"/);
  if (stop > 0) body = body.slice(0, stop);
  body = body
    .replace(/<div class="toc">[\s\S]*?<\/dl>\s*<\/div>/g, "")
    // Footnote marks in the text ([1]) and before each footnote.
    .replace(/<a [^>]*class="(?:footnote|para)"[^>]*>[\s\S]*?<\/a>/g, "")
    // Captions of data tables and figures ("Table 1.16. List of …").
    .replace(/<p class="title">[\s\S]*?<\/p>/g, "")
    .replace(ADMONITION, (_, inner) => inner.replace(/<th[\s\S]*?<\/th>/g, "").replace(/<img[^>]*>/g, ""))
    .replace(/<table[\s\S]*?<\/table>/gi, "")
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    // Section numbers: "Chapter 3. ", "Appendix A. ", "1.2.8. ", "A.1. ".
    .replace(/(<h[1-6][^>]*>(?:\s*<a [^>]*\/>)*\s*)(?:(?:Chapter|Appendix)\s[\dA-Z]+\.\s|[\dA-Z]+(?:\.\d+)*\.\s)/g, "$1");
  return blocksToMarkdown(body);
}
