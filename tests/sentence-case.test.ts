import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import TextLintTester from "textlint-tester";
import rule, {
  capitalizeFirst,
  DEFAULT_OPTIONS,
  endingOf,
  isEnglishWord,
  isLowercaseByDesign,
  labelAt,
  LowercaseNames,
} from "@copydesk/textlint-rule-sentence-case";
import { tokenize } from "@copydesk/prose";
import { describe, expect, it } from "vitest";
import { TextlintKernel } from "@textlint/kernel";
import markdown from "@textlint/textlint-plugin-markdown";

const tester = new TextLintTester();

type Ext = ".md" | ".txt";

/** Where the n-th whole-word occurrence of `word` starts in `text`. */
function wordAt(text: string, word: string, nth: number): number {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "gu");
  const match = [...text.matchAll(pattern)][nth - 1];
  if (match === undefined) throw new Error(`"${word}" #${nth} is not in ${JSON.stringify(text)}`);
  return match.index;
}

/**
 * An invalid case: each of `words` (the n-th whole-word occurrence with "word#n") is
 * reported at exactly its range, and the fix capitalizes each.
 */
function flags(text: string, words: readonly string[], ext: Ext = ".md", options?: object) {
  const errors = words.map((spec) => {
    const [word, nth] = spec.split("#") as [string, string | undefined];
    return { start: wordAt(text, word, Number(nth ?? 1)), word };
  });
  let output = text;
  for (const { start, word } of [...errors].sort((a, b) => b.start - a.start)) {
    output = output.slice(0, start) + capitalizeFirst(word) + output.slice(start + word.length);
  }
  return {
    text,
    output,
    ext,
    ...(options ? { options } : {}),
    errors: errors.map(({ start, word }) => ({ range: [start, start + word.length] as [number, number] })),
  };
}

const ok = (text: string, ext: Ext = ".md", options?: object) => ({ text, ext, ...(options ? { options } : {}) });

