import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import TextLintTester from "textlint-tester";
import { TextlintKernel } from "@textlint/kernel";
import markdown from "@textlint/textlint-plugin-markdown";
import text from "@textlint/textlint-plugin-text";
import { sentenceSpans } from "@copydesk/prose";
import rule, {
  bareYenCurrency,
  bundledRates,
  conversionTarget,
  describeDeviation,
  findConversions,
  formatRate,
  namedYears,
  parseAmounts,
  readSettings,
  referenceRate,
  referenceYear,
  wordsValue,
} from "@copydesk/textlint-rule-currency-conversion";
import { afterAll, describe, expect, it } from "vitest";
import { lintWithRule } from "./lintWithRule";

const root = resolve(__dirname, "..");

/** Lints one document with this rule alone and returns what it reports. */
async function lint(source: string, options: object = {}, ext = ".md") {
  const messages = await lintWithRule("currency-conversion", rule, source, options, ext);
  return messages.map((m) => ({
    message: m.message,
    marked: source.slice(m.range[0], m.range[1]),
    suggestions: m.suggestions ?? [],
  }));
}

/** The amounts parseAmounts finds, as [text, currency, value]. */
function amountsIn(sentence: string): Array<[string, string, number]> {
  return parseAmounts(sentence).map((a) => [a.text, a.currency, a.value]);
}

/** The conversions in one paragraph, as "from -> to". */
function conversionsIn(paragraph: string): string[] {
  const amounts = parseAmounts(paragraph);
  return findConversions(paragraph, amounts, sentenceSpans(paragraph)).map((c) => `${c.from.text} -> ${c.to.text}`);
}

