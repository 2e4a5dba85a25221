// Reuters wire stories (Reuters-21578, RCV1) as Markdown paragraphs of running prose, for the
// --wire corpus (bench/corpus.mjs). A story's body is wrapped at about 70 columns with each
// paragraph indented; tables of figures ("Shr 34 cts vs 1.19 dlrs", columns of numbers) are lines
// of their own. Only the paragraphs that read as sentences are kept, each joined onto one line,
// the story's dateline put back in front of its first paragraph; the words are left as the wire
// sent them.

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", mdash: "—", ndash: "–", hellip: "…" };

/** XML and HTML character references to the characters they stand for. */
export const decodeEntities = (text) =>
  text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e) => (e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e] ?? m));

// "Reuter" (or "REUTER") closes every Reuters-21578 story, with the control character ^C after it.
const TRAILER = /\s*\bREUTER\b\s*\u0003?\s*$/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
// A new paragraph, or a row of a table, starts on an indented line.
const PARAGRAPH_START = /\n(?=[ \t])/;
// Columns of a table: a run of spaces between two things on one line.
const COLUMNS = /\S {3,}\S/;
const SENTENCE_END = /[.?!]["'”’)]*$/;
const LOWERCASE_WORD = /^["'“‘(]?[a-z]{2,}[,.;:'"”’)]*$/;
// The wire's short forms of figures, which a table's rows are made of.
const FIGURE_WORDS = new Set(["vs", "cts", "dlrs", "dlr", "mln", "pct", "shr", "qtr", "revs", "avg", "prior", "record", "pay", "payable", "net", "loss", "profit", "and", "of", "the"]);
// Reuters marks a company's ticker or name in angle brackets: <CHEM>, <Gulfex Inc>.
const ANGLE_MARK = /<([^<>\n]{1,80})>/g;
// What Markdown would read as syntax rather than text.
const INLINE_SYNTAX = /[\\*_`[\]<]/g;
// What CommonMark reads at the start of a paragraph (after a blank line) as another block: an ATX
// heading, a block quotation, a bullet list item, a fence of tildes. A backslash before the mark
// keeps it text, since each of these is an escapable punctuation character. "*" is escaped already
// as inline syntax, and so is "`" of a fence. A line of "=" or "-" underlines a heading only below
// another line of the paragraph, and each of these paragraphs is one line after a blank one.
const BLOCK_MARK = /^(?:#{1,6}(?= |$)|>|[-+](?= |$)|~~~)/;
// An ordered list item ("1. ", "12) "): a backslash before a digit stays in the text as a
// backslash, since digits are not escapable; it goes before the "." or ")".
const ORDERED_ITEM = /^(\d{1,9})([.)])(?= |$)/;

/** Whether a paragraph is running prose: sentences, not a table row or a line of figures. */
export function isRunningProse(paragraph) {
  if (!SENTENCE_END.test(paragraph)) return false;
  const words = paragraph.split(" ");
  if (words.length < 6) return false;
  const prose = words.filter((w) => LOWERCASE_WORD.test(w) && !FIGURE_WORDS.has(w.replace(/[^a-z]/g, ""))).length;
  const figures = words.filter((w) => /\d/.test(w)).length;
  return prose >= 3 && figures <= words.length / 2;
}

/** A ticker in angle brackets becomes one in parentheses, a name loses its brackets. */
const unmark = (text) => text.replace(ANGLE_MARK, (m, inner) => (/^[A-Z0-9.&'-]+$/.test(inner) ? `(${inner})` : inner));

/** Characters Markdown would read as inline syntax (emphasis, code, links, HTML), escaped to stay text. */
export const escapeInlineMarkdown = (text) => text.replace(INLINE_SYNTAX, (c) => `\\${c}`);
/** A paragraph of text as Markdown that reads back as the same text: inline syntax and a block's opening mark escaped. */
export const escapeMarkdown = (paragraph) => escapeInlineMarkdown(paragraph).replace(BLOCK_MARK, "\\$&").replace(ORDERED_ITEM, "$1\\$2");

/**
 * One story as Markdown: its running-prose paragraphs, each on one line, with blank lines between,
 * the dateline ("COMMACK, N.Y., Feb 26 -") in front of the first when that one is kept; "" when
 * no paragraph is prose. `body` is the story's text with character references decoded.
 * `skipFirst` leaves out the first paragraph (its start is not known for certain).
 */
export function reutersStoryToMarkdown({ body, dateline = "", skipFirst = false }) {
  const raw = body.replace(CONTROL, "").replace(TRAILER, "");
  const paragraphs = [];
  for (const [i, block] of raw.split(PARAGRAPH_START).entries()) {
    if (i === 0 && skipFirst) continue;
    if (block.split("\n").some((line) => COLUMNS.test(line.trim()))) continue;
    const text = unmark(block.replace(/\s+/g, " ").trim());
    if (!isRunningProse(text)) continue;
    const lead = i === 0 && dateline.trim() !== "" ? `${dateline.replace(/\s+/g, " ").trim().replace(/\s*-$/, "")} - ` : "";
    paragraphs.push(escapeMarkdown(lead + text));
  }
  return paragraphs.length === 0 ? "" : `${paragraphs.join("\n\n")}\n`;
}

// A company's name goes on after an acronym that opens a story ("IBM Corp said"), so a title that
// ends in capitals before one of these words may have taken the body's first word.
const NAME_GOES_ON = new Set(["Corp", "Inc", "Co", "Cos", "Ltd", "Plc", "Group", "Industries", "International", "Holdings", "Financial", "Bancorp", "Systems", "Partners", "Trust", "Fund", "Bank", "Energy", "Technologies"]);

/**
 * A Weka ARFF row of Reuters-21578 holds the title and the body in one text, with no mark between:
 * the title is the words in capitals before the body's first word. Returns { body, skipFirst },
 * skipFirst when that first word cannot be told from the title (the body opens in capitals, "U.S.
 * wheat exports", or mid-sentence); null for a title with no body.
 */
export function splitWekaTitle(text) {
  const m = /\S*[a-z]/.exec(text); // the first word with a small letter
  if (m === null) return null;
  // "A" before a word with small letters opens the body ("... TRADE A Colombia government official").
  const start = /(?:^|\s)A\s+$/.test(text.slice(0, m.index)) ? text.lastIndexOf("A", m.index) : m.index;
  const body = text.slice(start);
  const first = /^\S+/.exec(body)?.[0] ?? "";
  const skipFirst = !/^["“(]?(?:[A-Z][a-z]|A\s)/.test(body) || NAME_GOES_ON.has(first.replace(/[^A-Za-z]/g, ""));
  return { body, skipFirst };
}
