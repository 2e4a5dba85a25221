/**
 * `textlint --fix` with the recommended preset, as a user runs it, on Markdown files with errors
 * in plain prose and right beside (and inside) the parts a fix must never touch.
 *
 * Adding a rule to the preset: add its cases to FIX_CASES (at least one beside each kind of
 * non-prose in NON_PROSE), and a case to SAME_SENTENCE where its fix and another rule's meet in
 * one sentence. The coverage tests below fail until then.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import preset from "@copydesk/textlint-rule-preset-recommended";

const root = resolve(__dirname, "..");
const textlint = join(root, "node_modules", ".bin", "textlint");

/** The kinds of non-prose a fix must leave byte for byte. */
const NON_PROSE = [
  "code span",
  "code block",
  "URL",
  "link target",
  "front matter",
  "HTML",
  "Markdown syntax",
] as const;
type NonProse = (typeof NON_PROSE)[number];

interface FixCase {
  /** The rule (short name, as in the preset) whose fix the case is about. */
  readonly rule: string;
  /** What the case shows, read as a sentence after "--fix ...". */
  readonly name: string;
  /** The non-prose the errors sit beside or inside. */
  readonly beside: readonly NonProse[];
  readonly input: string;
  readonly expected: string;
}

const FIX_CASES: readonly FixCase[] = [
  {
    rule: "punctuation-spacing",
    name: "inserts the missing space after a comma, a sentence period, a semicolon, a colon and a question mark",
    beside: [],
    input: "Shares rose,offering relief.The desk agreed;others did not.\nNote:Markets close early.\nWhy?Nobody said.\n",
    expected: "Shares rose, offering relief. The desk agreed; others did not.\nNote: Markets close early.\nWhy? Nobody said.\n",
  },
  {
    rule: "punctuation-spacing",
    name: "moves a space that stands before a comma or a sentence period to after it, beside a code span",
    beside: ["code span"],
    input: "Prices rose ,then fell .Traders used `a ,b .C` all day.\n",
    expected: "Prices rose, then fell. Traders used `a ,b .C` all day.\n",
  },
  {
    rule: "punctuation-spacing",
    name: "fixes prose around a code span and leaves the code span as it is",
    beside: ["code span"],
    input: "Call `parse(a,b).Then` first,then `x;y.Done` and stop.It returns `a,B`.\n",
    expected: "Call `parse(a,b).Then` first, then `x;y.Done` and stop. It returns `a,B`.\n",
  },
  {
    rule: "punctuation-spacing",
    name: "fixes the paragraphs around a fenced and an indented code block and leaves both blocks as they are",
    beside: ["code block"],
    input: [
      "Before the block,the text.",
      "",
      "```js",
      "const list = [a,b].map(x => x.Value);",
      "// done,Next.Step",
      "```",
      "",
      "Between the blocks,more text.",
      "",
      "    indented,Code.Here",
      "",
      "After the blocks,the end.",
      "",
    ].join("\n"),
    expected: [
      "Before the block, the text.",
      "",
      "```js",
      "const list = [a,b].map(x => x.Value);",
      "// done,Next.Step",
      "```",
      "",
      "Between the blocks, more text.",
      "",
      "    indented,Code.Here",
      "",
      "After the blocks, the end.",
      "",
    ].join("\n"),
  },
  {
    rule: "punctuation-spacing",
    name: "fixes prose right before and after URLs and leaves the URLs as they are",
    beside: ["URL"],
    input:
      "Read it,now: https://example.com/a,b.The?q=x,Y for details.Also <https://example.org/One,Two> and www.example.net/a,B.\n",
    expected:
      "Read it, now: https://example.com/a,b.The?q=x,Y for details. Also <https://example.org/One,Two> and www.example.net/a,B.\n",
  },
  {
    rule: "punctuation-spacing",
    name: "fixes link text and the prose after a link, and leaves link targets, titles, reference definitions and image text as they are",
    beside: ["link target", "Markdown syntax"],
    input: [
      'See [the report,Here](https://example.com/a,b.The "Title,Here.Now"),Then [notes](./docs/a,b.The.md) follow.',
      "Read [the desk notes,First][ref] and ![chart,One.Two](img/a,b.The.png) too.",
      "",
      '[ref]: https://example.com/ref,Then.Now "Ref,Title"',
      "",
    ].join("\n"),
    expected: [
      'See [the report, Here](https://example.com/a,b.The "Title,Here.Now"), Then [notes](./docs/a,b.The.md) follow.',
      "Read [the desk notes, First][ref] and ![chart,One.Two](img/a,b.The.png) too.",
      "",
      '[ref]: https://example.com/ref,Then.Now "Ref,Title"',
      "",
    ].join("\n"),
  },
  {
    rule: "punctuation-spacing",
    name: "fixes the body and leaves the front matter as it is",
    beside: ["front matter"],
    input: "---\ntitle: Prices rose,Then fell.The end\ntags: [a,b, c.D]\n---\n\nPrices rose,then fell.The end.\n",
    expected: "---\ntitle: Prices rose,Then fell.The end\ntags: [a,b, c.D]\n---\n\nPrices rose, then fell. The end.\n",
  },
  {
    rule: "punctuation-spacing",
    name: "fixes text between inline tags and leaves HTML blocks, tags, attributes and comments as they are",
    beside: ["HTML"],
    input: [
      '<div class="note,Here">',
      "Inside,the block.Stays.",
      "</div>",
      "",
      'Text <span title="a,Then.Now">in,Span</span> and <!-- x,Y.Z --> more,Here.',
      "",
    ].join("\n"),
    expected: [
      '<div class="note,Here">',
      "Inside,the block.Stays.",
      "</div>",
      "",
      'Text <span title="a,Then.Now">in, Span</span> and <!-- x,Y.Z --> more, Here.',
      "",
    ].join("\n"),
  },
  {
    rule: "punctuation-spacing",
    name: "fixes headings, list items, block quotes, emphasis and table cells and leaves their Markdown syntax as it is",
    beside: ["Markdown syntax"],
    input: [
      "## Prices rose,then fell",
      "",
      "- First item,then more.",
      "  - Nested item;however short.",
      "",
      "> Quoted line,with an error.",
      "",
      "Text with **bold**,Then *one,Two* and _three.Four_ here.",
      "",
      "| Prices fell.Then rose | Two |",
      "| --- | --- |",
      "| a cell;however wide | `a;B.C` |",
      "",
    ].join("\n"),
    expected: [
      "## Prices rose, then fell",
      "",
      "- First item, then more.",
      "  - Nested item; however short.",
      "",
      "> Quoted line, with an error.",
      "",
      "Text with **bold**, Then *one, Two* and _three. Four_ here.",
      "",
      "| Prices fell. Then rose | Two |",
      "| --- | --- |",
      "| a cell; however wide | `a;B.C` |",
      "",
    ].join("\n"),
  },
  {
    rule: "punctuation-spacing",
    name: "reports but does not fix an error whose range crosses Markdown syntax",
    beside: ["Markdown syntax", "HTML"],
    input: "It closed.**Then** it rose,<b>again</b> later.\n",
    expected: "It closed.**Then** it rose,<b>again</b> later.\n",
  },
  {
    rule: "indefinite-article",
    name: "puts the article that fits the sound of the next word",
    beside: [],
    input: "She waited a hour for an union leader and a honest answer.\n",
    expected: "She waited an hour for a union leader and an honest answer.\n",
  },
  {
    rule: "indefinite-article",
    name: "fixes articles around code spans and leaves the articles inside them as they are",
    beside: ["code span"],
    input: "Type `an union` or `a hour` here: a honest check of `a,b` takes a hour.\n",
    expected: "Type `an union` or `a hour` here: an honest check of `a,b` takes an hour.\n",
  },
  {
    rule: "indefinite-article",
    name: "fixes the paragraphs around a fenced and an indented code block and leaves both blocks as they are",
    beside: ["code block"],
    input: [
      "Before the block, a hour passed.",
      "",
      "```text",
      "a hour and an union",
      "```",
      "",
      "an union met after it.",
      "",
      "    a hour in code",
      "",
      "A honest end.",
      "",
    ].join("\n"),
    expected: [
      "Before the block, an hour passed.",
      "",
      "```text",
      "a hour and an union",
      "```",
      "",
      "A union met after it.",
      "",
      "    a hour in code",
      "",
      "An honest end.",
      "",
    ].join("\n"),
  },
  {
    rule: "indefinite-article",
    name: "fixes articles right before and after URLs and leaves the URLs as they are",
    beside: ["URL"],
    input: "Read a honest review at https://example.com/a-hour/an-union?q=a+hour and a hour later <https://example.org/an/union>.\n",
    expected: "Read an honest review at https://example.com/a-hour/an-union?q=a+hour and an hour later <https://example.org/an/union>.\n",
  },
  {
    rule: "indefinite-article",
    name: "fixes the article before link text and leaves link targets, titles, reference labels and image text as they are",
    beside: ["link target", "Markdown syntax"],
    input: [
      'It was an [unique](https://example.com/a-hour "a hour") case and a [honest](./an/union.md) one, a [hour][ref] and ![a hour](img/an-union.png).',
      "",
      '[ref]: https://example.com/an/union "a hour"',
      "",
    ].join("\n"),
    expected: [
      'It was a [unique](https://example.com/a-hour "a hour") case and an [honest](./an/union.md) one, an [hour][ref] and ![a hour](img/an-union.png).',
      "",
      '[ref]: https://example.com/an/union "a hour"',
      "",
    ].join("\n"),
  },
  {
    rule: "indefinite-article",
    name: "fixes the body and leaves the front matter as it is",
    beside: ["front matter"],
    input: "---\ntitle: a hour with an union\n---\n\nWe spent a hour with an union.\n",
    expected: "---\ntitle: a hour with an union\n---\n\nWe spent an hour with a union.\n",
  },
  {
    rule: "indefinite-article",
    name: "fixes text between inline tags and leaves HTML blocks, attributes and comments as they are",
    beside: ["HTML"],
    input: [
      '<div title="a hour">',
      "an union met for a hour.",
      "</div>",
      "",
      'Text <span title="an union">It took a hour</span> later, and <!-- a hour --> a honest end.',
      "",
    ].join("\n"),
    expected: [
      '<div title="a hour">',
      "an union met for a hour.",
      "</div>",
      "",
      'Text <span title="an union">It took an hour</span> later, and <!-- a hour --> an honest end.',
      "",
    ].join("\n"),
  },
  {
    rule: "indefinite-article",
    name: "fixes headings, list items, block quotes, emphasis and table cells and leaves their Markdown syntax as it is",
    beside: ["Markdown syntax"],
    input: [
      "## A hour with an union",
      "",
      "- a honest item",
      "  - an union nested",
      "",
      "> a hour quoted",
      "",
      "Text with a *honest* mistake and **an** union here.",
      "",
      "| a hour | b |",
      "| --- | --- |",
      "| an union | `a hour` |",
      "",
    ].join("\n"),
    expected: [
      "## An hour with a union",
      "",
      "- an honest item",
      "  - a union nested",
      "",
      "> an hour quoted",
      "",
      "Text with an *honest* mistake and **a** union here.",
      "",
      "| an hour | b |",
      "| --- | --- |",
      "| a union | `a hour` |",
      "",
    ].join("\n"),
  },
  {
    rule: "confused-words",
    name: "writes the word the context calls for, in the case of the word it replaces",
    beside: [],
    input: [
      "The council will decide weather or not to sell the depot. Its been a long wait.",
      "The bidders could of won more then 10 contracts, and nothing has moved since than.",
      "Your not alone in asking. The banner reads DECIDE WEATHER OR NOT.",
      "",
    ].join("\n"),
    expected: [
      "The council will decide whether or not to sell the depot. It's been a long wait.",
      "The bidders could have won more than 10 contracts, and nothing has moved since then.",
      "You're not alone in asking. The banner reads DECIDE WHETHER OR NOT.",
      "",
    ].join("\n"),
  },
  {
    rule: "confused-words",
    name: "writes the apostrophe the paragraph already uses",
    beside: [],
    input: "It’s late, and its been a long day at the desk. The city kept it’s own police.\n",
    expected: "It’s late, and it’s been a long day at the desk. The city kept its own police.\n",
  },
  {
    rule: "confused-words",
    name: "fixes words beside code spans and leaves the words inside them as they are",
    beside: ["code span"],
    input: "The linter still finds `its been` and `could of` in the log, so its been worth checking weather `strict` is on; it runs faster then the `loose` mode.\n",
    expected: "The linter still finds `its been` and `could of` in the log, so it's been worth checking whether `strict` is on; it runs faster than the `loose` mode.\n",
  },
  {
    rule: "confused-words",
    name: "fixes the paragraphs around a fenced and an indented code block and leaves both blocks as they are",
    beside: ["code block"],
    input: [
      "Before the block, its been quiet.",
      "",
      "```text",
      "its been weather or not",
      "they could of won more then 10",
      "```",
      "",
      "Between the blocks, your not done yet.",
      "",
      "    rather then this",
      "",
      "After the blocks, nobody other then the editor signs off.",
      "",
    ].join("\n"),
    expected: [
      "Before the block, it's been quiet.",
      "",
      "```text",
      "its been weather or not",
      "they could of won more then 10",
      "```",
      "",
      "Between the blocks, you're not done yet.",
      "",
      "    rather then this",
      "",
      "After the blocks, nobody other than the editor signs off.",
      "",
    ].join("\n"),
  },
  {
    rule: "confused-words",
    name: "fixes words right before and after URLs and leaves the URLs as they are",
    beside: ["URL"],
    input: [
      "Read https://example.com/its-been/weather?q=could+of first, then decide weather or not to reply.",
      "The mirror has been slower then the one at www.example.net/then/than all week.",
      "Since <https://example.org/could-of> went down, its been quiet.",
      "",
    ].join("\n"),
    expected: [
      "Read https://example.com/its-been/weather?q=could+of first, then decide whether or not to reply.",
      "The mirror has been slower than the one at www.example.net/then/than all week.",
      "Since <https://example.org/could-of> went down, it's been quiet.",
      "",
    ].join("\n"),
  },
  {
    rule: "confused-words",
    name: "fixes link text and the prose around links, and leaves link targets, titles, reference labels and image text as they are",
    beside: ["link target", "Markdown syntax"],
    input: [
      'The panel asked weather [its been](https://example.com/its-been "could of won") a fair fight; the [report](./could-of/then-than.md "weather or not") says they could of [won][ref].',
      "Read [your not alone][ref] first, then [its been][] for the timeline. The chart ![its been a year](img/weather-or-not.png) shows why.",
      "",
      '[ref]: https://example.com/could-of "its been"',
      "[its been]: https://example.com/timeline",
      "",
    ].join("\n"),
    // "[its been][]" is reported but not fixed: its text is also its reference label.
    expected: [
      'The panel asked whether [it\'s been](https://example.com/its-been "could of won") a fair fight; the [report](./could-of/then-than.md "weather or not") says they could have [won][ref].',
      "Read [you're not alone][ref] first, then [its been][] for the timeline. The chart ![its been a year](img/weather-or-not.png) shows why.",
      "",
      '[ref]: https://example.com/could-of "its been"',
      "[its been]: https://example.com/timeline",
      "",
    ].join("\n"),
  },
  {
    rule: "confused-words",
    name: "fixes the body and leaves the front matter as it is",
    beside: ["front matter"],
    input: "---\ntitle: Its been a year\nsummary: They could of won more then 10 seats\n---\n\nIts been a year, and they could of won more then 10 seats.\n",
    expected: "---\ntitle: Its been a year\nsummary: They could of won more then 10 seats\n---\n\nIt's been a year, and they could have won more than 10 seats.\n",
  },
  {
    rule: "confused-words",
    name: "fixes text between inline tags and leaves HTML blocks, attributes and comments as they are",
    beside: ["HTML"],
    input: [
      '<div title="its been">',
      "Its been a year; ask weather or not.",
      "</div>",
      "",
      'Polls say <span title="could of won">they could of won</span> the seat, and <!-- its been --> its been close <b>more then 10</b> times.',
      "",
    ].join("\n"),
    expected: [
      '<div title="its been">',
      "Its been a year; ask weather or not.",
      "</div>",
      "",
      'Polls say <span title="could of won">they could have won</span> the seat, and <!-- its been --> it\'s been close <b>more than 10</b> times.',
      "",
    ].join("\n"),
  },
  {
    rule: "confused-words",
    name: "fixes headings, list items, block quotes, emphasis and table cells and leaves their Markdown syntax as it is",
    beside: ["Markdown syntax"],
    input: [
      "## Its been a long year",
      "",
      "- Your not alone in this.",
      "  - They could of won.",
      "",
      "> Nobody other then the editor signs off.",
      "",
      "The board will decide *weather* or not to sell; **its** been a year, and _your_ not done yet.",
      "",
      "| Its been a year | Then |",
      "| --- | --- |",
      "| your not done | `its been` |",
      "",
    ].join("\n"),
    expected: [
      "## It's been a long year",
      "",
      "- You're not alone in this.",
      "  - They could have won.",
      "",
      "> Nobody other than the editor signs off.",
      "",
      "The board will decide *whether* or not to sell; **it's** been a year, and _you're_ not done yet.",
      "",
      "| It's been a year | Then |",
      "| --- | --- |",
      "| you're not done | `its been` |",
      "",
    ].join("\n"),
  },
  {
    rule: "sentence-case",
    name: "capitalizes the first word of a paragraph, of a sentence, of an opening quotation and after a speaker label, and leaves abbreviations alone",
    beside: [],
    input: [
      "the board met at 9 a.m. and approved the budget. it passed easily. Did anyone object? two members did, e.g. the treasurer. there’s a second vote in May.",
      "",
      "“we will try again,” one member said.",
      "",
      "Q: will the vote be repeated?",
      "",
    ].join("\n"),
    expected: [
      "The board met at 9 a.m. and approved the budget. It passed easily. Did anyone object? Two members did, e.g. the treasurer. There’s a second vote in May.",
      "",
      "“We will try again,” one member said.",
      "",
      "Q: Will the vote be repeated?",
      "",
    ].join("\n"),
  },
  {
    rule: "sentence-case",
    name: "capitalizes sentences around code spans and leaves the words inside them as they are",
    beside: ["code span"],
    input: "Run `make. then` first. then check the log.\n\n`git push` sends commits. the remote stores them. Call `init()`. it returns a handle.\n",
    expected: "Run `make. then` first. Then check the log.\n\n`git push` sends commits. The remote stores them. Call `init()`. It returns a handle.\n",
  },
  {
    rule: "sentence-case",
    name: "capitalizes the paragraphs around a fenced and an indented code block, leaves both blocks as they are, and leaves a sentence that goes on after a block",
    beside: ["code block"],
    input: [
      "the desk opened early.",
      "",
      "```sh",
      "echo done. then exit",
      "```",
      "",
      "the reporters filed by noon.",
      "",
      "    # the code. it stays",
      "",
      "the editor signed off at six. If the feed stalls like this:",
      "",
      "```text",
      "waiting. the queue is full",
      "```",
      "",
      "the desk restarts it by hand.",
      "",
    ].join("\n"),
    expected: [
      "The desk opened early.",
      "",
      "```sh",
      "echo done. then exit",
      "```",
      "",
      "The reporters filed by noon.",
      "",
      "    # the code. it stays",
      "",
      "The editor signed off at six. If the feed stalls like this:",
      "",
      "```text",
      "waiting. the queue is full",
      "```",
      "",
      "the desk restarts it by hand.",
      "",
    ].join("\n"),
  },
  {
    rule: "sentence-case",
    name: "capitalizes sentences right before and after URLs and leaves the URLs as they are",
    beside: ["URL"],
    input: [
      "the full count is at https://example.com/count.the-end. it lists every ward. see <https://example.org/votes.the> and www.example.net/a.the for more.",
      "",
      "https://example.com/live is updated hourly. the desk checks it.",
      "",
    ].join("\n"),
    expected: [
      "The full count is at https://example.com/count.the-end. It lists every ward. See <https://example.org/votes.the> and www.example.net/a.the for more.",
      "",
      "https://example.com/live is updated hourly. The desk checks it.",
      "",
    ].join("\n"),
  },
  {
    rule: "sentence-case",
    name: "capitalizes link text and the prose after a link, and leaves link targets, titles, reference definitions and image text as they are",
    beside: ["link target", "Markdown syntax"],
    input: [
      'The vote passed. [the full count](https://example.com/count.the-end "the count. it") followed. see [the notes][ref] and ![the chart. it](img/the.png) too.',
      "",
      '[ref]: https://example.com/ref.the "the title. it"',
      "",
    ].join("\n"),
    expected: [
      'The vote passed. [The full count](https://example.com/count.the-end "the count. it") followed. See [the notes][ref] and ![the chart. it](img/the.png) too.',
      "",
      '[ref]: https://example.com/ref.the "the title. it"',
      "",
    ].join("\n"),
  },
  {
    rule: "sentence-case",
    name: "capitalizes the body and leaves the front matter as it is",
    beside: ["front matter"],
    input: "---\ntitle: the vote. it passed\nsummary: the desk\n---\n\nThe vote passed at noon. it was close.\n\n## Results\n\nthe recount starts at nine.\n",
    expected: "---\ntitle: the vote. it passed\nsummary: the desk\n---\n\nThe vote passed at noon. It was close.\n\n## Results\n\nThe recount starts at nine.\n",
  },
  {
    rule: "sentence-case",
    name: "capitalizes text between inline tags and leaves HTML blocks, attributes and comments as they are",
    beside: ["HTML"],
    input: [
      '<div class="note. the">',
      "the desk closed. it reopened.",
      "</div>",
      "",
      'The desk closed at six. it reopened at <b>nine</b>, and <!-- note. the end --> the crowd came back. <span title="late. the">Most stayed. few left early.</span>',
      "",
    ].join("\n"),
    expected: [
      '<div class="note. the">',
      "the desk closed. it reopened.",
      "</div>",
      "",
      'The desk closed at six. It reopened at <b>nine</b>, and <!-- note. the end --> the crowd came back. <span title="late. the">Most stayed. Few left early.</span>',
      "",
    ].join("\n"),
  },
  {
    rule: "sentence-case",
    name: "capitalizes headings, list items, block quotes, emphasis and table cells as their siblings do and leaves their Markdown syntax as it is",
    beside: ["Markdown syntax"],
    input: [
      "## The road ahead",
      "",
      "## the vote count",
      "",
      "## Who won the ward",
      "",
      "- Rents climbed again.",
      "- wages stalled.",
      "- Prices held.",
      "",
      "> the mayor spoke first. she left early.",
      "",
      "It rained. the *count* took hours. *It stopped. the crowd* went home. __the end__ came late.",
      "",
      "| Ward | Note |",
      "| --- | --- |",
      "| 12 | Counted late. the rest came at dawn. |",
      "",
    ].join("\n"),
    expected: [
      "## The road ahead",
      "",
      "## The vote count",
      "",
      "## Who won the ward",
      "",
      "- Rents climbed again.",
      "- Wages stalled.",
      "- Prices held.",
      "",
      "> The mayor spoke first. She left early.",
      "",
      "It rained. The *count* took hours. *It stopped. The crowd* went home. __The end__ came late.",
      "",
      "| Ward | Note |",
      "| --- | --- |",
      "| 12 | Counted late. The rest came at dawn. |",
      "",
    ].join("\n"),
  },
  {
    rule: "consistency",
    name: "writes the document's majority form and capitals beside code spans, code blocks, URLs and link targets, and leaves them as they are",
    beside: ["code span", "code block", "URL", "link target"],
    input: [
      "Send an email today. Reply by email to [the desk](https://example.com/e-mail/february) or see https://example.com/e-mail.",
      "Write `e-mail` in the form. Or e-mail us on february 24.",
      "",
      "```",
      "Or e-mail us today.",
      "```",
      "",
    ].join("\n"),
    expected: [
      "Send an email today. Reply by email to [the desk](https://example.com/e-mail/february) or see https://example.com/e-mail.",
      "Write `e-mail` in the form. Or email us on February 24.",
      "",
      "```",
      "Or e-mail us today.",
      "```",
      "",
    ].join("\n"),
  },
  {
    rule: "consistency",
    name: "capitalizes a name and a month beside front matter and HTML, and leaves them as they are",
    beside: ["front matter", "HTML"],
    input: [
      "---",
      "title: alibaba on february 24",
      "---",
      "",
      'Shares of Alibaba rose and Alibaba gained <span title="alibaba">while alibaba’s plan held</span> on february 24. <!-- alibaba february 24 -->',
      "",
    ].join("\n"),
    expected: [
      "---",
      "title: alibaba on february 24",
      "---",
      "",
      'Shares of Alibaba rose and Alibaba gained <span title="alibaba">while Alibaba’s plan held</span> on February 24. <!-- alibaba february 24 -->',
      "",
    ].join("\n"),
  },
  {
    rule: "consistency",
    name: "fixes headings, list items, emphasis, block quotes and table cells and leaves their Markdown syntax as it is",
    beside: ["Markdown syntax"],
    input: [
      "# Market Reaction and Outlook",
      "",
      "## Strategic Shift Towards AI",
      "",
      "## Industry-Wide Investment in AI infrastructure",
      "",
      "- Shares of Alibaba and Alibaba’s unit rose on *february 24*.",
      "- The plan of **alibaba** held.",
      "",
      "> He called it “a disaster“ on air.",
      "",
      "| Sales on february 24 | rose |",
      "| --- | --- |",
      "",
    ].join("\n"),
    expected: [
      "# Market Reaction and Outlook",
      "",
      "## Strategic Shift Towards AI",
      "",
      "## Industry-Wide Investment in AI Infrastructure",
      "",
      "- Shares of Alibaba and Alibaba’s unit rose on *February 24*.",
      "- The plan of **Alibaba** held.",
      "",
      "> He called it “a disaster” on air.",
      "",
      "| Sales on February 24 | rose |",
      "| --- | --- |",
      "",
    ].join("\n"),
  },
];