describe("parseAmounts", () => {
  const found: Array<[string, Array<[string, string, number]>]> = [
    // signs and codes before the number
    ["It will invest $53 billion.", [["$53 billion", "USD", 53e9]]],
    ["It earned US$53bn last year.", [["US$53bn", "USD", 53e9]]],
    ["The bill was U.S.$12 million.", [["U.S.$12 million", "USD", 12e6]]],
    ["The mine cost A$2.5 million.", [["A$2.5 million", "AUD", 2.5e6]]],
    ["Profit was C$400 million.", [["C$400 million", "CAD", 400e6]]],
    ["Profit rose to HK$10 billion.", [["HK$10 billion", "HKD", 10e9]]],
    ["The chipmaker spent NT$1 trillion.", [["NT$1 trillion", "TWD", 1e12]]],
    ["The fund holds S$500 million.", [["S$500 million", "SGD", 500e6]]],
    ["Petrobras paid R$10 billion.", [["R$10 billion", "BRL", 10e9]]],
    ["The EU pledged €1.2bn.", [["€1.2bn", "EUR", 1.2e9]]],
    ["A pint costs £5.", [["£5", "GBP", 5]]],
    ["A ticket costs ¥500.", [["¥500", "JPY", 500]]],
    ["Sales hit CN¥5 billion.", [["CN¥5 billion", "CNY", 5e9]]],
    ["Sales hit JP¥5 billion.", [["JP¥5 billion", "JPY", 5e9]]],
    ["It budgeted ₹500 crore.", [["₹500 crore", "INR", 5e9]]],
    ["A coffee is ₩5,000 in Seoul.", [["₩5,000", "KRW", 5000]]],
    ["The company earned RMB 380 billion.", [["RMB 380 billion", "CNY", 380e9]]],
    ["The deal was worth Rmb380bn.", [["Rmb380bn", "CNY", 380e9]]],
    ["The state spent Rs 500 cr on roads.", [["Rs 500 cr", "INR", 5e9]]],
    ["Loans reached Rs. 5 lakh each.", [["Rs. 5 lakh", "INR", 5e5]]],
    ["The bond raised USD 5 million.", [["USD 5 million", "USD", 5e6]]],
    ["Revenue was EUR 5m.", [["EUR 5m", "EUR", 5e6]]],
    ["The fee is CHF 1.2bn.", [["CHF 1.2bn", "CHF", 1.2e9]]],
    ["A plan costs $5 AUD a month.", [["$5 AUD", "AUD", 5]]],
    // number first, then a name, code or sign
    ["It will invest 380 billion yuan.", [["380 billion yuan", "CNY", 380e9]]],
    ["That is 11.94 trillion yen.", [["11.94 trillion yen", "JPY", 11.94e12]]],
    ["Fines reached 5 million euros.", [["5 million euros", "EUR", 5e6]]],
    ["The bank lent 2.5 million Canadian dollars.", [["2.5 million Canadian dollars", "CAD", 2.5e6]]],
    ["It sold 1 billion Hong Kong dollars of bonds.", [["1 billion Hong Kong dollars", "HKD", 1e9]]],
    ["The club paid 5 million pounds sterling.", [["5 million pounds sterling", "GBP", 5e6]]],
    ["Samsung will spend 1 trillion won.", [["1 trillion won", "KRW", 1e12]]],
    ["Nestle paid 2 billion Swiss francs.", [["2 billion Swiss francs", "CHF", 2e9]]],
    ["Tata invested 10 billion rupees.", [["10 billion rupees", "INR", 10e9]]],
    ["The cheque was for 5m USD.", [["5m USD", "USD", 5e6]]],
    ["A coffee costs 5 € in Paris.", [["5 €", "EUR", 5]]],
    // scales, ranges, hyphens and grouping
    ["Analysts expect $5-6 billion.", [["$5-6 billion", "USD", 5.5e9]]],
    ["The city approved a $1.2-billion budget.", [["$1.2-billion", "USD", 1.2e9]]],
    ["It was a 53-billion-dollar bet.", [["53-billion-dollar", "USD", 53e9]]],
    ["Seed rounds start at $50k.", [["$50k", "USD", 50e3]]],
    ["The start-up raised $5m.", [["$5m", "USD", 5e6]]],
    ["The house sold for $1,250,000.", [["$1,250,000", "USD", 1250000]]],
    ["Debt reached $3.2tn.", [["$3.2tn", "USD", 3.2e12]]],
    // amounts in words
    ["Fifty-three billion dollars. That is the sum.", [["Fifty-three billion dollars", "USD", 53e9]]],
    ["They spent two hundred and ten euros.", [["two hundred and ten euros", "EUR", 210]]],
    ["It cost twelve million yen.", [["twelve million yen", "JPY", 12e6]]],
  ];
  it.each(found)("finds the amount in %j", (sentence, expected) => {
    expect(amountsIn(sentence)).toEqual(expected);
  });

  const none = [
    "Set $PATH before you run the script.",
    "The plant will hire 5 million people.",
    "She shops at Dollar General.",
    "The Dollar rallied against the yen.",
    "Prices were lower in 2024.",
    "See page 53 for the table.",
    "Costs are given in 2020 dollars.",
    "He lost 150 pounds in a year.",
    "They shipped 5 million pounds of beef.",
    "The team that 12 won by a point.",
    "USD/JPY 150 was the level to watch.",
    "ALL 5 PLAYERS WERE FINED.",
    "Upgrade to PHP 8 before June.",
    "The AMD 5800X is a fast chip.",
    "The pipe is 5 m euros long.",
    "One two dollars is not a number.",
    "Version 1.2.3 shipped on Monday.",
  ];
  it.each(none)("finds no amount in %j", (sentence) => {
    expect(amountsIn(sentence)).toEqual([]);
  });

  it("keeps a hedge such as 'more than' with the amount but outside its range", () => {
    const [amount] = parseAmounts("Alibaba will invest more than 380 billion yuan over three years.");
    expect(amount?.text).toBe("380 billion yuan");
    expect(amount?.hedge).toBe("more than");
  });

  it("gives each amount the range its last written digit allows", () => {
    const [a, b] = parseAmounts("It was $53 billion, or 11.94 trillion yen.");
    expect([a?.low, a?.high]).toEqual([52.5e9, 53.5e9]);
    expect(b?.low).toBeCloseTo(11.935e12, -6);
    expect(b?.high).toBeCloseTo(11.945e12, -6);
  });

  it("marks a bare $ and a bare ¥, which more than one currency uses", () => {
    expect(parseAmounts("It cost $5 and ¥500 and US$5.").map((a) => a.bareSign ?? "-")).toEqual(["$", "¥", "-"]);
  });

  it("reads numbers in words and refuses word salads", () => {
    expect(wordsValue("fifty-three")?.value).toBe(53);
    expect(wordsValue("nine hundred and ninety-nine")?.value).toBe(999);
    expect(wordsValue("twelve hundred")?.value).toBe(1200);
    expect(wordsValue("one two")).toBeUndefined();
    expect(wordsValue("hundred")).toBeUndefined();
  });
});

