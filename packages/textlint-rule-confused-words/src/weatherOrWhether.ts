import { ANY_NOUN, ANY_VERB, FINITE_VERB, WordClass, baseFormsOf, isTitle, wordClassesOf } from "@copydesk/prose";
import type { TokenRun } from "./tokenPattern";
import { wordClassesOfWord } from "./wordClassesOfWord";

/** The word-sets the decision names; data/weather-whether-classes.json says what each holds. */
export interface WeatherWhetherWords {
  /** Words of asking, deciding or knowing, that a "whether" clause completes: "asked", "unclear", "question". */
  readonly cue: ReadonlySet<string>;
  /** Of those, verbs and nouns of asking or deciding that take a question and never a statement: "decide", "asked", "decision". */
  readonly asking: ReadonlySet<string>;
  /** Verbs of saying and reporting, whose object may be a clause with its own verb: "officials said the roads were icy". */
  readonly saying: ReadonlySet<string>;
  /** Verbs that take a statement and never a question: "assuming weather remains dry", not "assuming whether". */
  readonly statementVerb: ReadonlySet<string>;
  /** Verbs of saying that state when affirmed ("farmers said weather had cut yields") and ask only when negated or after "to" ("would not say whether"). */
  readonly statingVerb: ReadonlySet<string>;
  /** Nouns for a body of people, which British copy gives a plural verb: "the board deem", "the team are". */
  readonly collective: ReadonlySet<string>;
  /** Particles of phrasal verbs, after which a clause is the verb's object: "work out whether", "weigh up whether". */
  readonly particle: ReadonlySet<string>;
  /** Verbs and nouns of examining, whose "into" or "at" takes a question: "looking into whether", "a probe into whether". */
  readonly examining: ReadonlySet<string>;
  /** Nouns of time that end a phrase of time, whatever else the lexicon has them as: "decide this year whether". */
  readonly timeNoun: ReadonlySet<string>;
  /** Prepositions that take a "whether" clause: "about", "on", "over", "regarding". */
  readonly preposition: ReadonlySet<string>;
  /** Of those, the ones that also often stand before the noun: "with", "by"; a fix after them needs a word of asking before. */
  readonly weakPreposition: ReadonlySet<string>;
  /** Determiners that also stand alone, as pronouns: "each", "all". */
  readonly standalone: ReadonlySet<string>;
  /** Wh-words that stand before a noun as its determiner: "what weather", "which bad weather". */
  readonly whDeterminer: ReadonlySet<string>;
  /** Nouns of kind or amount, before "of": "kind of weather", "a spell of weather". */
  readonly kindOf: ReadonlySet<string>;
  /** Verbs that take a question and never a noun as their object: "wonder", "inquire". */
  readonly wondering: ReadonlySet<string>;
  /** Adjectives a determiner makes a noun of: "the poor", "the unemployed", "the same". */
  readonly nominalAdjective: ReadonlySet<string>;
  /** Verbs followed by a bare infinitive: "help", "let", "make". */
  readonly bareInfinitive: ReadonlySet<string>;
  /** Of those, the ones that take it with no object between: "helped weather the downturn", not "made whether its role is". */
  readonly directInfinitive: ReadonlySet<string>;
  /** Words that end a subject's phrase: "than", "because", "when". */
  readonly clauseEnd: ReadonlySet<string>;
  /** Forms of "be", "have" and "do", and the negated modals the lexicon lacks ("cannot"), which are always verbs: "whether I have the power". */
  readonly auxiliary: ReadonlySet<string>;
  /** Adjectives that take a question after a linking verb: "it is clear whether", "it is debatable whether". */
  readonly askingAdjective: ReadonlySet<string>;
  /** Linking verbs, after which an adjective is said of the subject: "is", "seems", "remains". */
  readonly linking: ReadonlySet<string>;
  /** Adverbs of degree inside a noun phrase: "more pleasant weather". */
  readonly degree: ReadonlySet<string>;
  /** Words that make "to" the preposition of a "whether" clause: "as to", "according to", "due to". */
  readonly toPreposition: ReadonlySet<string>;
  /** Adverbs that stand before "whether" and mark no noun: "only", "even", "just". */
  readonly focus: ReadonlySet<string>;
  /** Nouns that "weather" modifies: "weather conditions", "weather forecast". */
  readonly compound: ReadonlySet<string>;
  /** Subjects in the nominative and relative pronouns, after which "weather" is a verb: "they", "that". */
  readonly subject: ReadonlySet<string>;
  /** Contracted subjects that open a clause: "it's", "there's". */
  readonly contractedSubject: ReadonlySet<string>;
  /** Personal pronouns that can be a clause's subject: "it", "they", "there". */
  readonly subjectPronoun: ReadonlySet<string>;
}

/** What the word is, and whether the words around it make that certain enough to fix. */
export interface WeatherWhetherDecision {
  readonly word: "weather" | "whether";
  readonly fix: boolean;
}

const NOUN_MODIFIER = WordClass.Determiner | WordClass.Possessive | WordClass.Number;
const CLAUSE_BREAK = new Set([",", ".", ";", ":", "!", "?", "(", ")", "—", "–", '"', "“", "”", "…"]);
const SENTENCE_END = new Set([".", "!", "?", ";"]);
const QUOTE = new Set(['"', "“", "”"]);
// Comparatives and superlatives with no -er or -est: "the best", "the most".
const DEGREE_FORMS = new Set(["best", "worst", "most", "least", "more", "less"]);
// How far ahead the decision reads: a sentence with no end (hostile input) costs no more per word.
const READ_AHEAD = 60;
const ARTICLES = new Set(["the", "a", "an"]);
const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);
// Words that join a clause of its own after a comma: ", but I felt".
const JOINS_CLAUSE = new Set(["and", "but", "or", "yet", "so", "while"]);
// Endings that make adjectives of English words: "seasonal", "dangerous", "cyclonic", "reliable".
const ADJECTIVE_ENDING = /\p{L}{3}(?:al|ous|ic|ful|less|ive|able|ible)$/u;

/**
 * Which of "weather" and "whether" the words around index `at` call for, or undefined
 * when they do not decide. Read in this order (the package README has each case):
 *
 * 0. "or" right after: "whether or not/no"; before anything else, the noun.
 * 1. A determiner, possessive, number or adjective before it in a noun phrase: the noun ("bad weather").
 * 2. "to", a modal or a verb taking a bare infinitive before it, and no clause after: the verb.
 * 3. A subject right before ("firms that weather the downturn"): the verb; left alone.
 * 4. "and", a verb or the end right after: the noun. "to" + a verb, or a clause (a subject and
 *    its own finite verb) after it: "whether".
 * 5. A noun that "weather" modifies right after ("weather conditions"), with no word of asking before: the noun.
 * 6. Nothing after it that a "whether" could introduce (no verb before the sentence ends): the noun.
 * 7. A preposition that takes no "whether" clause before it, and no clause after: the noun.
 * 8. An adjective said of something before it, and no clause after: the noun.
 */
