import TextLintTester from "textlint-tester";
import rule, { articleFor, articleMistakes, DEFAULT_OPTIONS, readingOf } from "@copydesk/textlint-rule-indefinite-article";
import { describe, expect, it } from "vitest";
import { TextlintKernel } from "@textlint/kernel";
import markdown from "@textlint/textlint-plugin-markdown";
import text from "@textlint/textlint-plugin-text";

const tester = new TextLintTester();

/**
 * An invalid case with one report on the article that starts `marked` (the article
 * and the word after it, as written in `input`), and the text after the fix.
 */
function wrong(input: string, marked: string, output: string, ext = ".md") {
  const start = input.indexOf(marked);
  if (start < 0) throw new Error(`"${marked}" is not in "${input}"`);
  const article = /^(?:an|a)/i.exec(marked)![0];
  return { text: input, output, ext, errors: [{ range: [start, start + article.length] as [number, number] }] };
}

tester.run("indefinite-article: words decided by their first sound", rule, {
  valid: [
    // a doubled article is another error: choosing between "a" and "an" cannot mend it
    "I saw a a apple on the table.",
    // a letter after a letter, at a sentence start too
    "A e.g. here.",
    "It was an a hour late.",
    // consonant sounds spelled with a vowel, vowel sounds spelled with a consonant
    "The council paid a one-time fee to the contractor.",
    "A union steward spoke first at the hearing.",
    "The airline is a European carrier with ten routes.",
    "The farm lost a ewe in the storm.",
    "It is a unique chance and a useful one.",
    "She wrote a eulogy for her teacher.",
    "He has a usual table by the window.",
    "The rally lasted an hour and a half.",
    "She gave an honest account of the night.",
    "He is an heir to a shipping fortune.",
    "It was an honor to be asked.",
    "The committee reached an unusual decision.",
    "This is an Euler path through the graph.",
    "Drivers booked an Uber after the concert.",
    "He rented a Honeywell thermostat.",
    // no article stands before a possessive determiner: "an" is the lyric's "and"
    "Goin' back home, me an my razor an your gun.",
    "- me an my gun\n\n> me an' my razor an his gun\n\n## Me an my guitar\n",
    // a name the dictionary lacks whose h is silent
    "He spoke for an Horry County family and an Horry's Landing farm.",
    "- The jury heard from an Horry County deputy.\n\n> It was an [Horry](https://example.com) case.\n\n## An Horry County verdict\n",
    // words said both ways: either article
    "The chef grew an herb garden and a herb border.",
    "It was an historic day, and a historic win.",
    "The analyst ran a SQL query, then an SQL report.",
    "She used a LaTeX template; he used an LaTeX class.",
    // the wire's short forms, said as the words they shorten
    "Stocks stood at just over a mln bales, and profit was six cts a shr.",
    "- Stocks stood at a mln tonnes.\n\n> Profit was six cts a shr, and output fell a mth later.\n",
    // "a" as the French preposition before an elided article
    "Dealers pointed to the Caisse d'Aide a l'Equipement bond.",
    // words the dictionary lacks and the rule cannot read: silent
    "The server loads a udev rule at boot.",
    "He can be the holder of a usufruct for life.",
    "The law serves a universalized exchange economy.",
  ],
  invalid: [
    wrong("The fund took an significant stake in the firm.", "an significant", "The fund took a significant stake in the firm."),
    wrong("The court heard a Horry County deputy.", "a Horry", "The court heard an Horry County deputy."),
    wrong("She bought an his-and-hers set.", "an his-and-hers", "She bought a his-and-hers set."),
    wrong("> She met a `x` and a *Horry* family.", "a *Horry", "> She met a `x` and an *Horry* family."),
    wrong("It was a important ruling for the court.", "a important", "It was an important ruling for the court."),
    wrong("Commuters waited a hour for the next train.", "a hour", "Commuters waited an hour for the next train."),
    wrong("She gave a honest answer to the panel.", "a honest", "She gave an honest answer to the panel."),
    wrong("He is a heir to the estate.", "a heir", "He is an heir to the estate."),
    wrong("Nurses voted for an union contract.", "an union", "Nurses voted for a union contract."),
    wrong("Carryover was an mln bales.", "an mln", "Carryover was a mln bales."),
    wrong("- Output rose for a hrs-long shift.\n", "a hrs", "- Output rose for an hrs-long shift.\n"),
    wrong("Officials signed an one-time waiver.", "an one-time", "Officials signed a one-time waiver."),
    wrong("The airline is an European carrier.", "an European", "The airline is a European carrier."),
    wrong("Taxpayers approved an university bond.", "an university", "Taxpayers approved a university bond."),
    wrong("He sold an used car to his neighbor.", "an used", "He sold a used car to his neighbor."),
    wrong("The shepherd bought an ewe at the fair.", "an ewe", "The shepherd bought a ewe at the fair."),
    wrong("The council reached an unanimous verdict.", "an unanimous", "The council reached a unanimous verdict."),
    wrong("It was a unusual choice for a chef.", "a unusual", "It was an unusual choice for a chef."),
    wrong("The clinic charged a hourly rate.", "a hourly", "The clinic charged an hourly rate."),
    wrong("They traced a Euler circuit on the board.", "a Euler", "They traced an Euler circuit on the board."),
    wrong("She wrote an eulogy for the mayor.", "an eulogy", "She wrote a eulogy for the mayor."),
    wrong("Give it an once-over before printing.", "an once-over", "Give it a once-over before printing."),
    wrong("Critics called it a un-American law.", "a un-American", "Critics called it an un-American law."),
    wrong("It was a <b>important</b> step.", "a <b>important", "It was an <b>important</b> step."),
    wrong("She led an UN-backed mission.", "an UN-backed", "She led a UN-backed mission."),
    {
      text: "She signed an one-time deal.",
      output: "She signed a one-time deal.",
      errors: [{ message: 'Use "a" before "one-time" (it starts with a consonant sound).', range: [11, 13] }],
    },
    {
      text: "It was a important event.",
      output: "It was an important event.",
      errors: [{ message: 'Use "an" before "important" (it starts with a vowel sound).', range: [7, 8] }],
    },
  ],
});