describe("findConversions", () => {
  const cases: Array<[string, string[]]> = [
    ["Alibaba will invest more than 380 billion yuan, approximately $53 billion, over three years.", ["380 billion yuan -> $53 billion"]],
    ["Microsoft has allocated $80 billion (approximately 11.94 trillion yen) for AI.", ["$80 billion -> 11.94 trillion yen"]],
    ["The EU pledged €1.2bn ($1.3bn) to the fund.", ["€1.2bn -> $1.3bn"]],
    ["Revenue rose to €5bn, or $5.4bn, from €4bn.", ["€5bn -> $5.4bn"]],
    ["Profit fell to ¥50bn – roughly $340m – in the year.", ["¥50bn -> $340m"]],
    ["The deal, worth 10 billion rupees ($120 million), closed.", ["10 billion rupees -> $120 million"]],
    ["It sold the unit for £400m, equivalent to about $510m.", ["£400m -> $510m"]],
    ["The plan costs 2 trillion won, some $1.5 billion.", ["2 trillion won -> $1.5 billion"]],
    [
      "It raised HK$2 billion (US$256 million, or €235 million) in May.",
      ["HK$2 billion -> US$256 million", "HK$2 billion -> €235 million"],
    ],
    ["A 380 billion yuan, $53 billion, plan.", ["380 billion yuan -> $53 billion"]],
    // a range converted into a range: each end into its own
    ["Profits may fall by $3.8m to $4.9m (£2m to £2.6m) this year.", ["$3.8m -> £2m", "$4.9m -> £2.6m"]],
    ["The bill rose to €10bn-€12bn ($13bn-$15.6bn) overall.", ["€10bn -> $13bn", "€12bn -> $15.6bn"]],
    // not conversions
    ["Exports rose from $5bn to €6bn.", []],
    ["The app costs €5, $6 or £4 depending on the store.", []],
    ["Sales were $5 billion, €4.6 billion of which came from Europe.", []],
    ["Costs rose to $5 billion; €4 billion was spent in Europe.", []],
    ["The rate was $1 = 7.2 yuan at the time.", []],
    ["It spent 380 billion yuan ($1 = 7.17 yuan) on the plan.", []],
    ["It paid £10m. Then it paid $12.7m.", []],
    ["Sales were $5bn (up from €4bn) last year.", []],
    ["It paid $5 billion and €4 billion.", []],
    ["It cost €5bn (€4bn a year earlier).", []],
  ];
  it.each(cases)("in %j finds %j", (paragraph, expected) => {
    expect(conversionsIn(paragraph)).toEqual(expected);
  });
});

