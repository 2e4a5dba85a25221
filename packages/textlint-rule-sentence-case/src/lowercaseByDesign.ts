const data = require("../data/lowercase-by-design.json") as { words: string[]; namesEndingInMarks: string[] };

// A capital or digit after the first letter marks a name styled that way: iPhone, eBay, macOS, mRNA, x86.
const INNER_CAPITAL_OR_DIGIT = /^.[^]*[\p{Lu}\p{N}]/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
// What may follow a word for it to be an identifier rather than prose: foo(), foo.bar, foo_bar, key=value, a/b, foo:bar, tl;dr.
const CODE_AFTER = /^(?:[([{_=<>\\@#|`]|\/(?!\s)|\.[\p{L}\p{N}]|[:;][^\s])/u;

/**
 * Names a document may write lowercase at the start of a sentence: the built-in list
 * of names styled lowercase by their owners, plus the words a user lists. An entry
 * may have several words ("bell hooks"); it matches only where the whole entry stands.
 */
export class LowercaseNames {
  private readonly single = new Set<string>();
  private readonly multi: string[] = [];
  private readonly userWords: ReadonlySet<string>;

  constructor(extraWords: readonly string[]) {
    for (const word of [...data.words, ...extraWords]) {
      if (/\s/u.test(word)) this.multi.push(word);
      else this.single.add(word);
    }
    this.userWords = new Set(extraWords);
  }

  /** Whether the text at `start` begins with a listed name. */
  has(text: string, start: number, word: string): boolean {
    return this.entryAt(text, start, word) !== undefined;
  }

  /** Whether the text at `start` begins with a name of the built-in list that the user has not allowed. */
  hasBuiltIn(text: string, start: number, word: string): boolean {
    const entry = this.entryAt(text, start, word);
    return entry !== undefined && !this.userWords.has(entry);
  }

  private entryAt(text: string, start: number, word: string): string | undefined {
    if (this.single.has(word)) return word;
    const stem = word.replace(/['’]s$/u, "");
    if (this.single.has(stem)) return stem;
    for (const entry of this.multi) {
      if (text.startsWith(entry, start) && !LETTER.test(text[start + entry.length] ?? "")) return entry;
    }
    return undefined;
  }
}

/**
 * Whether a word that starts lowercase is written that way on purpose: a name with an
 * inner capital or digit (iPhone, x86), a listed name (npm), a one-letter variable
 * (x, n; but not "a" or "i"), or an identifier in running text (foo(), foo.bar).
 */
export function isLowercaseByDesign(text: string, start: number, end: number, names: LowercaseNames): boolean {
  const word = text.slice(start, end);
  if (INNER_CAPITAL_OR_DIGIT.test(word)) return true;
  if (word.length === 1 && word !== "a" && word !== "i") return true;
  if (CODE_AFTER.test(text.slice(end, end + 2))) return true;
  return names.has(text, start, word);
}

/**
 * Whether a word written lowercase by design is a name (iPhone, npm), not code, a variable
 * or a word the user allows: with lowercaseNames: "reword", a sentence should not open with it.
 */
export function isNameByDesign(text: string, start: number, end: number, names: LowercaseNames): boolean {
  const word = text.slice(start, end);
  if (CODE_AFTER.test(text.slice(end, end + 2)) || word.length === 1) return false;
  return (INNER_CAPITAL_OR_DIGIT.test(word) && !names.has(text, start, word)) || names.hasBuiltIn(text, start, word);
}

const NAMES_ENDING_IN_MARKS = data.namesEndingInMarks;

/** Whether the text before `end` ends with a name that ends in "!" or "?" (Yahoo!), so the mark ends no sentence. */
export function endsWithMarkedName(text: string, end: number): boolean {
  for (const name of NAMES_ENDING_IN_MARKS) {
    const start = end - name.length;
    if (start >= 0 && text.startsWith(name, start) && !LETTER.test(text[start - 1] ?? "")) return true;
  }
  return false;
}