export function weatherOrWhether(run: TokenRun, at: number, words: WeatherWhetherWords): WeatherWhetherDecision | undefined {
  const view = new SentenceView(run, words);
  const before = view.word(at - 1);
  const after = view.word(at + 1);
  const orLater = view.laterInSentence(at + 1, "or");
  // A word the lexicon has as an adjective too is a verb right after a modal ("I will go whether
  // or no"): no adjective stands between a modal and its noun.
  const modifier = view.afterModal(at - 1) ? undefined : view.modifierAt(at - 1, words);
  // Before a noun that "weather" modifies, an adjective the lexicon lists as one (no adverb, no
  // hyphenated word read by its last part) that follows no linking verb is the noun phrase's,
  // after a word of asking too ("said abnormal weather conditions had"; not "asked point-blank").
  const compoundAfter = after !== undefined && words.compound.has(after);
  const listedAdjective = before !== undefined && (wordClassesOf(before) & (WordClass.Adjective | WordClass.Adverb)) === WordClass.Adjective;
  const attributive =
    modifier === "adjective" &&
    (view.attributive(at - 1, words) ||
      (compoundAfter && listedAdjective && !isCue(before, words) && !words.askingAdjective.has(before) && !view.afterLinkingVerb(at - 1, words)));
  // A word of asking or knowing, or an adjective after a verb ("it is questionable whether").
  // After a linking verb only an adjective that takes a question does without an alternative
  // later: "it is clear whether they will", but "it was lovely weather we had".
  const cueWord = view.cueBefore(at, words);
  const predicative = modifier === "adjective" && !attributive;
  // (A verb's -ing form or participle there is a verb's: "I have been thinking whether", "it was suggested whether".)
  const linkedOnly =
    predicative && !cueWord && !orLater && !words.askingAdjective.has(before ?? "") && !view.canBe(at - 1, WordClass.Gerund | WordClass.Participle) && view.afterLinkingVerb(at - 1, words);
  const cueBefore = cueWord || (predicative && !linkedOnly);
  // The clause may run on past commas and phrases; after an adjective it must follow at once
  // ("it being calm weather, they broke out" is no clause of "weather").
  // After a word of asking, older prose may part the subject from its verb with one comma ("it
  // may well be questioned whether the benefit, has not been as great").
  const looseClause = modifier !== "adjective" || cueWord;
  const clauseAfter = !compoundAfter && view.clauseFrom(at + 1, words, looseClause, cueBefore);
  const toVerbAfter = after === "to" && view.baseVerbAt(at + 2);
  // What a "whether" could introduce: a clause, "or", "to" and a verb.
  const introduces = clauseAfter || toVerbAfter || after === "or" || orLater;

  // A capitalized word inside a sentence of lower-case prose, after a name's capitalized word or
  // number and before another or a comma, is part of the name: "the United States Weather
  // Bureau", "the 101st Weather Flight", "Jim Candor of Accu Weather, said". A heading in title
  // case ("Checking Whether a Port Is Open") has no lower-case word to tell it by.
  if (view.inNameAt(at, words)) return { word: "weather", fix: false };
  // A verb that takes a question and never a noun as its object, right before ("wonder weather
  // at a time when …", "inquired weather 37 degrees is"; not the noun: "a wonder", "seven wonders"): "whether".
  if (words.wondering.has(before ?? "") && !view.canBe(at - 2, NOUN_MODIFIER | WordClass.Adjective) && view.run.tokens[at + 1]?.text !== "," && after !== "or") return { word: "whether", fix: true };
  // A phrase of place or time right after, of a preposition and one noun, then a finite verb
  // ("weather in Brazil had hurt sales", "wet weather in the south slowed shipments"): the
  // phrase's noun is no subject, so no "whether" clause opens there; the verb is the noun's.
  // (After an adjective before its noun, 1. below decides it and fixes it.)
  if (!orLater && !attributive && view.phraseThenVerbAt(at + 1)) return { word: "weather", fix: false };
  // A name or an initialism between an adjective and the word modifies the noun ("more mild
  // U.S. weather", "dry Sahel weather"): no clause opens after an adjective and a name.
  const nameStart = view.nameModifierBefore(at);
  const nameAfterAdjective = nameStart > 0 && view.modifierAt(nameStart - 1, words) === "adjective" && !isCue(view.word(nameStart - 1) ?? "", words) && !words.askingAdjective.has(view.word(nameStart - 1) ?? "");
  if (nameAfterAdjective) return { word: "weather", fix: false };
  // A lower-case noun right before a name is a title it modifies ("weather forecaster Gavin
  // Edmonds says", "NBC weather man Willard Scott"): no clause opens with a bare noun and a name.
  if (!cueBefore && !isCue(before ?? "", words) && view.titleBeforeNameAt(at + 1)) return { word: "weather", fix: false };
  // "weather or not" is never the noun.
  if (after === "or" && view.word(at + 2) === "not") return { word: "whether", fix: true };
  // A clause after such an adjective may be the noun's ("it was lovely weather we had all
  // week") as well as a "whether"'s: nothing decides.
  if (linkedOnly && clauseAfter) return undefined;
  // Nor is "weather or no" before the clause's end ("I will go whether or no."); "or no" and a
  // noun ("in weather or no weather") joins two noun phrases.
  const orNoEnds = after === "or" && view.word(at + 2) === "no" && view.isClauseBreak(at + 3);
  // "or" or "and" and another question's opener ("whether or when the plans", "whether and to
  // what extent"): two questions joined, which no noun is. After a word of asking, "whether".
  // (Not after a possessive, which only a noun follows: "the world's weather and how it changed".)
  if ((after === "or" || after === "and") && view.questionOpensAt(at + 2) && view.classesAt(at - 1) !== WordClass.Possessive) return cueBefore ? { word: "whether", fix: false } : undefined;
  // A wh-word right before is the noun's determiner ("decide what weather to expect", "which
  // weather app"): no "whether" follows "what" or "which" with no comma between.
  if (before !== undefined && words.whDeterminer.has(before)) return { word: "weather", fix: false };
  // A determiner before an opening quotation mark opens the quoted noun phrase ('the "weather
  // capital of the world"'); the word quoted alone ('the "whether" of the first') is cited.
  if (view.quotedAfterDeterminer(at)) return { word: "weather", fix: false };
  // The last of a few words quoted as a term ('To study "space weather" Mr Wong needed'): a noun
  // phrase; a "whether" opens a clause that a closing quotation mark would cut.
  if (!cueBefore && !isCue(before ?? "", words) && view.endsQuotedTerm(at)) return { word: "weather", fix: false };
  // A term in quotation marks right before and a noun "weather" modifies right after (`extreme
  // "El Nino" weather conditions`): the term and the word both modify that noun.
  const quoteOpens = view.quotedTermBefore(at);
  if (quoteOpens > 0 && compoundAfter && !orLater && !isCue(view.word(quoteOpens - 1) ?? "", words)) return { word: "weather", fix: false };
  // A word of asking or deciding a phrase of time or place before it ("decide later this year
  // whether to launch", "asked at a news conference whether banks were"), with "to" and a verb or
  // a clause right after: the question it asks. The phrase ends in a noun or a number, not in a
  // word that can modify the noun ("decided in cold weather to stay"). It is fixed before "to" and
  // a verb after a number or "this", "that" and a noun ("by June 30", "this month"); elsewhere a
  // noun may modify the noun ("during winter weather to"), and a clause may be a relative one.
  const askedAcross = !compoundAfter && (toVerbAfter || view.clauseFrom(at + 1, words, false)) && view.askingAcrossPhrase(at, words);
  if (askedAcross && (!view.canBe(at - 1, WordClass.Adjective) || words.timeNoun.has(before ?? ""))) {
    return { word: "whether", fix: toVerbAfter && (view.canBe(at - 1, WordClass.Number) || words.standalone.has(view.word(at - 2) ?? "")) };
  }
  // A noun phrase that a word of asking takes as its object, directly or by a preposition
  // ("confirm with the designer whether", "decide this year whether to"): the word may be the
  // phrase's head or open the clause asked about. Nothing decides, but a noun it modifies after
  // it, or a clause and its alternative ("tell from the skin whether a patient is well or not").
  if (!compoundAfter && view.objectOfCue(at, words)) return view.clauseFrom(at + 1, words, false) && view.alternativeLater(at + 1) ? { word: "whether", fix: false } : undefined;
  // An item of a list, between commas or after "and" or "or" and before a comma ("fire,
  // weather, animals", "cursing command or weather, he …"), is a noun, not a clause's start.
  const commaAfter = view.run.tokens[at + 1]?.text === ",";
  // ("I ask you, senator, whether, in all fairness, …": a noun set off after a word of asking
  // is the one addressed, not a list's item.)
  if (commaAfter && (view.run.tokens[at - 1]?.text === "," || before === "and" || before === "or") && view.listItemBefore(at - 2) && !view.setOffAfterAsking(at - 2)) return { word: "weather", fix: false };

  // 1. The noun, by its modifier: a determiner, a possessive, a number, or an adjective that
  //    stands before a noun ("in hot weather"), not after a verb ("is doubtful whether").
  // A determiner that can stand alone is an object ("asked her whether") only where a clause
  // follows it at once or a word of asking stands before: "in this weather, nobody goes out"
  // has a clause only past the comma.
  // ("ready for any weather the winter brings": with no word of asking, a clause after is the
  // noun's, but a pronoun's: "ten to one whether you see him".)
  const standsAlone = modifier === "determiner" && view.canStandAlone(at - 1, words) && (cueBefore || isCue(view.word(at - 2) ?? "", words) || (words.subjectPronoun.has(after ?? "") && view.clauseFrom(at + 1, words, false)) || after === "or" || orLater);
  if (modifier === "determiner" && !standsAlone) return { word: "weather", fix: true };
  // ("a way of distinguishing whether his laboratory is …": an -ing word before a clause is the verb.)
  // ("in water whether rooted in the mud or floating": a participle and a later "or" leave it open.)
  // ("in water whether rooted in the mud or floating": the "or" within the phrase that follows; not
  // "in stormy weather at sea, that is, able to stand or walk", past a comma that no list goes on from.)
  if (attributive && !orNoEnds && !(introduces && view.canBe(at - 1, WordClass.Gerund)) && !(view.orInPhrase(at + 1) && view.notNounAt(at + 1))) {
    // A clause, "to" and a verb, or an adjective right after, and its alternative later in the
    // sentence ("as if unsure whether to stay or to go", "all one to her whether she wins, or
    // only draws", "whether rich or poor"), make the adjective one said of something, as
    // "doubtful" is: a pronoun and its verb make "whether" certain; the rest is left open.
    const alternative = view.alternativeLater(at + 1);
    if (alternative && view.pronounClauseAt(at + 1, words)) return { word: "whether", fix: false };
    // ("a period of warm weather late in autumn, usually marked by a hazy or smoky sky": that
    // "or" is past the phrase's end.)
    if (alternative && (toVerbAfter || view.canBe(at + 1, WordClass.Adjective | WordClass.Participle)) && view.orInPhrase(at + 1)) return undefined;
    // An adjective that a determiner turned into a noun ("the unemployed whether they are …")
    // reads like one before its noun ("in the hot weather they had"): a pronoun and its verb
    // after leave it open.
    // So does a clause at once after it ("gives a damn whether some tramp cracks", "the 45-degree
    // weather the game was played in").
    // A clause and then "or" and a verb or "not" are a "whether"'s alternatives ("give a damn
    // whether she won or didn't"), as after a noun phrase below.
    // So does a word before it that can be the phrase's head, past other adjectives ("an even cast
    // whether the army should march", as "the even weather we had"), and a word after "to" that can
    // be the infinitive's verb ("employed to designate whether the current is heated or not", as
    // "a turn to fine weather the crops needed"), with a clause at once.
    // A hyphenated modifier that ends in a noun ("45-degree", "cold-weather") is never the head: a
    // determiner before it opens a phrase whose noun is still to come ("the 45-degree weather the
    // game was played in").
    // A word of deciding a phrase of time away, whose last word the lexicon has as an adjective
    // too ("decide later this year whether to"), asks as well as "in cold weather to stay" reads.
    if (askedAcross) return undefined;
    // The phrase of place or time and its verb read above: "wet weather in the south had hurt sales".
    if (!orLater && view.phraseThenVerbAt(at + 1)) return { word: "weather", fix: true };
    // Only an adjective a determiner can make a noun of heads a phrase alone ("the unemployed",
    // "the same"); "the recent" and "that bad" need their noun.
    const opened = view.determinerOpens(at - 1, words);
    const nominal = opened && view.nominalAdjectiveAt(at - 1, words);
    const headOrVerb = !view.nounCompoundModifier(at - 1) && (nominal || view.nounAfterModifiers(at - 1, words) || view.infinitiveAt(at - 1, words));
    const clauseAtOnce = view.pronounClauseAt(at + 1, words) || (!compoundAfter && view.clauseFrom(at + 1, words, false));
    if (headOrVerb && clauseAtOnce) {
      return view.alternativeLater(at + 1) ? { word: "whether", fix: false } : undefined;
    }
    // A clause right after such a phrase is the noun's and its verb's ("that bad weather cut
    // yields", "the recent weather hit exports"): the noun, reported only.
    if (opened && !nominal && clauseAtOnce) return { word: "weather", fix: false };
    return { word: "weather", fix: true };
  }

  // After nouns that a determiner opened ("the pleasant, holiday weather we came to", "a vote of
  // the people whether they would"), either word can stand: only the lack of a clause decides.
  // A clause and then "or not", or "or" and a word that starts no noun phrase, are the
  // alternatives of a "whether" ("a vote of the people whether they would or would not", "the
  // same phenotype whether its allele is identical or different"), not a clause about the
  // weather ("the holiday weather we came to", "the summer weather we had in May or June").
  // An alternative right after, of two words of a kind that starts no noun phrase ("a member
  // whether lay or clerical", "training whether physical, mental, or moral", "but whether wisely
  // or no"), is a "whether"'s, but after a preposition ("in weather fair or foul").
  // ("but" is no preposition there: the focus words that stand before a "whether" are not.)
  const parallel = !(before !== undefined && view.canBe(at - 1, WordClass.Preposition) && !words.focus.has(before)) && view.alternativeRightAfter(at + 1);
  if (view.headOfNounPhrase(at, words)) {
    if (parallel) return { word: "whether", fix: false };
    // A clause that starts only past a comma or a phrase ("in the muggy Washington weather, and
    // he had to return") belongs to the sentence, not to a "whether": only a clause at once,
    // "to" and a verb, or an "or" make "whether" possible.
    if (!introduces || (!toVerbAfter && !orLater && !view.clauseFrom(at + 1, words, false))) return { word: "weather", fix: false };
    // The clause follows at once: "ask for the Seattle weather, or would you …" has none.
    return view.clauseFrom(at + 1, words, false) && view.alternativeLater(at + 1) ? { word: "whether", fix: false } : undefined;
  }

  // A noun of kind or amount and "of" before it ("what kind of weather", "a spell of weather"): the noun.
  if (before === "of" && words.kindOf.has(view.word(at - 2) ?? "")) return { word: "weather", fix: false };

  // 2. The verb, after "to" or a modal, with an object and no clause of its own.
  const marker = view.verbMarkerBefore(at);
  // Only "help" takes the verb with no object between ("helped weather the downturn"); right after
  // "make" or "let" the word is their object, but not before a clause of its own ("an assessment
  // should be made whether its role is …").
  const objectlessClause = marker !== undefined && marker.index === at - 1 && words.bareInfinitive.has(marker.word) && !words.directInfinitive.has(marker.word) && clauseAfter;
  if (marker !== undefined && marker.word !== "to" && !objectlessClause) return { word: "weather", fix: true };
  // After "to", a clause must follow at once ("according to weather the plugin should"); an object
  // with a clause later on ("to weather out a storm is hard") is the verb's.
  const clauseAtOnce = clauseAfter && (cueBefore || view.clauseFrom(at + 1, words, false));
  if (marker !== undefined && after !== "or" && !clauseAtOnce && !words.toPreposition.has(view.word(marker.index - 1) ?? "")) {
    return { word: "weather", fix: view.objectFollows(at + 1) };
  }

  // 3. The verb, after its subject ("firms that weather the downturn will grow"): not decided here.
  // ("confirmed that weather makes the planet wobble": "that" after a verb opens its statement.)
  const thatOpensStatement = before === "that" && view.canBe(at - 2, ANY_VERB) && !view.canBe(at - 2, ANY_NOUN);
  if (before !== undefined && words.subject.has(before) && !orLater && !thatOpensStatement) return undefined;

  // A noun joined by "and" or "or" to a noun before it, and a lower-case word after that can be
  // nothing but a noun ("Pilots and weather experts said"): a second noun phrase as likely as a
  // clause. With no word of asking before and no alternative later, nothing decides.
  if ((before === "and" || before === "or") && !cueBefore && !orLater && !compoundAfter && view.canBe(at - 2, ANY_NOUN) && !view.canBe(at - 2, WordClass.Pronoun | WordClass.Adjective) && view.onlyNounAt(at + 1)) return undefined;

  // 4. "whether", by what follows: "or", "to" and a verb, a clause.
  const opensSentence = view.opensSentence(at);
  const afterBreak = !opensSentence && view.isClauseBreak(at - 1);
  // ("not on whether but on how much": the contrast of "not … but" leaves it open.)
  if (view.nextEndsPhrase(at + 1) && !(after === "but" && (view.word(at - 1) === "not" || view.word(at - 2) === "not"))) return { word: "weather", fix: false };
  // A verb right after has the word as its subject: "Whether is changing fast" can only be the noun.
  // (After a word of asking, "wonder whether is it safe" is a question written loosely.)
  // ("all is ok whether is the user": a verb and then its subject, mid-clause, is a question's order.)
  // (Only "be", "have", "do" and a modal go before their subject: "whether makes the planet wobble" is no question's order.)
  const inverted = before !== undefined && view.strongVerbAt(at + 1) && view.canBe(at + 2, WordClass.Determiner | WordClass.Pronoun);
  if (!cueBefore && !inverted && view.subjectOfVerbAt(at + 1, words)) return { word: "weather", fix: false };
  // So does a past form right after, with its object after it ("unseasonal weather cut yields",
  // "weather hit exports"), with no word of asking right before: a "whether" clause's subject
  // would be a bare noun ("cut") with "yields" its verb. ("asked whether cut flowers last" asks.)
  // (An adjective between a verb of saying and the word is the noun's: "noted bad weather cut yields".)
  const askedObject = isCue(view.word(at - 2) ?? "", words) && (view.canBe(at - 1, WordClass.Pronoun) || (view.canBe(at - 1, ANY_NOUN) && !view.canBe(at - 1, WordClass.Adjective)));
  const askedRightBefore = isCue(before ?? "", words) || words.preposition.has(before ?? "") || askedObject;
  // (A finite verb later makes the past form an adjective of a subject: "whether disciplined agents of the party are".)
  const pastWithObject = view.canBe(at + 1, WordClass.Past) && !view.canBe(at + 1, WordClass.Determiner | WordClass.Pronoun) && view.canBe(at + 2, ANY_NOUN | WordClass.Determiner | WordClass.Number) && !view.canBe(at + 2, WordClass.Pronoun);
  // (So does a verb right after the object: "whether cut flowers last longer".)
  if (!askedRightBefore && !orLater && pastWithObject && !view.canBe(at + 3, ANY_VERB | WordClass.Modal) && !view.finiteVerbInClause(at + 3, words)) {
    return { word: "weather", fix: false };
  }
  // So does "be", "have" or a modal right after a noun or an adjective that is no word of asking,
  // past a word of asking too: "confirmed bad weather had prevented the launch", "understanding
  // space weather will be vital". ("wonder whether is it safe" puts its subject after the verb.)
  if (!inverted && !orLater && view.strongVerbAt(at + 1) && view.canBe(at - 1, ANY_NOUN | WordClass.Adjective) && !isCue(before ?? "", words) && !words.askingAdjective.has(before ?? "") && !view.canBe(at - 1, WordClass.Pronoun | WordClass.Determiner)) {
    return { word: "weather", fix: false };
  }
  // A word that can only be a base form or a past ("Temperatures and weather vary", "the
  // weather came in") has the word as its subject: "whether" takes a subject before its verb.
  // So does a past form with no "or" after it ("the weather turned bad"): a "whether" before a
  // participle has its alternative ("whether used in text mode or not").
  const bareVerb = view.classesAt(at + 1) === WordClass.Verb || (view.classesAt(at + 1) & ~(WordClass.Past | WordClass.Participle)) === 0;
  // So does a modal and a verb ("weather will be fine"), whatever else the lexicon has "will" as.
  const modalVerb = view.canBe(at + 1, WordClass.Modal) && view.baseVerbAt(at + 2);
  // (An adjective before, read as said of something, asks nothing: "as hot weather slowed demand".)
  if (!cueWord && !orLater && (bareVerb || modalVerb) && view.canBe(at + 1, ANY_VERB | WordClass.Modal)) return { word: "weather", fix: false };
  // An adverb between changes nothing, and no question puts one there; after an adverb an "-s"
  // form is the verb, not a plural noun: "Fall weather often turns cold."
  if (!cueBefore && view.onlyAdverbsBetween(at, at + 2) && (view.canBe(at + 2, WordClass.VerbS | WordClass.Modal) || words.auxiliary.has(view.word(at + 2) ?? ""))) return { word: "weather", fix: false };
  // An -ing word right after a noun ("photos of winter weather crashing down"), with no "or"
  // and no clause: the noun and its modifier. A "whether" before an -ing word has its
  // alternative ("whether crashing or not") or asks about it.
  if (!cueBefore && !orLater && !clauseAfter && view.classesAt(at + 1) === WordClass.Gerund && view.canBe(at - 1, ANY_NOUN) && !isCue(before ?? "", words)) return { word: "weather", fix: false };
  // So does a verb in "-s" that ends the clause with no object: "if weather permits." A "whether"
  // clause would need a subject before that verb. (A plural noun, a comma and another plural noun
  // with an "or" later is a list of alternatives: "any band, whether harps, drums, or horns".)
  const pluralsListed = orLater && view.run.normalized[at + 2] === "," && view.canBe(at + 1, WordClass.PluralNoun) && view.canBe(at + 3, WordClass.PluralNoun);
  if (!cueBefore && !pluralsListed && view.canBe(at + 1, WordClass.VerbS) && view.isClauseBreak(at + 2)) return { word: "weather", fix: false };
  // A list right after a comma ("talk about weather, prices and feed"): the word is its first
  // item. A phrase set off before a clause ("whether, in the end, it works") starts otherwise.
  if (commaAfter && view.listFrom(at + 2)) return { word: "weather", fix: false };
  // After a preposition that takes no "whether" clause ("kind of weather we are having",
  // "stress of weather or water"), nothing is certain.
  // (A particle right after a verb is the phrasal verb's: "weigh up whether it is worth it".)
  // (So is "into" or "at" after a word of examining: "looking into whether", "probes into whether";
  // not "ran into weather the crews feared".)
  const examined = (before === "into" || before === "at") && words.examining.has(view.word(at - 2) ?? "");
  const phrasal = (words.particle.has(before ?? "") && view.canBe(at - 2, ANY_VERB)) || examined;
  // (Nor is a word that opens a clause of its own, before a pronoun's clause: "although whether it is".)
  const opensOwnClause = words.clauseEnd.has(before ?? "") && view.pronounClauseAt(at + 1, words);
  // (Nor is a focus word the lexicon also lists as one: "not only whether the board, its agency, has".)
  const looseLeft = before !== undefined && !cueBefore && !phrasal && !opensOwnClause && !words.focus.has(before) && view.canBe(at - 1, WordClass.Preposition) && !view.canBe(at - 1, WordClass.Conjunction);
  // "with", "by", "at" or "into" with no word of asking before them: as loose as any other
  // preposition for the noun ("battered by weather for days").
  const weakOnly = words.weakPreposition.has(before ?? "") && !isCue(view.word(at - 2) ?? "", words) && !phrasal;
  // "or" right after is "whether or not" (above) or "whether or no"; before anything else
  // ("weather or climate") it joins two nouns.
  if (after === "or") return view.word(at + 2) === "no" ? { word: "whether", fix: !looseLeft } : { word: "weather", fix: false };
  // "to" and a verb after: "decide whether to go". Right after a verb that is no word of asking,
  // the noun may be that verb's object and the infinitive its modifier ("they had weather to
  // contend with"): left alone. "be" takes no object ("the question is whether to go"), and an
  // "or" later is the alternative ("had whether to go or stay").
  const objectTaker = view.canBe(at - 1, ANY_VERB) && !view.canBe(at - 1, ANY_NOUN | WordClass.Preposition) && !words.linking.has(before ?? "");
  // So does a verb that takes a statement ("Forecasters expect weather to improve"), and a verb's
  // "for" before an object and its infinitive ("waited for weather to clear"; not "the criteria
  // for whether to admit", after a noun).
  const forObject = before === "for" && view.canBe(at - 2, ANY_VERB) && !view.canBe(at - 2, ANY_NOUN | WordClass.Adjective);
  if (toVerbAfter && !cueBefore && !orLater && (objectTaker || words.statementVerb.has(before ?? "") || forObject)) return undefined;
  // After an adjective that asks nothing ("it was fine weather to walk in"), the infinitive may
  // be the noun's, as after a verb: left alone. "it is unclear whether to go" has a word of asking.
  if (toVerbAfter && modifier === "adjective" && !cueWord) return undefined;
  if (toVerbAfter) return { word: "whether", fix: true };
  // A comma right after, after a noun or a preposition with no word of asking ("its tang of
  // weather, its change of seasons"): a "whether" there would open a clause that never comes.
  // A comma after a word of asking ("asked, whether, in the long run, …") or at a clause's start
  // may set off a phrase before the clause, and an "or" later may be the alternative.
  // So does a comma right after a verb that takes an object ("the mechanism that generates
  // weather, even if …"): a "whether" clause after a verb that asks nothing follows at once.
  // ("changes of weather, or of a season": an "or" right after the comma joins another phrase to the noun.)
  const orOnlyAfterComma = commaAfter && view.word(at + 2) === "or" && !view.laterInSentence(at + 3, "or");
  // ("an instrument showing changes of weather, as a barometer or a vane": with no verb anywhere after the
  // comma, an "or" joins no alternatives of a clause.)
  if (commaAfter && before !== undefined && !cueBefore && (!orLater || orOnlyAfterComma || view.noVerbInClause(at + 2, true)) && (objectTaker || view.canBe(at - 1, ANY_NOUN | WordClass.Preposition)) && !view.canBe(at - 1, WordClass.Conjunction | WordClass.Wh)) {
    return { word: "weather", fix: false };
  }
  // "consider whether, if the measure had passed, …", "ask whether when it fails …"
  if (cueBefore && after !== undefined && words.clauseEnd.has(after) && !view.canBe(at - 1, NOUN_MODIFIER)) return { word: "whether", fix: false };
  // A verb that takes a statement and never a question ("assuming weather remains dry"): a
  // "whether" after it is no slip for "weather" but for another word ("that"). Left alone.
  if (words.statementVerb.has(before ?? "") && !orLater) return undefined;
  // A verb of saying, affirmed, before a verb or a preposition that makes the word its clause's
  // subject, states something of the noun ("Farmers said weather had cut yields", "Traders said
  // weather in Brazil lifted prices"); negated or after "to" or a modal it asks ("would not say
  // whether"), and a clause with a subject of its own may be a question's ("the flag says whether
  // the UART has").
  const statedSubject =
    view.strongVerbAt(at + 1) || (view.canBe(at + 1, WordClass.Preposition | WordClass.Past | WordClass.VerbS) && !view.canBe(at + 1, NOUN_MODIFIER | WordClass.Pronoun));
  // (Past adjectives before the word too: "says bad weather during the quarter is to blame".)
  let sayer = at - 1;
  while (modifier === "adjective" && sayer > at - 4 && !words.statingVerb.has(view.word(sayer) ?? "") && view.modifierAt(sayer, words) === "adjective") sayer--;
  if (words.statingVerb.has(view.word(sayer) ?? "") && statedSubject && !view.canBe(sayer - 1, NOUN_MODIFIER | WordClass.Adjective) && !orLater && !view.negatedOrInfinitive(sayer)) {
    return { word: "weather", fix: false };
  }
  // At a sentence's start, a "whether" clause needs a verb of its own and the verb of the
  // sentence. A phrase and one verb ("Whether in the hills changes fast") is the noun and its
  // verb; no verb at all ("Whether in strict mode.") is a fragment and stays.
  if (opensSentence && !clauseAfter && !orLater && view.verbsFrom(at + 1, 1) && !view.verbsFrom(at + 1, 2)) return { word: "weather", fix: false };
  // After a preposition, a clause whose verb has its object or complement ("a role in whether it
  // causes symptoms", "lies in whether the persuasion is long term") leaves no gap for a relative
  // clause of the noun ("suffered in weather the crews feared"): "whether", reported only.
  if (looseLeft && !weakOnly && !compoundAfter && view.completeClauseFrom(at + 1, words)) return { word: "whether", fix: false };
  // After "with", "by", "at" or "into" alone, only a clause at once counts: "With weather like
  // this, nobody goes out" has its clause past the phrase and the comma.
  if (clauseAfter && weakOnly && !view.clauseFrom(at + 1, words, false)) return { word: "weather", fix: false };
  if (clauseAfter && !looseLeft) {
    // At the start of a sentence, the "whether" clause is the subject of a verb still to come.
    // ("Weather aside, the trip was a success": "was" is the clause's own verb, and none follows.)
    // With no such verb and a noun for the clause's subject ("Weather radios provide an alarm
    // when …"; a verb after "when" is its own clause's), the word is the noun, reported only.
    if (opensSentence && !orLater) {
      const clauseVerb = view.clauseVerbFrom(at + 1, words, looseClause, cueBefore);
      // A phrase right after, then one verb and its object: the noun, its phrase and its verb
      // ("Weather in Brazil cut yields."). "Whether in the end it works is unclear" has a second verb.
      const phraseFirst = view.canBe(at + 1, WordClass.Preposition) && (view.classesAt(at + 1) & ~(WordClass.Preposition | WordClass.Adverb)) === 0;
      if (phraseFirst && clauseVerb >= 0 && !view.finiteVerbInClause(clauseVerb + 1, words)) return { word: "weather", fix: false };
      // ("Whether one plan is better than another.": a number opens a subject as a determiner does,
      // and "Weather one week was mild." is as likely.)
      const pronounSubject = view.canBe(at + 1, WordClass.Pronoun | WordClass.Determiner | WordClass.Number) || words.subjectPronoun.has(after ?? "");
      if (pronounSubject && !view.verbsFrom(clauseVerb + 1, 1)) return undefined;
      // A verb of saying takes a clause of its own as its object ("Weather officials said the
      // roads were icy."): the sentence's verb is one more after that clause's.
      const saysClause = words.saying.has(view.word(clauseVerb) ?? "");
      if (!pronounSubject && !view.mainVerbFrom(clauseVerb + 1, words, saysClause ? 2 : 1)) return { word: "weather", fix: false };
    }
    // Inside a clause's subject, after its noun and a preposition ("The talk about weather
    // modification was fascinating", "said the debate over weather control was heated"), a
    // "whether" clause leaves the clause a verb to find before it ends; with none, the verb after
    // the word is the clause's and the word is the noun.
    if (!orLater && view.inOpeningSubject(at)) {
      const clauseVerb = view.clauseVerbFrom(at + 1, words, false);
      if (clauseVerb >= 0 && !view.finiteVerbInClause(clauseVerb + 1, words)) return { word: "weather", fix: false };
    }
    // A personal pronoun and its verb right after ("weather you win") is never an object of the noun or the verb.
    const pronounClause = words.subjectPronoun.has(after ?? "") && !view.canBe(at + 1, WordClass.Determiner);
    // A preposition alone is no certainty ("a man with weather cracks furrowed into his cheeks");
    // a word of asking before it is ("depends on", "concerned with").
    // After "with", "by", "at" or "into" alone, a noun and a past form that is also a participle
    // read as the noun and its modifier ("a man with weather cracks furrowed into his cheeks"):
    // no clause is certain there.
    if (weakOnly && view.canBe(view.clauseVerbFrom(at + 1, words, true), WordClass.Participle)) return undefined;
    // After a comma, with no word of asking and no alternative, a noun and a verb that end the
    // sentence are the copy's attribution ("… into the market, weather analysts said."), not a
    // "whether" clause, which would ask nothing: left alone.
    if (afterBreak && !cueBefore && !orLater && !pronounClause && view.canBe(at + 1, ANY_NOUN) && view.verbAt(at + 2) && SENTENCE_END.has(view.run.tokens[at + 3]?.text ?? "")) return undefined;
    // (After a phrasal verb's particle a relative clause may follow the noun: "ran into weather the crews feared".)
    const certainCue = cueBefore && !weakOnly && !phrasal;
    return { word: "whether", fix: certainCue || (pronounClause && !opensOwnClause) || (opensSentence && orLater) };
  }
  // An -ing word opening a clause's subject after a word of asking, and a finite verb of that
  // clause later ("to learn weather lowering the population will reduce losses"): "whether",
  // reported only.
  if (cueBefore && !compoundAfter && view.canBe(at + 1, WordClass.Gerund) && !view.canBe(at + 1, WordClass.Preposition) && view.finiteVerbInClause(at + 2, words)) return { word: "whether", fix: false };
  if (orLater && !compoundAfter && (afterBreak || opensSentence || cueBefore || view.notNounAt(at + 1) || parallel)) {
    // "…, weather in math mode or not", "weather surveyed or unsurveyed", "weather reasonable or not"
    return { word: "whether", fix: false };
  }

  // 5. A noun "weather" commonly modifies right after, with no word of asking before and no
  //    "or" after ("listen to whether reports and economists", "mild whether patterns"):
  //    "weather". At a sentence's start "Whether forecasts hold is unclear" stays.
  // After a preposition ("blocked with whether stripping") it holds when no verb follows the noun;
  // at a sentence's start, when the sentence has no verb at all ("Whether vane shaped like a T.").
  // After a word of asking too, a "whether" clause needs the noun to be its subject, with a verb
  // of its own: "according to weather conditions at sea" has none.
  const prepositionOnly = (words.preposition.has(before ?? "") && !view.verbAt(at + 2)) || (cueBefore && !view.clauseFrom(at + 1, words, true, true));
  // At a sentence's start a "whether" clause needs a second verb ("Whether forecasts hold is
  // unclear"); "Whether reports from abroad are late." has one.
  const verbless = opensSentence ? !view.mainVerbFrom(at + 2, words, 2) : afterBreak && !view.verbsFrom(at + 1, 1);
  if (compoundAfter && (!cueBefore || prepositionOnly) && !orLater && (verbless || !(opensSentence || afterBreak))) {
    return { word: "weather", fix: false };
  }

  // After a preposition that may take a question ("an effect on whether it rains"), a phrase of
  // its own with no verb up to the sentence's end asks nothing: "an effect on weather in the
  // south." (A subject the lexicon lacks may have a verb it lacks: "probes into whether ICN withheld data".)
  if (words.preposition.has(before ?? "") && !introduces && view.canBe(at + 1, WordClass.Preposition) && !view.canBe(at + 1, WordClass.Conjunction | WordClass.Wh) && view.noVerbInClause(at + 1)) {
    return { word: "weather", fix: false };
  }
  // 6. Nothing a "whether" could introduce: no verb before the clause ends.
  // A sentence that opens with it and a phrase, and has no verb, is a fragment either word can
  // open ("Whether in strict mode."): left alone.
  // (A noun right after is the clause's subject, not its verb: "for whether study and forecasts.")
  if (!cueBefore && !introduces && !(opensSentence && view.canBe(at + 1, WordClass.Preposition)) && view.noVerbInClause(at + 1, false, true)) return { word: "weather", fix: false };
  // 7. After a preposition that takes no "whether" clause ("in weather like this", "sheltered
  //    from weather by the hedge"), with no clause, "or" or "to" and a verb after it: the noun.
  //    A clause right after leaves it open: "the quality of weather that is mild".
  if ((looseLeft || weakOnly) && !toVerbAfter && !orLater && !view.clauseFrom(at + 1, words, false)) return { word: "weather", fix: false };
  // 8. An adjective said of something ("it was perfect weather for a walk") calls for a clause
  //    as a word of asking does ("it is doubtful whether they come"); with none after, no
  //    comma that may set off a phrase first, no "or" and no "to": the noun.
  // After a linking verb and an adjective that asks nothing, a clause only past a comma is the
  // sentence's ("It will be foul weather today, for the sky is red"): one at once was read above.
  if (predicative && !cueWord && !commaAfter && !toVerbAfter && !orLater && (linkedOnly || !view.clauseFrom(at + 1, words, true, true))) return { word: "weather", fix: false };
  return undefined;
}