describe("reference rates and years", () => {
  const table = bundledRates();

  it("bundles the Federal Reserve's G.5A averages per US dollar, inverting the dollars-per-unit quotes", () => {
    expect(referenceRate(table, "JPY", 2023)).toEqual({ year: 2023, perUsd: 140.5001 });
    expect(referenceRate(table, "CNY", 2019)?.perUsd).toBe(6.9081);
    expect(1 / referenceRate(table, "EUR", 2021)!.perUsd).toBeCloseTo(1.183, 4);
    expect(1 / referenceRate(table, "GBP", 2015)!.perUsd).toBeCloseTo(1.5284, 4);
  });

  it("uses the newest year after the table, the nearest year in a gap and nothing before it", () => {
    expect(referenceRate(table, "JPY", 2031)?.year).toBe(2024);
    expect(referenceRate(table, "BRL", 2016)?.year).toBe(2017);
    expect(referenceRate(table, "JPY", 1998)).toBeUndefined();
  });

  it("takes the year from the sentence, else from earlier in the paragraph", () => {
    const paragraph = "The plant opened in 2015 near Osaka. In 2019 it cost ¥1 trillion ($9.2 billion). It cost ¥2 trillion ($18 billion) later.";
    const amounts = parseAmounts(paragraph);
    const years = namedYears(paragraph, amounts);
    const [, second, third] = sentenceSpans(paragraph);
    expect(referenceYear(years, second!, paragraph.indexOf("¥1"))).toBe(2019);
    expect(referenceYear(years, third!, paragraph.indexOf("¥2"))).toBe(2019);
    expect(referenceYear([], third!, paragraph.indexOf("¥2"))).toBeUndefined();
  });

  it("formats rates to four figures and names a factor of ten", () => {
    expect(formatRate(7.17)).toBe("7.17");
    expect(formatRate(149.2462)).toBe("149.2");
    expect(formatRate(1306.7637)).toBe("1307");
    expect(describeDeviation(1000.4, 0.1).cause).toMatch(/factor of 1,000 .*scale word/);
    expect(describeDeviation(0.1, 0.1).cause).toMatch(/factor of 10 .*decimal point/);
    expect(describeDeviation(1.17, 0.1)).toEqual({ how: "17% above it" });
  });

  it("decides a document's target by its conversions, then by its amounts, else not at all", () => {
    const m = (entries: Array<[string, number]>) => new Map(entries);
    expect(conversionTarget(m([["USD", 2], ["JPY", 1]]), m([]))?.code).toBe("USD");
    expect(conversionTarget(m([["USD", 1], ["JPY", 1]]), m([["USD", 8], ["JPY", 1]]))).toMatchObject({ code: "USD", why: "mentions" });
    expect(conversionTarget(m([["USD", 1], ["JPY", 1]]), m([["USD", 2], ["JPY", 2]]))).toBeUndefined();
    expect(conversionTarget(m([["JPY", 1]]), m([]))).toBeUndefined();
    expect(conversionTarget(m([]), m([]), "EUR")).toMatchObject({ code: "EUR", why: "option" });
  });

  it("reads a bare ¥ from what the document names, else from the rate", () => {
    expect(bareYenCurrency("yuan")).toBe("CNY");
    expect(bareYenCurrency("yen", false, true)).toBe("JPY");
    expect(bareYenCurrency("both", false, true)).toBe("CNY");
    expect(bareYenCurrency("both", true, true)).toBeUndefined();
    expect(bareYenCurrency("neither")).toBe("JPY");
  });
});

