import { describe, expect, it } from "vitest";
import { parse as parseMarkdown } from "@textlint/markdown-to-ast";
import { parse as parseText } from "@textlint/text-to-ast";
import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";
import { documentWordsFor, documentWordsOf, standsMidSentence, isAbbreviation, isTitle, MASK, maskNonProse, proseOf, readsAsTitle, tokenize } from "@copydesk/prose";

function blocks(root: TxtNode, types = ["Paragraph", "Header", "TableCell"]): TxtNode[] {
  const found: TxtNode[] = [];
  const walk = (node: TxtNode): void => {
    if (types.includes(node.type)) found.push(node);
    for (const child of (node as TxtParentNode).children ?? []) walk(child as TxtNode);
  };
  walk(root);
  return found;
}

/** The file text under the file range of the first occurrence of `needle` in the prose of `node`. */
function fileTextOf(source: string, node: TxtNode, needle: string): string {
  const prose = proseOf(node);
  const at = prose.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const [a, b] = prose.fileRange(at, at + needle.length);
  return source.slice(a, b);
}

describe("proseOf on Markdown", () => {
  it("keeps link text as prose and leaves out the URL", () => {
    const source = "Read [the guide](https://example.com/a.b) now.";
    const [p] = blocks(parseMarkdown(source));
    const prose = proseOf(p!);
    expect(prose.text).toBe("Read the guide now.");
    expect(fileTextOf(source, p!, "guide")).toBe("guide");
  });

  it("masks inline code with the same number of characters as its value", () => {
    const source = "Run `npm.install` then stop.";
    const [p] = blocks(parseMarkdown(source));
    const prose = proseOf(p!);
    expect(prose.text).toBe(`Run ${MASK.repeat("npm.install".length)} then stop.`);
    expect(prose.tokens.map((t) => t.kind)).toEqual(["word", "masked", "word", "word", "punct"]);
    expect(fileTextOf(source, p!, "then")).toBe("then");
  });

  it("masks images, alt text included", () => {
    const source = "A bold move ![a chart](chart.png) here.";
    const [p] = blocks(parseMarkdown(source));
    const prose = proseOf(p!);
    expect(prose.text).toBe(`A bold move ${MASK.repeat("a chart".length)} here.`);
    expect(fileTextOf(source, p!, "here")).toBe("here");
  });

  it("leaves out the tags of inline HTML around prose, and reads <br> as a line break", () => {
    const source = "A <b>bold</b> move,<br>here. wea<em>ther</em> or not";
    const [p] = blocks(parseMarkdown(source));
    const prose = proseOf(p!);
    expect(prose.text).toBe("A bold move,\nhere. weather or not");
    expect(fileTextOf(source, p!, "bold")).toBe("bold");
    expect(fileTextOf(source, p!, "move")).toBe("move");
    expect(fileTextOf(source, p!, "here")).toBe("here");
    // a word with a tag inside maps onto the whole of it in the file
    expect(fileTextOf(source, p!, "weather")).toBe("wea<em>ther");
  });

  it("masks inline HTML whose content is code or not text, and everything inside <code> and <kbd>", () => {
    const source = "Run <code>npm,install</code> or <kbd>Ctrl</kbd> <img src=\"a.png\"> <!-- note --> now.";
    const [p] = blocks(parseMarkdown(source));
    const prose = proseOf(p!);
    const masked = (text: string) => MASK.repeat(text.length);
    expect(prose.text).toBe(
      `Run ${masked("<code>npm,install</code>")} or ${masked("<kbd>Ctrl</kbd>")} ${masked('<img src="a.png">')} ${masked("<!-- note -->")} now.`,
    );
    expect(fileTextOf(source, p!, "now")).toBe("now");
  });

  it("reads a hard line break as a line break", () => {
    const source = "It ends.  \nNext one.\\\nLast one.";
    const [p] = blocks(parseMarkdown(source));
    const prose = proseOf(p!);
    expect(prose.text).toBe("It ends.\nNext one.\nLast one.");
    expect(fileTextOf(source, p!, "Last")).toBe("Last");
    expect(prose.sentences).toHaveLength(3);
  });

  it("drops emphasis markers and maps words inside and after them back to the file", () => {
    const source = "This is **very** good. And _this_ too.";
    const [p] = blocks(parseMarkdown(source));
    const prose = proseOf(p!);
    expect(prose.text).toBe("This is very good. And this too.");
    expect(fileTextOf(source, p!, "very")).toBe("very");
    expect(fileTextOf(source, p!, "And")).toBe("And");
    expect(fileTextOf(source, p!, "too")).toBe("too");
  });

  it("places the text of a heading or table cell on its own characters where the same text came earlier", () => {
    const source = "# the. [the](https://example.com/x)the.\n\n| a `b` a |\n|---|\n";
    const [heading, cell] = blocks(parseMarkdown(source));
    const headingProse = proseOf(heading!);
    const last = headingProse.text.lastIndexOf("the.");
    expect(headingProse.fileRange(last, last + 4)).toEqual([source.lastIndexOf("the."), source.lastIndexOf("the.") + 4]);
    const cellProse = proseOf(cell!);
    expect(cellProse.text).toBe(`a ${MASK} a`);
    const after = source.indexOf("` a |") + 2;
    expect(cellProse.fileRange(4, 5)).toEqual([after, after + 1]);
  });

  it("reads headings, list items, block quotes and table cells", () => {
    const source = "# A heading here\n\n- first item\n- second item\n\n> quoted words\n\n| a | b |\n|---|---|\n| cell one | two |\n";
    const texts = blocks(parseMarkdown(source)).map((n) => proseOf(n).text);
    expect(texts).toEqual(["A heading here", "first item", "second item", "quoted words", "a", "b", "cell one", "two"]);
  });

  it("maps words on continuation lines of list items and block quotes to the file", () => {
    const source = "- Run this\n   be executed, please open a issue\n\n> quoted line one\n> and a line two\n";
    const [item, quote] = blocks(parseMarkdown(source));
    expect(fileTextOf(source, item!, "issue")).toBe("issue");
    expect(fileTextOf(source, quote!, "two")).toBe("two");
  });

  it("maps words after backslash escapes and character references to the file", () => {
    const source = "Esc \\*star\\* and &amp; here &copy; now &#8212; end";
    const [p] = blocks(parseMarkdown(source));
    expect(proseOf(p!).text).toContain("*star");
    expect(proseOf(p!).text).toContain("©");
    for (const word of ["here", "now", "end"]) expect(fileTextOf(source, p!, word)).toBe(word);
  });

  it("ends a sentence at an abbreviation only before a capitalized word, and never after a title", () => {
    const [p] = blocks(parseText("Prices rose approx. three times in the U.S. The firm hired Dr. Reed and dr. Sharma."));
    expect(proseOf(p!).sentences.map((s) => s.text)).toEqual([
      "Prices rose approx. three times in the U.S.",
      "The firm hired Dr. Reed and dr. Sharma.",
    ]);
  });

  it("reads news abbreviations before a lowercase word as no sentence end", () => {
    const [p] = blocks(parseText("Robinsonville, Miss. and Tupelo met Rep. Hale, R-Mo. and at 1733 16th St. nw. at noon per 8-oz. glass in 3 in. of snow. They came in. then left."));
    expect(proseOf(p!).sentences.map((s) => s.text)).toEqual([
      "Robinsonville, Miss. and Tupelo met Rep. Hale, R-Mo. and at 1733 16th St. nw. at noon per 8-oz. glass in 3 in. of snow.",
      "They came in.",
      "then left.",
    ]);
  });

  it("splits sentences and knows abbreviations", () => {
    const [p] = blocks(parseMarkdown("The U.S. economy grew, e.g. in May. Dr. Reed said so. Then it fell."));
    expect(proseOf(p!).sentences.map((s) => s.text)).toEqual([
      "The U.S. economy grew, e.g. in May.",
      "Dr. Reed said so.",
      "Then it fell.",
    ]);
  });

  it("ends a sentence after a number with a period, and keeps a list number with its sentence", () => {
    const [p, q] = blocks(parseText("He left in 2015. She stayed until 2019. Then more.\n1. The first item."));
    expect(proseOf(p!).sentences.map((s) => s.text)).toEqual(["He left in 2015.", "She stayed until 2019.", "Then more."]);
    expect(proseOf(q!).sentences.map((s) => s.text)).toEqual(["1. The first item."]);
  });

  it("ends a sentence after a number that follows a character reference", () => {
    const [p] = blocks(parseMarkdown("The sequel was called Ren&eacute; 2. Then came a third."));
    expect(proseOf(p!).sentences.map((s) => s.text)).toEqual([`The sequel was called René${MASK.repeat(7)} 2.`, "Then came a third."]);
  });

  it("ends a sentence only where space follows its mark", () => {
    const [p] = blocks(parseText("It works!Then what? Nothing."));
    expect(proseOf(p!).sentences.map((s) => s.text)).toEqual(["It works!Then what?", "Nothing."]);
  });

  it("gives each sentence its own tokens", () => {
    const [p] = blocks(parseMarkdown("One two. Three four."));
    const [first, second] = proseOf(p!).sentences;
    expect(first!.tokens.map((t) => t.text)).toEqual(["One", "two", "."]);
    expect(second!.tokens.map((t) => t.text)).toEqual(["Three", "four", "."]);
  });

  it("maps every word of a heading, a table cell, emphasis and link text to its own place, repeated or after an escape", () => {
    const cases: Array<[string, string, string]> = [
      // [source, text around the word, the word's nth copy as "word#n"]
      ["# Prices rise, and [a link](x) Prices rise", "Prices", "Prices#2"],
      ["# null, res \\> done", "done", "done#1"],
      ["## Promise\\<unknown\\> and more", "more", "more#1"],
      ["| h |\n| - |\n| cost cost \\| cost |", "cost", "cost#3"],
      ["Say **a\\*b and b** now.", "b", "b#2"],
      ["See [the and the](https://example.com) here.", "the", "the#2"],
    ];
    // code in a heading or a cell starts at its own backtick, as in a paragraph
    for (const source of ["# Go `roff` and `roff` now", "| h |\n| - |\n| go `roff` and `roff` |"]) {
      const block = blocks(parseMarkdown(source)).find((b) => proseOf(b).text.includes("and"))!;
      const prose = proseOf(block);
      const masked = prose.tokens.filter((t) => t.kind === "masked").map((t) => prose.fileRange(t.start, t.end)[0]);
      expect(masked, source).toEqual([source.indexOf("`roff`"), source.lastIndexOf("`roff`")]);
    }
    for (const [source, word, spec] of cases) {
      const nth = Number(spec.split("#")[1]);
      const block = blocks(parseMarkdown(source)).find((b) => proseOf(b).text.includes(word));
      const prose = proseOf(block!);
      const pattern = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "gu");
      const inFile = [...source.matchAll(pattern)][nth - 1]!.index;
      // the copy's place among the block's copies: the file's copies before the block are not in its prose
      const before = [...source.slice(0, block!.range[0]).matchAll(pattern)].length;
      const inProse = [...prose.text.matchAll(pattern)][nth - 1 - before]!.index;
      expect(prose.fileRange(inProse, inProse + word.length), `${spec} in ${JSON.stringify(source)}`).toEqual([inFile, inFile + word.length]);
    }
  });

  it("computes the prose of a node once and shares it", () => {
    const [p] = blocks(parseMarkdown("Same node, same prose."));
    expect(proseOf(p!)).toBe(proseOf(p!));
  });
});

