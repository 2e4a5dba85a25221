// Accuracy plug-in for @copydesk/confused-words.
// Inserted errors: every real "whether" in the corpus written as "weather" (the error this rule
// was made for), then the other pairs' typical slips at random places: "it's" -> "its",
// "its" -> "it's" (its own, its value), "than" -> "then", "could have" -> "could of", "lose" -> "loose",
// "has led" -> "has lead", "an effect on" -> "an affect on", "you're" -> "your", "whose" -> "who's".
// Each error's range is the changed word. Labelled sets: real "whether" sentences (the corpus and
// Debian's fortunes) with the error put in, and real uses of the noun and the verb "weather"; and
// the held-out half of bench/realSentences.mjs (State of the Union addresses 1790-1989, Moby-Dick,
// WordNet's examples, fortunes), each sentence as written and with the word swapped
// (COPYDESK_SENTENCES=tuning measures the tuning half instead, COPYDESK_SENTENCES=fresh the set
// from the Debian Administrator's Handbook and SpamAssassin's ham mail, COPYDESK_SENTENCES=brown
// the Brown Corpus's sentences, COPYDESK_SENTENCES=blind nlp-corpus's, COPYDESK_SENTENCES=blind2
// Jane Austen's novels, COPYDESK_SENTENCES=blind3 GCIDE's quotations and definitions and Reuters
// news articles, COPYDESK_SENTENCES=blind4 Reuters grain news, the World Factbook, the World
// English Bible, three dictionaries of prose and three Gutenberg books, COPYDESK_SENTENCES=blind5
// Spurgeon's The Treasury of David and the Open American National Corpus sample Pattern ships,
// COPYDESK_SENTENCES=blind6 half of the BBC news stories' and Reuters-21578's wire stories'
// sentences, COPYDESK_SENTENCES=blind6-kept their other half, COPYDESK_SENTENCES=blind7 half of
// the ABC's, the Wall Street Journal's and IE-ER's news sentences, COPYDESK_SENTENCES=blind7-kept
// their other half, COPYDESK_SENTENCES=blind8 half of MASC's edited prose, RTE's news sentences,
// AG's news and the Patient Information Leaflets, COPYDESK_SENTENCES=blind8-kept their other half,
// the set never tuned on).
import { corpusFiles } from "../corpus.mjs";
import { applyEdits, matchesOf, pickRandom, proseOnly } from "../proseOnly.mjs";
import { harperPeer } from "../peers/harper.mjs";
import { realSentences } from "../realSentences.mjs";

export const name = "confused-words";
export const pkg = "@copydesk/textlint-rule-confused-words";

