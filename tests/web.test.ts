// The playground's decisions apart from the browser: where marks go, what a fix does, where a
// report moves when the writer edits, and the settings it keeps.
import { describe, expect, it } from "vitest";
import {
  applyFix,
  editBetween,
  lineLocator,
  mapRange,
  mapReports,
  markRange,
  ruleNameOf,
  segmentsFor,
  type Report,
} from "../examples/web/src/reports";
import { extensionOf, presetConfigFor, readSettings, writeSettings } from "../examples/web/src/settings";

describe("markRange", () => {
  it("marks a report on its own words", () => {
    expect(markRange([4, 9], 20)).toEqual([4, 9]);
  });

  it("marks a report on an empty range on the character after it", () => {
    expect(markRange([4, 4], 20)).toEqual([4, 5]);
  });

  it("marks a report on an empty range at the end of the text on the last character", () => {
    expect(markRange([20, 20], 20)).toEqual([19, 20]);
  });

  it("keeps a range that reaches past the text inside it", () => {
    expect(markRange([18, 30], 20)).toEqual([18, 20]);
    expect(markRange([0, 0], 0)).toEqual([0, 0]);
  });
});

describe("segmentsFor", () => {
  const text = "She went,then came.The end.";

  it("cuts the text at each mark's edges, and the runs together are the whole text", () => {
    const segments = segmentsFor(text.length, [
      [8, 13],
      [18, 22],
    ]);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.reports])).toEqual([
      ["She went", []],
      [",then", [0]],
      [" came", []],
      [".The", [1]],
      [" end.", []],
    ]);
  });

  it("lets overlapping reports share the run they both cover", () => {
    const segments = segmentsFor(text.length, [
      [18, 22],
      [19, 22],
      [4, 8],
    ]);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.reports])).toEqual([
      ["She ", []],
      ["went", [2]],
      [",then came", []],
      [".", [0]],
      ["The", [0, 1]],
      [" end.", []],
    ]);
  });

  it("marks reports on the same words once, with both reports", () => {
    expect(segmentsFor(8, [[0, 3], [0, 3]]).map((s) => [s.start, s.end, s.reports])).toEqual([
      [0, 3, [0, 1]],
      [3, 8, []],
    ]);
  });

  it("gives an empty text no runs, and a text with no reports one run", () => {
    expect(segmentsFor(0, [])).toEqual([]);
    expect(segmentsFor(5, [])).toEqual([{ start: 0, end: 5, reports: [] }]);
  });
});

describe("applyFix", () => {
  it("replaces exactly the fix's range with its text", () => {
    expect(applyFix("It rose,then fell.", { range: [7, 12], text: ", then" })).toBe("It rose, then fell.");
  });

  it("inserts at an empty range and deletes with an empty text", () => {
    expect(applyFix("abc", { range: [1, 1], text: "-" })).toBe("a-bc");
    expect(applyFix("a  b", { range: [1, 2], text: "" })).toBe("a b");
  });
});

describe("editBetween", () => {
  it("finds a word typed in the middle", () => {
    expect(editBetween("The fund grew.", "The big fund grew.")).toEqual({ start: 4, oldEnd: 4, newEnd: 8 });
  });

  it("finds a deletion and a replacement", () => {
    expect(editBetween("one two four", "one four")).toEqual({ start: 4, oldEnd: 8, newEnd: 4 });
    expect(editBetween("a weather b", "a whether b")).toEqual({ start: 3, oldEnd: 5, newEnd: 5 });
  });

  it("does not count the same characters twice when a repeated letter is typed", () => {
    expect(editBetween("aaa", "aaaa")).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
  });
});

describe("mapRange and mapReports", () => {
  const before = "It rose,then fell. the end.";
  const reports: Report[] = [
    { ruleId: "@copydesk/recommended/punctuation-spacing", message: "comma", range: [7, 12], fix: { range: [7, 12], text: ", then" } },
    { ruleId: "@copydesk/recommended/sentence-case", message: "capital", range: [19, 22], fix: { range: [19, 22], text: "The" } },
  ];

  it("keeps a report before the edit, and moves a report after it by the length of the edit", () => {
    const after = "It rose,then sharply fell. the end.";
    expect(mapReports(reports, before, after).map((r) => [after.slice(r.range[0], r.range[1]), r.fix?.range])).toEqual([
      [",then", [7, 12]],
      ["the", [27, 30]],
    ]);
  });

  it("drops a report whose words the edit touched", () => {
    const after = "It rose,thn fell. the end.";
    expect(mapReports(reports, before, after).map((r) => r.message)).toEqual(["capital"]);
  });

  it("keeps a range when the writer types right after it or right before it", () => {
    const typedAfter = editBetween("ab cd", "ab cdX");
    expect(mapRange([3, 5], typedAfter)).toEqual([3, 5]);
    const typedBefore = editBetween("ab cd", "ab Xcd");
    expect(mapRange([3, 5], typedBefore)).toEqual([4, 6]);
  });

  it("returns the same reports for the same text", () => {
    expect(mapReports(reports, before, before)).toEqual(reports);
  });
});

