// Accuracy plug-in for @copydesk/currency-conversion.
//
// The clean corpus (software documentation) holds almost no currency conversions, so there is
// nothing in it to perturb. insertErrors therefore plants conversions: a new paragraph, written
// in wire style, whose conversion is off by a factor (a slipped decimal point, a wrong scale
// word, a rate 25-35% off, the rate applied the wrong way round). Planted paragraphs name no
// year, so the rule judges them against the table's newest year, whose rates they are built on.
// The error's range is the converted amount, where the rule reports. Recall on these measures
// the rule on its own templates; the labelled sets below, written in the forms real news copy
// uses, are the better measure of both recall and precision.
import { applyEdits, pickRandom, proseOnly } from "../proseOnly.mjs";

export const name = "currency-conversion";
export const pkg = "@copydesk/textlint-rule-currency-conversion";

// Units per US dollar in 2024 (the newest year of the rule's table): what planted conversions start from.
const PER_USD = { CNY: 7.2, JPY: 151, EUR: 1 / 1.08, GBP: 1 / 1.28, INR: 83.7, KRW: 1360, CHF: 0.88, HKD: 7.8, CAD: 1.37, AUD: 1 / 0.66 };

// How each currency is written before the conversion: [written amount, value in units].
const SOURCES = [
  ["CNY", (n) => `${n} billion yuan`, 1e9],
  ["CNY", (n) => `RMB ${n} billion`, 1e9],
  ["JPY", (n) => `${n} billion yen`, 1e9],
  ["JPY", (n) => `¥${n} billion`, 1e9],
  ["EUR", (n) => `€${n} million`, 1e6],
  ["EUR", (n) => `${n} million euros`, 1e6],
  ["GBP", (n) => `£${n}m`, 1e6],
  ["INR", (n) => `${n} billion rupees`, 1e9],
  ["KRW", (n) => `${n} billion won`, 1e9],
  ["CHF", (n) => `${n} million Swiss francs`, 1e6],
  ["HKD", (n) => `HK$${n} million`, 1e6],
  ["CAD", (n) => `C$${n} million`, 1e6],
  ["AUD", (n) => `A$${n} million`, 1e6],
];
const SUBJECTS = ["The company", "The group", "The ministry", "The lender", "The city council", "The start-up", "The fund", "The insurer"];
const VERBS = ["will invest", "set aside", "raised", "paid", "expects to spend", "agreed to pay", "lost", "earned"];
const JOINS = [
  (from, to) => `${from} (${to})`,
  (from, to) => `${from}, or about ${to},`,
  (from, to) => `${from}, approximately ${to},`,
  (from, to) => `${from} (about ${to})`,
  (from, to) => `${from} – roughly ${to} –`,
];
const ENDINGS = ["on the project.", "in the deal.", "over three years.", "last quarter.", "for the plant."];
// The error: the factor by which the converted amount is off, and how the rule describes it.
const FACTORS = [10, 0.1, 1000, 0.001, 1.3, 0.7, 100];

const pick = (list, random) => list[Math.floor(random() * list.length)];

/** A US-dollar amount for a message, rounded the way copy rounds: $53 billion, $1.3 billion, $640 million. */
function dollars(value) {
  for (const [unit, word] of [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]]) {
    if (value >= unit) return `$${Number((value / unit).toPrecision(value / unit >= 100 ? 3 : 2))} ${word}`;
  }
  return `$${Math.round(value).toLocaleString("en-US")}`;
}

/** A wire-style paragraph with a wrong conversion, and where in it the converted amount is. */
function plantedParagraph(random, source) {
  const [code, write, unit] = source;
  const n = [12, 35, 80, 150, 380, 640, 2.5, 7.4][Math.floor(random() * 8)];
  const usd = ((n * unit) / PER_USD[code]) * pick(FACTORS, random);
  const to = dollars(usd);
  const sentence = `${pick(SUBJECTS, random)} ${pick(VERBS, random)} ${pick(JOINS, random)(write(n), to)} ${pick(ENDINGS, random)}`
    .replace(/,\s+([a-z]+ [a-z]+\.)$/, " $1")
    .replace(/– ([a-z])/, "– $1");
  const at = sentence.lastIndexOf(to);
  return { sentence, errorStart: at, errorEnd: at + to.length };
}

/** Starts of prose paragraphs after a blank line, outside code, HTML and front matter. */
function paragraphStarts(text) {
  const prose = proseOnly(text);
  const starts = [];
  const re = /\n[ \t]*\n(?=[\p{L}])/gu;
  for (let m = re.exec(prose); m !== null; m = re.exec(prose)) starts.push(m.index + m[0].length);
  return starts;
}