describe("proseOf on plain text", () => {
  it("makes every line a paragraph whose ranges point into the file", () => {
    const source = "First line here.\nSecond line,there.\n";
    const paragraphs = blocks(parseText(source));
    expect(paragraphs.map((n) => proseOf(n).text)).toEqual(["First line here.", "Second line,there."]);
    expect(fileTextOf(source, paragraphs[1]!, "there")).toBe("there");
  });

  it("keeps ranges right after CRLF line ends", () => {
    const source = "One line.\r\nTwo words,here.\r\n";
    const paragraphs = blocks(parseText(source));
    expect(fileTextOf(source, paragraphs[1]!, "here")).toBe("here");
  });

  it("counts emoji and other astral characters as two UTF-16 code units, as textlint does", () => {
    const source = "Fun 😀 and 𝒳 stuff,here.";
    const [p] = blocks(parseText(source));
    const prose = proseOf(p!);
    const at = prose.text.indexOf("here");
    expect(prose.fileRange(at, at + 4)).toEqual([source.indexOf("here"), source.indexOf("here") + 4]);
    expect(prose.tokens.find((t) => t.text === "😀")?.end).toBe(source.indexOf("😀") + 2);
  });

  it("treats a non-breaking space as a space between words", () => {
    const [p] = blocks(parseText("Page\u00a012 of the report."));
    expect(proseOf(p!).tokens.map((t) => t.text).slice(0, 3)).toEqual(["Page", "12", "of"]);
  });

  it("keeps curly and straight quotes as their own tokens and apostrophes inside words", () => {
    const [p] = blocks(parseText("“Quoted” and \"straight\" words; it’s fine, isn't it."));
    const texts = proseOf(p!).tokens.map((t) => t.text);
    expect(texts).toContain("“");
    expect(texts).toContain("”");
    expect(texts).toContain('"');
    expect(texts).toContain("it’s");
    expect(texts).toContain("isn't");
  });
});

