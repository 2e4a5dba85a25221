import TextLintTester from "textlint-tester";
import rule, { acronymFits, consistencyFindings, consistencyWords, DEFAULT_OPTIONS, isOrdinaryWord, joinsOrdinaryWords } from "@copydesk/textlint-rule-consistency";
import { documentWordsOf } from "@copydesk/prose";
import { parse as parseMarkdown } from "@textlint/markdown-to-ast";
import { describe, expect, it } from "vitest";
import { lintWithRule } from "./lintWithRule";

const tester = new TextLintTester();

type Ext = ".md" | ".txt";

/** The range of the n-th occurrence (1-based) of `needle` in `source`. */
function rangeOf(source: string, needle: string, nth = 1): [number, number] {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = source.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" #${nth} is not in ${JSON.stringify(source)}`);
  }
  return [at, at + needle.length];
}

interface Change {
  /** The text reported, "text#n" for its n-th occurrence. */
  readonly at: string;
  /** What the fix writes there; none for a report without a fix. */
  readonly fix?: string;
  /** The message, where the case checks it. */
  readonly says?: string;
}

/** An invalid case: each change is reported at exactly its range (with its message part), and the fixes give the output. */
function flags(source: string, changes: readonly Change[], ext: Ext = ".md", options?: object) {
  const located = changes.map((change) => {
    const [needle, nth] = change.at.split("#") as [string, string | undefined];
    return { ...change, range: rangeOf(source, needle, Number(nth ?? 1)) };
  });
  let output = source;
  for (const change of [...located].sort((a, b) => b.range[0] - a.range[0])) {
    if (change.fix !== undefined) output = output.slice(0, change.range[0]) + change.fix + output.slice(change.range[1]);
  }
  return {
    text: source,
    output,
    ext,
    ...(options ? { options } : {}),
    errors: located.map(({ range, says }) => ({ range, ...(says ? { message: says } : {}) })),
  };
}

const ok = (source: string, ext: Ext = ".md", options?: object) => ({ text: source, ext, ...(options ? { options } : {}) });

/** Lints one document with this rule alone and returns the messages, or the error thrown. */
const lint = (source: string, options: unknown = true, ext: Ext = ".md") => lintWithRule("consistency", rule, source, options, ext);

