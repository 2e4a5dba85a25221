import TextLintTester from "textlint-tester";
import rule from "@copydesk/textlint-rule-punctuation-spacing";
import { missingSpaces, DEFAULT_OPTIONS } from "@copydesk/textlint-rule-punctuation-spacing";
import { describe, expect, it } from "vitest";
import { TextlintKernel } from "@textlint/kernel";
import markdown from "@textlint/textlint-plugin-markdown";

const tester = new TextLintTester();

/** An invalid case with one report covering `marked` (the mark and the next word) and its fix. */
function oneError(text: string, marked: string, output: string, ext = ".md") {
  const start = text.indexOf(marked);
  if (start < 0) throw new Error(`"${marked}" is not in "${text}"`);
  return { text, output, ext, errors: [{ range: [start, start + marked.length] as [number, number] }] };
}

tester.run("punctuation-spacing", rule, {
  valid: [
    // numbers, decimals, percentages and lists of numbers
    "This is $1,000,000.",
    "Pi is roughly 3.14.",
    "Shares fell 2.5% on Monday.",
    "The values were 1,2,3 and 1,000,000.",
    "This is 1,5 in Germany.",
    // versions, domains, host names and file names
    "Version 2.0.1 shipped with v1.2.3 fixes.",
    "Node.js and ASP.NET are supported.",
    "Visit example.com or read notes.txt first.",
    "I made the install.md file like you asked.",
    "Open README.md and Discuss.io together.",
    "Windows users can download an .exe file and run it.",
    "See the report at https://example.com/a,b,c?x=1.5 for details.",
    // abbreviations and initials
    "The U.S. economy grew 2.1% in the quarter.",
    "Use a short code, e.g. the ticker, in tables.",
    "That is, i.e. the rest of it.",
    "He has a Ph.D. in physics.",
    "The fund, managed by J.P. Morgan, rose.",
    "J.R.R. Tolkien wrote it.",
    "It shipped at 9 a.m. on Tuesday.",
    "U.S.A",
    // ellipses, times, ratios, Bible references, emoticons
    "Wait for it...Then it came.",
    "Trains leave at 10:30 and 11:45.",
    "Mix them 3:1 by weight.",
    "Read John 3:16 aloud.",
    "Nice work :) and :D too.",
    // key:value and identifiers that are not sentences
    "Pull node:latest before you start.",
    "The rule applies to System.Collections.Generic types.",
    // code
    "Call `foo,bar` and `a.The` here.",
    { text: "```\nsectors,offering\ncenters.The\n```", ext: ".md" },
    // link URLs
    "Read [the guide](https://example.com/x,y.Z) today.",
    // a space already there, or other whitespace
    "Hello, world. The end; fine: done? Yes! Good.",
    "Line one,\nline two.",
    // lowercase after a period is often a name or domain
    "It runs on vercel.app and fly.io.",
    // HTML entities in plain text, and short forms
    { text: "Use &amp;copy for the sign.", ext: ".txt" },
    "#### tl;dr",
    // identifiers with a capital inside the next word
    "##### fastify.RawServerBase",
    "Call Object.defineProperty on it.",
    // values in a table cell are data
    "| OS | managers |\n|---|---|\n| Linux | yarn,pnpm |",
    // a hard line break is a break, not a missing space
    "It ends here.  \nThe next line starts.",
    "It ends here.\\\nThe next line starts.",
    "It ends here.<br>The next line starts.",
    // a leading period that belongs to a name, and periods and commas with spaces on both sides
    "Build it on the .NET platform or .Net Core.",
    "Ignore the .gitignore file and the .Xresources one.",
    "Call the .Foo.Bar method.",
    "It trailed off ... .The rest is lost.",
    "Pick x ,y or z.",
    "Type <code>yarn,pnpm</code> or press <kbd>Ctrl,C</kbd> to stop.",
    // command-line options written without code markup
    "Run it under **perl -d:Trace** to follow each line.",
    "Pass --format:Json to get data.",
    "Lists use a comma , like this , in some styles.",
    // the locants of a chemical name
    "It was treated with N,O-bis(trimethylsilyl)trifluoroacetamide and N,N-dimethylformamide.",
    "- Add N,N-dimethylformamide.\n\n> Then N,O-bis(trimethylsilyl)acetamide.\n\n## Using N,N-diethyl groups\n",
  ],
  invalid: [
    oneError("The bank expanded into new sectors,offering loans.", ",offering", "The bank expanded into new sectors, offering loans."),
    oneError("Adding to the narrative,Chinese President Xi spoke.", ",Chinese", "Adding to the narrative, Chinese President Xi spoke."),
    oneError("Sales hit $1.2 billion,up from $1 billion.", ",up", "Sales hit $1.2 billion, up from $1 billion."),
    oneError("In 2020,We Were There", ",We", "In 2020, We Were There"),
    oneError("Ask N,Old-timers know it.", ",Old-timers", "Ask N, Old-timers know it."),
    oneError("> Treated with N,O-bis acetamide,then dried.", ",then", "> Treated with N,O-bis acetamide, then dried."),
    oneError("It opened two data centers.The announcement lifted shares.", ".The", "It opened two data centers. The announcement lifted shares."),
    oneError("Dr.Reed led the study.", ".Reed", "Dr. Reed led the study."),
    oneError("It rose 5%.Analysts expected more.", ".Analysts", "It rose 5%. Analysts expected more."),
    oneError("He said “yes.”Then he left.", ".”Then", "He said “yes.” Then he left."),
    oneError("He wanted to leave;however, he stayed.", ";however", "He wanted to leave; however, he stayed."),
    oneError("Note:The meeting moved.", ":The", "Note: The meeting moved."),
    oneError("Where are you?I looked around.", "?I", "Where are you? I looked around."),
    oneError("This is a text!And there is more.", "!And", "This is a text! And there is more."),
    // plain text
    oneError("Secondly,Alibaba aims high.", ",Alibaba", "Secondly, Alibaba aims high.", ".txt"),
    // Markdown: emphasis, links, headings, lists, block quotes
    oneError("It was **bold**,then quiet.", ",then", "It was **bold**, then quiet."),
    // inline HTML tags are markup; the report covers them, and the fix is left to the writer
    { text: "It was <b>bold,</b>then quiet.", output: "It was <b>bold,</b>then quiet.", errors: [{ range: [14, 23] }] },
    oneError("It was <b>bold</b>,then quiet.", ",then", "It was <b>bold</b>, then quiet."),
    oneError("Read [the guide](https://example.com),then act.", ",then", "Read [the guide](https://example.com), then act."),
    oneError("# Markets,Trade and Growth", ",Trade", "# Markets, Trade and Growth"),
    oneError("- first item,second part", ",second", "- first item, second part"),
    oneError("> quoted words.The end.", ".The", "> quoted words. The end."),
    // a capitalized word after the period starts a sentence, even when it looks like an extension
    oneError("It ran the extraction.Cache misses fell.", ".Cache", "It ran the extraction. Cache misses fell."),
    oneError("It loads the library.So it works.", ".So", "It loads the library. So it works."),
    // a table cell with a sentence in it is prose
    oneError("| a | b |\n|---|---|\n| regular expressions,which may take long | x |", ",which", "| a | b |\n|---|---|\n| regular expressions, which may take long | x |"),
    // a sentence in a table cell is still checked for periods
    oneError("| a | b |\n|---|---|\n| It rose.The end | x |", ".The", "| a | b |\n|---|---|\n| It rose. The end | x |"),
    {
      text: "One,two and three.Four more.",
      output: "One, two and three. Four more.",
      errors: [{ range: [3, 7] }, { range: [17, 22] }],
    },
    {
      text: "Emoji 😀 first,then more.",
      output: "Emoji 😀 first, then more.",
      errors: [{ range: [14, 19] }],
    },
    {
      text: "Windows line,one\r\nand two,three.",
      output: "Windows line, one\r\nand two, three.",
      ext: ".txt",
      errors: [{ range: [12, 16] }, { range: [25, 31] }],
    },
    // reported, but not fixed where a fix would change Markdown's reading of the text
    {
      text: "2020.The year ended.",
      output: "2020.The year ended.",
      errors: [{ range: [4, 8] }],
    },
    {
      text: "- 2020.The year ended.",
      output: "- 2020.The year ended.",
      errors: [{ range: [6, 10] }],
    },
    {
      text: "See [foo,Bar][] now.\n\n[foo,Bar]: https://example.com",
      output: "See [foo,Bar][] now.\n\n[foo,Bar]: https://example.com",
      errors: [{ range: [8, 12] }],
    },
    {
      text: "See [foo,Bar] now.\n\n[foo,Bar]: https://example.com",
      output: "See [foo,Bar] now.\n\n[foo,Bar]: https://example.com",
      errors: [{ range: [8, 12] }],
    },
    oneError("See [the,guide][ref] now.\n\n[ref]: https://example.com", ",guide", "See [the, guide][ref] now.\n\n[ref]: https://example.com"),
    // a word with an apostrophe is one word, whatever another rule's fix makes of it
    oneError("So it's,U.S. ones", ",U", "So it's, U.S. ones"),
    oneError("So its,U.S. ones", ",U", "So its, U.S. ones"),
    // a fix after one mark does not change the verdict on the next
    {
      text: "the.the,the.London left.",
      output: "the.the, the. London left.",
      errors: [{ range: [7, 11] }, { range: [11, 18] }],
    },
    // a space before the mark instead of after it
    oneError("The government .Once the policy changed, prices fell.", " .Once", "The government. Once the policy changed, prices fell."),
    oneError("It fell 5% .The rest held.", " .The", "It fell 5%. The rest held."),
    oneError("They cut the request ,reply and ack steps.", " ,reply", "They cut the request, reply and ack steps."),
    oneError("- Prices rose ,then fell.", " ,then", "- Prices rose, then fell."),
    oneError("> Prices rose ,then fell.", " ,then", "> Prices rose, then fell."),
    oneError("It was **bold** ,then quiet.", " ,then", "It was **bold**, then quiet."),
    oneError("Costs rose .Then they fell.", " .Then", "Costs rose. Then they fell.", ".txt"),
    {
      text: "He said “no” .Then he left.",
      output: "He said “no”. Then he left.",
      errors: [{ message: 'Space before the period instead of after it: write "“no”. Then".', range: [12, 18] }],
    },
    {
      text: "sectors,offering",
      output: "sectors, offering",
      errors: [{ message: 'Missing space after the comma: write "sectors, offering".', range: [7, 16] }],
    },
  ],
});