describe("maskNonProse", () => {
  const masked = (text: string, part: string): boolean => maskNonProse(text).includes(MASK.repeat(part.length));

  it.each([
    ["See https://example.com/a,b,c?x=1.5 for details.", "https://example.com/a,b,c?x=1.5"],
    ["Go to www.example.org today.", "www.example.org"],
    ["Mail jane.doe@example.co.uk now.", "jane.doe@example.co.uk"],
    ["Run ./validate.sh first.", "./validate.sh"],
    ["Edit /etc/apt/sources.list by hand.", "/etc/apt/sources.list"],
    ["Visit example.com or Discuss.io.", "example.com"],
    ["Visit example.com or Discuss.io.", "Discuss.io"],
    ["I made the install.md file.", "install.md"],
    ["Open README.md,then read.", "README.md"],
    ["Node.js is supported.", "Node.js"],
    ["Download an .exe file.", ".exe"],
  ])("masks the non-prose in %j: %j", (text, part) => {
    expect(masked(text, part)).toBe(true);
  });

  it.each([
    "data centers.The announcement",
    "sectors,offering loans",
    "Dr.Reed said",
    "in the U.S. economy",
  ])("leaves prose alone: %j", (text) => {
    expect(maskNonProse(text)).toBe(text);
  });

  it("leaves a capitalized word after a period alone: it starts a sentence, not an extension", () => {
    expect(maskNonProse("the extraction.Cache is")).toBe("the extraction.Cache is");
    expect(maskNonProse("Save it as a .DOC file")).toBe(`Save it as a ${MASK.repeat(4)} file`);
  });

  it("leaves letters joined by periods alone: they are abbreviations", () => {
    expect(maskNonProse("at 9 a.m. and 5 p.m. today")).toBe("at 9 a.m. and 5 p.m. today");
  });

  it("leaves numbers and one-letter abbreviations alone, and still masks a one-letter extension after a mark or a name", () => {
    expect(maskNonProse("It rose 3.5% (e.g., in the U.S.), to 1,000.50 a day.")).toBe("It rose 3.5% (e.g., in the U.S.), to 1,000.50 a day.");
    expect(maskNonProse("Compile (.c) and _.h files")).toBe(`Compile (${MASK.repeat(2)}) and _${MASK.repeat(2)} files`);
    expect(maskNonProse("Edit 10.c and main.c today")).toBe(`Edit ${MASK.repeat(4)} and ${MASK.repeat(6)} today`);
  });

  it("keeps the length of the text", () => {
    const text = "See https://example.com and a@b.org and notes.txt.";
    expect(maskNonProse(text)).toHaveLength(text.length);
  });

  it("masks a run of more than 100 characters without white space (a hash, base64), keeping the marks that end it", () => {
    const hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".repeat(2);
    expect(maskNonProse(`The digest is ${hash}. It matches.`)).toBe(`The digest is ${MASK.repeat(hash.length)}. It matches.`);
    const data = "a,".repeat(60);
    expect(maskNonProse(`Values: ${data} end`)).toBe(`Values: ${MASK.repeat(data.length - 1)}, end`);
    expect(maskNonProse(".".repeat(150))).toBe(MASK.repeat(147) + "...");
  });

  it("masks a long run whole when its last marks are a quote, which would open a quotation", () => {
    const blob = `"${"QUJD".repeat(30)}"`;
    expect(maskNonProse(`It read ${blob} there.`)).toBe(`It read ${MASK.repeat(blob.length)} there.`);
  });

  it("leaves a run of 100 characters and the longest words of prose alone", () => {
    const hundred = "x".repeat(100);
    expect(maskNonProse(`A ${hundred} b`)).toBe(`A ${hundred} b`);
    const text = "The pneumonoultramicroscopicsilicovolcanoconiosis case and a state-of-the-art, well-thought-out plan.";
    expect(maskNonProse(text)).toBe(text);
  });
});