/** A sentence's tokens with their word classes, looked up as they are asked for. */
class SentenceView {
  private readonly classes: (number | undefined)[] = [];
  constructor(
    readonly run: TokenRun,
    private readonly words: WeatherWhetherWords,
  ) {}

  /** The normalized word at `i`, or undefined for punctuation, masked text and the sentence's ends. */
  word(i: number): string | undefined {
    const token = this.run.tokens[i];
    return token?.kind === "word" ? this.run.normalized[i] : undefined;
  }

  isClauseBreak(i: number): boolean {
    const token = this.run.tokens[i];
    return token === undefined || (token.kind === "punct" && CLAUSE_BREAK.has(token.text));
  }

  classesAt(i: number): number {
    let c = this.classes[i];
    if (c === undefined) {
      const token = this.run.tokens[i];
      // A hyphenated word is read by its last part as a modifier: "45-degree" modifies like
      // "degree"; "toss-up" is no preposition.
      c = token?.kind !== "word" ? 0 : wordClassesOfWord(this.run.normalized[i]!);
      // A lower-case word the lexicon lacks (or one opening the sentence) with an adjective's
      // ending is an adjective: "unseasonal", "anticyclonic".
      if (c === 0 && token?.kind === "word" && (/^\p{Ll}/u.test(token.text) || this.opensSentence(i)) && ADJECTIVE_ENDING.test(this.run.normalized[i]!)) c = WordClass.Adjective;
      // A form in -ed that the lexicon has only as an adjective is also the past of its verb:
      // "whether companies rigged bids".
      if (c === WordClass.Adjective && this.run.normalized[i]!.endsWith("ed") && baseFormsOf(this.run.normalized[i]!).some((base) => (wordClassesOf(base) & WordClass.Verb) !== 0)) {
        c |= WordClass.Past | WordClass.Participle;
      }
      this.classes[i] = c;
    }
    return c;
  }