tester.run("sentence-case", rule, {
  valid: [
    // abbreviations do not end a sentence
    ok("The U.S. economy grew 2% last year."),
    ok("Bring a snack, e.g. an apple, to the hike."),
    ok("Pick one, i.e. the cheaper plan."),
    ok("The trip takes approx. three hours by train."),
    ok("The shop opens at 9 a.m. and closes at noon."),
    ok("It was Arsenal vs. the champions in the final."),
    ok("The ticket costs 25 dollars incl. tax and fees."),
    ok("Read the methods section, cf. the appendix for data."),
    ok("Samples were taken by Li et al. in two seasons."),
    ok("The office on Main St. in Springfield closed."),
    // news abbreviations: states (AP), compass points, units, months and days
    ok("The Tupelo, Miss. and Biloxi offices merged, and the Olympia, Wash. team moved too."),
    // a lawmaker's party and state (AP): the state's period goes on
    ok("The bill of Rep. Ann Hale, R-Mo. and Sen. Joe Bryce, D-Calif., was read."),
    ok("- Sen. Lee Park, DFL-Minn. and two aides left.\n\n> Rep. Ann Hale, R-Mo. and her staff stayed.\n"),
    ok("The bakery at 1500 9th St. nw. opened a second room."),
    ok("The shop at 20 Oak St. N.W. and the one on Elm closed."),
    ok("Each child gets one 8-oz. cup of milk and a roll."),
    ok("The storm left 14 in. of snow on the pass."),
    ok("The crate weighs 40 lb. and ships on Tuesday."),
    ok("Filing closes Sept. and the count begins Thurs. at noon."),
    // a genus cut to two letters before a species name, as a one-letter genus is an initial
    ok("The jaw is older than Au. afarensis and younger than Ar. ramidus, the team says."),
    ok("- Teeth of Au. anamensis were found.\n\n> The hip of Ar. kadabba is lost.\n\n## Where Au. bahrelghazali lived\n"),
    ok("Fossils of [Au. afarensis](https://example.org/lucy) fill the case.", ".md"),
    ok("A skull of Au. garhi sits in the museum.", ".txt"),
    // a title or name that ends in "?" or "!" inside a sentence goes on with it
    ok("The comedy Will We Get There? and the drama Long Way Home led the charts."),
    ok("The singer left the campaign group ShoutOut! after a row, and said so."),
    ok("The cartoon Ping! Pong! Bong! won the prize for animation in Leeds."),
    ok("She reviewed the show for the consumer magazine Worth It? last year."),
    ok("- The band's single Are You Awake? is out on Monday.\n\n> The quiz show Who Knows? returns in May.\n"),
    ok("## Fans of *Stay Up Late!* were there\n\nThe musical [Go On!](https://example.org/go) opens tonight."),
    // ellipses continue a sentence
    ok("He hesitated… and then signed the contract."),
    ok("He hesitated... and then signed the contract."),
    // names styled lowercase, and words listed by the user
    ok("iPhone shipments rose in the second quarter."),
    ok("eBay will close the office next year."),
    ok("iOS 18 adds a new lock screen."),
    ok("macOS asks before an app records the screen."),
    ok("npm prints a warning when a package is deprecated."),
    ok("pnpm keeps one copy of each package on disk."),
    ok("jQuery still runs on many older sites."),
    ok("x86 chips still power most laptops."),
    ok("eSports leagues drew record crowds."),
    ok("mRNA vaccines were approved in 2020."),
    ok("bell hooks wrote about love and power."),
    ok("pyright checks the types quickly.", ".md", { allowWords: ["pyright"] }),
    // a name the document writes lowercase mid-sentence, again and again
    ok("Our team moved to pyright this year. We run pyright in CI because pyright is fast.\n\npyright also reports errors in the editor."),
    // a coined name the document never inflects stays a name, possessive and all
    ok("The server writes logs through zlogd, and zlogd's queue never fills.\n\nzlogd keeps a week of logs on disk."),
    // code, URLs, file names, numbers and symbols at the start
    ok("`fetch` returns a promise."),
    ok("www.example.org lists every branch."),
    ok("package.json holds the scripts."),
    ok("42 people signed the letter."),
    ok("$53 billion is a large sum."),
    ok("α Centauri is the closest star system."),
    ok("🎉 the release is out."),
    // enumerators, list markers, parentheses, quotations inside a sentence
    ok("a) the first option is cheaper."),
    ok("The plan (which nobody liked) was dropped."),
    ok("He called the plan “dead on arrival” and left."),
    ok("The sign said “no entry.” and he turned back.", ".txt"),
    // text after a colon is left alone by default
    ok("Note: the office is closed on Friday."),
    ok("The store sells one thing: the best bread in town."),
    ok("Q: How long will it take?\n\nA: About a week."),
    ok("Interviewer: this is fine.", ".md", { afterColon: "never" }),
    // a defined term keeps its case, and values after a field label too
    ok("**prepare**: runs before the package is packed."),
    ok("* Type: null or Boolean\n* Type: Number"),
    ok('"contributors" is an array of people.'),
    // headings: a single word, and a heading whose siblings are lowercase too
    ok("# Guide\n\n## install\n\n## Usage"),
    ok("## getting started\n\n## usage notes\n\n## api reference"),
    // list items written lowercase throughout
    ok("- apples\n- pears and plums\n- cherries"),
    // Markdown: a hard-wrapped line, a lazy continuation of a list item, text after code
    ok("The parser reads the file\nand then closes it."),
    ok("- a route that reports whether the service is ready to serve\nrequests by checking a key\n- a second route"),
    ok("- Commands that change the tree (install, update, etc.)\nwill link the workspaces.\n- Other commands run at the root."),
    ok("So, this:\n\n```json\n{ \"main\": \"foo.js\" }\n```\n\nwill create a file.\n"),
    // an unfinished subordinate clause before the code is finished after it
    ok("If we define a package like this:\n\n```js\nfoo()\n```\n\nwe can obtain the result.\n"),
    // a sentence that already runs through one display runs through the next
    ok("For example, given this folder:\n\n```\nfoo/\n```\n\nand this import:\n\n```js\nimport bar from './foo';\n```\n\nthen the extension cannot be omitted.\n"),
    // a salutation is no label: the speech goes on in its own case
    ok("Ladies and Gentlemen: the night is young and the music is loud."),
    // a question's alternatives, an abbreviation that opens a bracket, a list's enumerators
    ok("Do I need a kernel option? or a module?"),
    ok("I need a kernel option? or a module?", ".txt"),
    ok("Groups may overlap (ex. a dev dependency may also be a peer)."),
    ok("Some mailers break it (ie. without a closing tag) in every message.", ".txt"),
    ok("Steps:\n1. the old files\n2. the new files", ".txt"),
    // plain text: a short line the lines below carry on with no sentence end is code or a signature
    ok("Done.\n\nretrieving revision 1.67\nretrieving revision 1.66\n", ".txt"),
    ok("Thanks.\n\nthanks again\nbob\n", ".txt"),
    // a line that ends in a function word breaks off a sentence; it is no title
    ok("The buyer is protected by the Civil Code and not\nconsumer law, as the court said.", ".txt"),
    // a line that holds a sentence end, or ends in a URL with no label, is no title or field line
    ok("Sun, Palm, Texas Instruments and others. These\npartners could then use it.", ".txt"),
    ok("See http://a.example.com/x and http://b.example.com/y\nare the pages cited.", ".txt"),
    ok("Run:\n\n```sh\nnpm test\n```\n\nor\n\n```sh\nnpm run check\n```\n"),
    ok("> Markets closed early and\nthe index fell 2% by noon."),
    ok("1. The parser reads the file and\nthen closes it.\n2. The writer saves it."),
    // a definition list written as paragraphs: each definition keeps the case its siblings use
    ok("The first field is the type:\n\n**`deb`**\n\npackage source of binary packages\n\n**`deb-src`**\n\npackage source of source packages\n"),
    ok("A priority of\n\n**< 0**\n\nwill never be installed,\n\n**1..99**\n\nwill be installed if no other version is,\n\n**> 1000**\n\nwill always be installed, even if it forces a downgrade.\n"),
    // plain text: a hard-wrapped line goes on with the sentence above
    ok("The committee met on Tuesday to discuss the budget and\nthe plan for next year.", ".txt"),
    ok("This requires more\nthan a quick fix.", ".txt"),
    // plain text: a line broken where the next word would not fit is wrapped, however many
    // capitals it holds and whether it ends in a colon or a URL; so is a URL alone between lines
    ok("The city council met on Monday and voted to widen the road.\nCouncil Member Ana Ruiz of the Harbor District told the Mayor\nthat the vote came too late for the shops on Elm Street.\n", ".txt"),
    ok("We tried three fixes over the weekend, and one of them worked:\nrestarting the router cleared the fault for good, it seems.\nThe other two did nothing at all for the office network.\n", ".txt"),
    ok("The new release fixes the crash that hit the importer last month.\nCheck https://example.org/notes/release-four-importer-crash-fix\nfor the details of the fix and the steps to upgrade safely.\n", ".txt"),
    ok("I first read about the outage in a long thread at\nhttps://forum.example.org/t/outage-report\nbut the cause was only found a week later.\n", ".txt"),
    ok("The archive holds two kinds of files, the ones we sign and the rest, i.e.\nthose that come from outside mirrors and are checked by hash.\nBoth kinds are kept for a full year before they are deleted.\n", ".txt"),
    ok("I first read about the outage in a long thread at\nhttps://forum.example.org/t/outage-report\nbut the cause was only found a week later.\n"),
    // a title mark inside a link text ends no sentence
    ok("See [Why Use a Proxy?](https://example.com/proxy) for a discussion."),
    // short follow-ups to a question may stay lowercase
    ok("Is the new engine faster? more reliable? cheaper to run?"),
    // a coined name the document writes as code, or lowercase once elsewhere, opens a heading as written
    ok("# Tools\n\nFormat pages with `troff`.\n\n## Page Layout\n\nText.\n\n## Fonts and Sizes\n\nText.\n\n## troff typesetting\n\nIt sets type.\n\n## Other Tools\n\nMore here.\n"),
    // names the document writes lowercase, shows as code, or that are coined hyphenated compounds
    ok("The journal is kept by systemd, and every host runs systemd.\n\nsystemd will keep adding features."),
    ok("The unit files are read by `systemd` at boot; systemd starts them.\n\nSystemd executes the setup first. systemd will continue to add features."),
    ok("Install the virtualization packages. libvirt-daemon-system provides the daemon, and libvirt-clients provides the tools."),
    ok("The scheduler is in the cups-daemon package. cups-client contains the utilities."),
    ok("Caching proxies help. apt-cacher and apt-cacher-ng work like usual proxy cache servers."),
    ok("Strip the binaries with `objcopy`.\n\nThe symbols go to a separate file. objcopy explains how this works."),
    ok("# Packaging\n\n## Tools for Maintainers\n\nText.\n\n## Building from Git\n\nText.\n\n## git-buildpackage and dgit\n\nBoth work.\n"),
    ok('Set the "shallow" option to clone less.\n\nshallow clones save disk space.'),
    ok("- **pyright**: checks types.\n- **esbuild**: bundles code.\n\nWe use esbuild in every build and esbuild again for tests.\n\nesbuild is fast."),
    // a link's text with a colon is no label, but a label inside a link is
    ok("- [manpage: git(1)](https://example.org/git.html) (the manual)\n- [manpage: tig(1)](https://example.org/tig.html) (a viewer)"),
    ok("# Kernel\n\nThe kernel exposes sysfs to programs.\n\n## Page Layout\n\nText.\n\n## Device Files\n\nText.\n\n## sysfs and procfs\n\nIt lists devices.\n\n## Other Files\n\nMore here.\n"),
  ],
  invalid: [
    // sentence starts after . ? ! in a paragraph
    flags("Exports fell for a third month. the ministry blamed weak demand.", ["the"]),
    // two letters and a period before a dictionary word end a sentence: only a species name goes on
    flags("The herd grazed by the Ox. then the rain came.", ["then"]),
    flags("- They sailed up the Po. afterwards they rested.\n\n> We reached the Ob. most of us slept.\n", ["afterwards", "most"]),
    flags("Did the plan work? most analysts doubt it.", ["most"]),
    // a follow-up that is a question of its own, or a long one, is a sentence
    flags("Why did the talks fail? what did each side want?", ["what"]),
    flags("Did the plan work? most of the analysts we asked doubt it?", ["most"]),
    // an English word written as code elsewhere still takes a capital at the start of a list item
    flags("Call `install` once.\n\n- Check the version.\n- Read the notes.\n- install the tools.\n", ["install#2"]),
    flags("What a result! nobody in the stadium expected it.", ["nobody"]),
    // a lowercase word after "?" or "!" after a word written lowercase, or after a question or
    // exclamation that opens with a question word, starts a sentence
    flags("I enjoyed every minute of it! it was a great night out.", ["it#2"]),
    flags("What a finish by Rooney! the crowd rose as one.", ["the"]),
    flags("Did you ever visit Paris? the city is lovely in spring.", ["the"]),
    flags("Rovers won again. Brilliant! the fans sang for an hour.", ["the"]),
    flags("> Was it Jones? no, it was Smith in the end.\n", ["no"]),

    flags("i have doubts about the deal. it looks rushed.", ["i", "it"]),
    flags("He left in 2015. she stayed until 2019.", ["she"]),
    // words that look like news abbreviations still end a sentence written lowercase
    flags("The guests finally came in. then the band played.", ["then"]),
    flags("She was too ill. her sister went instead.", ["her"]),
    flags("We sat outside in the sun. then it rained.", ["then"]),
    flags("They did not want to miss. the game was close.", ["the"]),
    // a state abbreviation before a capital ends a sentence like any abbreviation
    flags("The plant is in Tupelo, Miss. Workers arrived early. they left late.", ["they"]),
    // a lowercase start before a party and state is still found
    flags("The bill passed. it went to Rep. Ann Hale, R-Mo. and her aides.", ["it"]),
    flags("The fund grew (slowly). investors were patient.", ["investors"]),
    flags("Talent matters. there’s a shortage of engineers.", ["there’s"]),
    flags("The café opened in June. élan was what it had.", ["élan"]),
    flags("The plan is **final**. but the vote is not.", ["but"]),
    flags("Stocks fell on Monday.\nthe index lost 3%.", ["the#1"]),
    // the first word of a paragraph
    flags("the board approved the merger on Monday.", ["the#1"]),
    flags("there is no sign that the talks will resume", ["there"]),
    flags("the rally stalled... and then it recovered.", ["the#1"]),
    flags("the mayor, who spoke first, left early.", ["the#1"]),
    flags("Prices rose.\n\nwages did not.", ["wages"]),
    // a paragraph after a blank line starts afresh, however the one before it ends
    flags("The course was a non-stop learning...\n\nthis will be the proof of it.", ["this"]),
    flags("The course taught me that something sounds new\n\nhe has a lot of money now.", ["he"]),
    flags("The keys are listed at the registry → https://example.org/keys\n\nthe first step is to register.", ["the#2"]),
    flags("See the guide at [the site](https://example.org)\n\nthe first real step is the application.", ["the#3"]),
    flags("- Apples are cheap.\n\n  They keep well\n\n  the pears do not.\n- Plums cost more.", ["the#1"]),
    flags("> The market closed early\n>\n> the index fell 2%.", ["the#1"]),
    flags("It ended without a mark\n\nthe next paragraph starts here.", ["the#1"], ".txt"),
    // a definition that is a whole sentence among capitalized ones
    flags("**emptyTitle**\n\nAn empty title is not informative.\n\n**badTitle**\n\na bad title confuses every reader.\n", ["a#1"]),
    // a colon inside a link's text ends no label
    flags("The command lists it.\n\nsee [Debian wiki: Boot](https://example.org/boot) for the latest tips.", ["see"]),
    // ordinary words and compounds are no names, even when shown as code, cited or hyphenated
    flags("Self-hosted runners are cheap. third-party runners cost more.", ["third-party"]),
    flags("The *version* field is required. Version numbers grow.\n\nversion numbers never shrink.", ["version#2"]),
    flags("We run the tests on the cups-client box, and Cups-Client reports to it.\n\ncups-client contains the tools.", ["cups-client#2"]),
    // quotations that open a sentence
    flags("“the talks are over,” the envoy said.", ["the#1"]),
    flags("The vote was close. “we will appeal,” the mayor said.", ["we"]),
    flags('"the deal is done," she said.', ["the#1"]),
    // links, block quotes, tables
    flags("Read the memo. [the appendix](https://example.com/a) lists the costs.", ["the#2"]),
    flags("> Markets closed early. the index fell 2%.", ["the#1"]),
    // inline HTML: a formatting tag is markup, a <br> a line break
    flags("The desk closed. <b>it reopened</b> later that week.", ["it"]),
    flags("The desk closed.<br>it reopened later that week.", ["it"]),
    flags("> Markets closed early.\n> the index fell 2%.", ["the#1"]),
    flags("| Note |\n| --- |\n| It rained. the match was delayed. |", ["the#1"]),
    // list items and headings whose siblings capitalize
    flags("- Prices rose sharply.\n- Wages stayed flat.\n- rents climbed again.", ["rents"]),
    flags("# Report\n\n## Market Reaction\n\n## Outlook for Next Year\n\n## the road ahead\n", ["the#1"]),
    // labels: speakers, title-case item labels, labels the document capitalizes after
    flags("Q: how long will the repairs take?", ["how"]),
    flags("Interviewer: what changed after the election?", ["what"]),
    flags("Dr. Okafor: the results surprised everyone on the team.", ["the#1"]),
    flags("dr. Okafor: The results surprised everyone.", ["dr"]),
    flags("Key Finding in Brief: the survey found rising rents in every district.", ["the#1"]),
    flags("- **Rising Costs**: Fuel prices doubled in a year.\n- **Shrinking Margins**: the airline cut routes to save money.\n- **New Routes**: The carrier added three cities.", ["the#1"]),
    flags("Reed: Thank you for having me.\n\nHost: What comes next?\n\nReed: the next step is a vote.\n\nHost: When?\n\nReed: Next month, we hope.", ["the#1"]),
    flags("He had one goal: the title.", ["the#1"], ".md", { afterColon: "always" }),
    flags("Tom &amp; Jerry: the cartoon ran for decades in cinemas.", ["the"]),
    // a number after a character reference ends its sentence, as it does after the character
    flags("The sequel was called Ren&eacute; 2. then came a third.", ["then"]),
    // a line the fix makes a title ("Details on the Paris Office") is judged a title before the fix too
    flags("Update for the team. details on the Paris Office\n\nthe move is set for May.", ["details", "the#3"]),
    // after code, a whole new sentence
    flags("Install it:\n\n```sh\nnpm i copydesk\n```\n\nthe package ships its own types.\n", ["the#1"]),
    // plain text: lines are paragraphs
    flags("Prices rose.\nthe index fell.", ["the#1"], ".txt"),
    flags("Conclusion\nthe company faces hurdles.", ["the#1"], ".txt"),
    // a short title or field line in wrapped text: the next word would have fit, so the writer broke the line
    flags("Quarterly Results\nthe company sold more vans than in any quarter since 2019, and\nits margins held up despite the higher cost of steel and chips.\n", ["the#1"], ".txt"),
    flags("Two things changed this week, and both matter to the night desk.\nNote:\nthe early edition now closes at ten, an hour earlier than before.\n", ["the#2"], ".txt"),
    // a URL alone after a sentence end, or set off by blank lines, does not join the lines around it
    flags("The report is online.\nhttps://example.org/report\nthe figures in it are a year old.\n", ["the#1"], ".txt"),
    // a short line that ends in an abbreviation, broken by the writer
    flags("Bring pliers, wire, tape, etc.\nthe van leaves at seven from the depot on the east side, and\nwe return in the evening, after the last site is done.\n", ["the#1"], ".txt"),
    flags("Read the report at\n\nhttps://example.org/report\n\nthe figures in it are a year old.\n", ["the#2"], ".txt"),
    // with no other wrapped line, a document shows no wrapping width: a title-like line stands apart
    flags("Council Member Ana Ruiz of the Harbor District told the Mayor\nthat the vote came too late.\n", ["that"], ".txt"),
    flags("Sales rose.\r\nthe team celebrated.", ["the#1"], ".txt"),
    flags("- Apples are cheap.\n- Pears are cheaper.\n- plums cost the most.", ["plums"], ".txt"),
    flags("Rising Costs: Fuel prices doubled in a year.\nShrinking Margins: the airline cut routes.\nNew Routes: The carrier added three cities.", ["the#1"], ".txt"),
    flags("Interviewer: Welcome to the show.\nDr. Reed: Thank you.\nInterviewer: dr. Reed, what comes next?", ["dr"], ".txt"),
    flags("It was late. the staff left.\u00a0the doors closed.", ["the#1", "the#2"], ".txt"),
    // sentences inside brackets and quotations, which the splitter keeps whole
    flags("The desk was calm (prices rose! nobody expected it) all week.", ["nobody"]),
    flags("She said: “We kept our word. we will keep it again.”", ["we#1"]),
    // after a statement with a question mark, a new question
    flags("I cannot get past the gateway? any ideas?", ["any"], ".txt"),
    // plain text: a short first line whose wrapped lines finish the sentence
    flags("Sales fell.\n\nin the quarter that ended\nin June the firm lost money.", ["in#1"], ".txt"),
    // a title line may hold an abbreviation
    flags("Mrs. Robinson Goes Home\nthe film opened in May.", ["the"], ".txt"),
    // after code: a fronted clause, and "then" after a whole sentence
    flags("Install it:\n\n```sh\nnpm i copydesk\n```\n\nwhen the install fails, the log lists the cause.\n", ["when"]),
    flags("Add the plugin to the config:\n\n```json\n{}\n```\n\nthen configure the rules you want.\n", ["then"]),
    // an if-clause that has its main clause ("then you have …") is no lead-in to the code
    flags("If you want other members then you have these options:\n\n```js\nfoo()\n```\n\nnote the above is one example.\n", ["note"]),
    // ordinary words that the pronouncing dictionary lacks are no names
    flags("Readers like emoji, and writers use emoji too. emoji have become a way to talk.", ["emoji#3"]),
    flags("The maintainer uploads it, and each maintainer signs it. maintainer scripts run later.", ["maintainer#3"]),
    // a coined word the document also writes with a plural -s is a count noun, not a name
    flags("Teams sort their bugs with usertags, and the desk reads usertags daily. Each usertag names one queue.\n\nusertags are set by the release team.", ["usertags#3"]),
    flags("Teams sort their bugs with usertags, and the desk reads usertags daily. Each usertag names one queue. usertags are set by the release team.", ["usertags#3"], ".txt"),
  ],
});