describe("tokenize", () => {
  it("joins words inside with apostrophes and hyphens", () => {
    expect(tokenize("a one-time fee, don't stop").map((t) => t.text)).toEqual(["a", "one-time", "fee", ",", "don't", "stop"]);
  });

  it("gives offsets into the text it was given", () => {
    expect(tokenize("ab cd", 10)).toEqual([
      { kind: "word", text: "ab", start: 10, end: 12 },
      { kind: "word", text: "cd", start: 13, end: 15 },
    ]);
  });
});

describe("abbreviations", () => {
  it.each(["approx.", "vs.", "e.g.", "U.S.", "Dr.", "a.m.", "Ph.D."])("knows %s", (word) => {
    expect(isAbbreviation(word)).toBe(true);
  });

  it("does not take ordinary words for abbreviations", () => {
    expect(isAbbreviation("centers.")).toBe(false);
    expect(isAbbreviation("talent.")).toBe(false);
  });

  it("knows states, months and days as written with a capital, and their lowercase words as words", () => {
    for (const word of ["Miss.", "Wash.", "Ill.", "Ariz.", "Wyo.", "W.Va.", "Sept.", "Thurs.", "Sat."]) expect(isAbbreviation(word), word).toBe(true);
    for (const word of ["miss.", "wash.", "ill.", "sat.", "sun.", "wed."]) expect(isAbbreviation(word), word).toBe(false);
  });

  it("knows compass points and units, and a unit that is a word only after a number", () => {
    for (const word of ["nw.", "NW.", "N.W.", "oz.", "lb.", "ft.", "yd.", "qt.", "pt.", "mi.", "8-oz.", "12-in."]) {
      expect(isAbbreviation(word), word).toBe(true);
    }
    expect(isAbbreviation("in.", "", "14")).toBe(true);
    expect(isAbbreviation("in.", "", "came")).toBe(false);
    expect(isAbbreviation("gal.", "", "5")).toBe(true);
    expect(isAbbreviation("gal.", "", "nice")).toBe(false);
  });

  it("knows which abbreviations are titles before a name", () => {
    expect(isTitle("Dr.")).toBe(true);
    expect(isTitle("approx.")).toBe(false);
  });
});