  canBe(i: number, flags: number): boolean {
    return (this.classesAt(i) & flags) !== 0;
  }

  laterInSentence(from: number, word: string): boolean {
    const end = Math.min(this.run.tokens.length, from + READ_AHEAD);
    for (let j = from; j < end; j++) if (this.run.normalized[j] === word) return true;
    return false;
  }

  /** What kind of noun modifier the word at `i` is, if it is one. */
  modifierAt(i: number, words: WeatherWhetherWords): "determiner" | "adjective" | undefined {
    const w = this.word(i);
    if (w === undefined || words.cue.has(w) || words.focus.has(w) || words.preposition.has(w) || words.auxiliary.has(w)) return undefined;
    const c = this.classesAt(i);
    // A number right after a noun or a name labels it ("by March Two whether to", "by day 30
    // whether to"): it ends that noun phrase and determines nothing after it.
    if ((c & NOUN_MODIFIER) === WordClass.Number && this.labelledAt(i - 1)) return undefined;
    if (c & NOUN_MODIFIER) return "determiner";
    // An adjective that is not also a preposition or a wh-word; adverbs that stand before a
    // clause ("only", "even", "just") are in the focus set.
    if (c & WordClass.Adjective) return c & (WordClass.Preposition | WordClass.Wh) ? undefined : "adjective";
    // "45-degree", "cold-weather": a hyphenated modifier ending in a noun.
    if (w.includes("-") && (c & ANY_NOUN) !== 0) return "adjective";
    // An -ing word or participle right after a determiner modifies the noun: "the approaching weather".
    // ("this happened whether": a determiner that stands alone may be the verb's subject.)
    const article = ARTICLES.has(this.word(i - 1) ?? "") || this.classesAt(i - 1) === WordClass.Possessive;
    if (c & (WordClass.Gerund | WordClass.Participle) && article) return "adjective";
    return undefined;
  }

  /** A hyphenated word the lexicon lacks, read by its last part as a noun: "45-degree", "three-day". */
  nounCompoundModifier(i: number): boolean {
    const w = this.word(i);
    return w !== undefined && w.includes("-") && wordClassesOf(w) === 0 && this.canBe(i, ANY_NOUN);
  }

  /** The capitalized word at `at` inside a name, in a sentence that is not in title case (see its use). */
  inNameAt(at: number, words: WeatherWhetherWords): boolean {
    const token = this.run.tokens[at]!;
    const prev = this.run.tokens[at - 1];
    const next = this.run.tokens[at + 1];
    if (!/^\p{Lu}/u.test(token.text) || prev?.kind !== "word" || this.opensSentence(at - 1) || !/^[\p{Lu}\p{Nd}]/u.test(prev.text)) return false;
    // The word before is a noun, a number or unknown, and no word of asking ("Deciding Whether").
    const c = this.classesAt(at - 1);
    if (isCue(this.run.normalized[at - 1]!, words) || (c !== 0 && (c & (ANY_NOUN | WordClass.Number)) === 0) || (c & (NOUN_MODIFIER | WordClass.Pronoun | WordClass.Preposition | WordClass.Conjunction | WordClass.Wh | WordClass.Modal)) !== 0) return false;
    const nameGoesOn = next?.kind === "word" && /^\p{Lu}/u.test(next.text) && !this.canBe(at + 1, NOUN_MODIFIER | WordClass.Pronoun | WordClass.Wh | WordClass.Preposition);
    if (!nameGoesOn && next?.text !== ",") return false;
    // Prose around it: a lower-case word of four letters or more near by.
    const from = Math.max(0, at - READ_AHEAD);
    const to = Math.min(this.run.tokens.length, at + READ_AHEAD);
    for (let j = from; j < to; j++) {
      const t = this.run.tokens[j]!;
      if (t.kind === "word" && t.text.length >= 4 && /^\p{Ll}+$/u.test(t.text)) return true;
    }
    return false;
  }

  /**
   * A clause at `i` whose verb is followed at once (past adverbs) by its object, a determiner,
   * number or noun ("it causes symptoms", "farmers have a good year"), or, after a linking verb,
   * by its complement ("the persuasion is long term"): a clause with no word missing.
   */
  completeClauseFrom(i: number, words: WeatherWhetherWords): boolean {
    // ("the quality of weather that is mild": a relative pronoun is the noun's clause's subject.)
    if (RELATIVE_PRONOUNS.has(this.word(i) ?? "")) return false;
    const v = this.clauseVerbFrom(i, words, false);
    if (v < 0) return false;
    let k = v + 1;
    while (k < v + 3 && (this.classesAt(k) & ~WordClass.Adjective) === WordClass.Adverb) k++;
    const c = this.classesAt(k);
    if (this.word(k) === undefined || (c & (WordClass.Pronoun | WordClass.Participle | WordClass.Gerund | WordClass.Preposition))) return false;
    if (words.linking.has(this.word(v) ?? "")) return (c & (WordClass.Adjective | WordClass.Determiner)) !== 0;
    return (c & (WordClass.Determiner | WordClass.Possessive | WordClass.Number)) !== 0 || (c !== 0 && (c & ~ANY_NOUN) === 0);
  }