interface SentenceCase {
  readonly name: string;
  /** The rules whose fixes meet in the sentence, one entry per fix. */
  readonly rules: readonly string[];
  readonly input: string;
  readonly expected: string;
}

/** Several fixes in one sentence: every one of them applies. */
const SAME_SENTENCE: readonly SentenceCase[] = [
  {
    name: "sentence starts and a name written lowercase mid-sentence",
    rules: ["sentence-case", "sentence-case", "consistency"],
    input: "shares of Alibaba and Alibaba’s unit rose. the plan of alibaba held.\n",
    expected: "Shares of Alibaba and Alibaba’s unit rose. The plan of Alibaba held.\n",
  },
  {
    name: "missing spaces after commas around a name written lowercase",
    rules: ["punctuation-spacing", "punctuation-spacing", "consistency"],
    input: "Shares of Alibaba rose,and Alibaba gained,while alibaba’s plan held.\n",
    expected: "Shares of Alibaba rose, and Alibaba gained, while Alibaba’s plan held.\n",
  },
  {
    name: "a straight quotation mark in curly copy, whose sentence then starts in lowercase",
    rules: ["consistency", "sentence-case"],
    input: "“Yes,” she said. “No,” he said. \"we wait.” Then they left.\n",
    expected: "“Yes,” she said. “No,” he said. “We wait.” Then they left.\n",
  },
  {
    name: "a label's first word and the sentence after it, though the capital changes where the splitter ends the label's sentence",
    rules: ["sentence-case", "sentence-case"],
    // found by the generated-document suite: "the U.S. Monday" splits after "U.S.", "The U.S. Monday" does not
    input: "the U.S. Monday: the the the.\n",
    expected: "The U.S. Monday: The the the.\n",
  },
  {
    name: "a sentence start whose capital makes the block read as a title, and the capital An after it",
    rules: ["sentence-case", "indefinite-article"],
    // found by the generated-document suite: both fixes come in the first pass, not one in each
    input: "the An the.\n",
    expected: "The A the.\n",
  },
  {
    name: "a comma and a semicolon in one sentence",
    rules: ["punctuation-spacing", "punctuation-spacing"],
    input: "Prices rose,fell;then recovered by noon.\n",
    expected: "Prices rose, fell; then recovered by noon.\n",
  },
  {
    name: "an article and a missing space after a comma",
    rules: ["indefinite-article", "punctuation-spacing"],
    input: "It was a honest answer,and it stood.\n",
    expected: "It was an honest answer, and it stood.\n",
  },
  {
    name: "a space before a comma instead of after it, then an article",
    rules: ["punctuation-spacing", "indefinite-article"],
    input: "Prices fell ,and a hour later they rose.\n",
    expected: "Prices fell, and an hour later they rose.\n",
  },
  {
    name: "a missing space after a comma, then an article",
    rules: ["punctuation-spacing", "indefinite-article"],
    input: "Prices fell,and a hour later they rose.\n",
    expected: "Prices fell, and an hour later they rose.\n",
  },
  {
    name: "a confused word whose context is the article that is fixed after it",
    rules: ["confused-words", "indefinite-article"],
    input: "Its a hour-long wait for the count.\n",
    expected: "It's an hour-long wait for the count.\n",
  },
  {
    name: "a confused word, then a missing space after a comma",
    rules: ["confused-words", "punctuation-spacing"],
    input: "Turnout was higher then expected,and the count ran late.\n",
    expected: "Turnout was higher than expected, and the count ran late.\n",
  },
  {
    name: "a missing space after a semicolon right before a confused word",
    rules: ["punctuation-spacing", "confused-words"],
    input: "The polls closed;its been a long night.\n",
    expected: "The polls closed; it's been a long night.\n",
  },
  {
    name: "confused words on both sides of a missing space after a period, and an article",
    rules: ["confused-words", "punctuation-spacing", "confused-words", "indefinite-article"],
    input: "They could of won.Its been a hour since the count.\n",
    expected: "They could have won. It's been an hour since the count.\n",
  },
  {
    name: "an article that is also the first word of a paragraph",
    rules: ["indefinite-article", "sentence-case"],
    input: "a hour later, the count resumed.\n",
    expected: "An hour later, the count resumed.\n",
  },
  {
    name: "a confused word that is also the first word of a sentence",
    rules: ["confused-words", "sentence-case"],
    input: "The polls closed. its been a long night.\n",
    expected: "The polls closed. It's been a long night.\n",
  },
  {
    name: "a lowercase paragraph start and a missing space after a comma",
    rules: ["sentence-case", "punctuation-spacing"],
    input: "prices rose,offering relief to the desk.\n",
    expected: "Prices rose, offering relief to the desk.\n",
  },
];

