import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter, loadTextlintrc } from "textlint";

const root = resolve(__dirname, "..");
const editorDir = join(root, "examples", "editor");
const textlint = join(root, "node_modules", ".bin", "textlint");

/** A draft with one error of a rule, and the text the squiggle must cover (its first occurrence). */
interface EditorCase {
  rule: string;
  file: "draft.md" | "draft.txt";
  text: string;
  squiggle: string;
}

const CASES: EditorCase[] = [
  {
    rule: "punctuation-spacing",
    file: "draft.md",
    text: "# Results\n\nThe fund grew in **2024**,then it shrank.\n",
    squiggle: ",then",
  },
  {
    rule: "punctuation-spacing",
    file: "draft.txt",
    text: "A first line.\r\nIt opened centers.The shares rose 😀 today.\r\n",
    squiggle: ".The",
  },
  {
    rule: "indefinite-article",
    file: "draft.md",
    text: "- First item\n- It was **a** important day for `a` team.\n",
    squiggle: "a",
  },
  {
    rule: "indefinite-article",
    file: "draft.txt",
    text: "Line one 😀.\nShe joined a FBI task force.\n",
    squiggle: "a",
  },
  {
    rule: "confused-words",
    file: "draft.md",
    text: "> The board will decide\n> weather or not to sell.\n",
    squiggle: "weather",
  },
  {
    rule: "confused-words",
    file: "draft.txt",
    text: "Analysts said its important to wait.\n",
    squiggle: "its",
  },
  {
    rule: "currency-conversion",
    file: "draft.md",
    text: "# Deals\n\nThe fund raised 380 billion yuan, approximately $5.3 billion, in 2024.\n",
    squiggle: "$5.3 billion",
  },
  {
    rule: "currency-conversion",
    file: "draft.txt",
    text: "The EU pledged €1.2 billion ($13 billion) in 2023.\n",
    squiggle: "$13 billion",
  },
];

interface Message {
  ruleId: string;
  range: readonly [number, number];
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** Where `squiggle` is in `text` (as a whole word): the range, and textlint's loc (1-based lines and columns). */
function expectedPlace(text: string, squiggle: string): Pick<Message, "range" | "loc"> {
  const escaped = squiggle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const wordy = /[\p{L}\p{N}]/u;
  const before = wordy.test(squiggle[0]!) ? "(?<![\\p{L}\\p{N}])" : "";
  const after = wordy.test(squiggle[squiggle.length - 1]!) ? "(?![\\p{L}\\p{N}])" : "";
  const start = text.search(new RegExp(`${before}${escaped}${after}`, "u"));
  const end = start + squiggle.length;
  const position = (index: number) => {
    const before = text.slice(0, index);
    const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
    return { line: before.split(/\r\n|\r|\n/).length, column: index - lineStart + 1 };
  };
  return { range: [start, end], loc: { start: position(start), end: position(end) } };
}

describe("the preset in-process, as editor integrations run it (createLinter with the .textlintrc)", async () => {
  const descriptor = await loadTextlintrc({
    configFilePath: join(editorDir, ".textlintrc.json"),
    node_modulesDir: join(root, "node_modules"),
  });
  const linter = createLinter({ descriptor, cwd: editorDir });

  it.each(CASES)("$rule squiggles exactly $squiggle in $file", async ({ rule, file, text, squiggle }) => {
    const result = await linter.lintText(text, join(editorDir, file));
    const messages = result.messages.filter((m) => m.ruleId === `@copydesk/recommended/${rule}`);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect({ range: message!.range, loc: message!.loc }).toEqual(expectedPlace(text, squiggle));
  });
});

describe("textlint --stdin --stdin-filename, as editors that pipe the buffer run it", () => {
  it.each(CASES)("$rule squiggles exactly $squiggle in $file", ({ rule, file, text, squiggle }) => {
    const run = spawnSync(textlint, ["--stdin", "--stdin-filename", file, "--format", "json"], {
      cwd: editorDir,
      input: text,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Message[] }>;
    const messages = result!.messages.filter((m) => m.ruleId === `@copydesk/recommended/${rule}`);
    expect(messages).toHaveLength(1);
    expect({ range: messages[0]!.range, loc: messages[0]!.loc }).toEqual(expectedPlace(text, squiggle));
  });
});

describe("a file that starts with a byte order mark, as some Windows editors save it", async () => {
  const descriptor = await loadTextlintrc({
    configFilePath: join(editorDir, ".textlintrc.json"),
    node_modulesDir: join(root, "node_modules"),
  });
  const linter = createLinter({ descriptor, cwd: editorDir });
  const BOM = "\uFEFF";
  // textlint reports and fixes against the text without the mark, and puts the mark back on output.
  const text = "she took an significant stake,then sold it.\nIt asked weather to wait.\n";

  it.each(["draft.txt", "draft.md"])("squiggles the same words in %s as without the mark", async (file) => {
    const result = await linter.lintText(BOM + text, join(editorDir, file));
    const squiggled = result.messages.map((m) => text.slice(m.range[0], m.range[1]));
    expect(squiggled).toEqual(["she", "an", ",then", "weather"]);
    expect(result.messages.map((m) => m.loc.start)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 10 },
      { line: 1, column: 30 },
      { line: 2, column: 10 },
    ]);
  });

  // textlint 15 writes the fixed text without the mark; what matters here is that each fix lands on its word.
  it.each(["draft.txt", "draft.md"])("fixes the same words in %s as without the mark", async (file) => {
    const result = await linter.fixText(BOM + text, join(editorDir, file));
    expect(result.output.replace(/^\uFEFF/, "")).toBe("She took a significant stake, then sold it.\nIt asked whether to wait.\n");
  });
});