describe("[name]: a name the document capitalizes, written lowercase", () => {
  tester.run("consistency [name]", rule, {
    valid: [
      // the ordinary word beside the name
      ok("Apple said on Monday that Apple and Apple’s suppliers would gain. Its apple orchards are small."),
      // a prefix or compound
      ok("Meta said so. Analysts at Meta and Meta’s peers ran a meta-analysis."),
      // domains, handles and code
      ok("Shares of Alibaba rose. Rivals of Alibaba watched. Visit alibaba.com or write to @alibaba for news."),
      ok("Shares of Alibaba rose and Alibaba gained. Set `alibaba` to true, then alibaba runs."),
      // the first word of a heading or a list item, which sentence-case decides
      ok("# alibaba results\n\nShares of Alibaba rose and Alibaba gained.\n\n- alibaba shares fell\n"),
      // a word the document writes lowercase more often than capitalized is its ordinary word
      ok("Run it with npm. The npm registry and Npm Inc. differ, and npm is fast."),
      // capitalized once mid-sentence is not yet the document's name
      ok("Shares of Alibaba rose, while alibaba’s rivals fell."),
      // capitals in a heading or a title-case label are title case, not a name
      ok("# Global Markets\n\nGlobal Vision: the global market grew, and global trade rose.\n"),
      // capitalized in two ways, the document does not settle the name
      ok("Shares of DeepSeek and Deepseek rose, while deepseek fell, and DeepSeek and Deepseek gained."),
      // a capital inside a longer name is the name's: United States, Members of Congress, Affordable Care Act
      ok("The United States and the United States Senate agreed that both states and Israel gain."),
      ok("Members of Congress and Members of the Senate met with members and Democrats."),
      ok("The Affordable Care Act and the Affordable Care Act rules made quality, affordable care common."),
      // a British spelling, a superlative or a compound of ordinary words, written lowercase as the word
      ok("Officials at the Ministry of Defence, Defence Secretary Geoff Hoon and Defence Minister Adam Ingram spoke to the BBC's defence correspondent."),
      ok("Voters backed Labour. Critics of Labour said immigrant labour was cheap."),
      ok("Mr Brown wore brown shoes, and Gordon Brown's brown coat was new. The Mr men books sold well."),
      ok("- The band's Greatest Hits sold well, and its Greatest Hits tour ended.\n\n> The Abba Gold greatest hits album returned.\n"),
      ok("Fans of Hip-Hop and critics of Hip-Hop agree that MTV hip-hop shows sell."),
      // two ordinary words run together, capitalized only inside longer names: the body's name, and its members
      ok("Darling Downs Wheatgrowers wants a levy and Mallee Wheatgrowers agrees. Now South Australian wheatgrowers must vote."),
      ok("- Gippsland Woolgrowers met.\n\n> Then Riverina Woolgrowers and Tasmanian woolgrowers voted.\n"),
      // a comma does not join a name: "this chamber, Republicans and Democrats"
      ok("The Chamber rose. In the Chamber and the Chamber’s gallery, I speak for this chamber, Republicans and Democrats."),
      // the particle of a family name, lowercase between the given name and the rest, capitalized alone
      ok("Trade envoy Aart de Vries spoke first. Later De Vries said talks would go on, and De Vries left."),
      ok("- Envoy Rosa de Lima arrived.\n\n> Later De Lima and De Lima's aides left.\n"),
      // the option is off
      ok("Shares of Alibaba rose and Alibaba gained, while alibaba’s plan held.", ".md", { name: false }),
    ],
    invalid: [
      flags("Alibaba rose. Shares of Alibaba and Alibaba’s rivals fell, but alibaba’s plan held.", [
        { at: "alibaba", fix: "Alibaba", says: `[name] "alibaba" is a name: the document writes it "Alibaba" twice mid-sentence; write "Alibaba".` },
      ]),
      // a particle held to the name where it does not stand between two parts of a name
      flags("Later De Lima said talks would go on, and De Lima left. Aides of de Lima stayed.", [{ at: "de#2", fix: "De" }]),
      // an ordinary word counts where it stands as a name, joined to another name
      flags("Meta Platforms leads. Rivals of Meta and Meta’s peers watch Microsoft and meta closely.", [{ at: "meta", fix: "Meta" }]),
      flags("Voters for Labour and Labour's leader cheered, while the Tories and labour traded blows.", [{ at: "labour", fix: "Labour" }]),
      // after a title, a word is the name it introduces, held to every capitalized use, ordinary word or not
      flags("Italy's Silvio Berlusconi spoke, and later Mr Berlusconi promised cuts.\n\nMr berlusconi then left.\n", [
        { at: "berlusconi", fix: "Berlusconi", says: `[name] "berlusconi" is a name: the document writes it "Berlusconi" twice mid-sentence; write "Berlusconi".` },
      ]),
      flags("- Gordon Brown spoke, and later Mr Brown left.\n\n> Then Dr brown and Ms Rice returned.\n", [{ at: "brown", fix: "Brown" }]),
      // plain text, where every line is a paragraph
      flags("Shares of Alibaba rose.\nRivals of Alibaba fell.\nWhile alibaba’s plan held, others waited.\n", [{ at: "alibaba", fix: "Alibaba" }], ".txt"),
      // Markdown: a link's text, a list item and a block quote
      flags(
        "Shares of [Alibaba](https://example.com/a) and Alibaba rose, as did Alibaba’s rivals.\n\n- The plan of [alibaba](https://example.com/b) held\n\n> Rivals watch alibaba closely.\n",
        [
          { at: "alibaba", fix: "Alibaba" },
          { at: "alibaba#2", fix: "Alibaba" },
        ],
      ),
      // beside another capital, a word that is only a name is held to every capitalized use
      flags("Saddam Hussein spoke, and then Saddam Hussein left. Critics of Saddam hussein waited.", [{ at: "hussein", fix: "Hussein" }]),
      // two ordinary words run together are held to the uses where they stand alone as a name
      flags("The board of Wheatgrowers met, and Wheatgrowers says a levy is due. Now South Australian wheatgrowers must vote.", [
        { at: "wheatgrowers", fix: "Wheatgrowers" },
      ]),
      // inside a longer name, with a capital after it, such a word is held to every capitalized use
      flags("- The Darling Downs Wheatgrowers Association met.\n\n> The Darling Downs Wheatgrowers Association and the Darling Downs wheatgrowers Association voted.\n", [
        { at: "wheatgrowers", fix: "Wheatgrowers" },
      ]),
      // the names option: written as given wherever it stands mid-sentence
      flags("Analysts at meta said so, and we use Npm daily.", [{ at: "meta", fix: "Meta" }, { at: "Npm", fix: "npm" }], ".md", { names: ["Meta", "npm"] }),
    ],
  });
});

