// Tagged tokens of the Penn Treebank's kind ("The/DT firm/NN 's/POS") and of MASC's ("The_DT
// firm_NN 's_POS") joined back into plain text, for the real-sentence sets (bench/realSentences.mjs)
// and the --masc corpus (bench/corpus.mjs).

// Penn Treebank tokens that stick to the word before, and those that stick to the word after.
const PTB_CLOSING = new Set([".", ",", ";", ":", "?", "!", ")", "]", "}", "%", "…", "'s", "'S", "n't", "N'T", "'re", "'ve", "'m", "'ll", "'d", "'", "'em"]);
const PTB_OPENING = new Set(["(", "[", "{", "$"]);
const NO_EXTRA = { closing: new Set(), opening: new Set(), spaced: new Set() };

/**
 * One tagged sentence of the Open American National Corpus as Pattern ships it ("The/DT Net/NNP
 * 's/POS ..."), as plain text: tags dropped, punctuation and clitics joined to their word, a
 * hyphen and a slash joined to both words. Its double quotes are all straight ("), so they are
 * taken in turn as opening and closing. Where a line holds an odd number of them, one quotation
 * runs over from the line before or on to the next: the odd quote is the first when the line
 * starts with it (it opens) or when it closes where it stands (after a stop or a comma, before no
 * capital), else the last (it opens). `extra` names more tokens that stick to the word before
 * (`closing`) or after (`opening`), and `spaced` a hyphen that stands apart.
 */
export function joinPennTokens(line, extra = NO_EXTRA) {
  const words = line.trim().split(/\s+/).map((token) => {
    const slash = token.lastIndexOf("/");
    return (slash > 0 ? token.slice(0, slash) : token).replace(/&slash;/g, "/");
  });
  const closesHere = (i) => i > 0 && /^[.?!,]$/.test(words[i - 1]) && !/^[A-Z]/.test(words[i + 1] ?? "");
  const quotes = words.flatMap((w, i) => (w === '"' ? [i] : []));
  let odd = -1;
  if (quotes.length % 2 === 1) odd = quotes[0] === 0 || closesHere(quotes[0]) ? quotes[0] : quotes[quotes.length - 1];
  let text = "";
  let glue = true;
  let quoteOpen = false;
  for (const [i, word] of words.entries()) {
    if (word === '"') {
      const opening = i === odd ? !closesHere(i) : !quoteOpen;
      if (i !== odd) quoteOpen = opening;
      text += (glue || !opening ? "" : " ") + word;
      glue = opening;
      continue;
    }
    const tight = (word === "-" && !extra.spaced.has(word)) || word === "/";
    text += (glue || tight || PTB_CLOSING.has(word) || extra.closing.has(word) ? "" : " ") + word;
    glue = tight || PTB_OPENING.has(word) || extra.opening.has(word);
  }
  return text;
}

/**
 * One tagged MASC sentence ("I_PRP ’m_VBP glad_JJ ._.") as plain text: its tokens as Penn tokens
 * (`joinPennTokens`), a curly clitic (’m, n’t) as a straight one so it joins its word, and curly
 * double quotes as straight ones so they open and close like Penn's.
 */
export function joinMascTokens(line) {
  const tokens = line.trim().split(/\s+/).map((token) => {
    const underscore = token.lastIndexOf("_");
    const word = (underscore > 0 ? token.slice(0, underscore) : token).replace(/^[“”]$/, '"').replace(/^(n?)’(s|m|re|ve|ll|d|t|em)$/i, "$1'$2");
    return `${word}/_`;
  });
  return joinPennTokens(tokens.join(" "));
}


// MASC's written texts keep curly quotes and apostrophes as their own tokens ("the ant ’ s eyes",
// "“ They ’re", "‘ blue ’"); these stick to the word as they do in print.
const MASC_CURLY = { closing: new Set(["’", "”", "’s", "’S", "’m", "’re", "’ve", "’ll", "’d", "’t", "n’t", "N’T", "’em"]), opening: new Set(["‘", "“"]), spaced: new Set(["-"]) };
const CURLY_CLITIC = /^(?:s|m|re|ve|ll|d|t|em)$/i;
// Tokens that only a program's source has (MASC's technical texts include robot code, "left _ motor
// _ OP = 0 ; / / left wheel"): a paragraph with one is not prose and cannot be joined back.
const CODE_TOKENS = new Set(["{", "}", "_", "//", "|", "==", "++"]);
const DASH_END = /[–—]$/;
// A prefix split from its word ("non- Jewish", "then- U.S."), but not one that waits for a second
// word ("gun- and non-gun").
const PREFIX_END = /[\p{L}\d]-$/u;
const SUSPENDED_HYPHEN_NEXT = new Set(["and", "or", "nor", "to", "but"]);
const DIGITS = /^\d[\d.,]*$/;
// A footnote's number after a sentence's last word, split from it ("the law .1 Specifically").
const FOOTNOTE = /^\.\d{1,3}$/;

