import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "..");
const textlint = join(root, "node_modules", ".bin", "textlint");

describe("the corrected article in examples/fixed", () => {
  const dir = join(root, "examples", "fixed");

  it("passes the recommended preset: no report, exit status 0", () => {
    const run = spawnSync(textlint, ["--format", "json", "article.txt"], { cwd: dir, encoding: "utf8" });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>;
    expect(result!.messages).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("is the example article with its lines corrected, none added or removed", () => {
    const original = readFileSync(join(root, "examples", "article", "article.txt"), "utf8").split("\n");
    const fixed = readFileSync(join(dir, "article.txt"), "utf8").split("\n");
    expect(fixed).toHaveLength(original.length);
    expect(fixed).not.toEqual(original);
  });
});

describe("the editor example draft", () => {
  it("shows the squiggles it promises and no others", () => {
    const run = spawnSync(textlint, ["--format", "json", "draft.md"], { cwd: join(root, "examples", "editor"), encoding: "utf8" });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(result!.messages.map((m) => m.ruleId)).toEqual([
      "@copydesk/recommended/punctuation-spacing",
      "@copydesk/recommended/punctuation-spacing",
    ]);
  });
});
