export { proseOf, type Prose, type Sentence } from "./prose";
export { tokenize, type Token, type TokenKind } from "./tokens";
export { MASK, maskNonProse } from "./nonProse";
export { isWhiteSpace } from "./whiteSpace";
export { sentenceSpans, isAbbreviation, isTitle, type Span } from "./sentences";
export { reportFindings, type Finding } from "./findings";
export { readOptions, OptionError, type OptionSpec } from "./options";
export {
  documentWordsOf,
  documentRootOf,
  documentWordsFor,
  WordKeySet,
  type WordsAsked,
  readsAsTitle,
  standsMidSentence,
  isTitleCaseMinorWord,
  withoutPossessive,
  type DocumentWords,
  type DocumentBlock,
  type WordForms,
  type WordPlace,
  type WordPlaceKind,
} from "./documentWords";

/** The block nodes whose text is prose: every rule reads these and no others. */
export const PROSE_NODE_TYPES = ["Paragraph", "Header", "TableCell"] as const;
export { WordClass, wordClassesOf, canBe, isOnly, baseFormsOf, FINITE_VERB, ANY_VERB, ANY_NOUN } from "./wordClasses";