// A web or e-mail address split at its dots and its "@" ("www . copia . org", "andy . russell @
// eng . monash . edu . au"): lowercase labels apart by "." or "@", ending in a top-level domain
// (IANA's root zone: the generic ones and the country codes these texts use).
const ADDRESS_LABEL = /^[a-z0-9][a-z0-9-]*$/;
const TOP_LEVEL_DOMAINS = new Set(["com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "us", "uk", "au", "ca", "nz", "ie", "de", "fr", "jp"]);
const MAX_ADDRESS_LABELS = 8;

/**
 * The index of the last token of an address that starts at words[i], or -1. An address of two
 * labels ("aol . com") could be a sentence's last word and the next one's first ("ended . net
 * gains"), so it is taken only after an "@" or the texts' "(at)"; one of three or more labels
 * always. At most MAX_ADDRESS_LABELS labels are read.
 */
function addressEnd(words, i) {
  let end = -1;
  let labels = 0;
  for (let j = i; labels < MAX_ADDRESS_LABELS && ADDRESS_LABEL.test(words[j] ?? ""); j += 2) {
    labels++;
    if (j > i && words[j - 1] === "." && TOP_LEVEL_DOMAINS.has(words[j])) end = j;
    if (words[j + 1] !== "." && words[j + 1] !== "@") break;
  }
  const afterAt = words[i - 1] === "@" || (words[i - 1] === ")" && words[i - 2] === "at" && words[i - 3] === "(");
  return end !== -1 && (end - i >= 4 || afterAt) ? end : -1;
}

/** Whether a MASC word ends in a dash or a prefix's hyphen that joins it to the next word. */
const joinsNext = (word, next) => next !== undefined && ((DASH_END.test(word) && word.length > 1) || (PREFIX_END.test(word) && !SUSPENDED_HYPHEN_NEXT.has(next)));

/** A MASC token ("word_TAG") as { word, tag }. */
const mascToken = (token) => {
  const underscore = token.lastIndexOf("_");
  return underscore > 0 ? { word: token.slice(0, underscore), tag: token.slice(underscore + 1) } : { word: token, tag: "" };
};

/**
 * One MASC paragraph (its tagged sentences, a line each) as one line of plain text, or null when it
 * holds a program's tokens. The sentences are joined as one run, so a quotation that spans them
 * pairs up. Besides what `joinPennTokens` does: the tokenizer's quote pairs (`` and '', or ` ` and
 * ' ') become a straight double quote, a lone ` a straight single quote before its word; curly quotes stick to
 * their word, and a curly apostrophe split from its clitic ("ant ’ s") is joined back ("ant’s"); a
 * word that ends in an en or em dash ("am–", "Monday–") or a prefix's hyphen ("non- Jewish") is
 * joined to the next ("am–10", "non-Jewish"), unless the hyphen waits for a second word ("gun- and
 * non-gun"); a hyphen split from both its words joins them ("after - tax", tagged "-"), but one
 * tagged ":" stands apart as a dash ("every day - he") unless it joins two numbers ("7-10"), and
 * two hyphens in a row are a dash ("--"); a footnote's number split from the sentence's last word (".1") is joined back; a web or e-mail address
 * split at its dots and "@" ("www . copia . org") is joined back.
 */
export function mascParagraphText(lines) {
  const tokens = lines.flatMap((line) => line.trim().split(/\s+/).filter((t) => t !== "").map(mascToken));
  const words = tokens.map((t) => t.word);
  if (words.some((w) => CODE_TOKENS.has(w))) return null;
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    const address = addressEnd(words, i);
    if (address !== -1) {
      out.push(words.slice(i, address + 1).join(""));
      i = address;
    } else if (word === "@" && out.length > 0 && addressEnd(words, i + 1) !== -1) {
      const end = addressEnd(words, i + 1);
      out.push(`${out.pop()}@${words.slice(i + 1, end + 1).join("")}`);
      i = end;
    } else if ((word === "`" && next === "`") || (word === "'" && next === "'")) {
      out.push('"');
      i++;
    } else if (word === "``" || word === "''") out.push('"');
    else if (word === "`" && next !== undefined) {
      out.push(`'${next}`);
      i++;
    }
    else if (word === "’" && next !== undefined && CURLY_CLITIC.test(next) && out.length > 0) {
      out.push(`’${next}`);
      i++;
    } else if (joinsNext(word, next)) {
      let joined = word;
      while (joinsNext(joined, words[i + 1])) joined += words[++i];
      out.push(joined);
    } else if (word === "-" && next === "-") {
      out.push("--");
      i++;
    } else if (word === "-" && out.length > 0 && next !== undefined && (tokens[i].tag !== ":" || (DIGITS.test(out.at(-1)) && DIGITS.test(next)))) {
      out.push(`${out.pop()}-${next}`);
      i++;
    } else if (FOOTNOTE.test(word) && /\p{L}$/u.test(out.at(-1) ?? "") && (next === undefined || /^[A-Z]/.test(next))) {
      out.push(`${out.pop()}${word}`);
    } else out.push(word);
  }
  return joinPennTokens(out.map((w) => `${w}/_`).join(" "), MASC_CURLY);
}