describe("the word-class lexicon", () => {
  const { WordClass, wordClassesOf, canBe, isOnly, baseFormsOf } = require("../packages/prose/lib/index.js") as typeof import("../packages/prose/src/index");
  const has = (word: string, flag: number) => (wordClassesOf(word) & flag) !== 0;

  it("gives every part of speech a word can take", () => {
    expect(has("weather", WordClass.Noun)).toBe(true);
    expect(has("weather", WordClass.Verb)).toBe(true);
    expect(has("weather", WordClass.Preposition)).toBe(false);
    expect(has("whether", WordClass.Conjunction)).toBe(true);
    expect(has("whether", WordClass.Noun)).toBe(false);
    expect(wordClassesOf("its")).toBe(WordClass.Possessive);
    expect(has("will", WordClass.Modal)).toBe(true);
    expect(has("storm", WordClass.Verb)).toBe(true);
  });

  it("drops the tagging slips of function words that WordNet does not confirm", () => {
    expect(has("the", WordClass.Past)).toBe(false);
    expect(has("he", WordClass.Verb)).toBe(false);
    expect(has("or", WordClass.Noun)).toBe(false);
  });

  it("reads a form the lexicon lacks from its stem", () => {
    expect(has("regulators", WordClass.PluralNoun)).toBe(true);
    expect(wordClassesOf("downturns")).toBe(WordClass.PluralNoun);
    expect(wordClassesOf("budgeted")).toBe(WordClass.Past | WordClass.Participle);
    expect(has("stormed", WordClass.Past)).toBe(true);
    expect(has("weathering", WordClass.Gerund)).toBe(true);
  });

  it("reads a noun with 's as a possessive, and it's, there's as no possessive", () => {
    expect(wordClassesOf("tomorrow's")).toBe(WordClass.Possessive);
    expect(wordClassesOf("firm’s")).toBe(WordClass.Possessive);
    expect(wordClassesOf("it's")).toBe(0);
    expect(wordClassesOf("there's")).toBe(0);
  });

  it("ignores case, reads numbers, and knows nothing of a made-up word", () => {
    expect(wordClassesOf("WEATHER")).toBe(wordClassesOf("weather"));
    expect(wordClassesOf("66,000")).toBe(WordClass.Number);
    expect(wordClassesOf("qwzxv")).toBe(0);
  });

  it("answers whether a word can be, or can only be, some classes", () => {
    expect(canBe("cash", WordClass.Verb)).toBe(true);
    expect(isOnly("children", WordClass.PluralNoun)).toBe(true);
    expect(isOnly("cash", WordClass.Noun)).toBe(false);
    expect(isOnly("qwzxv", WordClass.Noun)).toBe(false);
  });

  it("gives the forms an inflected word may come from, and none for a word with no such ending", () => {
    expect(baseFormsOf("Figured")).toEqual(expect.arrayContaining(["figure"]));
    expect(baseFormsOf("wondering")).toEqual(expect.arrayContaining(["wonder"]));
    expect(baseFormsOf("applies")).toEqual(expect.arrayContaining(["apply"]));
    expect(baseFormsOf("stopped")).toEqual(expect.arrayContaining(["stop"]));
    expect(baseFormsOf("asks")).toEqual(["ask"]);
    expect(baseFormsOf("ask")).toEqual([]);
    expect(baseFormsOf("guess")).toEqual([]);
  });
});