tester.run("indefinite-article: initialisms read letter by letter, acronyms read as words", rule, {
  valid: [
    "She joined an FBI task force last spring.",
    "Paste a URL into the box.",
    "The patient had an MRI on Monday.",
    "He signed with an NBA team.",
    "Leaders met at a NATO summit in June.",
    "The probe was a NASA mission.",
    "Witnesses reported a UFO over the lake.",
    "The team trained an LLM on public records.",
    "It runs over a USB 2.0 port or a USA-wide network.",
    "Install an npm package, then open an HTML page.",
    "Anyone for an MSc in statistics?",
    "The rack holds an LED panel and a LED strip.",
    "Check a MAC address on a LAN before calling a REST API.",
    "The stream uses an HEVC codec, a UPS keeps it up.",
    "Run an mDNS tool and an FFmpeg build on an iPhone.",
    "An NOP check passed.",
    "Her grandson is an SI unit fan and saw an FA Cup match.",
    "She asked for a FREE event with a SPECTRE theme.",
    "The officer rode an NJ Transit train; a NJ Transit bus followed.",
    "A U.S. company bought a UN agency's old offices.",
    "He holds an MBA and an MA from a UK university.",
  ],
  invalid: [
    wrong("She joined a FBI task force.", "a FBI", "She joined an FBI task force."),
    wrong("The patient needs a MRI scan.", "a MRI", "The patient needs an MRI scan."),
    wrong("He joined a NBA team in May.", "a NBA", "He joined an NBA team in May."),
    wrong("Witnesses saw an UFO over the lake.", "an UFO", "Witnesses saw a UFO over the lake."),
    wrong("The lab trained a LLM on case law.", "a LLM", "The lab trained an LLM on case law."),
    wrong("It is a LLM-based tool.", "a LLM-based", "It is an LLM-based tool."),
    wrong("We parsed a HTML page.", "a HTML", "We parsed an HTML page."),
    wrong("Install it with a npm script.", "a npm", "Install it with an npm script."),
    wrong("Save it as a mp3 file.", "a mp3", "Save it as an mp3 file."),
    wrong("Save it as a MP3 file.", "a MP3", "Save it as an MP3 file."),
    wrong("Buy a iPhone case.", "a iPhone", "Buy an iPhone case."),
    wrong("It was an US company.", "an US", "It was a US company."),
    wrong("He asked an UN member.", "an UN", "He asked a UN member."),
    wrong("An U.S. firm bid first.", "An U.S.", "A U.S. firm bid first."),
    wrong("Anyone for a MSc?", "a MSc", "Anyone for an MSc?"),
    wrong("She earned a MBA in 2010.", "a MBA", "She earned an MBA in 2010."),
    {
      text: "He is a FBI agent.",
      output: "He is an FBI agent.",
      errors: [{ message: 'Use "an" before "FBI" (its first letter is said "ef", a vowel sound).', range: [6, 7] }],
    },
  ],
});