describe("[month]: a month or weekday written lowercase", () => {
  tester.run("consistency [month]", rule, {
    valid: [
      ok("Prices may rise in march, said the board."),
      ok("Protesters march on the capital, and an august body of scholars watches."),
      ok("The dog sat 2 feet away in the sun 24 hours a day."),
      ok("You may 1) wait or 2) leave."),
      ok("Set `february` as the key, and read the field named sunday_hours."),
      ok("Shares fell on february 24.", ".md", { month: false }),
      // the verb with a count after it, even beside a word that could open a date
      ok("Veterans march 20 abreast, and they march 5 miles by noon."),
    ],
    invalid: [
      flags("Shares fell on february 24 and rose on tuesday.", [
        { at: "february", fix: "February", says: `[month] Names of months and days are capitalized: write "February".` },
        { at: "tuesday", fix: "Tuesday" },
      ]),
      flags("The plan starts in march 2024 and ends on may 5, 2025.", [
        { at: "march", fix: "March" },
        { at: "may", fix: "May" },
      ]),
      // after a preposition of time, a weekday or "ending", a day number makes a date whatever follows
      flags("On march 10 it said so; the quarter ending march 31 against a year ago fell, and on Monday march 9 between talks it rose.", [
        { at: "march", fix: "March" },
        { at: "march#2", fix: "March" },
        { at: "march#3", fix: "March" },
      ]),
      flags("- Talks due by march 3 failed.\n\n> They met after march 4 once more.\n", [{ at: "march", fix: "March" }, { at: "march#2", fix: "March" }]),
      // a heading, a list item and a block quote
      flags("# Results for january\n\n- Sales grew on friday\n\n> We met on august 3.\n", [
        { at: "january", fix: "January" },
        { at: "friday", fix: "Friday" },
        { at: "august", fix: "August" },
      ]),
    ],
  });
});