describe("documentWordsOf: how the whole document writes each word", () => {
  /** The written forms of a word mid-sentence, with their counts. */
  const midForms = (root: TxtNode, key: string): Record<string, number> =>
    Object.fromEntries([...(documentWordsOf(root).get(key)?.mid ?? new Map()).entries()].map(([form, places]) => [form, places.length]));

  it("counts each form a word is written in mid-sentence, apart from sentence starts", () => {
    const root = parseMarkdown("Meta said so. Microsoft and Meta agree, as does meta here.\n\nMeta again, with Meta.");
    expect(midForms(root, "meta")).toEqual({ Meta: 2, meta: 1 });
    expect(documentWordsOf(root).get("meta")!.starts).toHaveLength(2);
    expect(documentWordsOf(root).midCount("Meta")).toBe(2);
    expect([...documentWordsOf(root).words()].map((w) => w.key).slice(0, 4)).toEqual(["meta", "said", "so", "microsoft"]);
  });

  it("keys a word without its possessive ending and keeps the written form", () => {
    const root = parseText("Shares of Alibaba rose.\nThey said alibaba’s plan and Alibaba's rivals.\n");
    expect(midForms(root, "alibaba")).toEqual({ Alibaba: 2, alibaba: 1 });
    const place = documentWordsOf(root).get("alibaba")!.mid.get("alibaba")![0]!;
    expect(place.block.prose.tokens[place.index]!.text).toBe("alibaba’s");
  });

  it("counts and places a form together with its possessives, and keeps apart forms that differ in case", () => {
    const root = parseText("Shares of Alibaba rose.\nThey said Alibaba's plan, Alibaba’s rivals and alibaba’s site.\n");
    const alibaba = documentWordsOf(root).get("alibaba")!;
    expect(alibaba.midCountOf("Alibaba")).toBe(3);
    expect(alibaba.midCountOf("alibaba")).toBe(1);
    expect(alibaba.placesWritten("Alibaba").map((p) => p.block.prose.tokens[p.index]!.text)).toEqual(["Alibaba", "Alibaba's", "Alibaba’s"]);
    expect(alibaba.midFormCount).toBe(2);
    expect(alibaba.midForms).toEqual(["Alibaba", "alibaba"]);
  });

  it("keeps every form of a word written in thousands of case mixes, each counted once", () => {
    const letters = "copydesk";
    const forms = Array.from({ length: 2 ** letters.length }, (_, n) => [...letters].map((c, k) => ((n >> k) & 1 ? c.toUpperCase() : c)).join(""));
    const root = parseText(`Then ${forms.join(" ")} ended.\n`);
    const word = documentWordsOf(root).get("copydesk")!;
    expect(word.midFormCount).toBe(256);
    expect(word.midForms).toEqual(forms);
    expect(forms.every((form) => word.midCountOf(form) === 1)).toBe(true);
  });

  it("reads a word after a colon, a period or an opening quote at a block start as a possible sentence start", () => {
    const root = parseMarkdown("He wrote: Meta. Then “Meta” and - Meta.\n\n- Meta leads the list");
    const meta = documentWordsOf(root).get("meta")!;
    expect(meta.starts).toHaveLength(2);
    expect(meta.mid.get("Meta")).toHaveLength(2);
  });

  it("keeps the words of headings, title lines and title-case labels apart from running prose", () => {
    const md = parseMarkdown("# Market Reaction\n\nStrategic Shift in Focus: the reaction was mixed.");
    expect(documentWordsOf(md).get("reaction")!.titles).toHaveLength(1);
    expect(midForms(md, "reaction")).toEqual({ reaction: 1 });
    expect(documentWordsOf(md).get("shift")!.titles).toHaveLength(1);
    expect(documentWordsOf(md).get("the")!.starts).toHaveLength(1);
    const txt = parseText("Industry-Wide Investment in AI infrastructure\nThe investment was large.\n");
    expect(documentWordsOf(txt).get("infrastructure")!.titles).toHaveLength(1);
    expect(midForms(txt, "investment")).toEqual({ investment: 1 });
    expect(documentWordsOf(txt).plainText).toBe(true);
    expect(documentWordsOf(md).plainText).toBe(false);
  });

  it("knows which words the document writes in lowercase in code, and counts no word inside code", () => {
    const root = parseMarkdown("Set `meta` in the file. The Meta team and Meta agree, as do Pino and Fastify.\n\n```\nconst pino = require('pino')\nFastify()\n```");
    expect(documentWordsOf(root).get("meta")!.inCode).toBe(true);
    expect(documentWordsOf(root).get("pino")!.inCode).toBe(true);
    expect(documentWordsOf(root).get("fastify")!.inCode).toBe(false);
    expect(midForms(root, "meta")).toEqual({ Meta: 2 });
    expect(documentWordsOf(root).get("require")).toBeUndefined();
  });

  it.each([
    ["Prices rose, and meta fell.", "meta", true],
    ["Prices rose. Meta fell.", "Meta", false],
    ["He said: “Meta fell.”", "Meta", false],
    ["- Meta fell.", "Meta", false],
    ["Run `x` then meta fell.", "then", true],
  ])("reads in %j whether %s stands mid-sentence: %s", (line, word, expected) => {
    const { tokens } = proseOf(blocks(parseMarkdown(line))[0]!);
    expect(standsMidSentence(tokens, tokens.findIndex((t) => t.text === word))).toBe(expected);
  });

  it("lists the prose blocks in document order with the prose every rule shares", () => {
    const root = parseMarkdown("# Title Here\n\nA paragraph.\n\n| Name | Value |\n| --- | --- |\n| a long cell with words | b |");
    const { blocks: found } = documentWordsOf(root);
    expect(found.map((b) => [b.type, b.title])).toEqual([
      ["Header", true],
      ["Paragraph", false],
      ["TableCell", true],
      ["TableCell", true],
      ["TableCell", false],
      ["TableCell", false],
    ]);
    expect(found[1]!.prose).toBe(proseOf(blocks(root)[1]!));
  });

  it("builds the index once per document and finds it from any node inside", () => {
    const root = parseMarkdown("One paragraph.\n\nAnother one.") as TxtParentNode;
    const child = root.children[1] as TxtNode & { parent?: TxtNode };
    child.parent = root;
    expect(documentWordsOf(root)).toBe(documentWordsOf(root));
    expect(documentWordsOf(child)).toBe(documentWordsOf(root));
  });

  describe("documentWordsFor: the same answers for the words asked about", () => {
    const source = [
      "# Meta and the Kelvin scale",
      "",
      "Meta said so. The board of Meta’s unit met meta's critics, and META replied; then meta-analysis",
      "began. \u212Aelvin wrote of kelvin, and Kelvin's law held at \u0130stanbul and in i\u0307stanbul. `meta` is code; mate and make are not.",
      "",
      "| Meta | metas |",
      "| --- | --- |",
      "| meta | x |",
    ].join("\n");
    // What a rule reads of a word: each form mid-sentence with its places, the starts, titles, code.
    const reading = (forms: ReturnType<ReturnType<typeof documentWordsOf>["get"]>) =>
      forms === undefined
        ? undefined
        : {
            mid: [...forms.mid].map(([form, places]) => [form, places.map((p) => [p.index, p.kind, p.form, p.order])]),
            midForms: forms.midForms,
            midFormCount: forms.midFormCount,
            starts: forms.starts.map((p) => [p.index, p.kind, p.form, p.order]),
            titles: forms.titles.map((p) => [p.index, p.kind, p.form, p.order]),
            written: forms.midForms.map((form) => [forms.midCountOf(form), forms.placesWritten(form).length]),
            inCode: forms.inCode,
          };

    it.each(["meta", "kelvin", "i\u0307stanbul", "metas", "mate"])("answers for %s as the whole index does", (key) => {
      const whole = documentWordsOf(parseMarkdown(source));
      const few = documentWordsFor(parseMarkdown(source), [key, "metas"]);
      expect(whole.get(key)).toBeDefined();
      expect(reading(few.get(key))).toEqual(reading(whole.get(key)));
      expect(few.midCount(key)).toBe(whole.midCount(key));
    });

    it("knows no word it was not asked about, and gives the whole index where one is built", () => {
      const root = parseMarkdown(source);
      const few = documentWordsFor(root, ["meta"]);
      expect(few.get("make")).toBeUndefined();
      expect([...few.words()].map((w) => w.key)).toEqual(["meta"]);
      expect(few.blocks.map((b) => b.prose)).toEqual(documentWordsOf(root).blocks.map((b) => b.prose));
      expect(documentWordsFor(root, ["meta"])).toBe(documentWordsOf(root));
    });
  });

  it.each([
    ["Industry-Wide Investment in AI infrastructure", true],
    ["A Calculated Gamble or a leap of Faith?", true],
    ["Conclusion", true],
    ["Dr. Sharma:", false],
    ["The company said it would invest.", false],
    ["see the docs for more", false],
    ["Install it with npm", false],
  ])("reads %j as a title line: %s", (line, expected) => {
    const [p] = blocks(parseText(line));
    expect(readsAsTitle(proseOf(p!))).toBe(expected);
  });
});