const ALL_CASES = [
  ...FIX_CASES.map((c) => ({ name: `${c.rule}: ${c.name}`, input: c.input, expected: c.expected })),
  ...SAME_SENTENCE.map((c) => ({ name: `in one sentence: ${c.name}`, input: c.input, expected: c.expected })),
];

/** The preset's rules that fix, by their short names. */
const fixableRules = Object.entries(preset.rules)
  .filter(([, rule]) => typeof (rule as { fixer?: unknown }).fixer === "function")
  .map(([name]) => name)
  .sort();

function fileName(index: number): string {
  return `case-${String(index).padStart(2, "0")}.md`;
}

/** A temporary project with the preset configured and one Markdown file per case. */
function projectWithCases(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "@copydesk/preset-recommended": true } }));
  ALL_CASES.forEach((c, i) => writeFileSync(join(dir, fileName(i)), c.input));
  return dir;
}

function run(cwd: string, args: string[]) {
  const result = spawnSync(textlint, args, { cwd, encoding: "utf8" });
  if (result.error) throw result.error;
  return result;
}

const files = ALL_CASES.map((_, i) => fileName(i));

describe("the cases", () => {
  it("cover every fixable rule in the preset", () => {
    expect(fixableRules.length).toBeGreaterThan(0);
    expect(fixableRules.filter((rule) => !FIX_CASES.some((c) => c.rule === rule))).toEqual([]);
  });

  it("put every fixable rule's errors beside each kind of non-prose", () => {
    const missing = fixableRules.flatMap((rule) =>
      NON_PROSE.filter((kind) => !FIX_CASES.some((c) => c.rule === rule && c.beside.includes(kind))).map((kind) => `${rule}: ${kind}`),
    );
    expect(missing).toEqual([]);
  });

  it("name only rules the preset holds", () => {
    const named = [...FIX_CASES.map((c) => c.rule), ...SAME_SENTENCE.flatMap((c) => c.rules)];
    expect(named.filter((rule) => !(rule in preset.rules))).toEqual([]);
  });

  it("meet two different rules' fixes in one sentence once the preset has two fixable rules", () => {
    const crossRule = SAME_SENTENCE.some((c) => new Set(c.rules).size >= 2);
    expect(crossRule || fixableRules.length < 2).toBe(true);
  });
});