describe("[acronym]: an acronym that does not fit its words, or has two expansions", () => {
  tester.run("consistency [acronym]", rule, {
    valid: [
      ok("The Securities and Exchange Commission (SEC) and the World Health Organization (WHO) agreed."),
      ok("The Federal Reserve (Fed) watched gross domestic product (GDP) and the Hypertext Transfer Protocol (HTTP)."),
      // tickers, exchange codes, country codes and units
      ok("Alibaba Group (BABA) and Apple (AAPL) rose, as did Alibaba (NYSE: BABA) and the United Kingdom (UK)."),
      ok("The drive holds two terabytes of storage (TB) and the plan runs in 2024 (or 2025)."),
      // one acronym, one expansion, given twice
      ok("The application programming interface (API) changed. The new application programming interfaces (APIs) are faster."),
      // a word after the expansion, a later part of a hyphenated word, a leading "The", an X for "cross"
      ok("The Common Internet File System Protocol (CIFS) and a Kernel-based Virtual Machine (KVM) run."),
      ok("See The Linux Documentation Project (TLDP) about Cross-Site Scripting (XSS) and Extensible Markup Language (XML)."),
      // words before the parenthesis that were never meant as the expansion
      ok("It passes content as structured data (ASTs) to plugins."),
      ok("The Federal Trade Commission (FCC) sued.", ".md", { acronym: false }),
      // wire copy: a ticker after a company's legal form, or after its name written out in full
      ok("Shares of Kestrel Foods Corp (KFD) and of Harbor Mills Inc's (HBM) parent rose, as did Dunmore Tea Co Plc (DT)."),
      ok("Glenrock Northern (GNX) fell two cts, traders said."),
      // a name translated from a language that puts the head noun first, with the original's acronym
      ok("The Mexican Coffee Institute (IMC) and the rural development fund (FDR) said nothing."),
      // the head noun before a preposition that opens a postmodifier: the original's acronym starts with it
      ok("The Revolutionary Armed Forces of Colombia (FARC) and the Brazilian Institute for Geography and Statistics (IBGE) replied."),
      ok("- The Revolutionary Armed Forces of Colombia (FARC) met.\n\n> The Brazilian Institute for Geography and Statistics (IBGE) agreed.\n\n## The Revolutionary Armed Forces of Colombia (FARC)\n"),
      // a slash or an en dash set tight between two words of the name
      ok("A study by Public/Private Ventures (PPV) used the Kowloon–Canton Railway (KCR)."),
      ok("- A study by Public/Private Ventures (PPV) ran.\n\n> Take the Kowloon–Canton Railway (KCR).\n"),
      // an airport's assigned three-letter code
      ok("Flights left San Francisco International Airport (SFO) and London Heathrow Airport (LHR) late."),
      ok("- Flights left San Francisco International Airport (SFO).\n\n> Delays hit London Heathrow Airport (LHR).\n"),
      ok("- Kestrel Foods Corp (KFD) rose.\n\n> Glenrock Northern (GNX) fell.\n"),
      // a plural possessive inside a name, and an elided French or Italian article, give their letters
      ok("The Farmers' Rural Alliance (FRA) and the Nurses’ Mutual Fund (NMF) met."),
      ok("The Conseil national de l'Emballage (CNE) and the Banca d'Italia (BI) replied."),
      ok("- The Teachers' Pension Board (TPB) voted.\n\n> The Institut national de l'Audiovisuel (INA) agreed.\n"),
      // a government body named field first, as news copy does, with the acronym of its formal name
      ok("The US Agriculture Department (USDA) cut its forecast, the Energy Department (DOE) did not."),
      ok("The Labor Statistics Bureau (BLS) and the Queensland Primary Industries Department (DPI) agreed."),
      ok("The US Agriculture Department (USDA) spoke.\n\nLater the US Department of Agriculture (USDA) wrote.\n"),
      ok("- The Justice Department (DOJ) sued.\n\n> The Foreign Affairs Ministry (MFA) replied.\n\n## The Health Department (DOH)\n"),
    ],
    invalid: [
      flags("CEO Eddie Wu called general-purpose artificial intelligence (AGI) the priority.", [
        {
          at: "AGI",
          says: `[acronym] "AGI" does not fit "general-purpose artificial intelligence": its letters would fit "artificial general intelligence".`,
        },
      ]),
      flags("The Movie Association for America (MPAA) and the European Central Bank (EBC) replied.", [
        { at: "MPAA", says: `[acronym] "MPAA" does not fit "Movie Association for America": its letters would fit words starting M, P, A, A, in that order.` },
        { at: "EBC", says: `[acronym] "EBC" does not fit "European Central Bank": its letters would fit "European Bank Central".` },
      ]),
      flags("Fares on the Kowloon – Canton Railway (KCR) rose.", [
        { at: "KCR", says: `[acronym] "KCR" does not fit "Canton Railway": its letters would fit words starting K, C, R, in that order.` },
      ]),
      flags("Flights left the San Francisco International Airport Authority (SFO) and the Airport (SFAO) late.", [
        { at: "SFO", says: `[acronym] "SFO" does not fit "San Francisco International Airport Authority": its letters would fit words starting S, F, O, in that order.` },
      ]),
      flags("The Federal Trade Commission (FCC) sued the company.", [
        { at: "FCC", says: `[acronym] "FCC" does not fit "Federal Trade Commission": its letters would fit words starting F, C, C, in that order.` },
      ]),
      flags("The application programming interface (API) is new.\n\nEach application protocol interface (API) is old.\n", [
        {
          at: "API#2",
          says: `[acronym] "API" stands for "application programming interface" earlier in the document and for "application protocol interface" here: give it one expansion.`,
        },
      ]),
      // a wrong letter, or initials in another order, in a name or a term with no legal form after it
      flags("The Federal Maritime Commission (FCM) said the consumer price index (CIP) rose, Dunmore Tea Holdings (DHT) said.", [
        { at: "FCM", says: `[acronym] "FCM" does not fit "Federal Maritime Commission": its letters would fit "Federal Commission Maritime".` },
        { at: "CIP" },
        { at: "DHT" },
      ]),
      // a possessive or an elided article does not make a wrong letter right
      flags("The Farmers' Rural Alliance (FRB) and the Conseil national de l'Emballage (CNM) met.", [
        { at: "FRB", says: `[acronym] "FRB" does not fit "Farmers Rural Alliance": its letters would fit words starting F, R, B, in that order.` },
        { at: "CNM" },
      ]),
      // a body named field first whose letters fit neither order
      flags("The US Agriculture Department (UDSA) cut its forecast.", [
        { at: "UDSA", says: `[acronym] "UDSA" does not fit "US Agriculture Department": its letters would fit words starting U, D, S, A, in that order.` },
      ]),
      // another head noun than a government body's keeps its order: the European Central Bank is ECB
      flags("- The Agriculture Department (DOA) met.\n\n> The European Central Bank (EBC) and the Transport Safety Board (TBS) met.\n", [
        { at: "EBC" },
        { at: "TBS" },
      ]),
      // a list item and a block quote
      flags("- The Federal Trade Commission (FCC) sued.\n\n> So did the Department of Justice (DOJ) and the European Central Bank (EBC).\n", [
        { at: "FCC" },
        { at: "EBC" },
      ]),
    ],
  });

  it.each([
    ["SEC", "Securities and Exchange Commission", true],
    ["WHO", "World Health Organization", true],
    ["Fed", "Federal Reserve", true],
    ["GDP", "gross domestic product", true],
    ["HTTP", "Hypertext Transfer Protocol", true],
    ["APIs", "application programming interfaces", true],
    ["AGI", "artificial general intelligence", true],
    ["AGI", "general-purpose artificial intelligence", false],
    ["FCC", "Federal Trade Commission", false],
  ])("reads %s as fitting %j: %s", (acronym, phrase, fits) => {
    expect(acronymFits(acronym, phrase.split(" "))).toBe(fits);
  });
});