describe("options", () => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-rates-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("accepts none, and defaults to the table's newest year and a 10% tolerance", () => {
    const settings = readSettings(undefined, dir);
    expect(settings.defaultYear).toBe(2024);
    expect(settings.options.tolerance).toBe(10);
  });

  it.each([
    [{ tolerance: 150 }, /option "tolerance" must be a number from 0 to 100/],
    [{ tolerance: -1 }, /option "tolerance"/],
    [{ consistencyTolerance: "3%" }, /option "consistencyTolerance"/],
    [{ targetCurrency: "XYZ" }, /option "targetCurrency" must be an ISO 4217 code/],
    [{ targetCurrency: "usd" }, /option "targetCurrency"/],
    [{ dollarSign: "A$" }, /option "dollarSign" must be an ISO 4217 code/],
    [{ rates: { JPX: 150 } }, /"JPX" is not an ISO 4217 currency code/],
    [{ rates: { JPY: -150 } }, /the rate for JPY must be a positive number/],
    [{ rates: { 2025: { JPY: "high" } } }, /option "rates" 2025: the rate for JPY/],
    [{ rates: { 2025: [150] } }, /option "rates" 2025 must be an object/],
    [{ ratesFile: "missing.json" }, /option "ratesFile": cannot read .*missing\.json/],
    [{ year: 1990 }, /option "year" is 1990, but the rate table has 2014 to 2024/],
    [{ yaer: 2020 }, /unknown option "yaer"/],
  ])("rejects %j with a clear error", (options, message) => {
    expect(() => readSettings(options, dir)).toThrow(message);
  });

  it("reads a rates file relative to the configuration, per year or for every year", () => {
    writeFileSync(join(dir, "rates.json"), JSON.stringify({ 2025: { JPY: 150, CNY: 7.19 } }));
    const settings = readSettings({ ratesFile: "rates.json", year: 2025 }, dir);
    expect(referenceRate(settings.table, "CNY", 2025)?.perUsd).toBe(7.19);
    writeFileSync(join(dir, "flat.json"), JSON.stringify({ JPY: 100 }));
    expect(referenceRate(readSettings({ ratesFile: "flat.json" }, dir).table, "JPY", 2019)?.perUsd).toBe(100);
  });

  it("names an unreadable rates file", () => {
    writeFileSync(join(dir, "broken.json"), "{ JPY: 150 ");
    expect(() => readSettings({ ratesFile: "broken.json" }, dir)).toThrow(/cannot read ".*broken\.json" as JSON/);
  });
});

const tester = new TextLintTester();

/** A document with one report, on `marked`, from `check`: [source, marked, check, options, ext]. */
type OneReport = [string, string, string, object?, string?];

const invalidCases: OneReport[] = [
  // rate
  ["The fund raised 380 billion yuan, approximately $5.3 billion.", "$5.3 billion", "rate"],
  ["Toyota will invest $80 billion (approximately 1.19 trillion yen).", "1.19 trillion yen", "rate"],
  ["The EU pledged €1 billion ($2.1 billion).", "$2.1 billion", "rate"],
  ["The fund raised 380 billion yuan, approximately $53 million.", "$53 million", "rate"],
  // 2015: 121 yen to the dollar, so ¥1.1 trillion was $9.1 billion
  ["In 2015 the group paid ¥1.1 trillion ($13 billion) for the stake.", "$13 billion", "rate"],
  ["The EU pledged €1 billion ($1.3 billion).", "$1.3 billion", "rate", { tolerance: 5 }],
  ["The EU pledged €1 billion ($1.08 billion).", "$1.08 billion", "rate", { rates: { EUR: 0.8 } }],
  ["Alibaba will invest 380 billion yuan, approximately $5.3 billion.", "$5.3 billion", "rate", {}, ".txt"],
  // Markdown and plain-text forms: list items, block quotes, headings, link text, emphasis, tables,
  // non-breaking spaces, CRLF line ends, curly quotes
  ["- The EU pledged €1 billion ($2.1 billion).\n- It paid on time.", "$2.1 billion", "rate"],
  ["> The EU pledged €1 billion ($2.1 billion), the letter said.", "$2.1 billion", "rate"],
  ["# EU pledges €1 billion ($2.1 billion)\n\nMore soon.", "$2.1 billion", "rate"],
  ["[The EU pledged €1 billion ($2.1 billion)](https://example.com/eu) on Friday.", "$2.1 billion", "rate"],
  ["The EU pledged **€1 billion** (*$2.1 billion*) on Friday.", "$2.1 billion", "rate"],
  ["| Deal | Value |\n| --- | --- |\n| EU fund | €1 billion ($2.1 billion) |", "$2.1 billion", "rate"],
  ["The EU pledged €1\u00A0billion ($2.1\u00A0billion).", "$2.1\u00A0billion", "rate"],
  ["First line.\r\nThe EU pledged €1 billion ($2.1 billion).\r\nLast line.", "$2.1 billion", "rate", {}, ".txt"],
  ["“The EU pledged €1 billion ($2.1 billion),” she said. 😀", "$2.1 billion", "rate"],
  // a range converted into a range, one end off
  ["In 2023 the charge rose by $3.8 million to $4.9 million (£3 million to £5.9 million).", "£5.9 million", "rate"],
  // consistency
  [
    "Alibaba will spend 380 billion yuan ($53 billion). Tencent will spend 100 billion yuan ($14.9 billion).",
    "$14.9 billion",
    "consistency",
  ],
  [
    "Alibaba will spend 380 billion yuan ($53 billion).\n\nTencent will spend 100 billion yuan ($13.5 billion).",
    "$13.5 billion",
    "consistency",
    { consistencyTolerance: 1 },
  ],
  // target: the article's case
  [
    "Alibaba will invest 380 billion yuan, approximately $53 billion. Microsoft has allocated $80 billion (approximately 11.94 trillion yen). Alibaba's $53 billion bet is big.",
    "11.94 trillion yen",
    "target",
  ],
  [
    "Sony spent ¥500 billion ($3.3 billion). BMW spent €2 billion ($2.2 billion). Ford spent $1 billion (€0.92 billion).",
    "€0.92 billion",
    "target",
  ],
  ["BMW spent €2 billion ($2.2 billion).", "$2.2 billion", "target", { targetCurrency: "EUR" }],
  // a conversion out of the target whose reverse the document never makes is still off target
  [
    "Sony spent ¥500 billion ($3.3 billion). BMW spent €2 billion ($2.2 billion). The bank will spend $3.3bn (£2.6bn) in Seoul.",
    "£2.6bn",
    "target",
  ],
  // a bare $ read as the Australian dollar
  ["Canberra will spend $10 billion (US$9.9 billion) on frigates.", "US$9.9 billion", "rate", { dollarSign: "AUD" }],
  // ambiguous ¥
  ["Baidu earned ¥30 billion. The yuan and the yen both fell.", "¥30 billion", "ambiguous-yen"],
  // debug: a pass is reported with its arithmetic
  ["The EU pledged €1.2 billion ($1.3 billion).", "$1.3 billion", "pass", { debug: true }],
  // each check can be turned off on its own
  [
    "Alibaba will spend 380 billion yuan ($5.3 billion). Tencent will spend 100 billion yuan ($15.5 billion). Baidu earned ¥30 billion. The yen fell.",
    "$15.5 billion",
    "consistency",
    { rate: false, ambiguousYen: false, target: false },
  ],
];