tester.run("indefinite-article: numbers read as they are said", rule, {
  valid: [
    "It has an 8-bit sound chip.",
    "An 11-year-old won the spelling bee.",
    "The house is an 18th-century farmhouse.",
    "The mayor set out a 100-day plan.",
    "The party won an 80% share.",
    "It built an 8,000-seat arena.",
    "Profits posted an 8.5% rise.",
    "They shipped a 1.0 release and caught a 1:00 train.",
    "She ran a 100m sprint and got a 52% approval rating.",
    "They found an 1800s diary and an 1861 letter, or a 1861 letter.",
    "An ’80s hit played on the radio.",
    "The bill adds an $8 fee.",
    "It was a 2024 survey of 11 towns.",
  ],
  invalid: [
    wrong("Players use a 8-bit console.", "a 8-bit", "Players use an 8-bit console."),
    wrong("She met a 11-year-old prodigy.", "a 11-year-old", "She met an 11-year-old prodigy."),
    wrong("It was built in a 18th-century style.", "a 18th-century", "It was built in an 18th-century style."),
    wrong("Engineers ran an 100-day test.", "an 100-day", "Engineers ran a 100-day test."),
    wrong("The party won a 80% share.", "a 80%", "The party won an 80% share."),
    wrong("They built a 8,000-seat arena.", "a 8,000-seat", "They built an 8,000-seat arena."),
    wrong("It was a 800-pound gorilla.", "a 800-pound", "It was an 800-pound gorilla."),
    wrong("We read a 1800s diary.", "a 1800s", "We read an 1800s diary."),
    wrong("The bill adds a $8 fee.", "a $8", "The bill adds an $8 fee."),
    wrong("It was an 1-star review.", "an 1-star", "It was a 1-star review."),
    wrong("A ’80s hit played.", "A ’80s", "An ’80s hit played."),
    {
      text: "Polls showed a 8-point lead.",
      output: "Polls showed an 8-point lead.",
      errors: [{ message: 'Use "an" before "8-point" (said "eight", it starts with a vowel sound).', range: [13, 14] }],
    },
  ],
});

tester.run("indefinite-article: letters, labels, set phrases and other languages left alone", rule, {
  valid: [
    "Grade A eggs cost more this year.",
    "Type A personalities thrive under pressure.",
    "Station A equals station B in the diagram.",
    "Plan A is dead; Plan B is alive.",
    "# Plan A Is Dead",
    "Choose option a or option b.",
    "Here, a and b are supplementary angles.",
    "The proof holds if a is odd.",
    "If a isn’t zero, neither is the product.",
    "For example, A and AAAA records can leak addresses.",
    "You typed an A too many.",
    "Is 80 an A in Malaysia?",
    "Teachers use an A-F grading scale.",
    "A E I O U are the vowels.",
    "The matrix is a x b in size.",
    "The argument works a priori and a posteriori.",
    "Dinner was served a la carte.",
    "The town of Frankfurt an der Oder lies east of Berlin.",
    "The island is called an t-Oileán Mór.",
    "The Qur'an was translated into Polish.",
    "Hoi An is a town in Vietnam.",
    "A. R. Turgot wrote it.",
    { text: "a) first item\nb) second item", ext: ".txt" },
    "A/B testing beats a/an debates.",
  ],
  invalid: [],
});