describe("[variant]: one word spelled two ways in one document", () => {
  tester.run("consistency [variant]", rule, {
    valid: [
      ok("Send an email. Reply by email. Forward the email."),
      // capitalized mid-sentence, the word is part of a name
      ok("The World Health Organization and the Pan American Health Organization met, and the organisation agreed."),
      // Oxford spelling: -ize with -our is two families, each kept to
      ok("We organize the colour charts and realize the favour."),
      ok("Send an email. Reply by email. Or e-mail us.", ".md", { variant: false }),
      // CONTACT US in capitals is not the country
      ok("# CONTACT US\n\nThe U.S. economy grew, and U.S. firms hired."),
      // a name the document writes with its capital mid-sentence, again at a sentence's start
      ok("Spam made up most e-mail traffic, says Email Watch. Email Watch counted 12 million e-mails, and its e-mail filter at Email Watch held."),
      ok("- Colour Labs sold more paint.\n\n> The color of the year, said Colour Labs, is teal. Its color charts sold out.\n"),
      // "analyses" is also the plural of "analysis", spelled so in American copy
      ok("We analyzed the samples. Both analyses agree, and the paralyses and catalyses they analyze are rare."),
      ok("- We analyzed the data.\n\n> Two analyses followed.\n\n## Analyses of mercury\n"),
    ],
    invalid: [
      // the minority form at each place, with the counts, fixed to the majority form
      flags("Send an email. Reply by email. Forward the email. Or e-mail us. E-mail the desk.", [
        { at: "e-mail", fix: "email", says: `[variant] "e-mail": the document writes "email" 3 times, "e-mail" twice; write "email".` },
        { at: "E-mail", fix: "Email" },
      ]),
      // at a sentence's start the word is counted unless the document writes it so mid-sentence too
      flags("Spam made up most e-mail traffic. Email is slow, and the e-mail filter failed.", [{ at: "Email", fix: "E-mail" }]),
      // U.S. and US: a period that ends the sentence stays; before a capital the fix is the writer's
      flags("The US economy grew. US firms hired, and US banks lent to US buyers. The U.S. dollar rose. Firms left the U.S. Then they came back to the U.S.", [
        { at: "U.S.", fix: "US" },
        { at: "U.S.#2" },
        { at: "U.S.#3", fix: "US." },
      ]),
      // a tie: one report where the document switches, no fix
      flags("Walk toward the gate. Then walk towards the door.", [
        { at: "towards", says: `[variant] The document writes "toward" once, "towards" once: choose one.` },
      ]),
      // a house style wins over the majority
      flags("Send an email. Reply by email.", [{ at: "email", fix: "e-mail" }, { at: "email#2", fix: "e-mail" }], ".md", { preferred: ["e-mail"] }),
      // pairs of the user's own
      flags("The dataset grew. The dataset shrank. This data set is old.", [{ at: "data set", fix: "dataset" }], ".md", {
        variants: [["dataset", "data set"]],
      }),
      // the -yse verb beside -yze ones is still a mixed family
      flags("We analyzed the samples and catalyzed the change. Then she analysed them again.", [
        { at: "analysed", fix: "analyzed", says: `[variant] "analysed" is the -yse spelling: the document writes -yze spellings twice, -yse spellings once; write "analyzed".` },
      ]),
      // British and American spellings of one family mixed
      flags("The organisation will modernize. We organize and realize it.", [
        {
          at: "organisation",
          fix: "organization",
          says: `[variant] "organisation" is the -ise spelling: the document writes -ize spellings 3 times, -ise spellings once; write "organization".`,
        },
      ]),
      // Markdown: a heading, a list item, a link's text and a block quote
      flags("# Email tips\n\n- Send an email\n- Read the [email](https://example.com) first\n\n> Never e-mail after noon.\n", [
        { at: "e-mail", fix: "email" },
      ]),
    ],
  });
});