/** A case reported with no fix: each of `words` at its range, the text unchanged. */
function reworded(text: string, words: readonly string[], options: object, ext: Ext = ".md") {
  return {
    text,
    output: text,
    ext,
    options,
    errors: words.map((spec) => {
      const [word, nth] = spec.split("#") as [string, string | undefined];
      const start = wordAt(text, word, Number(nth ?? 1));
      return {
        range: [start, start + word.length] as [number, number],
        message: `Reword so that the sentence does not open with the lowercase name "${word}" (a capital would respell it).`,
      };
    }),
  };
}

tester.run("sentence-case with lowercaseNames: reword", rule, {
  valid: [
    ok("We run systemd on every host, and systemd starts the services.", ".md", { lowercaseNames: "reword" }),
    ok("pyright checks the types.", ".md", { lowercaseNames: "reword", allowWords: ["pyright"] }),
    ok("`fetch` returns a promise. foo() returns nothing.", ".md", { lowercaseNames: "reword" }),
    ok("- npm\n- pnpm\n- yarn", ".md", { lowercaseNames: "reword" }),
  ],
  invalid: [
    reworded("The journal is kept by systemd, and every host runs systemd.\n\nsystemd will keep adding features.", ["systemd#3"], { lowercaseNames: "reword" }),
    reworded("Packages are listed. npm prints a warning. iPhone sales rose.", ["npm", "iPhone"], { lowercaseNames: "reword" }),
    reworded("Install the packages. libvirt-daemon-system provides the daemon.", ["libvirt-daemon-system"], { lowercaseNames: "reword" }),
    reworded("# Tools\n\n## Build Steps\n\n## Release Notes\n\n## npm scripts\n", ["npm"], { lowercaseNames: "reword" }),
    reworded("> The registry is up. npm works again.", ["npm"], { lowercaseNames: "reword" }),
    reworded("Packages are listed. npm prints a warning.", ["npm"], { lowercaseNames: "reword" }, ".txt"),
    {
      ...flags("The tools are ready. the build starts. npm runs it.", ["the"], ".md", { lowercaseNames: "reword" }),
      output: "The tools are ready. The build starts. npm runs it.",
      errors: [
        { range: [21, 24] as [number, number] },
        { range: [39, 42] as [number, number], message: 'Reword so that the sentence does not open with the lowercase name "npm" (a capital would respell it).' },
      ],
    },
  ],
});