tester.run("indefinite-article: Markdown and plain text", rule, {
  valid: [
    // code spans, code blocks, URLs and link targets are not prose
    "Call `a apple` and `an car` in code.",
    "```\nIt was a hour ago.\nan car\n```",
    "See https://example.com/a-hour/an-car for details.",
    "Read [the guide](https://example.com/a/hour) first.",
    "    an car in an indented code block",
    // the word after the article may sit in quotes, emphasis, links or parentheses
    "She gave an “honest” reply.",
    "It was a (rare) event.",
    "It was an *honest* mistake.",
    "It was a [unique](https://example.com) case.",
    { text: "It was an hour ago.\r\nIt was a union vote.", ext: ".txt" },
  ],
  invalid: [
    wrong("She gave a “honest” reply.", "a “honest”", "She gave an “honest” reply."),
    wrong("She gave a \"honest\" reply.", 'a "honest"', 'She gave an "honest" reply.'),
    wrong("It was an (rare) event.", "an (rare)", "It was a (rare) event."),
    wrong("It was a *honest* mistake.", "a *honest*", "It was an *honest* mistake."),
    wrong("It was an **unique** case.", "an **unique**", "It was a **unique** case."),
    wrong("It was an [unique](https://example.com) case.", "an [unique]", "It was a [unique](https://example.com) case."),
    wrong("# A Hour to Remember", "A Hour", "# An Hour to Remember"),
    wrong("## How to Build A App", "A App", "## How to Build An App"),
    wrong("## Alibaba’s Bet: A Enormous Gamble", "A Enormous", "## Alibaba’s Bet: An Enormous Gamble"),
    wrong("- a apple a day", "a apple", "- an apple a day"),
    wrong("> It was a honor to serve.", "a honor", "> It was an honor to serve."),
    wrong("| Item | Note |\n|---|---|\n| tea | a hour |", "a hour", "| Item | Note |\n|---|---|\n| tea | an hour |"),
    wrong("A hour later the rain stopped.", "A hour", "An hour later the rain stopped."),
    wrong("An union rep spoke first.", "An union", "A union rep spoke first."),
    wrong("He said, “A hour is enough.”", "A hour", "He said, “An hour is enough.”"),
    wrong("A IMPORTANT NOTICE", "A IMPORTANT", "AN IMPORTANT NOTICE"),
    wrong("It was a honor.", "a honor", "It was an honor.", ".txt"),
    wrong("Party 🎉 starts in a hour.", "a hour", "Party 🎉 starts in an hour."),
    wrong("It took a\u00a0hour.", "a\u00a0hour", "It took an\u00a0hour."),
    {
      text: "It was a hour ago.\r\nShe joined an union.",
      output: "It was an hour ago.\r\nShe joined a union.",
      ext: ".txt",
      errors: [{ range: [7, 8] }, { range: [31, 33] }],
    },
    {
      text: "Alibaba aims to be “an significant partner.” It is a important event.",
      output: "Alibaba aims to be “a significant partner.” It is an important event.",
      ext: ".txt",
      errors: [{ range: [20, 22] }, { range: [51, 52] }],
    },
  ],
});

tester.run("indefinite-article: options", rule, {
  valid: [
    { text: "Commuters waited a hour.", options: { ignore: ["hour"] } },
    { text: "We ran an SQL query.", options: { an: ["SQL"] } },
    { text: "It was an historic day.", options: { an: ["historic"] } },
    { text: "It was a LLM-based tool.", options: { a: ["llm"] } },
  ],
  invalid: [
    {
      text: "We ran an SQL query.",
      options: { a: ["SQL"] },
      output: "We ran a SQL query.",
      errors: [{ message: 'Use "a" before "SQL" (the "a" option lists it).', range: [7, 9] }],
    },
    {
      text: "It was a historic day.",
      options: { an: ["historic"] },
      output: "It was an historic day.",
      errors: [{ range: [7, 8] }],
    },
    {
      text: "It was a hour, and a ugly one.",
      options: { ignore: ["hour"] },
      output: "It was a hour, and an ugly one.",
      errors: [{ range: [19, 20] }],
    },
  ],
});

describe("articleFor, the core", () => {
  const cases: [string, string | undefined][] = [
    ["union", "a"], ["one-time", "a"], ["European", "a"], ["hour", "an"], ["hour's", "an"], ["honest", "an"], ["heir", "an"],
    ["significant", "a"], ["important", "an"], ["x-ray", "an"], ["ewe", "a"], ["e-mail", "an"], ["u-turn", "a"],
    ["FBI", "an"], ["URL", "a"], ["URLs", "a"], ["MRI", "an"], ["NBA", "an"], ["LLM", "an"], ["UFO", "a"], ["HTTP", "an"],
    ["NATO", undefined], ["NASA", undefined], ["LED", undefined], ["UNESCO", "a"],
    ["8", "an"], ["8-bit", "an"], ["11-year-old", "an"], ["18th", "an"], ["80", "an"], ["800", "an"], ["100-day", "a"],
    ["1", "a"], ["1800s", "an"], ["1861", "either"], ["2024", "a"], ["007", undefined],
    ["SQL", "either"], ["LaTeX", "either"], ["herb", "either"], ["historic", "either"],
    ["iPhone", "an"], ["eBay", "an"], ["McBride", "a"], ["Mr", "a"], ["PhD", undefined], ["fd", undefined],
    ["émigré", undefined], ["café", "a"], ["Москва", undefined],
    ["mln", "a"], ["shr", "a"], ["hrs", "an"], ["l'Equipement", undefined], ["dell'Economia", undefined], ["O'Brien", "an"],
    ["un-American", "an"], ["Un-American", "an"], ["un‑cool", "an"], ["UN-led", "a"], ["un", "either"],
  ];
  for (const [word, article] of cases) {
    it(`says ${JSON.stringify(article)} before ${word}`, () => {
      expect(articleFor(word)).toBe(article);
    });
  }

  it("tells how the word was read, for the message", () => {
    expect(readingOf("FBI")).toEqual({ article: "an", as: "letters", said: "ef" });
    expect(readingOf("800")).toEqual({ article: "an", as: "number", said: "eight hundred" });
    expect(readingOf("11,000".split(",")[0]!)).toEqual({ article: "an", as: "number", said: "eleven" });
    expect(readingOf("hour")).toEqual({ article: "an", as: "word" });
  });
});