tester.run("currency-conversion", rule, {
  valid: [
    // rate: within 10% of the reference
    "The fund raised 380 billion yuan, approximately $53 billion.",
    "Toyota will invest $80 billion (approximately 11.94 trillion yen).",
    "The EU pledged €1.2 billion ($1.3 billion).",
    "The company earned RMB 380 billion (US$53bn).",
    "Profit rose to HK$10 billion (US$1.28 billion).",
    // the year named in the sentence picks the reference: 110 yen to the dollar in 2018
    "In 2018 the group paid ¥1.1 trillion ($10 billion) for the stake.",
    // before the table: not judged
    "In 1998 the bank lent ¥1 trillion ($7.6 billion).",
    // a bare $ converted into US$ is some other dollar, not judged unless dollarSign says which
    "Canberra will spend $10 billion (US$9.9 billion) on frigates.",
    { text: "Canberra will spend $10 billion (US$6.6 billion) on frigates.", options: { dollarSign: "AUD" } },
    // a currency without a reference rate is not judged
    "The loan was 50 billion naira ($33 million).",
    // consistency: two rates of one pair within 3%, or apart by no more than their digits allow
    "Alibaba will spend 380 billion yuan ($53 billion). Tencent will spend 100 billion yuan ($14 billion).",
    "Alibaba will spend 380 billion yuan ($53 billion). Tencent will spend 100 billion yuan ($15 billion).",
    // a range converted into a range: each end is judged against its own
    "In 2023 the charge rose by $3.8 million to $4.9 million (£3 million to £3.9 million).",
    "- In 2023 the charge rose by $3.8 million to $4.9 million (£3 million to £3.9 million).\n\n> Both ends were revised.\n",
    // consistency: different years may have different rates
    "In 2015 it paid ¥1 trillion ($8.3 billion). In 2023 it paid ¥1 trillion ($7.1 billion).",
    // target: every conversion goes into dollars
    "Sony spent ¥500 billion ($3.3 billion). BMW spent €2 billion ($2.2 billion).",
    // target: a document that converts as often each way between two currencies gives its amounts in both
    "The bank, which has $40bn of assets, will spend $3.3bn (£2.6bn) in Seoul, after raising £1bn ($1.27bn) in London.",
    "- The bank will spend $3.3bn (£2.6bn) in Seoul, of $40bn in all.\n- It raised £1bn ($1.27bn) in London.\n\n> Both were in 2024.\n",
    // target: a second conversion beside one into the target
    "Sony spent ¥500 billion ($3.3 billion). It raised HK$2 billion (US$256 million, or €235 million).",
    // ambiguous ¥: the document names only yen
    "Sony spent ¥500 billion. The yen fell.",
    // ambiguous ¥ in a document that names neither: nothing to confuse it with
    "A bowl of ramen costs ¥900.",
    // code is not prose
    "Run `echo 380 billion yuan, approximately $5.3 billion` in a shell.",
    "```\nThe fund raised 380 billion yuan, approximately $5.3 billion.\n```",
    "    The fund raised 380 billion yuan, approximately $5.3 billion.",
    // nor is a link's address
    "[The fund](https://example.com/380-billion-yuan-$5.3-billion) raised money.",
    // a conversion split across two paragraphs is not a conversion
    "The fund raised 380 billion yuan,\n\napproximately $5.3 billion.",
    // empty and odd documents
    "",
    "$",
    "¥¥¥ 1,,,000 $$$ billion yuan (((",
    // plain text too
    { text: "The EU pledged €1.2 billion ($1.3 billion).", ext: ".txt" },
  ],
  invalid: invalidCases.map(([source, marked, , options, ext]) => {
    const start = source.lastIndexOf(marked);
    if (start < 0) throw new Error(`"${marked}" is not in "${source}"`);
    return { text: source, ext: ext ?? ".md", ...(options ? { options } : {}), errors: [{ range: [start, start + marked.length] as [number, number] }] };
  }),
});