describe("lineLocator", () => {
  it("counts lines and columns from 1, as textlint does", () => {
    const locate = lineLocator("ab\ncd\n\nef");
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(2)).toEqual({ line: 1, column: 3 });
    expect(locate(3)).toEqual({ line: 2, column: 1 });
    expect(locate(7)).toEqual({ line: 4, column: 1 });
    expect(locate(8)).toEqual({ line: 4, column: 2 });
  });
});

describe("ruleNameOf", () => {
  it("gives a preset rule's name inside the preset", () => {
    expect(ruleNameOf("@copydesk/recommended/sentence-case")).toBe("sentence-case");
    expect(ruleNameOf("no-todo")).toBe("no-todo");
  });
});

describe("the playground's settings", () => {
  const storageWith = (value: string | null) => ({ getItem: () => value });

  it("starts with every rule on, Markdown, and checking as you type", () => {
    expect(readSettings(storageWith(null))).toEqual({ rulesOff: [], format: "markdown", lintAsYouType: true });
    expect(readSettings(undefined)).toEqual({ rulesOff: [], format: "markdown", lintAsYouType: true });
  });

  it("reads back what it stored", () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) };
    writeSettings(storage, { rulesOff: ["sentence-case"], format: "text", lintAsYouType: false });
    expect(readSettings(storage)).toEqual({ rulesOff: ["sentence-case"], format: "text", lintAsYouType: false });
  });

  it("falls back to the default for a stored value it cannot read", () => {
    expect(readSettings(storageWith("{not json"))).toEqual({ rulesOff: [], format: "markdown", lintAsYouType: true });
    expect(readSettings(storageWith('{"rulesOff":["a",3],"format":"html","lintAsYouType":"yes"}'))).toEqual({
      rulesOff: ["a"],
      format: "markdown",
      lintAsYouType: true,
    });
  });

  it("keeps working when the browser refuses to store anything", () => {
    const refusing = {
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => writeSettings(refusing, { rulesOff: [], format: "text", lintAsYouType: true })).not.toThrow();
  });

  it("lints Markdown as .md and plain text as .txt", () => {
    expect(extensionOf("markdown")).toBe(".md");
    expect(extensionOf("text")).toBe(".txt");
  });
});

describe("presetConfigFor", () => {
  const rules = ["punctuation-spacing", "sentence-case", "currency-conversion"];
  const PRESET = "@copydesk/preset-recommended";

  it("turns off the rules the writer turned off, and on all the others", () => {
    expect(presetConfigFor(PRESET, true, {}, rules, ["sentence-case"])).toEqual({
      rules: { [PRESET]: { "punctuation-spacing": true, "sentence-case": false, "currency-conversion": true } },
    });
  });

  it("gives a rule left on the settings it was compiled with, from the .textlintrc first", () => {
    const compiled = { "currency-conversion": { targetCurrency: "EUR" } };
    const presetDefaults = { "currency-conversion": { tolerance: 5 }, "punctuation-spacing": { colon: false } };
    expect(presetConfigFor(PRESET, compiled, presetDefaults, rules, [])).toEqual({
      rules: {
        [PRESET]: {
          "punctuation-spacing": { colon: false },
          "sentence-case": true,
          "currency-conversion": { targetCurrency: "EUR" },
        },
      },
    });
  });

  it("reads `true` and `false` in the .textlintrc as textlint does: the preset's settings for the rule", () => {
    const presetDefaults = { "sentence-case": { labels: false }, "currency-conversion": false };
    expect(
      presetConfigFor(PRESET, { "sentence-case": true, "currency-conversion": false }, presetDefaults, rules, []),
    ).toEqual({
      rules: {
        [PRESET]: { "punctuation-spacing": true, "sentence-case": { labels: false }, "currency-conversion": true },
      },
    });
  });
});
