/** Which apostrophe a replacement such as "it's" gets. */
export type ApostropheStyle = "auto" | "straight" | "curly";

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * The replacement written the way the found word was: "WEATHER" -> "WHETHER",
 * "Its" -> "It's", and with the apostrophe the text uses ("auto": the found word's
 * own apostrophe, else the kind the paragraph uses more).
 */
export function replacementText(found: string, replacement: string, style: ApostropheStyle, paragraph: string): string {
  let text = replacement;
  if (text.includes("'") || text.includes("’")) {
    const curly =
      style === "curly" ||
      (style === "auto" &&
        (found.includes("’") || (!found.includes("'") && countOf(paragraph, "’") > countOf(paragraph, "'"))));
    text = curly ? text.replaceAll("'", "’") : text.replaceAll("’", "'");
  }
  const letters = [...found].filter((c) => UPPER.test(c) || LOWER.test(c));
  if (letters.length > 1 && letters.every((c) => UPPER.test(c))) return text.toUpperCase();
  if (letters.length > 0 && UPPER.test(letters[0]!)) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