describe("each check", () => {
  it.each(invalidCases)("reports %j under its own id", async (source, marked, check, options, ext) => {
    const reports = await lint(source, options ?? {}, ext ?? ".md");
    expect(reports.map((r) => [r.marked, r.message.slice(0, check.length + 3)])).toEqual([[marked, `[${check}] `]]);
  });
});

describe("messages", () => {
  it("show the arithmetic and the reference for a rate that is off", async () => {
    const [report] = await lint("The fund raised 380 billion yuan, approximately $5.3 billion.");
    expect(report?.message).toBe(
      "[rate] 380 billion yuan ≈ $5.3 billion implies 71.7 CNY per USD, but the 2024 average is 7.2: 9.958 times the reference (tolerance 10%); a factor of 10 suggests a misplaced decimal point. Check both amounts.",
    );
  });

  it("name a wrong scale word", async () => {
    const [report] = await lint("The fund raised 380 billion yuan, approximately $53 million.");
    expect(report?.message).toMatch(/a factor of 1,000 suggests a wrong scale word/);
  });

  it("show the arithmetic of a pass in debug mode", async () => {
    const [report] = await lint("Alibaba will invest more than 380 billion yuan, approximately $53 billion.", { debug: true });
    expect(report?.message).toBe("[pass] 380 billion yuan ≈ $53 billion implies 7.17 CNY per USD; the 2024 reference is 7.2 (within 10%).");
  });

  it("say which rate a conversion disagrees with", async () => {
    const reports = await lint("Alibaba will spend 380 billion yuan ($53 billion). Tencent will spend 100 billion yuan ($14.9 billion).");
    expect(reports.map((r) => r.message)).toEqual([
      "[consistency] 100 billion yuan ≈ $14.9 billion implies 6.711 CNY per USD, but 380 billion yuan ≈ $53 billion earlier in the document implies 7.17: 6.4% apart (tolerance 3%). Use one rate throughout.",
    ]);
  });

  it("say where the document converts and where this conversion goes", async () => {
    const reports = await lint(
      "Alibaba will invest 380 billion yuan, approximately $53 billion.\n\nMicrosoft has allocated $80 billion (approximately 11.94 trillion yen).\n\nAlibaba's $53 billion bet is big.",
    );
    expect(reports).toEqual([
      {
        marked: "11.94 trillion yen",
        message:
          "[target] This document converts into USD elsewhere and states 3 amounts in USD, but here $80 billion is converted from USD into JPY. Convert into USD, or drop the conversion.",
        suggestions: [],
      },
    ]);
  });

  it("suggest CN¥ for a bare ¥ whose conversion rate fits only the yuan", async () => {
    const source = "Baidu earned ¥30 billion ($4.2 billion). The yen fell and the yuan rose.";
    const [report] = await lint(source);
    expect(report?.marked).toBe("¥30 billion");
    expect(report?.message).toMatch(/^\[ambiguous-yen\] .*fits the yuan: CN¥\.$/);
    expect(report?.suggestions).toEqual([{ id: "write-sign", message: 'Write "CN¥"', fix: { range: [13, 14], text: "CN¥" } }]);
  });

  it("resolve a bare ¥ by its rate for the rate check when the document names both", async () => {
    // 30 billion at 7.2 to the dollar is $4.2 billion: yuan, so the rate passes; only the ambiguity is reported.
    const reports = await lint("Baidu earned ¥30 billion ($4.2 billion). The yen fell and the yuan rose.");
    expect(reports.map((r) => r.message.slice(0, 16))).toEqual(["[ambiguous-yen] "]);
  });
});