describe("the example article", () => {
  const article = readFileSync(resolve(__dirname, "../examples/article/article.txt"), "utf8");
  const places = [
    "Interviewer: this investment",
    "dr. Sharma: “The global",
    "capabilities. creating AGI",
    "Strategic Shift in Focus: the move",
    "talent. while challenges",
    "Interviewer: dr. Evelyn",
    "expertise. there’s the",
  ];
  const words = ["this", "dr", "creating", "the", "while", "dr", "there’s"];

  tester.run("sentence-case on the article", rule, {
    valid: [],
    invalid: [
      {
        text: article,
        ext: ".txt",
        output: places.reduce((text, place, i) => {
          const at = text.indexOf(place) + place.indexOf(words[i]!);
          return text.slice(0, at) + capitalizeFirst(words[i]!) + text.slice(at + words[i]!.length);
        }, article),
        errors: places.map((place, i) => {
          expect(article.indexOf(place, article.indexOf(place) + 1), `"${place}" occurs once`).toBe(-1);
          const start = article.indexOf(place) + place.indexOf(words[i]!);
          return { range: [start, start + words[i]!.length] as [number, number] };
        }),
      },
    ],
  });
});

describe("capitalizeFirst", () => {
  it("capitalizes the first letter and leaves the rest as written", () => {
    expect(capitalizeFirst("there’s")).toBe("There’s");
    expect(capitalizeFirst("dr")).toBe("Dr");
    expect(capitalizeFirst("élan")).toBe("Élan");
    expect(capitalizeFirst("e-commerce")).toBe("E-commerce");
  });
});