describe("textlint --fix with the recommended preset", () => {
  let dir: string;
  let firstFix: ReturnType<typeof run>;
  let fixed: string[];
  let secondFix: ReturnType<typeof run>;
  let fixedTwice: string[];
  let linted: Array<{ filePath: string; messages: Array<{ ruleId: string; fix?: unknown }> }>;

  beforeAll(() => {
    dir = projectWithCases("copydesk-autofix-");
    // What each file reports before the fix, to tie every expected change to a reported error.
    linted = JSON.parse(run(dir, ["--format", "json", ...files]).stdout);
    firstFix = run(dir, ["--fix", ...files]);
    fixed = files.map((f) => readFileSync(join(dir, f), "utf8"));
    secondFix = run(dir, ["--fix", ...files]);
    fixedTwice = files.map((f) => readFileSync(join(dir, f), "utf8"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits with status 1 exactly when an error without an automatic fix remains", () => {
    expect(firstFix.stderr).toBe("");
    const unfixable = linted.some((r) => r.messages.some((m) => m.fix === undefined));
    expect(firstFix.status).toBe(unfixable ? 1 : 0);
  });

  it.each(ALL_CASES.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
    expect(fixed[i]).toBe(ALL_CASES[i]!.expected);
  });

  it("fixes only where the lint reported a fixable error", () => {
    ALL_CASES.forEach((c, i) => {
      const result = linted.find((r) => r.filePath.endsWith(fileName(i)))!;
      const fixable = result.messages.filter((m) => m.fix !== undefined).length;
      expect(fixable > 0, c.name).toBe(c.expected !== c.input);
    });
  });

  it("reports every fix of a sentence with several, each by its rule", () => {
    SAME_SENTENCE.forEach((c, j) => {
      const i = FIX_CASES.length + j;
      const result = linted.find((r) => r.filePath.endsWith(fileName(i)))!;
      const fixedBy = result.messages.filter((m) => m.fix !== undefined).map((m) => m.ruleId).sort();
      expect(fixedBy, c.name).toEqual(c.rules.map((rule) => `@copydesk/recommended/${rule}`).sort());
    });
  });

  it("changes nothing when run a second time", () => {
    expect(fixedTwice).toEqual(fixed);
    expect(secondFix.status).toBe(firstFix.status);
  });
});

describe("textlint --fix --dry-run --format diff with the recommended preset", () => {
  let dir: string;
  let dryRun: ReturnType<typeof run>;

  beforeAll(() => {
    dir = projectWithCases("copydesk-dry-run-");
    dryRun = run(dir, ["--fix", "--dry-run", "--format", "diff", ...files]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("leaves every file as it was", () => {
    files.forEach((f, i) => expect(readFileSync(join(dir, f), "utf8")).toBe(ALL_CASES[i]!.input));
  });

  it("prints the fixes as a diff and exits with status 0", () => {
    expect(dryRun.status).toBe(0);
    const first = FIX_CASES[0]!;
    const changedLine = first.expected.split("\n")[0]!;
    expect(dryRun.stdout).toContain(`- ${first.input.split("\n")[0]}`);
    expect(dryRun.stdout).toContain(`+ ${changedLine}`);
  });
});