tester.run("punctuation-spacing with marks switched off", rule, {
  valid: [
    { text: "sectors,offering loans.", options: { comma: false } },
    { text: "data centers.The end.", options: { period: false } },
    { text: "leave;however he stayed.", options: { semicolon: false } },
    { text: "Note:The end.", options: { colon: false } },
    { text: "you?I looked.", options: { question: false } },
    { text: "text!And more.", options: { exclamation: false } },
  ],
  invalid: [
    {
      text: "sectors,offering loans. data centers.The end.",
      options: { period: false },
      output: "sectors, offering loans. data centers.The end.",
      errors: [{ range: [7, 16] }],
    },
  ],
});

describe("missingSpaces, the core", () => {
  it("finds the mark and the word after it as indices into the prose text", () => {
    expect(missingSpaces({ text: "a word,next one" }, DEFAULT_OPTIONS)).toEqual([
      { range: [6, 11], message: 'Missing space after the comma: write "word, next".', replacement: ", next" },
    ]);
  });

  it("finds nothing in clean text", () => {
    expect(missingSpaces({ text: "Clean copy, with spaces. Nothing more." }, DEFAULT_OPTIONS)).toEqual([]);
  });
});

describe("options", () => {
  it("reject a string where a boolean is expected, naming the rule and the option", async () => {
    const kernel = new TextlintKernel();
    await expect(
      kernel.lintText("a,b", {
        ext: ".md",
        plugins: [{ pluginId: "markdown", plugin: markdown }],
        rules: [{ ruleId: "punctuation-spacing", rule, options: { comma: "yes" } }],
      }),
    ).rejects.toThrow('@copydesk/punctuation-spacing: option "comma" must be true or false, got "yes".');
  });

  it("reject an unknown option and list the known ones", async () => {
    const kernel = new TextlintKernel();
    await expect(
      kernel.lintText("a,b", {
        ext: ".md",
        plugins: [{ pluginId: "markdown", plugin: markdown }],
        rules: [{ ruleId: "punctuation-spacing", rule, options: { commas: true } }],
      }),
    ).rejects.toThrow('@copydesk/punctuation-spacing: unknown option "commas".');
  });
});