describe("articleMistakes over prose", () => {
  const prose = (t: string) => {
    const tokens = [...t.matchAll(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S/gu)].map((m) => ({
      kind: /^[\p{L}\p{N}]/u.test(m[0]) ? ("word" as const) : ("punct" as const),
      text: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
    }));
    return { text: t, tokens };
  };

  it("returns the article's range in the prose text with the replacement", () => {
    expect(articleMistakes(prose("Wait a hour."), DEFAULT_OPTIONS)).toEqual([
      { range: [5, 6], message: 'Use "an" before "hour" (it starts with a vowel sound).', replacement: "an" },
    ]);
  });

  it("finds nothing in clean copy", () => {
    expect(articleMistakes(prose("An hour, a union, an FBI agent and a one-time fee."), DEFAULT_OPTIONS)).toEqual([]);
  });
});

describe("the example article", () => {
  it("reports exactly an significant and a important, and the fix repairs both", async () => {
    const { readFileSync } = await import("node:fs");
    const source = readFileSync(new URL("../examples/article/article.txt", import.meta.url), "utf8");
    const kernel = new TextlintKernel();
    const options = {
      ext: ".txt",
      plugins: [{ pluginId: "text", plugin: text }],
      rules: [{ ruleId: "indefinite-article", rule }],
    };
    const result = await kernel.lintText(source, options);
    const reported = result.messages.map((m) => `${source.slice(m.range[0], m.range[1])}|${source.slice(m.range[1]).split(" ", 2)[1]}`);
    expect(reported).toEqual(["an|significant", "a|important"]);
    const fixed = await kernel.fixText(source, options);
    expect(fixed.output).toContain("“a significant partner");
    expect(fixed.output).toContain("certainly an important event");
    expect((await kernel.lintText(fixed.output, options)).messages).toEqual([]);
  });
});

describe("options", () => {
  const lint = (options: unknown) =>
    new TextlintKernel().lintText("It was a hour.", {
      ext: ".md",
      plugins: [{ pluginId: "markdown", plugin: markdown }],
      rules: [{ ruleId: "indefinite-article", rule, options: options as object }],
    });

  it("reject a string where a list of words is expected, naming the rule and the option", async () => {
    await expect(lint({ an: "SQL" })).rejects.toThrow(
      '@copydesk/indefinite-article: option "an" must be an array of strings, got "SQL".',
    );
  });

  it("reject an unknown option and list the known ones", async () => {
    await expect(lint({ either: ["SQL"] })).rejects.toThrow('@copydesk/indefinite-article: unknown option "either".');
  });
});

describe("robustness", () => {
  it("articleFor never throws and answers only a, an, either or nothing, whatever the word", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), (word) => {
        expect([undefined, "a", "an", "either"]).toContain(articleFor(word));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("reports only inside the text, on an article, in Markdown and plain text", async () => {
    const fc = (await import("fast-check")).default;
    const pieces = ["a", "an", "A", "An", "AN", " ", "  ", "\n", "\r\n", "\u00a0", "hour", "FBI", "8-bit", "’80s", "“", "”", "(", ")",
      "*", "_", "`", "[", "](x)", "#", "> ", "- ", ".", ",", ":", "$", "é", "😀", "one-time", "HTML", "u", "x", "11", "a)"];
    const kernel = new TextlintKernel();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.boolean(), async (parts, md) => {
        const input = parts.join("");
        const result = await kernel.lintText(input, {
          ext: md ? ".md" : ".txt",
          plugins: md ? [{ pluginId: "markdown", plugin: markdown }] : [{ pluginId: "text", plugin: text }],
          rules: [{ ruleId: "indefinite-article", rule }],
        });
        for (const m of result.messages) {
          expect(m.range[0]).toBeGreaterThanOrEqual(0);
          expect(m.range[1]).toBeLessThanOrEqual(input.length);
          if (m.fix) expect(input.slice(m.fix.range[0], m.fix.range[1]).toLowerCase()).toMatch(/^an?$/);
        }
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