  /** A lower-case noun at `i` and a name of two capitalized words after it: "forecaster Gavin Edmonds". */
  titleBeforeNameAt(i: number): boolean {
    const t = this.run.tokens[i];
    if (t?.kind !== "word" || !/^\p{Ll}+$/u.test(t.text) || !this.canBe(i, ANY_NOUN) || this.canBe(i, WordClass.Pronoun | WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction)) return false;
    for (const j of [i + 1, i + 2]) {
      const name = this.run.tokens[j];
      if (name?.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(name.text) || this.canBe(j, NOUN_MODIFIER | WordClass.Pronoun | WordClass.Preposition | WordClass.Conjunction | WordClass.Wh)) return false;
    }
    return true;
  }

  /**
   * A word the lexicon has as an adjective, and as nothing else but a noun: "favorable", "cold";
   * not "early", "said", "dry", nor a hyphenated word it lacks ("point-blank" may be an adverb).
   */
  onlyAdjective(i: number): boolean {
    const c = wordClassesOf(this.word(i) ?? "");
    return (c & WordClass.Adjective) !== 0 && (c & ~(WordClass.Adjective | ANY_NOUN)) === 0;
  }

  /**
   * A word of asking or deciding (the data's `asking`) up to eight words before index `at`, with
   * only a phrase of prepositions, determiners, numbers, nouns, adjectives and adverbs between,
   * ending in a noun or a number right before `at`: "decide later this year", "asked at a news
   * conference", "decide in 2011 or 2012". No clause break, subject or verb stands between.
   */
  askingAcrossPhrase(at: number, words: WeatherWhetherWords): boolean {
    if (!this.canBe(at - 1, ANY_NOUN | WordClass.Number) || this.canBe(at - 1, WordClass.Determiner | WordClass.Possessive | WordClass.Pronoun)) return false;
    const phraseWord = WordClass.Preposition | WordClass.Determiner | WordClass.Number | ANY_NOUN | WordClass.Adjective | WordClass.Adverb;
    for (let j = at - 2; j >= 0 && j >= at - 9; j--) {
      const w = this.word(j);
      if (w === undefined) return false;
      if (words.asking.has(w)) return true;
      if (w === "and" || w === "or") continue;
      if (!this.canBe(j, phraseWord) || words.cue.has(w) || words.auxiliary.has(w) || (words.subjectPronoun.has(w) && !this.canBe(j, WordClass.Determiner))) return false;
    }
    return false;
  }

  /** A noun that a number after it labels: one the lexicon has as a noun only ("day", "chapter"), or a capitalized word inside the sentence ("March", "Phase"). */
  labelledAt(i: number): boolean {
    const token = this.run.tokens[i];
    if (token?.kind !== "word") return false;
    if (/^\p{Lu}/u.test(token.text) && !this.opensSentence(i)) return !this.canBe(i, NOUN_MODIFIER | WordClass.Preposition | WordClass.Pronoun | WordClass.Conjunction | WordClass.Wh);
    const c = this.classesAt(i);
    return (c & ANY_NOUN) !== 0 && (c & ~ANY_NOUN) === 0;
  }

  /**
   * Whether the adjective at `i` stands before a noun ("have fine weather", "in more pleasant
   * weather") rather than after a linking verb ("it is questionable whether", "be alike punishable").
   */
  attributive(i: number, words: WeatherWhetherWords): boolean {
    const j = this.beforeModifiers(i, words);
    const w = this.word(j);
    // ("It is, however, questionable whether": a phrase set off by commas after a linking verb.)
    if (w === undefined) return this.isClauseBreak(j) && !this.setOffAfterLinking(j, words);
    // "it can get a bit blurred whether": "a bit" is a degree, not the noun's determiner.
    if (w === "a" && this.word(j + 1) === "bit" && j + 1 < i) return false;
    // "As" that opens a clause is a conjunction, and the phrase after it the clause's subject: "As
    // bad weather set in, …" (not "as bad as", "as doubtful whether"). A clause with a subject of
    // its own after the word is a question's: "…, as well whether I am guilty or not".
    // So does "as" after a word that is no linking verb ("prices rose as cold weather hit"); "is as
    // doubtful whether" compares.
    if (w === "as") return (this.isClauseBreak(j - 1) || !(words.linking.has(this.word(j - 1) ?? "") || this.canBe(j - 1, WordClass.Adverb | WordClass.Adjective))) && !this.clauseFrom(i + 2, words, false);
    // A verb of saying or asking takes a clause or an object, never an adjective of its own: one
    // the lexicon has only as an adjective (or a noun) opens its object ("said generally favorable
    // weather helped"); "decide early whether", "ask point-blank whether" are adverbs, and so is
    // one before a clause with a subject of its own ("ask first whether trading is good or bad").
    // Two adjectives in a row are the object's too: "said cool wet weather slowed demand".
    if (words.cue.has(w) && !words.linking.has(w)) {
      const stacked = j < i - 1 && !words.degree.has(this.word(i - 1) ?? "");
      return this.canBe(j, FINITE_VERB) && !words.askingAdjective.has(this.word(i)!) && (stacked || (this.onlyAdjective(i) && !this.clauseFrom(i + 2, words, false)));
    }
    // "Cooler than average weather": a comparative that stands before the noun itself takes "than"
    // and its standard with it; "is cooler than average whether" does not.
    if (w === "than") return j > 0 && this.modifierAt(j - 1, words) === "adjective" && this.attributive(j - 1, words);
    if (words.linking.has(w)) return false;
    // An adverb opening the sentence stands before its subject ("Meanwhile cooler weather on the
    // coast is helping"; "Perhaps unsure whether" asks). Skipped above only if it is nothing else.
    if (this.opensSentence(j) && this.canBe(j, WordClass.Adverb) && !this.canBe(j, ANY_VERB | NOUN_MODIFIER | WordClass.Pronoun | WordClass.Preposition | WordClass.Adjective)) {
      return !words.askingAdjective.has(this.word(i) ?? "");
    }
    // A lower-case word the lexicon lacks, and no adverb in -ly, is one more modifier of the
    // phrase: "hit by unseasonal dry weather".
    if (this.classesAt(j) === 0 && /^\p{Ll}/u.test(this.run.tokens[j]!.text) && !w.endsWith("ly")) return true;
    // "what dreadful weather", "which bad weather": a wh-word that is the noun's determiner.
    if (words.whDeterminer.has(w)) return true;
    // A word of asking or knowing and a phrase of its own: "knowing in advance whether".
    // ("a check of local weather records": "of" after the word makes it a noun.)
    // (The lexicon has "the" as a preposition too: "said the dry weather had" opens a noun phrase.)
    if (this.canBe(j, WordClass.Preposition) && !this.canBe(j, WordClass.Determiner) && w !== "of" && isCue(this.word(j - 1) ?? "", words)) return false;
    if (w === "to") return true;
    // "there's dirty weather", "we'll have": a contracted subject and verb take an object.
    // ("had suggested whether" is a verb, not an adjective.)
    if (words.contractedSubject.has(w) || words.auxiliary.has(w)) return !this.canBe(i, WordClass.Participle | WordClass.Past);
    // A determiner, preposition or conjunction starts the noun phrase; a verb takes it as its
    // object ("have fine weather"). After a noun or a pronoun the adjective is said of that
    // ("the months ahead whether", "make it questionable whether").
    const c = this.classesAt(j);
    if (c & (NOUN_MODIFIER | WordClass.Preposition) || w === "and" || w === "or" || w === "nor") return true;
    return (c & ANY_VERB) !== 0 && (c & (WordClass.Pronoun | WordClass.Adverb)) === 0;
  }

  /**
   * Whether the nouns and adjectives right before index `at` (with commas and "and" between
   * them) go back to a determiner or a possessive: then the word is the head of that noun
   * phrase. A word of asking or deciding ends the look ("the decision whether").
   */
  headOfNounPhrase(at: number, words: WeatherWhetherWords): boolean {
    if (!this.canBe(at - 1, ANY_NOUN) || words.cue.has(this.word(at - 1) ?? "")) return false;
    for (let j = at - 1; j >= 0 && j > at - 8; j--) {
      const w = this.word(j);
      if (w === undefined) {
        if (this.run.tokens[j]?.text === ",") continue;
        return false;
      }
      // A verb of saying takes the phrase as its clause's subject when the phrase opens with a word
      // that can only be an adjective: "said stormy winter weather limited fieldwork".
      if (words.saying.has(w) && j < at - 2 && this.onlyAdjective(j + 1)) return true;
      if (words.cue.has(w) || words.toPreposition.has(w)) return false;
      const c = this.classesAt(j);
      if (c & (WordClass.Determiner | WordClass.Possessive) && !(c & (WordClass.Pronoun | WordClass.Wh))) return true;
      // A preposition before a phrase that opens with a word that can only be an adjective, and a
      // noun: "of typical winter weather", "in cold summer weather"; not before a pronoun, a
      // determiner or a participle, which may open the question ("of serious reflection whether it
      // may", "of primary importance whether viewed").
      if (c === WordClass.Preposition && w !== "to" && j < at - 2 && this.onlyAdjective(j + 1)) {
        return !this.canBe(at + 1, WordClass.Pronoun | WordClass.Determiner | WordClass.Participle);
      }
      if (w === "and" || ((c & (ANY_NOUN | WordClass.Adjective)) !== 0 && !(c & (ANY_VERB | WordClass.Preposition | WordClass.Pronoun)))) continue;
      return false;
    }
    return false;
  }

  /** The index before the adjective at `i` and the other modifiers and adverbs of degree before it ("more pleasant", "unusually warm"). */
  beforeModifiers(i: number, words: WeatherWhetherWords): number {
    let j = i - 1;
    const skippable = (k: number): boolean =>
      this.modifierAt(k, words) === "adjective" || words.degree.has(this.word(k) ?? "") || (this.word(k) !== undefined && this.classesAt(k) === WordClass.Adverb);
    while (j >= 0 && skippable(j)) j--;
    return j;
  }

  /** An adjective at `i` said of a subject by a linking verb before it: "it is clear", "it was lovely", "It is, however, questionable". */
  afterLinkingVerb(i: number, words: WeatherWhetherWords): boolean {
    const j = this.beforeModifiers(i, words);
    const w = this.word(j);
    return w === undefined ? this.setOffAfterLinking(j, words) : words.linking.has(w);
  }