/** The written word in the case of the word it replaces: "Whether" -> "Weather". */
function inCaseOf(original, word) {
  if (original.length > 1 && original === original.toUpperCase()) return word.toUpperCase();
  if (original[0] === original[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

const B = "(?<![\\p{L}\\p{N}'’\\-])";
const E = "(?![\\p{L}\\p{N}\\-]|['’]\\p{L})";

// Each kind: a pattern over proseOnly(text) whose group 1 is the word to change, and what to write.
const KINDS = [
  { kind: "whether", re: new RegExp(`${B}(whether)${E}`, "giu"), to: () => "weather" },
  { kind: "it's", re: new RegExp(`${B}(it['’]s)${E}`, "giu"), to: () => "its" },
  { kind: "its own", re: new RegExp(`${B}(its)(?= own\\b)`, "giu"), to: () => "it's" },
  { kind: "its", re: new RegExp(`${B}(its)${E}`, "giu"), to: () => "it's" },
  { kind: "than", re: new RegExp(`${B}(than)${E}`, "giu"), to: () => "then" },
  {
    kind: "could have",
    re: new RegExp(`${B}(?:could|would|should|must|might) (have)(?= (?:been|had|done|gone|known|seen|made|taken|\\p{L}+ed)\\b)`, "giu"),
    to: () => "of",
  },
  { kind: "lose", re: new RegExp(`${B}(lose)${E}`, "giu"), to: () => "loose" },
  { kind: "has led", re: new RegExp(`${B}(?:has|have|had) (led)${E}`, "giu"), to: () => "lead" },
  { kind: "effect on", re: new RegExp(`${B}(?:an|the|no) (effect)(?= on\\b)`, "giu"), to: () => "affect" },
  { kind: "you're", re: new RegExp(`${B}(you['’]re)${E}`, "giu"), to: () => "your" },
  { kind: "whose", re: new RegExp(`${B}(whose)${E}`, "giu"), to: () => "who's" },
];

function candidates(text) {
  const prose = proseOnly(text);
  const byKind = new Map();
  for (const { kind, re, to } of KINDS) {
    const found = [];
    for (const m of matchesOf(re, prose)) {
      const start = m.index + m[0].indexOf(m[1]);
      found.push({ kind, start, end: start + m[1].length, insert: inCaseOf(m[1], to(m[1])) });
    }
    byKind.set(kind, found);
  }
  return byKind;
}

/** Writes "weather" for every "whether" it is given room for, then the other slips, spread over kinds. */
export function insertErrors(text, random, count) {
  const byKind = candidates(text);
  const chosen = pickRandom(byKind.get("whether"), count, random);
  const others = KINDS.slice(1).map((k) => pickRandom(byKind.get(k.kind), count, random));
  // Round-robin over the other kinds so that no one kind fills the file.
  for (let round = 0; chosen.length < count && others.some((o) => round < o.length); round++) {
    for (const o of others) if (round < o.length && chosen.length < count) chosen.push(o[round]);
  }
  return applyEdits(
    text,
    chosen.map((c) => ({ start: c.start, end: c.end, insert: c.insert, errorStart: 0, errorEnd: c.insert.length })),
  );
}

// harper.js's lints for the same confusions: whether/weather, its/it's, then/than, lose/loose,
// principle/principal, could of, affect/effect (among its noun/verb confusions), your/you're.
const HARPER_CONFUSIONS = new Set([
  "TheWhetherWeather", "ItsContraction", "ItsPossessive", "ThenThan", "ThatThan", "ToLoseTooLoose",
  "PrincipleToPrincipalRoleNoun", "ModalOf", "HadOf", "NounVerbConfusion", "PossessiveYour",
  "YourPredicateAdjective", "PronounContraction", "LeadRiseTo", "BackhandedCompliment",
]);
export const peers = [harperPeer("harper.js 2.10.0 (confusion lints)", (l) => HARPER_CONFUSIONS.has(l.rule))];

// Real sentences with "whether", from Debian's fortunes package (1:1.99.1-7.3,
// /usr/share/games/fortunes/<file>), each as published; the error is put in below.
const FORTUNE_WHETHER = [
  ["art", "I am not sure whether it accepts me."],
  ["art", "Whether shot from a cannon or in hot pursuit on foot, cartoon characters are so absolute in their momentum that only a telephone pole or an outsize boulder retards their forward motion absolutely."],
  ["computers", "A certain monk had a habit of pestering the Grand Tortue (the only one who had ever reached the Enlightenment 'Yond Enlightenment), by asking whether various objects had Buddha-nature or not."],
  ["computers", "Alan Turing thought about criteria to settle the question of whether machines can think, a question of which we now know that it is about as relevant as the question of whether submarines can swim. -- Dijkstra"],
  ["computers", "Most of us just sit back and marvel at such a story; how could that terminal know whether the poor guy was sitting or standing?"],
  ["computers", "But if you also want to use \\skip12 for horizontal glue, whether in math mode or not, the amount of skipping will be in points (e.g., 6pt)."],
  ["computers", "When he awoke he exclaimed: \"I don't know whether I am Turing dreaming that I am a machine, or a machine dreaming that I am Turing!\" -- Geoffrey James, \"The Tao of Programming\""],
  ["computers", "Asked whether he was worried about the foreign influence in an expensive American Dream, the vice president said, ``Finland?"],
  ["computers", "PL/I is for programmers who can't decide whether to write in COBOL or FORTRAN."],
  ["computers", "These guys have a hard time sorting out what day to meet, and whether to eat croissants or doughnuts for breakfast -- let alone how to define how all these complex layers that are going to be agreed upon. -- Craig Burton of Novell, Network World"],
  ["cookie", "I judge a religion as being good or bad based on whether its adherents become better people as a result of practicing it. -- Joe Mullally, computer salesman"],
  ["cookie", "Disraeli replied, \"That all depends, Sir, upon whether I embrace your principles or your mistress.\""],
  ["cookie", "\"A commercial, and in some respects a social, doubt has been started within the last year or two, whether or not it is right to discuss so openly the security or insecurity of locks."],
  ["cookie", "I was loaded enough to be unable to tell whether they could tell I was loaded."],
  ["cookie", "\"Flight Reservation systems decide whether or not you exist."],
  ["cookie", "The easiest response is to laugh it off, and to indulge in wisecracks about Civil Service ratings for horoscope makers and palm readers and whether Reagan asked Mikhail Gorbachev for his sign."],
  ["cookie", "\"An Academic speculated whether a bather is beautiful if there is none in the forest to admire her."],
  ["cookie", "He needs great talent, ten years experience and considerable systems and applications knowledge, whether in applied mathematics, business data handling, or whatever.\" -- Fred P."],
  ["cookie", "Comparing information and knowledge is like asking whether the fatness of a pig is more or less green than the designated hitter rule.\" -- David Guaspari"],
  ["debian", "Just to expand on what Ross said, it is undoubtedly too much to expect of any distribution that it automatically detect whether or not the person installing it can read simple English directions, and if he can't, proceed without his input."],
  ["definitions", "Equally puzzling is the curtation that produces the same eight characters, THE BEST, whether you order \"The Best of Wagner\", \"The Best of Schubert\", or \"The Best of the Turds\"."],
  ["definitions", "Death wish, n.: The only wish that always comes true, whether or not one wishes it to."],
  ["definitions", "QOTD: \"It's hard to tell whether he has an ace up his sleeve or if the ace is missing from his deck altogether.\""],
  ["education", "Even the standard example of ancient nonsense -- the debate about angels on pinheads -- makes sense once you realize that theologians were not discussing whether five or eighteen would fit, but whether a pin could house a finite or an infinite number. -- S."],
  ["food", "There is a simple memory aid that you can use to determine whether it is the correct time to order chocolate dishes: any month whose name contains the letter A, E, or U is the proper time for chocolate. -- Sandra Boynton, \"Chocolate: The Consuming Passion\""],
  ["goedel", "This still begs the question of whether the cookie releases the pressure or only serves to blunt the warning signs."],
  ["kids", "Article the Fifth: Babies should enjoy the freedom to vocalize, whether it be in church, a public meeting place, during a movie, or after hours when the lights are out."],
  ["knghtbrd", "One screw's the bulb, and the rest flame him for doing it wrong. <part> wolfie: is the bulb free software? <Tv> Can we vote on whether to screw it or not?"],
  ["literature", "I'm told that Dostoyevsky wrote \"The Brothers Karamazov\" to raise the question of whether there is a God."],
  ["literature", "When I was younger, I could remember anything, whether it had happened or not; but my faculties are decaying now and soon I shall be so I cannot remember any but the things that never happened."],
  ["love", "If only you knew she loved you, you could face the uncertainty of whether you love her."],
  ["men-women", "Was she not fruitful?\" holding out his shoe, asked them whether it was not new and well made."],
  ["men-women", "It is not necessary to inquire whether a woman would like something for dessert."],
  ["men-women", "No woman can call herself free until she can choose consciously whether she will or will not be a mother. -- Margaret H."],
  ["miscellaneous", "Whether your covers star a male or a female, I read your magazine for the articles -- Leo Costales, in \"Outside July 2005\""],
  ["people", "Albert Camus wrote that the only serious question is whether to kill yourself or not."],
  ["people", "Tom Robbins wrote that the only serious question is whether time has a beginning and an end."],
  ["people", "Ask yourself whether you are happy and you cease to be so. -- John Stuart Mill"],
  ["people", "Whether my Maker is prepared for the great ordeal of meeting me is another matter.\" -- Winston Churchill"],
  ["people", "I do not know where to find in any literature, whether ancient or modern, any adequate account of that nature with which I am acquainted."],
  ["people", "... whether it is better to spend a life not knowing what you want or to spend a life knowing exactly what you want and that you will never have it. -- Richard Shelton"],
  ["perl", "I'm not sure whether that's actually useful... -- Larry Wall in <199710011704.KAA21395@wall.org>"],
  ["platitudes", "It doesn't matter whether you win or lose -- until you lose."],
  ["platitudes", "It's not whether you win or lose, it's how you place the blame."],
  ["politics", "Interesting poll results reported in today's New York Post: people on the street in midtown Manhattan were asked whether they approved of the US invasion of Grenada."],
  ["politics", "It is not the critic who counts, or how the strong man stumbled, or whether the doer of deeds could have done them better."],
  ["politics", "Space is indifferent to what we do; it has no feeling, no design, no interest in whether or not we grapple with it."],
  ["politics", "No matter whether th' constitution follows th' flag or not, th' supreme court follows th' iliction returns. -- Mr."],
  ["politics", "We spent years of wild buying on credit, everything under the sun, whether we needed it or not, and now we are having to pay for it, howling like a pet coon."],
  ["politics", "You first have to decide whether to use the short or the long form."],
  ["science", "However, I am told that a horseshoe will bring you good luck whether you believe in it or not.\""],
  ["science", "Mathematics is the only science where one never knows what one is talking about nor whether what is said is true. -- Russell"],
  ["science", "Thus mathematics may be defined as the subject in which we never know what we are talking about, nor whether what we are saying is true. -- Bertrand Russell"],
  ["science", "The question which divides us is whether it is crazy enough to have a chance of being correct."],
  ["songs-poems", "Whether you can hear it or not, the universe Is laughing behind your back. -- National Lampoon, \"Deteriorata\""],
  ["songs-poems", "Murphy's Law runs the Universe -- and whether or not it is clear to you, no doubt <Curl>B*n dS = 0."],
  ["songs-poems", "I Don't Know Whether to Kill Myself or Go Bowling -- Unattributed song title."],
  ["songs-poems", "Whether death was by drowning, by fits or by runaway sleigh, the formula was the same: Have you heard of the dreadful fate Of Mr."],
  ["songs-poems", "Your Olympics were fun, you should bring them all back For transsexual tennis or Anamalon Track, But Hollywood movies remain sinfully crude Whether seen on the telly or Remotely Viewed."],
  ["songs-poems", "Whether weary or unweary, O man, do not rest, Do not cease your single-handed struggle."],
  ["songs-poems", "Whether you can hear it or not, The Universe is laughing behind your back. -- National Lampoon, \"Deteriorata\""],
  ["songs-poems", "As much as one is compelled to admire the poem's technique, one must question whether its byplay of complex literary allusions does not in fact distract from the unity of the whole."],
  ["sports", "I can't decide whether to commit suicide or go bowling. -- Florence Henderson"],
  ["sports", "It's not whether you win or lose but how you played the game. -- Grantland Rice"],
  ["sports", "It's not whether you win or lose, it's how you look playing the game."],
  ["sports", "They know, deep in their souls, that if she had to choose between catching a fly ball and saving an infant's life, she probably would elect to save the infant's life, without ever considering whether there were men on base. -- Dave Barry, \"Sports is a Drag\""],
  ["wisdom", "Before you ask more questions, think about whether you really want to know the answers. -- Gene Wolfe, \"The Claw of the Conciliator\""],
  ["wisdom", "Here is a test to find whether your mission on earth is finished: if you're alive, it isn't."],
  ["wisdom", "How can you prove whether at this moment we are sleeping, and all our thoughts are a dream; or whether we are awake, and talking to one another in the waking state? -- Plato"],
  ["wisdom", "I do not know whether I was then a man dreaming I was a butterfly, or whether I am now a butterfly dreaming I am a man. -- Chuang-tzu"],
  ["work", "It doesn't matter whether you are a lion or a gazelle: when the sun comes up, you'd better be running."],
  ["work", "Regardless of whether a mission expands or contracts, administrative overhead continues to grow at a steady rate."],
  ["work", "Someday somebody has got to decide whether the typewriter is the machine, or the person who operates it."],
];

/** Sentences of the corpus that hold "whether": its paragraph (lines joined), cut to the sentence. */
function corpusWhetherSentences() {
  const out = [];
  let files = [];
  try {
    files = corpusFiles();
  } catch {
    return out;
  }
  for (const f of files) {
    const prose = proseOnly(f.text);
    // Paragraphs: runs of non-blank lines, read in the prose view so code blocks stay out.
    for (const m of matchesOf(/(?:[^\n]*\S[^\n]*(?:\n|$))+/g, prose)) {
      if (!/\bwhether\b/i.test(m[0])) continue;
      const viewed = m[0].replace(/\s*\n\s*/g, " ").trim();
      const raw = f.text.slice(m.index, m.index + m[0].length).replace(/\s*\n\s*/g, " ").trim();
      // Skip paragraphs that are mostly code or markup in the prose view.
      if ((viewed.match(/\0/g) ?? []).length > viewed.length / 3) continue;
      for (const sentence of raw.split(/(?<=[.!?])\s+(?=[A-Z`*_\[(])/)) {
        if (/\bwhether\b/i.test(sentence)) out.push({ text: sentence.replace(/^(?:[-*+]|\d+\.)\s+/, ""), source: f.file });
      }
    }
  }
  return out;
}

const withWeather = (s) => s.replace(/\bwhether\b/gi, (w) => inCaseOf(w, "weather"));
const seen = new Set();
const whetherCases = [
  ...corpusWhetherSentences().map((c) => c.text),
  ...FORTUNE_WHETHER.map(([, s]) => s),
]
  .filter((s) => (seen.has(s) ? false : (seen.add(s), true)))
  .map((s) => ({ text: withWeather(s), expect: "flag" }));

// Real uses of the noun and the verb "weather", each with where it was published.
// fortunes: Debian package fortunes 1:1.99.1-7.3 (/usr/share/games/fortunes/<file>);
// WordNet: Debian package wordnet-base (WordNet 3.0 usage examples in /usr/share/wordnet/data.*);
// GCIDE: Debian package dict-gcide 0.48.5 (Webster 1913 entry "Weather, v. t.", its quotations);
// Debian docs: /usr/share/doc/<package>/ of the packages named.
const REAL_WEATHER = [
  ["fortunes men-women", "She lays the egg, rolls it over to the father, then takes off for warmer weather where she eats and eats and eats."],
  ["fortunes men-women", "\"Honey!\", Kathy exclaims, \"Shall I pack for warm weather or cold?\""],
  ["fortunes science", "Isn't it interesting that the same people who laugh at science fiction listen to weather forecasts and economists?"],
  ["fortunes science", "The economy depends about as much on economists as the weather does on weather forecasters."],
  ["fortunes literature", "I reverently believe that the maker who made us all makes everything in New England, but the weather."],
  ["fortunes literature", "In India, \"cold weather\" is merely a conventional phrase and has come into use through the necessity of having some way to distinguish between weather which will melt a brass door-knob and weather which will only make it mushy."],
  ["fortunes literature", "In the Spring, I have counted 136 different kinds of weather inside of 24 hours."],
  ["fortunes definitions", "Barometer, n.: An ingenious instrument which indicates what kind of weather we are having."],
  ["fortunes definitions", "The weather at home improves as soon as you go away."],
  ["fortunes definitions", "Painting, n.: The art of protecting flat surfaces from the weather, and exposing them to the critic."],
  ["fortunes politics", "Two battleships assigned to the training squadron had been at sea on maneuvers in heavy weather for several days."],
  ["fortunes work", "A bank is a place where they lend you an umbrella in fair weather and ask for it back the when it begins to rain."],
  ["fortunes songs-poems", "No pig should go sky diving during monsoon, It's risky enough when the weather is fine."],
  ["fortunes songs-poems", "Let us sing together Of sun, star, moon and mist, rain and cloudy weather, Light on the budding leaf, dew on the feather."],
  ["fortunes songs-poems", "The weather is here, I wish you were beautiful."],
  ["fortunes sports", "What else would induce a spectator to sit out in the open in subfreezing weather?"],
  ["fortunes people", "If the weather is extremely bad, church attendance will be down."],
  ["fortunes cookie", "\"Everybody is talking about the weather but nobody does anything about it.\" -- Mark Twain"],
  ["WordNet", "Fall weather often overcasts our beaches."],
  ["WordNet", "He was hampered in his efforts by the bad weather."],
  ["WordNet", "Her company developed a new kind of building material that withstands all kinds of weather."],
  ["WordNet", "His moods vary depending on the weather."],
  ["WordNet", "It appears that the weather in California is very bad."],
  ["WordNet", "Frigid weather the year around."],
  ["WordNet", "In hot weather they dined in their shirtsleeves."],
  ["WordNet", "In stormy weather the stars are out of sight."],
  ["WordNet", "Cows were strawed to weather the snowstorm."],
  ["WordNet", "Every day we have weather conditions and yesterday was no exception."],
  ["WordNet", "Hopefully the weather will be fine on Sunday."],
  ["WordNet", "A picnic is out because of the weather."],
  ["WordNet", "The weather is one variable to be considered."],
  ["WordNet", "They were hoping for good weather."],
  ["WordNet", "There's dirty weather in the offing."],
  ["WordNet", "He keeps a weather eye open for trouble."],
  ["WordNet", "Laser-guided bombs cannot be used in cloudy weather."],
  ["WordNet", "Showed a casual disregard for cold weather."],
  ["WordNet", "The weather turned nasty."],
  ["WordNet", "Unsettled weather with rain and hail and sunshine coming one right after the other."],
  ["GCIDE (Spenser)", "[An eagle] soaring through his wide empire of the air To weather his broad sails."],
  ["GCIDE (Longfellow)", "For I can weather the roughest gale."],
  ["GCIDE (F. W. Robertson)", "You will weather the difficulties yet."],
  ["GCIDE", "To sail or pass to the windward of; as, to weather a cape; to weather another ship."],
  ["GCIDE", "To encounter successfully, though with difficulty; as, to weather out a storm."],
  ["GCIDE", "To sustain the trying effect of; to bear up against and overcome; as, to weather the storm."],
  ["Debian docs ansiweather", "AnsiWeather is a Shell script for displaying the current weather conditions in your terminal, with support for ANSI colors and Unicode symbols."],
  ["Debian docs ansiweather", "Weather data comes from the `OpenWeatherMap` free weather API."],
  ["Debian docs meteo-qt", "meteo-qt is an application to display weather information in desktop panels, desktop notifications and its own window."],
  ["Debian docs meteo-qt", "Remember the default city from settings and show the weather info of this city at startup."],
  ["Debian docs python3-pywws", "Made software attempt to avoid USB activity at times when it is assumed the weather station might be writing to its memory."],
  ["Debian docs python3-pywws", "Now works with broken weather stations that have stopped logging data."],
  ["Debian docs gkrellweather", "Change GrabWeather to try http and ftp when looking for weather information."],
];

const HALF = ["tuning", "fresh", "brown", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind6-kept", "blind7", "blind7-kept", "blind8", "blind8-kept"].includes(process.env.COPYDESK_SENTENCES) ? process.env.COPYDESK_SENTENCES : "held-out";
const SWAPS = [
  { word: "whether", as: /(?<![\p{L}\p{N}'’-])whether(?![\p{L}\p{N}-])/giu, to: "weather" },
  { word: "weather", as: /(?<![\p{L}\p{N}'’-])weather(?![\p{L}\p{N}-])/giu, to: "whether" },
  { word: "it's", as: /(?<![\p{L}\p{N}'’-])it['’]s(?![\p{L}\p{N}-])/giu, to: "its" },
  { word: "its", as: /(?<![\p{L}\p{N}'’-])its(?![\p{L}\p{N}'’-])/giu, to: "it's" },
];
const heldOutSets = [];
{
  let sentences = {};
  try {
    sentences = realSentences({ log: console.log });
  } catch (err) {
    console.log(`  real sentences not collected (${String(err.message).split("\n")[0]}); their sets are skipped`);
  }
  for (const { word, as, to } of SWAPS) {
    const list = (sentences[word] ?? []).filter((s) => s.half === HALF);
    if (list.length === 0) continue;
    heldOutSets.push(
      { name: `${HALF} real ${word} sentences written with ${to}`, cases: list.map((s) => ({ text: s.text.replace(as, (w) => inCaseOf(w, to)), expect: "flag", ext: ".txt" })) },
      { name: `${HALF} real ${word} sentences as written`, cases: list.map((s) => ({ text: s.text, expect: "ok", ext: ".txt" })) },
    );
  }
}

export const labelledSets = [
  ...heldOutSets,
  { name: "real whether sentences written with weather", cases: whetherCases },
  { name: "real uses of the noun and verb weather", cases: REAL_WEATHER.map(([, text]) => ({ text, expect: "ok" })) },
];
