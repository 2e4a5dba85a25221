import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import preset from "@copydesk/textlint-rule-preset-recommended";

const packagesDir = resolve(__dirname, "..", "packages");
const rulePackages = readdirSync(packagesDir)
  .filter((name) => name.startsWith("textlint-rule-") && !name.startsWith("textlint-rule-preset-"))
  .map((name) => name.slice("textlint-rule-".length))
  .sort();

describe("the recommended preset", () => {
  it("configures every rule it holds", () => {
    expect(Object.keys(preset.rulesConfig).sort()).toEqual(Object.keys(preset.rules).sort());
  });

  it("holds every rule package of copydesk", () => {
    expect(Object.keys(preset.rules).sort()).toEqual(rulePackages);
  });

  it("holds rule modules textlint can run", () => {
    for (const [name, rule] of Object.entries(preset.rules)) {
      const reporter = typeof rule === "function" ? rule : (rule as { linter?: unknown }).linter;
      expect(typeof reporter, name).toBe("function");
    }
  });
});
