// Turns one chapter of a Sphinx-built HTML manual (Debian's developers-reference) into plain
// Markdown for the corpus: headings, one paragraph per line, list items, code as code spans and
// fenced blocks, link text without its URL; tables, navigation and permalinks are dropped.
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–", hellip: "…", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", copy: "©" };

function decode(text) {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e) =>
    e[0] === "#" ? String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m),
  );
}

const stripTags = (html) => html.replace(/<[^>]+>/g, "");

function inline(html) {
  const text = html
    // A link keeps its target: a linked word or a whole linked line reads as a name, not a sentence.
    .replace(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href, t) => {
      const label = t.replace(/\s+/g, " ").trim();
      return label ? `[${label}](${decode(href).replace(/[()\s]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"))})` : "";
    })
    .replace(/<code[^>]*>([\s\S]*?)<\/code>/gi, (_, c) => "`" + decode(stripTags(c)).replace(/\s+/g, " ").trim() + "`")
    .replace(/<(em|i)\b[^>]*>([\s\S]*?)<\/\1>/gi, "*$2*")
    .replace(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1>/gi, "**$2**");
  return decode(stripTags(text)).replace(/\s+/g, " ").trim();
}

export function sphinxHtmlToMarkdown(html) {
  const start = html.search(/<div class="body" role="main">/);
  if (start < 0) return "";
  let body = html.slice(start);
  const stop = body.search(/<div class="sphinxsidebar"|<div class="footer"|<footer/);
  if (stop > 0) body = body.slice(0, stop);
  body = body
    .replace(/<a class="headerlink"[^>]*>[\s\S]*?<\/a>/g, "")
    .replace(/<span class="section-number">[^<]*<\/span>/g, "")
    .replace(/<table[\s\S]*?<\/table>/gi, "")
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "");
  return blocksToMarkdown(body);
}

/** The headings, paragraphs, list items, definition terms and preformatted blocks of an HTML body, as Markdown. */
export function blocksToMarkdown(body) {
  const blocks = [];
  // Nested lists stay nested: items indented two spaces a level, and what else an item holds with them.
  let depth = 0;
  let last = 0;
  const push = (block, itemLevel) => {
    const pad = "  ".repeat(Math.max(0, itemLevel ? depth - 1 : depth));
    blocks.push(block.replace(/^(?=.)/gm, pad));
  };
  const re = /<pre[^>]*>([\s\S]*?)<\/pre>|<h([1-6])[^>]*>([\s\S]*?)<\/h\2>|<li[^>]*>\s*(?:<p>)?([\s\S]*?)(?:<\/p>)?\s*(?=<li|<\/ul>|<\/ol>|<ul|<ol|<pre|<div class="highlight)|<p[^>]*>([\s\S]*?)<\/p>|<dt[^>]*>([\s\S]*?)<\/dt>/gi;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const between = body.slice(last, m.index);
    depth = Math.max(0, depth + (between.match(/<(?:ul|ol)\b/gi) ?? []).length - (between.match(/<\/(?:ul|ol)>/gi) ?? []).length);
    last = re.lastIndex;
    if (m[1] !== undefined) push("```\n" + decode(stripTags(m[1])).replace(/\n+$/, "") + "\n```", false);
    else if (m[2] !== undefined) blocks.push(`${"#".repeat(Number(m[2]))} ${inline(m[3])}`);
    else if (m[4] !== undefined) {
      const item = inline(m[4].replace(/<\/?p>/g, " "));
      if (item) push(`- ${item}`, true);
    } else if (m[5] !== undefined) {
      const para = inline(m[5]);
      if (para) push(para, false);
    } else if (m[6] !== undefined) {
      const term = inline(m[6]);
      if (term) push(`**${term}**`, false);
    }
  }
  return blocks.join("\n\n") + "\n";
}