  /** A comma at `j` that closes a phrase of a few words with no verb, opened by a comma after a linking verb: "is, however," */
  setOffAfterLinking(j: number, words: WeatherWhetherWords): boolean {
    if (this.run.tokens[j]?.text !== ",") return false;
    for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
      const w = this.word(k);
      if (w === undefined) return this.run.tokens[k]?.text === "," && k < j - 1 && words.linking.has(this.word(k - 1) ?? "");
      if (this.verbAt(k)) return false;
    }
    return false;
  }

  /** A word that can be a base verb right after a modal, past adverbs: "will go", "would surely go". */
  afterModal(i: number): boolean {
    const marker = this.verbMarkerBefore(i);
    return marker !== undefined && this.canBe(marker.index, WordClass.Modal) && this.canBe(i, WordClass.Verb);
  }

  /** A word that can be a base verb after "to" that is no preposition of a phrase ("to designate", not "due to fine"). */
  infinitiveAt(i: number, words: WeatherWhetherWords): boolean {
    const marker = this.verbMarkerBefore(i);
    return marker?.word === "to" && this.canBe(i, WordClass.Verb) && !words.toPreposition.has(this.word(marker.index - 1) ?? "");
  }

  /** A word that can be a noun after adjectives that a determiner opened: "an even cast". */
  nounAfterModifiers(i: number, words: WeatherWhetherWords): boolean {
    if (!this.canBe(i, ANY_NOUN)) return false;
    let j = i - 1;
    while (j > i - 4 && this.word(j) !== undefined && ((this.canBe(j, WordClass.Adjective) && !this.canBe(j, WordClass.Preposition | WordClass.Wh | NOUN_MODIFIER)) || words.degree.has(this.word(j)!))) j--;
    return j < i - 1 && this.determinerOpens(j + 1, words);
  }

  /**
   * An "or" in the phrase that starts at `from`: before its end, which is a clause break but a
   * comma that a list goes on from ("physical, mental, or moral": a word and another comma or
   * "or" after it, or "or" itself), or that a short phrase set off before ", or" follows ("rooted
   * in the mud, as a lotus, or floating").
   */
  orInPhrase(from: number): boolean {
    const end = Math.min(this.run.tokens.length, from + READ_AHEAD);
    for (let j = from; j < end; j++) {
      const t = this.run.tokens[j]!;
      if (t.kind === "word" && this.run.normalized[j] === "or") return true;
      if (t.kind !== "punct" || QUOTE.has(t.text) || t.text === "'" || t.text === "’" || t.text === "-") continue;
      if (t.text !== ",") return false;
      const next = this.run.normalized[j + 1];
      const afterNext = this.run.normalized[j + 2];
      if (next === "or" || afterNext === "," || afterNext === "or") continue;
      let k = j + 2;
      while (k < j + 7 && this.run.tokens[k]?.kind === "word") k++;
      if (this.run.tokens[k]?.text !== "," || this.run.normalized[k + 1] !== "or") return false;
      j = k;
    }
    return false;
  }

  /** A determiner that is also a pronoun ("each", "her", "this"): "asked her whether". */
  canStandAlone(i: number, words: WeatherWhetherWords): boolean {
    const w = this.word(i)!;
    // "his", "my", "their" are never an object: "his weather in detail".
    if (!words.standalone.has(w) && this.canBe(i, WordClass.Possessive)) return false;
    // A number stands alone as a year, a score or an amount ("decide in 2012 whether to", "it's
    // 50-50 whether"), but after a determiner, which opens a phrase it is in ("the 2004 weather").
    if (this.canBe(i, WordClass.Number) && !this.canBe(i, WordClass.Pronoun) && !this.canBe(i - 1, NOUN_MODIFIER)) return true;
    return words.standalone.has(w) || this.canBe(i, WordClass.Pronoun | WordClass.Wh);
  }

  /** Whether only punctuation stands before index `at` in the sentence. */
  opensSentence(at: number): boolean {
    for (let j = at - 1; j >= 0; j--) if (this.run.tokens[j]!.kind !== "punct") return false;
    return true;
  }

  /** A word that cannot start a noun phrase: an adjective, participle or preposition and no noun or determiner. */
  notNounAt(i: number): boolean {
    const c = this.classesAt(i);
    return (c & (WordClass.Adjective | WordClass.Participle | WordClass.Gerund | WordClass.Preposition)) !== 0 && (c & (ANY_NOUN | NOUN_MODIFIER)) === 0;
  }

  /** Whether at least `count` words from index `from` on can be a finite verb or a modal. */
  verbsFrom(from: number, count: number): boolean {
    let n = 0;
    // "has been mild" is one verb: a participle is not counted.
    const end = Math.min(this.run.tokens.length, from + READ_AHEAD);
    for (let j = from; j < end; j++) if (this.verbAt(j) && (this.words.auxiliary.has(this.word(j)!) || !this.canBe(j, WordClass.Participle)) && ++n >= count) return true;
    return false;
  }

  /** "to" or a modal right before index `at`, past adverbs ("will easily weather"). */
  verbMarkerBefore(at: number): { word: string; index: number } | undefined {
    let j = at - 1;
    while (j > at - 3 && this.word(j) !== undefined && this.word(j) !== "to" && (this.classesAt(j) & ~WordClass.Adjective) === WordClass.Adverb) j--;
    const w = this.word(j);
    if (w === undefined) return undefined;
    // A modal may be clipped onto its subject: "stocks that'll weather any storm".
    if (w === "to" || (this.classesAt(j) & WordClass.Modal && !this.canBe(j, WordClass.Determiner)) || /^\p{L}+['’]ll$/u.test(w)) return { word: w, index: j };
    // "help them weather the storm", "let markets weather it": a verb that takes a bare infinitive.
    if (this.words.bareInfinitive.has(w)) return { word: w, index: j };
    // ("cannot help wondering whether": an -ing word is no object.)
    // ("make a decision whether": a word of asking is no object that does something.)
    if (this.canBe(j, WordClass.Pronoun | ANY_NOUN) && !this.canBe(j, WordClass.Gerund | WordClass.Participle) && !isCue(w, this.words) && this.words.bareInfinitive.has(this.word(j - 1) ?? "")) {
      return { word: w, index: j };
    }
    return undefined;
  }

  /** A determiner or a noun right after: "to weather the storm", "to weather downturns". */
  objectFollows(i: number): boolean {
    return this.canBe(i, NOUN_MODIFIER | ANY_NOUN | WordClass.Pronoun);
  }

  /** A word at `i` that the lexicon knows and has as no verb: "health", "the". */
  nonVerbAt(i: number): boolean {
    const c = this.classesAt(i);
    return c !== 0 && (c & ANY_VERB) === 0 && !this.words.auxiliary.has(this.word(i) ?? "");
  }

  baseVerbAt(i: number): boolean {
    const c = this.classesAt(i);
    return (c & WordClass.Verb) !== 0 && !(c & (WordClass.Determiner | WordClass.Number));
  }

  /** A word of asking, deciding or knowing before index `at`, or a preposition that takes a clause. */
  cueBefore(at: number, words: WeatherWhetherWords): boolean {
    const before = this.word(at - 1);
    if (before === undefined) return false;
    if (isCue(before, words) || words.preposition.has(before)) return true;
    if (before === "to") return words.toPreposition.has(this.word(at - 2) ?? "");
    if (before === "of") return words.cue.has(this.word(at - 2) ?? "");
    // "asked officials whether", "tell me whether", "not sure whether"
    const before2 = this.word(at - 2);
    // ("confirmed that weather makes": "that" there opens the statement, no object.)
    if (before2 !== undefined && isCue(before2, words)) return before !== "that" && this.canBe(at - 1, WordClass.Pronoun | ANY_NOUN | WordClass.Adverb);
    return false;
  }

  /**
   * Whether a clause starts at index `i`: a subject (a pronoun, or a noun phrase with a
   * noun at its head) followed by a verb of its own, before the clause ends.
   */
  clauseFrom(i: number, words: WeatherWhetherWords, loose: boolean, oneComma = false): boolean {
    return this.clauseVerbFrom(i, words, loose, oneComma) >= 0;
  }

  /**
   * The index of the verb of the clause that starts at `i` (see `clauseFrom`), or -1. With
   * `oneComma`, a single comma may stand between the subject and its verb.
   */
  clauseVerbFrom(i: number, words: WeatherWhetherWords, loose: boolean, oneComma = false): number {
    const first = this.word(i);
    const token = this.run.tokens[i];
    if (token === undefined) return -1;
    // An editor's square brackets around the clause's first words change nothing: "whether [it's] in the office".
    if (token.text === "[") return this.clauseVerbFrom(i + 1, words, loose, oneComma);
    if (first !== undefined && words.contractedSubject.has(first)) return i;
    // "its" before a word that no noun phrase starts with is "it's" written without its
    // apostrophe, a slip of its own: "Whether its profitable is unclear" has its clause.
    if (first === "its" && this.canBe(i + 1, WordClass.Adjective | WordClass.Adverb | WordClass.Participle) && !this.canBe(i + 1, ANY_NOUN | WordClass.Determiner | WordClass.Number)) return i;
    // A determiner that stands alone as the subject, before "be", "have" or a modal: "whether both were", "whether all will".
    if (first !== undefined && words.standalone.has(first) && this.strongVerbAt(i + 1)) return i + 1;
    // "warmer weather where she eats": a wh-word other than "what" or "who" opens no subject.
    if (first !== undefined && first !== "what" && first !== "who" && this.classesAt(i) === WordClass.Wh) return -1;
    if (first !== undefined && (words.subjectPronoun.has(first) || first === "what" || first === "who")) {
      // "whether this is", but "weather this storm": after a determiner a noun is read as a noun.
      // A modal is the verb, though the lexicon has it as a noun too: "whether this will help".
      // So is a plural form after a singular "this" or "that": "whether this works".
      const pluralAfterSingular = (first === "this" || first === "that") && (this.classesAt(i + 1) & ANY_NOUN) === WordClass.PluralNoun && this.canBe(i + 1, WordClass.VerbS);
      const nounNext = this.canBe(i, WordClass.Determiner) && this.canBe(i + 1, ANY_NOUN) && !words.auxiliary.has(this.word(i + 1) ?? "") && !this.canBe(i + 1, WordClass.Modal) && !pluralAfterSingular;
      if (!nounNext && this.verbAt(i + 1)) return i + 1;
      // After a personal pronoun, a word that can be a verb is one: "whether you like it" ("like"
      // is a preposition and an adjective too).
      if (!this.canBe(i, WordClass.Determiner) && this.canBe(i + 1, FINITE_VERB)) return i + 1;
      if (!nounNext && this.canBe(i + 1, WordClass.Adverb | WordClass.Pronoun) && this.verbAt(i + 2)) return i + 2;
      // "this", "that", "those" may also start a noun phrase: read on.
      if (!this.canBe(i, WordClass.Determiner)) return this.joinedSubjectVerb(i);
    }
    let head = false;
    let headAt = -1;
    // The head before a phrase inside the subject ("the premises of the plan make sense").
    let outerAt = -1;
    // A determiner opened the noun phrase, and no head came yet.
    let opened = false;
    const limit = loose ? 40 : 20;
    // Commas after the subject's first word, and where the last one stands: a subject is parted
    // from its verb by a pair of commas around a phrase ("whether the plan, in the end, works"),
    // never by one ("optical characteristics, weather resistance and formability, strongly
    // dominates" is a list item, not a clause).
    let commas = 0;
    let lastComma = -1;
    // An opening quotation mark inside the clause, not yet closed.
    let quoted = false;
    for (let j = i, steps = 0; j < this.run.tokens.length && steps < limit; j++, steps++) {
      const t = this.run.tokens[j]!;
      if (t.kind === "masked") {
        head = true;
        headAt = -1;
        continue;
      }
      if (t.kind === "punct") {
        if (t.text === "," && (head || headAt >= 0 || outerAt >= 0)) {
          commas++;
          lastComma = j;
        }
        // A quotation mark set right after a comma closes a quotation ("charming weather for them,"
        // she said): what follows is outside it, no clause of the word's. One that opened inside
        // the clause closes a quoted phrase of its own ('Kevorkian, known as "Dr. Death," has').
        if (QUOTE.has(t.text) && this.closesAfterComma(j)) {
          if (!quoted) return -1;
          quoted = false;
          continue;
        }
        if (QUOTE.has(t.text) && this.run.tokens[j + 1]?.start === t.end && this.run.tokens[j - 1]?.end !== t.start) quoted = true;
        // Quotation marks around a name in the subject ("whether "Costa Cruises" is") end nothing.
        if (t.text === "'" || t.text === "’" || t.text === "-" || QUOTE.has(t.text) || (loose && !SENTENCE_END.has(t.text))) continue;
        // The dots of an initialism ("the U.S. goes") or a title ("Mr. Lee has") end nothing.
        if (t.text === "." && (this.initialismDot(j) || this.titleDot(j) || this.ellipsisDot(j))) continue;
        return -1;
      }
      const c = this.classesAt(j);
      // The outer head may take the verb too, unless the verb could be a noun right after a
      // noun ("times in the housing market": "market" is no verb of "times").
      const outer = outerAt >= 0 && !(headAt === j - 1 && (c & ANY_NOUN) !== 0) && this.agrees(outerAt, j);
      // After a plural noun, a base form is the verb even where it can be an adjective too
      // ("whether the curves cross", "whether prices clear"); after a singular one it is not.
      const pluralVerb = head && headAt >= 0 && (this.classesAt(headAt) & ANY_NOUN) === WordClass.PluralNoun && (c & WordClass.Verb) !== 0 && (c & WordClass.Determiner) === 0;
      if (head && (this.verbAt(j) || pluralVerb) && (this.agrees(headAt, j) || outer)) {
        if (!oneComma && commas % 2 === 1 && this.onlyAdverbsBetween(lastComma, j)) return -1;
        return j;
      }
      // After a determiner, the word before "is", "has" or a modal is the head, whatever else it
      // can be: "the offset is correct".
      if (opened && !head && this.strongVerbAt(j + 1)) {
        head = true;
        headAt = j;
        continue;
      }
      // "a lot better than we do": the clause would have ended.
      if (head && words.clauseEnd.has(this.run.normalized[j]!)) return -1;
      // So does one before any subject, past a modifier and no mark: "knows weather better than any
      // pilot I know" (but "tell whether, if thou wert poor, thou wouldst").
      if (!head && headAt < 0 && outerAt < 0 && j > i && this.run.tokens[i]!.kind === "word" && this.run.tokens[j - 1]!.kind === "word" && words.clauseEnd.has(this.run.normalized[j]!)) return -1;
      if (head && (c & (WordClass.Preposition | WordClass.Conjunction)) && this.run.normalized[j] !== "that") {
        // "the members of the board will": a phrase inside the subject.
        if (outerAt < 0) outerAt = headAt;
        head = false;
        opened = false;
        continue;
      }
      if (c & (WordClass.Determiner | WordClass.Possessive | WordClass.Number)) {
        // A determiner after the head starts another noun phrase, an object: "weather out a storm".
        if (head && !loose && (c & (WordClass.Determiner | WordClass.Possessive)) && !(c & WordClass.Pronoun)) return -1;
        head = false;
        opened = true;
        continue;
      }
      // A verb with no head before it ("dirt and weather exposure and cannot obstruct") starts no subject.
      if (this.strongVerbAt(j)) {
        if (loose) continue;
        return -1;
      }
      if (c === 0 || (c & (ANY_NOUN | WordClass.Pronoun)) !== 0 || /^\p{Lu}/u.test(t.text)) {
        head = true;
        headAt = j;
        opened = false;
        continue;
      }
      // A preposition opening the words after it opens a phrase, not a subject: "the stormy
      // weather across the north is easing" has no clause of the word's.
      if (j === i && !loose && (c & WordClass.Preposition) && !(c & (ANY_NOUN | WordClass.Pronoun | WordClass.Determiner | ANY_VERB | WordClass.Adjective))) return -1;
      if (!head && (c & (WordClass.Adjective | WordClass.Participle | WordClass.Gerund | WordClass.Adverb))) continue;
      // "provision not stipulated by treaty ought to": adverbs and participles after the head.
      if (loose || (head && (c & (WordClass.Adverb | WordClass.Participle)))) continue;
      return -1;
    }
    return -1;
  }

  /**
   * Whether the verb at `v` can go with the head noun at `h`: a singular noun takes no bare
   * verb ("the housing market", not "the housing markets"); a plural noun takes no "-s" form.
   */
  agrees(h: number, v: number): boolean {
    if (h < 0 || this.words.auxiliary.has(this.word(v) ?? "")) return true;
    const head = this.classesAt(h);
    const verb = this.classesAt(v);
    if (verb & (WordClass.Modal | WordClass.Past)) return true;
    // ("whether the board deem him fit": British copy gives a body of people a plural verb.)
    if (this.words.collective.has(this.word(h) ?? "")) return true;
    if ((head & ANY_NOUN) === WordClass.Noun && (verb & WordClass.VerbS) === 0) return false;
    if ((head & ANY_NOUN) === WordClass.PluralNoun && (verb & WordClass.Verb) === 0) return false;
    return true;
  }

  /** A form of "be", "have", a modal or a verb in "-s" at `i` that can be nothing else: "is", "will", "seems". */
  subjectOfVerbAt(i: number, words: WeatherWhetherWords): boolean {
    const w = this.word(i);
    if (w === undefined) return false;
    const c = this.classesAt(i);
    if (words.auxiliary.has(w)) return (c & ANY_NOUN) === 0;
    return (c & (WordClass.Modal | WordClass.VerbS)) !== 0 && (c & (ANY_NOUN | WordClass.Adjective | WordClass.Preposition | WordClass.Determiner)) === 0;
  }

  /** An "or" later in the sentence before "not", "no", a verb, "to" and a verb, or a word that starts no noun phrase: "or not", "or would not", "or to stay", "or different". */
  alternativeLater(from: number): boolean {
    const end = Math.min(this.run.tokens.length, from + READ_AHEAD);
    for (let j = from; j < end - 1; j++) {
      if (this.run.normalized[j] !== "or" || this.word(j) === undefined) continue;
      const next = this.word(j + 1);
      if (next === "not" || next === "no" || this.strongVerbAt(j + 1) || this.notNounAt(j + 1) || (next === "to" && this.baseVerbAt(j + 2))) return true;
    }
    return false;
  }

  /** A noun at `i` that is no word of asking: the item before another in a list ("fire, weather"), not "inquired, whether". */
  /** A word at `i` set off by a comma right after a word of asking and its object: "ask you, senator,". */
  setOffAfterAsking(i: number): boolean {
    if (this.run.tokens[i - 1]?.text !== ",") return false;
    const w = this.word(i - 2);
    if (w === undefined) return false;
    return isCue(w, this.words) || (this.canBe(i - 2, WordClass.Pronoun) && isCue(this.word(i - 3) ?? "", this.words));
  }

  listItemBefore(i: number): boolean {
    const w = this.word(i);
    return w !== undefined && this.canBe(i, ANY_NOUN) && !isCue(w, this.words);
  }

  /**
   * A noun at `i` that is a list's next item: it can be a noun and nothing that opens a phrase
   * or a clause (a determiner, pronoun, preposition, adverb, conjunction), and a comma, "and" or
   * "or" follows it.
   */
  listFrom(i: number): boolean {
    const c = this.classesAt(i);
    const opens = WordClass.Determiner | WordClass.Pronoun | WordClass.Preposition | WordClass.Adverb | WordClass.Conjunction | WordClass.Wh | WordClass.Modal;
    if ((c & ANY_NOUN) === 0 || (c & opens) !== 0) return false;
    const next = this.run.normalized[i + 1];
    return next === "," || next === "and" || next === "or";
  }

  /** A word that opens a question at `i`: a wh-word, "if", or "to" and a wh-word ("to what extent"). */
  questionOpensAt(i: number): boolean {
    const w = this.word(i);
    if (w === "if" || (w !== undefined && w !== "that" && this.canBe(i, WordClass.Wh))) return true;
    return w === "to" && this.canBe(i + 1, WordClass.Wh);
  }

  /**
   * Whether the nouns right before index `at` (at least one) are a noun phrase opened by a
   * determiner, possessive or number that a word of asking takes, directly or by a preposition:
   * "confirm with the designer", "decide this year", "asked the board".
   */
  objectOfCue(at: number, words: WeatherWhetherWords): boolean {
    let j = at - 1;
    while (j > at - 5 && this.word(j) !== undefined && this.canBe(j, ANY_NOUN) && !this.canBe(j, ANY_VERB | WordClass.Preposition | WordClass.Pronoun) && !isCue(this.word(j)!, words)) j--;
    if (j === at - 1 || !this.canBe(j, WordClass.Determiner | WordClass.Possessive | WordClass.Number)) return false;
    const w = this.word(j - 1);
    if (w === undefined) return false;
    if (isCue(w, words)) return true;
    return this.canBe(j - 1, WordClass.Preposition) && w !== "of" && isCue(this.word(j - 2) ?? "", words);
  }

  /**
   * Whether a main verb follows `from` (or `verbs` of them): a verb, once the verbs of the clauses that a word like
   * "when", "because" or "but" opens on the way have had theirs ("Whether prices rise when rates fall
   * is unclear": "fall" is the "when" clause's, "is" the sentence's).
   */
  mainVerbFrom(from: number, words: WeatherWhetherWords, verbs = 1): boolean {
    let needed = verbs;
    const end = Math.min(this.run.tokens.length, from + READ_AHEAD);
    for (let j = from; j < end; j++) {
      const w = this.word(j);
      if (w === undefined) continue;
      // ("…, but at least they have": "but" joins a clause of its own.)
      if (words.clauseEnd.has(w) || w === "but") needed++;
      // ("a storm watch is issued": a word right after a determiner is a noun's; "cannot
      // forecast" is one verb.)
      // ("with ships fighting a losing battle to keep moving": a verb after "to" is an infinitive,
      // and a noun after a preposition or an -ing word is theirs, no clause's.)
      else if (this.verbAt(j) && (words.auxiliary.has(w) || !this.canBe(j, WordClass.Participle)) && !((this.canBe(j - 1, NOUN_MODIFIER | WordClass.Gerund) || this.classesAt(j - 1) === WordClass.Preposition) && this.canBe(j, ANY_NOUN)) && !this.strongVerbAt(j - 1) && this.run.normalized[j - 1] !== "to" && --needed === 0) return true;
    }
    return false;
  }

  /**
   * Whether a word that can be a finite verb (a past, an "-s" form, a modal, "be", "have", "do"),
   * and is no noun in a noun phrase, follows `from` in its clause: before the sentence ends, a
   * comma and a word that joins a clause of its own (", but I felt"), or a word that opens one.
   */
  finiteVerbInClause(from: number, words: WeatherWhetherWords): boolean {
    const end = Math.min(this.run.tokens.length, from + READ_AHEAD);
    // The verb group goes on past "be", "have" or a modal, adverbs and participles: "has been heated" is one verb.
    let inVerbGroup = from > 0 && (this.words.auxiliary.has(this.word(from - 1) ?? "") || this.canBe(from - 1, WordClass.Modal));
    for (let j = from; j < end; j++) {
      const w = this.word(j);
      const t = this.run.tokens[j]!.text;
      if (SENTENCE_END.has(t) || (t === "," && JOINS_CLAUSE.has(this.word(j + 1) ?? ""))) return false;
      if (w === undefined) continue;
      if (words.clauseEnd.has(w)) {
        // A clause cut to its participle ("when initiated early", "if needed", "than expected")
        // has no subject or finite verb: the clause goes on past it.
        if (!this.canBe(j + 1, WordClass.Participle | WordClass.Gerund) || this.canBe(j + 1, ANY_NOUN | WordClass.Pronoun | NOUN_MODIFIER | WordClass.Adjective)) return false;
        j++;
        inVerbGroup = false;
        continue;
      }
      if (inVerbGroup && this.classesAt(j) === WordClass.Adverb) continue;
      const finite = this.canBe(j, WordClass.Past | WordClass.VerbS | WordClass.Modal) || words.auxiliary.has(w);
      // A pronoun that is no possessive modifies nothing: "them will" is a verb, "his will" a noun.
      const modified = this.canBe(j - 1, NOUN_MODIFIER | WordClass.Gerund | WordClass.Adjective) && !(this.canBe(j - 1, WordClass.Pronoun) && !this.canBe(j - 1, WordClass.Possessive));
      if (finite && !inVerbGroup && !(modified && this.canBe(j, ANY_NOUN))) return true;
      inVerbGroup = words.auxiliary.has(w) || this.canBe(j, WordClass.Modal) || (inVerbGroup && this.canBe(j, WordClass.Participle | WordClass.Gerund));
    }
    return false;
  }

  /** Whether only adverbs stand between indexes `from` and `to`. */
  onlyAdverbsBetween(from: number, to: number): boolean {
    for (let j = from + 1; j < to; j++) if ((this.classesAt(j) & ~WordClass.Adjective) !== WordClass.Adverb) return false;
    return true;
  }

  /** A form of "be", "have" or "do", or a modal, at `i`: a verb whatever comes before it. */
  strongVerbAt(i: number): boolean {
    const w = this.word(i);
    return w !== undefined && (this.words.auxiliary.has(w) || this.canBe(i, WordClass.Modal));
  }

  /**
   * The first token of a name or an initialism that ends right before `at` inside a sentence
   * ("Sahel", "U.S."), or -1: a capitalized word the lexicon lacks after a lower-case one, or
   * an initialism's letters and dots.
   */
  nameModifierBefore(at: number): number {
    const last = this.run.tokens[at - 1];
    if (last === undefined) return -1;
    if (last.kind === "word") {
      const prev = this.run.tokens[at - 2];
      // A capitalized word the lexicon has ("the respective Governments") may be a common noun.
      return /^\p{Lu}/u.test(last.text) && this.classesAt(at - 1) === 0 && prev?.kind === "word" && /^\p{Ll}/u.test(prev.text) ? at - 1 : -1;
    }
    if (last.text !== "." || !this.initialismDot(at - 1)) return -1;
    let j = at - 2;
    while (j >= 2 && this.run.tokens[j - 1]?.text === "." && this.run.tokens[j - 2]?.kind === "word" && this.run.tokens[j - 2]!.text.length === 1) j -= 2;
    return this.run.tokens[j - 1]?.kind === "word" && /^\p{Ll}/u.test(this.run.tokens[j - 1]!.text) ? j : -1;
  }

  /**
   * A preposition at `i` and its object of one noun (a name, or a determiner, up to two adjectives
   * and a noun), then a finite verb that is no noun: "in Brazil had", "in the south slowed". A
   * second noun ("in Brazil prices rose") may be a clause's subject, and is not read as one here.
   */
  phraseThenVerbAt(i: number): boolean {
    const w = this.word(i);
    if (w === undefined || w === "to" || (this.classesAt(i) & ~(WordClass.Preposition | WordClass.Adverb)) !== 0 || !this.canBe(i, WordClass.Preposition)) return false;
    let j = i + 1;
    if (this.canBe(j, WordClass.Determiner) && !this.canBe(j, WordClass.Pronoun | ANY_NOUN)) j++;
    for (let k = 0; k < 2 && this.onlyAdjective(j); k++) j++;
    const token = this.run.tokens[j];
    const name = token?.kind === "word" && /^\p{Lu}/u.test(token.text);
    if (!name && !(this.canBe(j, ANY_NOUN) && !this.canBe(j, ANY_VERB | WordClass.Pronoun | WordClass.Determiner))) return false;
    const next = this.word(j + 1);
    if (next === undefined || this.canBe(j + 1, ANY_NOUN | WordClass.Adjective | WordClass.Preposition)) return false;
    return this.words.auxiliary.has(next) || this.canBe(j + 1, WordClass.Modal | WordClass.Past);
  }

  /** A "." of an initialism: after a one-letter word, and before a letter or after another such dot ("U.S.", "F.C.C. World"). */
  initialismDot(i: number): boolean {
    const dot = this.run.tokens[i]!;
    const prev = this.run.tokens[i - 1];
    const next = this.run.tokens[i + 1];
    if (prev?.kind !== "word" || prev.text.length !== 1 || prev.end !== dot.start) return false;
    const chained = this.run.tokens[i - 2]?.text === "." && this.run.tokens[i - 2]!.end === prev.start;
    return chained || next === undefined || next.kind !== "word" || next.start === dot.end || /^\p{Ll}/u.test(next.text);
  }

  /** A "." of an ellipsis written as dots (". . .", "..."), which may stand inside a sentence: "ask . . . whether . . . the law". */
  ellipsisDot(i: number): boolean {
    return this.run.tokens[i]?.text === "." && (this.run.tokens[i + 1]?.text === "." || this.run.tokens[i - 1]?.text === ".");
  }

  /**
   * An alternative that starts at `i`: a word that can be an adjective, participle or adverb and
   * starts no noun phrase, any more such words each after a comma, then "or" (after a comma or
   * not) and "not", "no" or another such word ending the phrase: "lay or clerical", "physical,
   * mental, or moral", "wisely or no".
   */
  alternativeRightAfter(i: number): boolean {
    const kind = WordClass.Adjective | WordClass.Participle | WordClass.Adverb;
    const opens = NOUN_MODIFIER | WordClass.Pronoun | WordClass.Preposition | WordClass.Conjunction | WordClass.Wh;
    const item = (k: number): boolean => this.word(k) !== undefined && this.canBe(k, kind) && !this.canBe(k, opens);
    if (!item(i)) return false;
    let j = i + 1;
    while (this.run.tokens[j]?.text === "," && item(j + 1) && j < i + 12) j += 2;
    if (this.run.tokens[j]?.text === ",") j++;
    if (this.run.normalized[j] !== "or") return false;
    const last = this.word(j + 1);
    if (last !== "not" && last !== "no" && !item(j + 1)) return false;
    return this.word(j + 2) === undefined || !this.canBe(j + 2, ANY_NOUN);
  }

  /** An opening quotation mark right before `at`, set against the word, after a determiner or possessive, and no closing one right after the word. */
  quotedAfterDeterminer(at: number): boolean {
    const quote = this.run.tokens[at - 1];
    if (quote === undefined || !QUOTE.has(quote.text) || quote.end !== this.run.tokens[at]!.start || QUOTE.has(this.run.tokens[at + 1]?.text ?? "")) return false;
    return this.word(at - 2) !== undefined && this.canBe(at - 2, WordClass.Determiner | WordClass.Possessive) && !this.canBe(at - 2, WordClass.Pronoun | WordClass.Wh);
  }

  /**
   * A word at `at` inside the noun phrase that opens a clause, right after its preposition: a
   * determiner or possessive first, then up to four nouns or adjectives, then the preposition
   * ("The talk about", "said the debate over").
   */
  inOpeningSubject(at: number): boolean {
    if (!this.canBe(at - 1, WordClass.Preposition) || this.canBe(at - 1, WordClass.Conjunction | ANY_VERB)) return false;
    let j = at - 2;
    while (j >= 0 && j > at - 7 && this.run.tokens[j]!.kind === "word" && !this.opensClause(j)) {
      if (!this.canBe(j, ANY_NOUN | WordClass.Adjective) || this.strongVerbAt(j)) return false;
      // A finite verb's form after a noun is that noun's verb: "The outcome hinges on whether".
      if (this.canBe(j, WordClass.VerbS | WordClass.Past) && this.canBe(j - 1, ANY_NOUN) && !this.canBe(j - 1, NOUN_MODIFIER)) return false;
      j--;
    }
    return j < at - 2 && j >= 0 && this.opensClause(j) && this.canBe(j, WordClass.Determiner | WordClass.Possessive) && !this.words.subjectPronoun.has(this.word(j) ?? "");
  }

  /** A word at `j` that opens a clause: the sentence's first, or one after a verb of saying, "that", a word that opens a clause, or a comma and "and" or "but". */
  opensClause(j: number): boolean {
    if (this.opensSentence(j)) return true;
    const w = this.word(j - 1);
    if (w === undefined) return false;
    if (this.words.saying.has(w) || w === "that" || this.words.clauseEnd.has(w)) return true;
    return (w === "and" || w === "but") && this.run.tokens[j - 2]?.text === ",";
  }

  /** A verb at `i` after "not", "never", a negated form ("didn't"), "to" or a modal, past adverbs: "would not say", "declined to say". */
  negatedOrInfinitive(i: number): boolean {
    let k = i - 1;
    while (k > i - 3 && this.word(k) !== undefined && this.classesAt(k) === WordClass.Adverb && this.word(k) !== "not" && this.word(k) !== "never") k--;
    const w = this.word(k);
    return w !== undefined && (w === "not" || w === "never" || w === "to" || /n['’]t$/u.test(w) || this.canBe(k, WordClass.Modal));
  }

  /** A word at `at` that a quotation mark closes right after it, opened one to three words before with nothing but words between. */
  endsQuotedTerm(at: number): boolean {
    const close = this.run.tokens[at + 1];
    if (close === undefined || !QUOTE.has(close.text) || close.start !== this.run.tokens[at]!.end) return false;
    for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
      const t = this.run.tokens[j]!;
      if (QUOTE.has(t.text)) return j < at - 1 && t.end === this.run.tokens[j + 1]!.start;
      if (t.kind !== "word") return false;
    }
    return false;
  }

  /**
   * The opening quotation mark of one to three words quoted right before `at` (`extreme "El Nino"
   * weather`), or -1: the closing mark set against the last word, the opening one against the first.
   */
  quotedTermBefore(at: number): number {
    const close = this.run.tokens[at - 1];
    if (close === undefined || !QUOTE.has(close.text) || this.run.tokens[at - 2]?.end !== close.start) return -1;
    for (let j = at - 3; j >= 0 && j >= at - 5; j--) {
      const t = this.run.tokens[j]!;
      if (QUOTE.has(t.text)) return j < at - 2 && t.end === this.run.tokens[j + 1]!.start ? j : -1;
      if (t.kind !== "word") return -1;
    }
    return -1;
  }

  /** A quotation mark at `i` set right after a comma, with no space between: it closes a quotation (`,"`). */
  closesAfterComma(i: number): boolean {
    const prev = this.run.tokens[i - 1];
    return prev?.text === "," && prev.end === this.run.tokens[i]!.start;
  }

  /** A "." right after a title: "Mr.", "Dr.". */
  titleDot(i: number): boolean {
    const prev = this.run.tokens[i - 1];
    return prev?.kind === "word" && prev.end === this.run.tokens[i]!.start && isTitle(`${prev.text}.`);
  }

  /**
   * An adjective at `i` that a determiner may make the head of a phrase: one of the data's
   * `nominalAdjective`, a word the lexicon also has as a noun, a participle or -ing word ("the
   * unemployed", "the living"), a comparative or a superlative ("no longer", "the best").
   */
  nominalAdjectiveAt(i: number, words: WeatherWhetherWords): boolean {
    const w = this.word(i);
    if (w === undefined) return false;
    return words.nominalAdjective.has(w) || this.canBe(i, ANY_NOUN | WordClass.Participle | WordClass.Gerund) || /(?:er|est)$/.test(w) || DEGREE_FORMS.has(w);
  }

  /** A determiner or possessive right before the adjective at `i`: "the unemployed". */
  determinerOpens(i: number, words: WeatherWhetherWords): boolean {
    const w = this.word(i - 1);
    return w !== undefined && !words.standalone.has(w) && this.canBe(i - 1, WordClass.Determiner | WordClass.Possessive) && !this.canBe(i - 1, WordClass.Pronoun);
  }

  /** A personal pronoun and its verb at `i`: "they are", "we came". */
  pronounClauseAt(i: number, words: WeatherWhetherWords): boolean {
    const w = this.word(i);
    if (w === undefined || !words.subjectPronoun.has(w) || this.canBe(i, WordClass.Determiner)) return false;
    // Up to two adverbs may stand between the pronoun and its verb: "he actually manages".
    let j = i + 1;
    while (j < i + 3 && this.word(j) !== undefined && this.classesAt(j) === WordClass.Adverb) j++;
    return this.verbAt(j);
  }

  /** A finite verb or a modal at `i`. */
  /** A lower-case word the lexicon has as a noun and nothing else, but the verb form in -s ("experts", "fans"). */
  onlyNounAt(i: number): boolean {
    const token = this.run.tokens[i];
    const c = this.classesAt(i);
    return token?.kind === "word" && /^\p{Ll}/u.test(token.text) && (c & ANY_NOUN) !== 0 && (c & ~(ANY_NOUN | WordClass.VerbS)) === 0;
  }

  /**
   * The verb after a personal pronoun joined by "and" or "or" to a short noun phrase ("whether
   * you and I are", "whether I and mine are", "whether he or his staff knew"), or -1.
   */
  joinedSubjectVerb(i: number): number {
    const joiner = this.word(i + 1);
    if (joiner !== "and" && joiner !== "or") return -1;
    for (let j = i + 2; j < i + 6; j++) {
      if (j > i + 2 && this.verbAt(j)) return j;
      if (!this.canBe(j, ANY_NOUN | WordClass.Pronoun | WordClass.Possessive | WordClass.Determiner | WordClass.Adjective)) return -1;
    }
    return -1;
  }

  verbAt(i: number): boolean {
    const w = this.word(i);
    if (w === undefined) return false;
    if (this.words.auxiliary.has(w)) return true;
    const c = this.classesAt(i);
    if (c & WordClass.Modal) return true;
    // "better", "open", "clear": more often a modifier than the verb of a clause; "wanted" is a verb.
    return (c & FINITE_VERB) !== 0 && !((c & WordClass.Adjective) !== 0 && (c & (WordClass.Past | WordClass.VerbS)) === 0);
  }

  /** Whether the word right after ends the phrase: a sentence's end, "and" or "but" ("due to weather and seasonal conditions"). */
  nextEndsPhrase(from: number): boolean {
    const next = this.run.tokens[from];
    if (next === undefined) return false; // the block ends: a hard-wrapped line may go on
    if (next.kind === "punct") return (SENTENCE_END.has(next.text) && next.text !== ";" && !this.ellipsisDot(from)) || next.text === ")" || next.text === "]";
    return this.run.normalized[from] === "and" || this.run.normalized[from] === "but";
  }

  /** Whether no verb, "to" or wh-word follows before the clause ends at a sentence end (`pastCommas`: before the sentence ends). */
  noVerbInClause(from: number, pastCommas = false, subjectFirst = false): boolean {
    const end = Math.min(this.run.tokens.length, from + READ_AHEAD);
    for (let j = from; j < end; j++) {
      const t = this.run.tokens[j]!;
      if (t.kind === "masked") return false;
      // With `subjectFirst`, a first word that can be a noun is a subject: a clause's verb comes after it.
      if (subjectFirst && j === from && t.kind === "word" && this.canBe(j, ANY_NOUN) && !this.strongVerbAt(j)) continue;
      if (t.kind === "punct") {
        // Quotation marks end no clause: "… and weather at the other". One right after the word
        // cites it: 'the "whether" of the first'.
        if (QUOTE.has(t.text) && j === from && subjectFirst) return false;
        if (t.text === "'" || t.text === "’" || QUOTE.has(t.text) || (pastCommas && t.text === ",")) continue;
        // A comma may be followed by the rest of the clause: "whether, in the end, it works".
        return SENTENCE_END.has(t.text) && j > from;
      }
      // ("to" before a word the lexicon has as no verb is a preposition: "unfriendly to health".)
      if ((this.run.normalized[j] === "to" && !this.nonVerbAt(j + 1)) || this.verbAt(j) || this.canBe(j, WordClass.Participle | WordClass.Wh)) return false;
    }
    return false;
  }

}

/** A word of asking, deciding or knowing, in any of its inflections: "figure", "figured", "figures". */
function isCue(w: string, words: WeatherWhetherWords): boolean {
  return words.cue.has(w) || baseFormsOf(w).some((base) => words.cue.has(base));
}