describe("[quotes]: quotation marks that do not pair, and styles mixed", () => {
  const manyStraight = `${Array.from({ length: 40 }, (_, i) => `It's line ${i} and it's fine.`).join(" ")} It’s the odd one.`;
  tester.run("consistency [quotes]", rule, {
    valid: [
      ok("He called it “a disaster” on air, and “a mess” later."),
      // a quotation over several paragraphs leaves each but the last open
      ok("“The first paragraph of the quote.\n\n“The second paragraph ends here.”\n"),
      // measures are not quotation marks
      ok('A 5" screen and a 12" one, with “quotes” here.'),
      // code is not prose
      ok('Use `"x"` and `it\'s` with “quotes” and it’s fine.'),
      // straight marks right around code show a literal value: “curly” is the style of the quotations
      ok('Press "`^A H`" and type "`ls`", then read “the manual” and “the guide”.'),
      // a quotation that goes on in the next paragraph and closes there
      ok("Kayla wrote, “Some people find God in church.\n\nSome find God in love.” Then she left.\n"),
      ok("He called it “a disaster“ on air.", ".md", { quotes: false }),
    ],
    invalid: [
      flags("He called it “a disaster“ on air.", [{ at: "“#2", fix: "”", says: "[quotes] An opening quotation mark where the quotation closes: write ”." }]),
      flags("She said ”we will see.” Then she left.", [{ at: "”", fix: "“" }]),
      flags("She said “we will see. Then she left.\n\nThe end came.\n", [{ at: "“", says: "[quotes] This quotation is not closed in its paragraph." }]),
      // 40 straight apostrophes and one curly: one slip
      flags(manyStraight, [{ at: "’", fix: "'", says: "[quotes] A curly apostrophe: the document writes the apostrophe 80 times straight and once curly; write '." }]),
      // curly is the style: the straight marks get their direction from the spaces around them
      flags('“Yes,” she said. “No,” he said. “Go,” they said. “Stop,” we said. Then "maybe" came.', [
        { at: '"', fix: "“" },
        { at: '"#2', fix: "”" },
      ]),
      // a tie: one report, no fix
      flags("It's here and it’s there.", [{ at: "’", says: "[quotes] The document writes the apostrophe once straight and once curly: choose one style." }]),
      // two styles in earnest, not a slip: one report where the document first switches, no fix
      flags("It's a, it's b, it's c, it’s d and it’s e.", [
        { at: "’", says: "[quotes] The document writes the apostrophe 3 times straight and twice curly: choose one style." },
      ]),
      // a heading, a list item and a block quote
      flags("# It's here\n\n- Don't go\n\n> It’s late, isn't it? Don't wait.\n", [{ at: "’", fix: "'" }]),
    ],
  });
});