describe("endingOf", () => {
  const ending = (text: string) => endingOf(text, text.length);
  it("reads a period after a word, a number or a closing quote as a sentence end", () => {
    expect(ending("Prices rose.")).toBe("sentence");
    expect(ending("He left in 2015.")).toBe("sentence");
    expect(ending("She said “no.”")).toBe("sentence");
    expect(ending("Why? ")).toBe("sentence");
  });
  it("reads abbreviations, initials and ellipses as no sentence end", () => {
    expect(ending("It costs approx.")).toBe("abbreviation");
    expect(ending("at 9 a.m.")).toBe("abbreviation");
    expect(ending("by J.")).toBe("abbreviation");
    const genus = "than Au. afarensis";
    expect(endingOf(genus, genus.indexOf("afarensis"))).toBe("abbreviation");
    const river = "up the Po. then";
    expect(endingOf(river, river.indexOf("then"))).toBe("sentence");
    expect(ending("He paused...")).toBe("ellipsis");
    expect(ending("He paused…")).toBe("ellipsis");
  });
  it("tells a colon, a name ending in a mark and an open end apart", () => {
    expect(ending("Note:")).toBe("colon");
    expect(ending("He works at Yahoo!")).toBe("open");
    expect(ending("the budget and")).toBe("open");
  });
});

