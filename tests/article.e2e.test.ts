import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(__dirname, "..");
const textlint = join(root, "node_modules", ".bin", "textlint");
const articleDir = join(root, "examples", "article");
const article = readFileSync(join(articleDir, "article.txt"), "utf8");
const lines = article.split("\n");

/**
 * Every error in the example article: the rule, the line, the text the report starts at
 * (unique on that line) and, for fixable ones, what the copy desk writes there instead.
 */
const EXPECTED: ReadonlyArray<{ rule: string; line: number; at: string; fixed?: string }> = [
  { rule: "punctuation-spacing", line: 5, at: ".The announcement", fixed: ". The announcement" },
  { rule: "indefinite-article", line: 6, at: "an significant", fixed: "a significant" },
  { rule: "punctuation-spacing", line: 9, at: ",offering", fixed: ", offering" },
  { rule: "confused-words", line: 12, at: "weather the", fixed: "whether the" },
  { rule: "currency-conversion", line: 15, at: "11.94 trillion yen" },
  { rule: "confused-words", line: 15, at: "its important", fixed: "it’s important" },
  // "such as," with no example after it: reported, with no fix (the writer must say what was meant)
  { rule: "confused-words", line: 15, at: "such as, has" },
  { rule: "punctuation-spacing", line: 17, at: ",Chinese", fixed: ", Chinese" },
  { rule: "punctuation-spacing", line: 17, at: ",including Jack", fixed: ", including Jack" },
  { rule: "punctuation-spacing", line: 25, at: ".The computational", fixed: ". The computational" },
  { rule: "punctuation-spacing", line: 25, at: ".Secondly", fixed: ". Secondly" },
  { rule: "punctuation-spacing", line: 25, at: ",Alibaba", fixed: ", Alibaba" },
  { rule: "punctuation-spacing", line: 25, at: ",not just", fixed: ", not just" },
  { rule: "punctuation-spacing", line: 25, at: ".This ambitious", fixed: ". This ambitious" },
  { rule: "punctuation-spacing", line: 40, at: ",Alibaba", fixed: ", Alibaba" },
  { rule: "punctuation-spacing", line: 40, at: ",positioning", fixed: ", positioning" },
  { rule: "indefinite-article", line: 45, at: "a important", fixed: "an important" },
  { rule: "punctuation-spacing", line: 48, at: ".Reed", fixed: ". Reed" },
  { rule: "punctuation-spacing", line: 48, at: ",Alibaba", fixed: ", Alibaba" },
  { rule: "punctuation-spacing", line: 50, at: ".Direct", fixed: ". Direct" },
  { rule: "punctuation-spacing", line: 53, at: ".Creating", fixed: ". Creating" },
  { rule: "sentence-case", line: 24, at: "this investment", fixed: "This investment" },
  { rule: "sentence-case", line: 28, at: "dr. Sharma: “The global", fixed: "Dr. Sharma: “The global" },
  { rule: "sentence-case", line: 31, at: "creating AGI", fixed: "Creating AGI" },
  { rule: "sentence-case", line: 36, at: "the move", fixed: "The move" },
  { rule: "sentence-case", line: 40, at: "while challenges", fixed: "While challenges" },
  { rule: "sentence-case", line: 44, at: "dr. Evelyn", fixed: "Dr. Evelyn" },
  { rule: "sentence-case", line: 48, at: "there’s the undeniable", fixed: "There’s the undeniable" },
  { rule: "consistency", line: 4, at: "leap of Faith", fixed: "Leap of Faith" },
  { rule: "consistency", line: 8, at: "AGI) is" },
  { rule: "consistency", line: 8, at: "U.S. tech", fixed: "US tech" },
  { rule: "consistency", line: 10, at: "infrastructure", fixed: "Infrastructure" },
  { rule: "consistency", line: 14, at: "february 24", fixed: "February 24" },
  { rule: "consistency", line: 15, at: "alibaba’s", fixed: "Alibaba’s" },
  { rule: "consistency", line: 15, at: "U.S. counterparts", fixed: "US counterparts" },
  { rule: "consistency", line: 15, at: "U.S. sanctions", fixed: "US sanctions" },
  { rule: "consistency", line: 15, at: "U.S. tech", fixed: "US tech" },
  { rule: "consistency", line: 27, at: "meta.", fixed: "Meta." },
  { rule: "consistency", line: 30, at: "AGI) as" },
  { rule: "consistency", line: 36, at: "alibaba’s", fixed: "Alibaba’s" },
  { rule: "consistency", line: 42, at: "leap of Faith", fixed: "Leap of Faith" },
  { rule: "consistency", line: 52, at: "AGI) their" },
];

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  range: [number, number];
}

function lintJson(cwd: string, file: string): { status: number | null; messages: JsonMessage[] } {
  const run = spawnSync(textlint, ["--format", "json", file], { cwd, encoding: "utf8" });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: JsonMessage[] }>;
  return { status: run.status, messages: result!.messages };
}

/** The column (1-based, UTF-16 code units) of `at` on a line, which must occur there once. */
function columnOf(line: number, at: string): number {
  const text = lines[line - 1]!;
  const first = text.indexOf(at);
  expect(first, `"${at}" on line ${line}`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(at, first + 1), `"${at}" occurs once on line ${line}`).toBe(-1);
  return first + 1;
}

describe("the example article, linted with the recommended preset by the textlint CLI", () => {
  const { status, messages } = lintJson(articleDir, "article.txt");

  it("fails, as a pre-publish check must", () => {
    expect(status).toBe(1);
  });

  it("reports every error at the exact place, and nothing else", () => {
    const actual = messages
      .map((m) => ({ rule: m.ruleId, line: m.line, column: m.column }))
      .sort((a, b) => a.line - b.line || a.column - b.column);
    const expected = EXPECTED.map((e) => ({
      rule: `@copydesk/recommended/${e.rule}`,
      line: e.line,
      column: columnOf(e.line, e.at),
    })).sort((a, b) => a.line - b.line || a.column - b.column);
    expect(actual).toEqual(expected);
  });
});

describe("textlint --fix on a copy of the example article", () => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-article-"));
  cpSync(articleDir, dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fix = () => spawnSync(textlint, ["--fix", "article.txt"], { cwd: dir, encoding: "utf8" });
  const firstFix = fix();
  const fixedText = readFileSync(join(dir, "article.txt"), "utf8");

  it("finishes with status 1: rules that fix left reports they cannot fix (\"such as,\", the acronyms)", () => {
    // textlint --fix runs only the rules that fix, and fails while one of them leaves an error.
    expect(firstFix.status).toBe(1);
  });

  it("makes exactly the expected corrections and changes nothing else", () => {
    const expectedLines = [...lines];
    for (const e of EXPECTED) {
      if (e.fixed === undefined) continue;
      expectedLines[e.line - 1] = expectedLines[e.line - 1]!.replace(e.at, e.fixed);
    }
    expect(fixedText).toBe(expectedLines.join("\n"));
  });

  it("leaves only the reports that have no automatic fix", () => {
    const { messages } = lintJson(dir, "article.txt");
    const unfixable = EXPECTED.filter((e) => e.fixed === undefined).map((e) => `@copydesk/recommended/${e.rule}`);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(unfixable.sort());
  });

  it("changes nothing when run a second time", () => {
    fix();
    expect(readFileSync(join(dir, "article.txt"), "utf8")).toBe(fixedText);
  });
});