describe("[heading]: a heading that breaks the case style of the others", () => {
  tester.run("consistency [heading]", rule, {
    valid: [
      // a heading wholly in the other style is left alone
      ok("# Market Reaction and Outlook\n\n## Strategic Shift Towards AI\n\n## Key Takeaways for Investors\n\n## Why this matters\n\nText."),
      // a name styled lowercase is not a slip of title case
      ok("# Using npm Scripts\n\n## Writing Better Tests\n\n## Running the Test Suite\n\nText."),
      // too few headings to show a style
      ok("# Market Reaction\n\n## A leap of Faith\n\nText."),
      ok("# Market Reaction and Outlook\n\n## Strategic Shift Towards AI\n\n## A Calculated Gamble or a leap of Faith?\n", ".md", { heading: false }),
    ],
    invalid: [
      flags(
        "# Market Reaction and Outlook\n\n## Strategic Shift Towards AI\n\n## Industry-Wide Investment in AI infrastructure\n\n## A Calculated Gamble or a leap of Faith?\n\nText.\n",
        [
          { at: "infrastructure", fix: "Infrastructure", says: `[heading] Title case, as in 4 of the document's 4 headings, but for "infrastructure": write "Infrastructure".` },
          { at: "leap", fix: "Leap" },
        ],
      ),
      // sentence case with a stray capital on a word the document writes lowercase
      flags(
        "# Getting started with plugins\n\n## Writing your first plugin\n\n## Handling errors in Production builds\n\nKeep production builds small, and test production code.\n",
        [{ at: "Production", fix: "production" }],
      ),
      // plain text: the title lines are the headings
      flags(
        "Market Reaction and Outlook\nShares fell.\nStrategic Shift Towards AI\nThe firm pivoted.\nIndustry-Wide Investment in AI infrastructure\nRivals spent more.\n",
        [{ at: "infrastructure", fix: "Infrastructure" }],
        ".txt",
      ),
    ],
  });
});