/** Plants `count` paragraphs with a wrong conversion before randomly chosen prose paragraphs. */
export function insertErrors(text, random, count) {
  const starts = pickRandom(paragraphStarts(text), count, random);
  const sources = starts.map(() => pick(SOURCES, random));
  // A document that plants yuan writes its yen as "yen": a bare ¥ beside yuan is an error of its own.
  const yuan = sources.some(([code]) => code === "CNY");
  const edits = starts.map((start, i) => {
    const source = yuan && sources[i][1](1).startsWith("¥") ? SOURCES.find(([c, w]) => c === "JPY" && !w(1).startsWith("¥")) : sources[i];
    const { sentence, errorStart, errorEnd } = plantedParagraph(random, source);
    return { start, end: start, insert: `${sentence}\n\n`, errorStart, errorEnd };
  });
  return applyEdits(text, edits);
}

// Sentences written for this benchmark in wire, financial-press and business styles. Each case is a
// document of its own. Rates are judged against the rule's table: 2024 unless the case names a year.
// Every miss and false alarm is explained in packages/textlint-rule-currency-conversion/README.md.
export const labelledSets = [
  {
    name: "news-copy conversions",
    cases: [
      // correct conversions
      { text: "China Evergrande said it would sell assets worth 12.5 billion yuan ($1.74 billion) to repay debt.", expect: "ok" },
      { text: "Toyota Motor Corp will spend 1.5 trillion yen ($9.9 billion) on battery plants through 2026, the company said on Tuesday.", expect: "ok" },
      { text: "Siemens agreed to buy the software maker for 10.6 billion euros ($11.5 billion) in cash.", expect: "ok" },
      { text: "The regulator fined the bank £40m ($51m) for failings in its anti-money laundering controls.", expect: "ok" },
      { text: "Reliance Industries plans to invest 750 billion rupees ($9 billion) in clean energy.", expect: "ok" },
      { text: "Samsung Electronics posted an operating profit of 10.4 trillion won ($7.6 billion) for the quarter.", expect: "ok" },
      { text: "Nestle will cut costs by 2.5 billion Swiss francs ($2.8 billion) by the end of 2027.", expect: "ok" },
      { text: "The Hong Kong government set aside HK$5 billion (US$640 million) for the relief scheme.", expect: "ok" },
      { text: "Brookfield raised C$2 billion ($1.46 billion) from the bond sale, according to a filing.", expect: "ok" },
      { text: "BHP booked an A$3.2bn (US$2.1bn) impairment on its nickel business.", expect: "ok" },
      { text: "Tencent's revenue rose to Rmb167bn ($23.2bn) in the quarter, beating forecasts.", expect: "ok" },
      { text: "Petrobras will pay R$20 billion ($4 billion) in extraordinary dividends.", expect: "ok" },
      { text: "The bond raised 10 billion Mexican pesos ($560 million) at a record low yield.", expect: "ok" },
      { text: "TSMC will spend NT$1 trillion (US$31 billion) on new fabs in southern Taiwan.", expect: "ok" },
      { text: "Alibaba plans to invest more than 380 billion yuan, or about $53 billion, in AI infrastructure over three years.", expect: "ok" },
      { text: "The recovery fund, worth 750 billion euros ($810 billion), was agreed in July 2020.", expect: "ok" },
      { text: "In 2019, SoftBank paid ¥1.1 trillion ($10 billion) for the stake.", expect: "ok" },
      { text: "The central bank lent 50 billion rand ($2.7 billion) to the state utility.", expect: "ok" },
      { text: "Unilever's turnover rose to €60.1 billion ($65 billion) last year.", expect: "ok" },
      { text: "The offer values the company at 4.2 billion pounds ($5.4 billion), including debt.", expect: "ok" },
      { text: "Infosys reported revenue of Rs 38,994 crore ($4.7 billion) for the year.", expect: "ok" },
      { text: "The Swiss National Bank earned CHF 59 billion ($67 billion) in 2023.", expect: "ok" },
      { text: "Volvo Cars will invest 10 billion Swedish kronor ($950 million) in its Ghent plant.", expect: "ok" },
      { text: "Operating profit fell to ¥50bn – roughly $330m – in the three months to June.", expect: "ok" },
      { text: "Sony will spend ¥500 billion ($3.3 billion) on image sensors. Panasonic plans to invest ¥1 trillion ($6.6 billion) in batteries.", expect: "ok" },
      { text: "The Australian government will spend $10 billion (US$6.6 billion) on new frigates.", expect: "ok" },
      { text: "Saudi Aramco will pay 29.4 billion riyals ($7.8 billion) in dividends this quarter.", expect: "ok" },
      { text: "HSBC raised HK$2 billion (US$256 million, or €235 million) from the note sale.", expect: "ok" },
      { text: "Sony earned ¥500 billion ($3.3 billion) abroad, while its US rival earned $2 billion (¥300 billion) in Japan.", expect: "ok" },
      // amounts that are not conversions, and currency words that are not amounts
      { text: "Exports rose to $5 billion from €4 billion a year earlier.", expect: "ok" },
      { text: "The company raised $300 million and €200 million in two bond sales.", expect: "ok" },
      { text: "The phone costs $999, €1,049 or £899 depending on the market.", expect: "ok" },
      { text: "The central bank set the midpoint at 7.1 yuan per dollar on Monday.", expect: "ok" },
      { text: "Shares of Dollar General fell 5% after the retailer cut its forecast.", expect: "ok" },
      { text: "The yen weakened past 150 per dollar, prompting talk of intervention.", expect: "ok" },
      { text: "The rate was fixed at $1 = 7.1 yuan for the settlement.", expect: "ok" },
      { text: "The yen traded at 80 to the dollar back then, so the ¥1 trillion ($12.5 billion) deal looked cheap.", expect: "ok" },

      // wrong conversions
      { text: "China Evergrande said it would sell assets worth 12.5 billion yuan ($17.4 billion) to repay debt.", expect: "flag" },
      { text: "Toyota Motor Corp will spend 1.5 trillion yen ($99 million) on battery plants.", expect: "flag" },
      { text: "Siemens agreed to buy the software maker for 10.6 billion euros ($1.15 billion) in cash.", expect: "flag" },
      { text: "The regulator fined the bank £40m ($61m) for failings in its controls.", expect: "flag" },
      { text: "Reliance Industries plans to invest 750 billion rupees ($90 billion) in clean energy.", expect: "flag" },
      { text: "Samsung Electronics posted an operating profit of 10.4 trillion won ($76 billion) for the quarter.", expect: "flag" },
      { text: "Nestle will cut costs by 2.5 billion Swiss francs ($1.8 billion) by the end of 2027.", expect: "flag" },
      { text: "BHP booked an A$3.2bn (US$3.2bn) impairment on its nickel business.", expect: "flag" },
      { text: "Tencent's revenue rose to Rmb167bn ($167bn) in the quarter.", expect: "flag" },
      { text: "The EU pledged €1 billion ($2.1 billion) to the vaccine fund.", expect: "flag" },
      { text: "Alibaba will invest more than 380 billion yuan, approximately $53 million, over the next three years.", expect: "flag" },
      { text: "Petrobras will pay R$20 billion ($40 billion) in extraordinary dividends.", expect: "flag" },
      { text: "TSMC will spend NT$1 trillion (US$3.1 billion) on new fabs.", expect: "flag" },
      { text: "Infosys reported revenue of Rs 38,994 crore ($47 billion) for the year.", expect: "flag" },
      { text: "In 2015, the group paid ¥1.1 trillion ($13 billion) for the stake.", expect: "flag" },
      { text: "The Hong Kong government set aside HK$5 billion (US$5 billion) for the relief scheme.", expect: "flag" },
      { text: "The central bank lent 50 billion rand ($27 billion) to the state utility.", expect: "flag" },
      { text: "The offer values the company at 4.2 billion pounds ($4.2 billion), including debt.", expect: "flag" },
      { text: "Unilever's turnover rose to €60.1 billion ($56 billion) last year.", expect: "flag" },
      { text: "The regulator fined the bank £40m ($31m) for the breaches.", expect: "flag" },
      { text: "Samsung Electronics posted an operating profit of 10.4 trillion won ($7.6 million).", expect: "flag" },
      { text: "The Swiss National Bank earned CHF 59 billion ($52 billion) in 2023.", expect: "flag" },
      { text: "The start-up raised 2 billion yuan, or $28 million, in its listing.", expect: "flag" },
      { text: "Fifty-three billion dollars, or 38 billion yuan, is what Alibaba will spend.", expect: "flag" },
      // two conversions of one pair at different rates
      { text: "Sony will spend ¥500 billion ($3.3 billion) on sensors, and Panasonic plans to invest ¥1 trillion ($7.2 billion) in batteries.", expect: "flag" },
      { text: "BASF will invest €10 billion ($10.8 billion) in China, while Bayer plans to spend €5 billion ($5.8 billion) on research.", expect: "flag" },
      // a conversion against the document's direction (the example article's case)
      {
        text: "Alibaba will invest 380 billion yuan, approximately $53 billion. Microsoft has allocated $80 billion (approximately 11.94 trillion yen) for data centers, and Alibaba's $53 billion bet is the largest in China.",
        expect: "flag",
      },
      { text: "Sony spent ¥500 billion ($3.3 billion) and BMW spent €2 billion ($2.2 billion). Ford spent $1 billion (€920 million) in Germany.", expect: "flag" },
      // ¥ for both currencies
      { text: "Baidu's quarterly revenue was ¥34.5 billion. Analysts expect the yuan to weaken as the yen recovers.", expect: "flag" },
      // forms the rule does not reach
      { text: "Alibaba will invest 380 billion yuan. That is about $5.3 billion.", expect: "flag" },
      { text: "The club charged supporters 40 pounds ($100) a ticket.", expect: "flag" },
    ],
  },
];
