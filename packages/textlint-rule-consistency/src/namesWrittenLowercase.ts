import { standsMidSentence, withoutPossessive, type DocumentWords, type WordForms, type WordPlace } from "@copydesk/prose";
import { isAllCaps, isAllLowercase, startsUpper } from "./casing";
import type { LocatedFinding } from "./located";
import { isOrdinaryWord, joinsOrdinaryWords } from "./ordinaryWords";
import { times } from "./counts";

// A name counts as the document's once it is written capitalized mid-sentence this often.
const MIN_NAME_USES = 2;
// Marks before a word that make it a handle, tag or code rather than prose: @meta, #meta, $meta.
const HANDLE_BEFORE = new Set(["@", "#", "$", "~", "/", "\\", "_"]);
// What may follow a word for it to be an identifier or a prefix rather than prose: meta-, meta(), meta.x, meta_x, meta/x.
const CODE_AFTER = /^(?:[-‑([{_=<>\\@#|/]|\.[\p{L}\p{N}]|[:;][^\s])/u;
// Words that join a name to another name: "Microsoft and meta". (A comma joins too much: "this
// chamber, Republicans and Democrats".)
const JOINERS = new Set(["and", "or", "&", "vs", "versus", "nor"]);
const nameData = require("../data/name-particles.json") as { particles: string[]; titles: string[] };
const NAME_PARTICLES = new Set(nameData.particles);
const TITLES = new Set(nameData.titles);

/**
 * [name]: a word the document writes capitalized mid-sentence (on its own, at least twice, and
 * more often than lowercase) is written lowercase mid-sentence here: "alibaba’s", "Microsoft and meta". The
 * fix is the document's own form. A lowercase word that is also an ordinary English word ("its
 * apple orchards") counts only where it stands as a name does, joined to another capitalized name
 * ("Microsoft and meta"), or after a title ("Mr brown"); after a title any word is held to every
 * capitalized use ("Silvio Berlusconi … Mr berlusconi"). A word the document writes as inline code, a prefix ("meta-"), a handle
 * or an identifier is left alone. `names` are written as given wherever they stand mid-sentence.
 */
export function namesWrittenLowercase(words: DocumentWords, names: readonly string[]): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  const given = new Map(names.map((name) => [withoutPossessive(name).toLowerCase(), withoutPossessive(name)]));
  for (const forms of words.words()) {
    if (forms.inCode) continue;
    const name = given.get(forms.key);
    if (name !== undefined) {
      for (const [form, places] of forms.mid) {
        if (form === name) continue;
        for (const place of places) {
          if (!isCodeOrPrefix(place)) findings.push(nameFinding(place, name, `the names option writes it "${name}"`));
        }
      }
      continue;
    }
    // Cheap first: the word must be written mid-sentence both lowercase and in another form.
    if (forms.midFormCount < 2 || !forms.midForms.includes(forms.key)) continue;
    // Counted first, with no place made: most words written both ways are no name.
    const anywhere = documentName(forms, false);
    if (anywhere === undefined) continue;
    const lowercase = forms.mid.get(forms.key) ?? [];
    const alone = documentName(forms, true);
    const ordinary = isOrdinaryWord(forms.key);
    let compound: boolean | undefined;
    for (const place of lowercase) {
      if (isCodeOrPrefix(place) || isParticleInName(place)) continue;
      // After a title ("Mr berlusconi", "Dr brown"), even an ordinary word is the name it introduces,
      // held to every capitalized use.
      if (afterTitle(place)) {
        if (anywhere !== undefined) findings.push(nameFinding(place, anywhere.form, `the document writes it "${anywhere.form}" ${times(anywhere.count)} mid-sentence`));
        continue;
      }
      // Beside another capitalized word ("Saddam hussein", "South korea") a word that is only a name
      // is held to every capitalized use; elsewhere, to the uses where it stands alone as a name. Two
      // ordinary words run together after a capital and before none are a common noun the name is
      // made of: "Queensland Canegrowers" is a body, "New South Wales canegrowers" grow cane (but
      // "the Extensible stylesheet Language" is inside a name).
      const commonNoun = !capitalAfter(place) && (compound ??= joinsOrdinaryWords(forms.key));
      const decided = !ordinary && besideCapital(place) && !commonNoun ? anywhere : alone;
      if (decided === undefined || (ordinary && !joinedToName(place))) continue;
      findings.push(nameFinding(place, decided.form, `the document writes it "${decided.form}" ${times(decided.count)} mid-sentence`));
    }
  }
  return findings;
}

/**
 * The capitalized form the document gives a word, if it writes it that way at least twice and
 * more often than lowercase: "Alibaba", "Meta". With `aloneOnly`, a capital inside a longer name
 * ("United States", "Affordable Care Act", "Members of Congress") is the name's and does not count.
 * A word capitalized in more than one way (PostScript, Postscript) has no form the document settles.
 */
function documentName(forms: WordForms, aloneOnly: boolean): { form: string; count: number } | undefined {
  const lowercase = forms.midCountOf(forms.key);
  if (lowercase === 0 || !isAllLowercase(forms.key)) return undefined;
  let name: string | undefined;
  let count = 0;
  for (const form of forms.midForms) {
    // META or NVIDIA in capitals is emphasis or an acronym, not the case of a name.
    if (!startsUpper(form) || isAllCaps(form)) continue;
    if (name !== undefined) return undefined;
    name = form;
    count = aloneOnly ? (forms.mid.get(form) ?? []).filter(standsAlone).length : forms.midCountOf(form);
  }
  if (name === undefined || count < MIN_NAME_USES || count <= lowercase) return undefined;
  return { form: name, count };
}

/** Whether the word stands right beside a capitalized word mid-sentence, as part of a longer name: "Saddam hussein". */
function besideCapital(place: WordPlace): boolean {
  return !standsAlone(place);
}

/** Whether a word stands on its own, not inside a longer name: no capitalized word beside it, nor "of" and one after it. */
function standsAlone(place: WordPlace): boolean {
  const { tokens } = place.block.prose;
  const i = place.index;
  if (capitalAt(place, i - 1, i) && standsMidSentence(tokens, i - 1)) return false;
  if (capitalAfter(place)) return false;
  // Members of Congress, Bank of America.
  const next = tokens[i + 1];
  return !(next?.kind === "word" && OF_WORDS.has(next.text) && capitalAt(place, i + 2, i + 1));
}

/** Whether a capitalized word follows the word with one space: "stylesheet Language". */
function capitalAfter(place: WordPlace): boolean {
  return capitalAt(place, place.index + 1, place.index);
}

/** Whether tokens[k] is a capitalized word right beside tokens[joinedTo], with one space: "United States", not "States. United". */
function capitalAt(place: WordPlace, k: number, joinedTo: number): boolean {
  const { tokens, text } = place.block.prose;
  const token = tokens[k];
  const other = tokens[joinedTo]!;
  if (token === undefined || token.kind !== "word" || !startsUpper(token.text)) return false;
  const [a, b] = k < joinedTo ? [token, other] : [other, token];
  return text.slice(a.end, b.start) === " ";
}

/**
 * Whether the word is the particle of a family name between a given name and the rest of it,
 * written lowercase there by the name's own style: "Aart de Zeeuw", where the document may rightly
 * write "De Zeeuw said" as well.
 */
function isParticleInName(place: WordPlace): boolean {
  if (!NAME_PARTICLES.has(place.form)) return false;
  const { tokens, text } = place.block.prose;
  const i = place.index;
  const capitalBeside = (k: number): boolean => {
    const token = tokens[k];
    if (token === undefined || token.kind !== "word" || !startsUpper(token.text) || isAllCaps(token.text)) return false;
    const [a, b] = k < i ? [token, tokens[i]!] : [tokens[i]!, token];
    return text.slice(a.end, b.start) === " ";
  };
  return capitalBeside(i - 1) && capitalBeside(i + 1);
}

const OF_WORDS = new Set(["of", "for", "de", "du", "von", "van", "der"]);

/**
 * Whether the word follows a title before a family name, with one space: "Mr berlusconi". (After
 * "Dr." the word index reads a sentence start, which sentence-case decides.)
 */
function afterTitle(place: WordPlace): boolean {
  const { tokens, text } = place.block.prose;
  const i = place.index;
  const title = tokens[i - 1];
  return title !== undefined && title.kind === "word" && TITLES.has(title.text) && text.slice(title.end, tokens[i]!.start) === " ";
}

function nameFinding(place: WordPlace, replacement: string, uses: string): LocatedFinding {
  const { prose } = place.block;
  const token = prose.tokens[place.index]!;
  const end = token.start + place.form.length;
  return {
    prose,
    finding: {
      range: [token.start, end],
      message: `[name] "${place.form}" is a name: ${uses}; write "${replacement}".`,
      replacement,
    },
  };
}

/** Whether the word is a handle, an identifier or the first part of a compound: @meta, meta(), meta-analysis split by markup. */
function isCodeOrPrefix(place: WordPlace): boolean {
  const { text, tokens } = place.block.prose;
  const token = tokens[place.index]!;
  if (HANDLE_BEFORE.has(text[token.start - 1] ?? "")) return true;
  return CODE_AFTER.test(text.slice(token.end, token.end + 2));
}

/** Whether the word stands beside another capitalized name, joined by "and", "or" or a comma: "Microsoft and meta". */
function joinedToName(place: WordPlace): boolean {
  const { tokens } = place.block.prose;
  const i = place.index;
  const isName = (k: number): boolean => {
    const token = tokens[k];
    // A capital at a sentence start ("The, this …") is the sentence's, not a name's.
    return (
      token !== undefined && token.kind === "word" && startsUpper(token.text) && !isAllCaps(token.text) && token.text !== "I" &&
      standsMidSentence(tokens, k)
    );
  };
  const joins = (k: number): boolean => tokens[k] !== undefined && JOINERS.has(tokens[k]!.text.toLowerCase());
  return (joins(i - 1) && isName(i - 2)) || (joins(i + 1) && isName(i + 2));
}