describe("the rule's options", () => {
  it("stops with one line naming the rule and the option when an option is wrong", async () => {
    await expect(lint("Text.", { name: "yes" })).rejects.toThrow('@copydesk/consistency: option "name" must be true or false, got "yes".');
    await expect(lint("Text.", { variants: [["only-one"]] })).rejects.toThrow(
      '@copydesk/consistency: option "variants" must be an array of arrays of at least 2 strings',
    );
    await expect(lint("Text.", { preferred: ["colour-ish"] })).rejects.toThrow(
      '@copydesk/consistency: option "preferred" names "colour-ish", which is no form of a variant pair and no spelling family',
    );
  });

  it("takes a spelling family's side as a house style", async () => {
    const messages = await lint("We organize, realize and modernize it.", { preferred: ["-ise"] });
    expect(messages.map((m) => m.message)).toHaveLength(3);
    expect(messages[0]!.fix?.text).toBe("organise");
  });
});

describe("isOrdinaryWord", () => {
  it.each([
    ["apple", true],
    ["meta", true],
    ["windows", true],
    ["ordering", true],
    ["alibaba", false],
    ["deepseek", false],
    // British spellings, superlatives and compounds of ordinary words
    ["defence", true],
    ["labour", true],
    ["greatest", true],
    ["hip-hop", true],
    ["coca-colaz", false],
  ])("reads %s as an ordinary English word: %s", (word, expected) => {
    expect(isOrdinaryWord(word)).toBe(expected);
  });
});

describe("joinsOrdinaryWords", () => {
  it.each([
    ["canegrowers", true],
    ["woolgrowers", true],
    ["facebook", true],
    // parts of three letters are too short to tell: dam and pier, jar and dine
    ["dampier", false],
    ["jardine", false],
    ["alibaba", false],
    ["hussein", false],
    ["berlusconi", false],
  ])("reads %s as two ordinary words run together: %s", (word, expected) => {
    expect(joinsOrdinaryWords(word)).toBe(expected);
  });
});

describe("the word index the checks read", () => {
  const source = [
    "# Alibaba Earnings Beat Forecasts",
    "",
    "## Cloud Growth Slows",
    "",
    "## A leap of Faith",
    "",
    "Alibaba said on february 24 that Alibaba’s cloud unit grew. Analysts at Alibaba and Meta",
    "expected more, but alibaba’s shares fell, and Microsoft and meta did not comment. The",
    "Securities and Exchange Commission (SEC) and the Federal Trade Commission (FCC) said it's",
    "their e-mail policy; the email went out in march 2024 and on tuesday. “It is a disaster“, one",
    "said of the organisation, which the organization denied. Its colour and color differ. The",
    "U.S. and the US agree. Kelvin met \u212Aelvin and kelvin, and İstanbul met i\u0307stanbul.",
  ].join("\n");
  const options = { ...DEFAULT_OPTIONS, names: ["copydesk", "Kelvin"], preferred: ["-ise"] };

  it("holds the same findings as the whole document's word index", () => {
    const asked = consistencyFindings(consistencyWords(parseMarkdown(source), options), options);
    const whole = consistencyFindings(documentWordsOf(parseMarkdown(source)), options);
    const shown = (found: typeof asked) => found.map(({ prose, finding }) => [prose.text.slice(0, 20), finding]);
    expect(whole.length).toBeGreaterThanOrEqual(8);
    expect(shown(asked)).toEqual(shown(whole));
  });
});