describe("the example article", () => {
  it("gets exactly one report: the conversion into yen, at the amount", async () => {
    const source = readFileSync(join(root, "examples/article/article.txt"), "utf8");
    const reports = await lint(source, {}, ".txt");
    expect(reports.map((r) => r.marked)).toEqual(["11.94 trillion yen"]);
    expect(reports[0]?.message).toMatch(/^\[target\] This document converts into USD/);
  });
});

describe("robustness", () => {
  // Documents stitched from the pieces amounts and conversions are made of, and from pieces that break them.
  const piece = fc.constantFrom(
    "$", "US$", "¥", "€", "£", "HK$", "RMB ", "Rs. ", "CN¥", "5", "53", "1,000", "11.94", "0.5", ",", ".", " ", "\u00A0", "-", "–",
    " billion", " million", "bn", "m", "k", " crore", " yuan", " yen", " dollars", " euros", " pounds", " won", " USD", " EUR",
    " (", ")", ", approximately ", " or ", " about ", "\n", "\n\n", "\r\n", "`", "**", "[", "](https://x.io/$5)", "> ", "- ",
    "# ", "| a | b |\n| - | - |\n| ", " In 2019", " 2015.", "Fifty-three", " hundred", " the yen", " the yuan", "😀", "“", "”",
  );
  const document = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

  it("never throws and never reports outside the text, in Markdown or plain text", async () => {
    await fc.assert(
      fc.asyncProperty(document, fc.constantFrom(".md", ".txt"), fc.boolean(), async (source, ext, debug) => {
        const kernel = new TextlintKernel();
        const result = await kernel.lintText(source, {
          ext,
          filePath: join(root, `fuzz${ext}`),
          plugins: [
            { pluginId: "markdown", plugin: markdown },
            { pluginId: "text", plugin: text },
          ],
          rules: [{ ruleId: "currency-conversion", rule, options: { debug } }],
        });
        for (const m of result.messages) {
          expect(m.range[0]).toBeGreaterThanOrEqual(0);
          expect(m.range[1]).toBeLessThanOrEqual(source.length);
          expect(m.range[0]).toBeLessThanOrEqual(m.range[1]);
        }
      }),
      { numRuns: 400, seed: 20261128 },
    );
  });
});
