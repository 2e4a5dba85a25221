import { join, resolve } from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import markdown from "@textlint/textlint-plugin-markdown";
import text from "@textlint/textlint-plugin-text";
import type { TextlintRuleModule } from "@textlint/types";

const root = resolve(__dirname, "..");

/** Lints one document (Markdown or plain text, by `ext`) with one rule alone and returns its messages. */
export async function lintWithRule(ruleId: string, rule: unknown, source: string, options: unknown, ext = ".md") {
  const result = await new TextlintKernel().lintText(source, {
    ext,
    filePath: join(root, `document${ext}`),
    plugins: [
      { pluginId: "markdown", plugin: markdown },
      { pluginId: "text", plugin: text },
    ],
    rules: [{ ruleId, rule: rule as TextlintRuleModule, options: options as object }],
  });
  return result.messages;
}