describe("labelAt", () => {
  const label = (text: string) => labelAt(text, tokenize(text), 0, text.length);
  it("reads speakers, title-case item labels and plain labels", () => {
    expect(label("Interviewer: this is it.")).toMatchObject({ kind: "speaker", key: "interviewer" });
    expect(label("Dr. Reed: the results.")).toMatchObject({ kind: "speaker", key: "dr reed" });
    expect(label("Strategic Shift in Focus: the move.")).toMatchObject({ kind: "item", words: 4 });
    expect(label("Note: the office is closed.")).toMatchObject({ kind: "plain" });
  });
  it("needs a space after the colon and a few words before it", () => {
    expect(label("Trains leave at 10:30 daily.")).toBeUndefined();
    expect(label("node:fs is built in.")).toBeUndefined();
    expect(label("One two three four five six seven: eight.")).toBeUndefined();
  });
});

describe("isLowercaseByDesign", () => {
  const names = new LowercaseNames(["pyright"]);
  const byDesign = (text: string) => {
    const end = text.search(/[^\p{L}\p{N}’'-]/u);
    return isLowercaseByDesign(text, 0, end === -1 ? text.length : end, names);
  };
  it("knows names with a capital or digit inside, listed names and the user's words", () => {
    for (const text of ["iPhone sales", "eBay said", "x86 chips", "npm prints", "npm's registry", "bell hooks wrote", "pyright checks"]) {
      expect(byDesign(text), text).toBe(true);
    }
  });
  it("knows identifiers and one-letter variables, but not ordinary words", () => {
    for (const text of ["foo() runs", "foo.bar is", "tl;dr", "x is 3"]) expect(byDesign(text), text).toBe(true);
    for (const text of ["the end", "a sentence", "i think", "bell rang"]) expect(byDesign(text), text).toBe(false);
  });
});

describe("isEnglishWord", () => {
  it("tells ordinary words from names styled lowercase", () => {
    for (const word of ["option", "object", "creating", "languages"]) expect(isEnglishWord(word), word).toBe(true);
    for (const word of ["pyright", "axios", "npmrc"]) expect(isEnglishWord(word), word).toBe(false);
  });
});

describe("options", () => {
  const kernel = new TextlintKernel();
  const lint = (options: unknown) =>
    kernel.lintText("the end.", {
      ext: ".md",
      plugins: [{ pluginId: "markdown", plugin: markdown }],
      rules: [{ ruleId: "sentence-case", rule, options }],
    });

  it("defaults to capitalizing after labels only", () => {
    expect(DEFAULT_OPTIONS).toEqual({ afterColon: "labels", allowWords: [], lowercaseNames: "ignore" });
  });

  it("rejects an unknown option with a message that names the rule and the option", async () => {
    await expect(lint({ afterColons: "always" })).rejects.toThrow(/@copydesk\/sentence-case: unknown option "afterColons"/);
  });

  it("rejects a value of the wrong kind", async () => {
    await expect(lint({ afterColon: "sometimes" })).rejects.toThrow(/option "afterColon" must be one of "labels", "always", "never"/);
    await expect(lint({ lowercaseNames: "capitalize" })).rejects.toThrow(/@copydesk\/sentence-case: option "lowercaseNames" must be one of "ignore", "reword"/);
  });
});

tester.run("sentence-case after front matter", rule, {
  valid: [{ text: "---\ntitle: the vote\n---\n\nThe vote passed.\n", ext: ".md" }],
  invalid: [
    {
      text: "---\ntitle: x\n---\n\nthe vote passed.\n",
      ext: ".md",
      output: "---\ntitle: x\n---\n\nThe vote passed.\n",
      errors: [{ range: [18, 21] }],
    },
  ],
});
