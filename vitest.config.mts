import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // textlint-tester registers its cases through the global describe/it.
    globals: true,
    include: ["tests/**/*.test.ts", "packages/*/src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
