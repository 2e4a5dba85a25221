// retext-indefinite-article (unified's a/an checker, which decides from two word lists
// and number-to-words) as a peer for the benchmarks.
//
//   import { retextArticleLints, retextArticlePeer } from "../peers/retext-indefinite-article.mjs";
//   const lints = await retextArticleLints(markdown);   // [{ start, end, message }]
//
// retext reads plain text, so everything that is not prose (code blocks and spans, HTML,
// link and image targets, URLs, front matter: bench/proseOnly.mjs) is blanked out first
// with spaces of the same length, which keeps every offset pointing into the Markdown and
// keeps retext away from code, which the copydesk rules do not read either. An article
// right before blanked code is not judged (retext would read the word after the code).
import { readFileSync } from "node:fs";
import { retext } from "retext";
import retextEnglish from "retext-english";
import retextIndefiniteArticle from "retext-indefinite-article";
import { NOT_PROSE, proseOnly } from "../proseOnly.mjs";

// The package's exports do not include package.json, so its version is read beside its entry point.
export const RETEXT_ARTICLE_VERSION = JSON.parse(
  readFileSync(new URL("./package.json", import.meta.resolve("retext-indefinite-article")), "utf8"),
).version;

// retext brings the stringifier that process() needs; retext-english replaces its parser.
const processor = retext().use(retextEnglish).use(retextIndefiniteArticle);

/** Every retext-indefinite-article message on the Markdown, as { start, end, message } offsets into it. */
export async function retextArticleLints(markdown) {
  const prose = proseOnly(markdown);
  const file = await processor.process(prose.replaceAll(NOT_PROSE, " "));
  const lints = [];
  for (const message of file.messages) {
    const place = message.place;
    const start = place?.start?.offset ?? place?.offset;
    const end = place?.end?.offset ?? (start === undefined ? undefined : start + 1);
    if (start === undefined || end === undefined) continue;
    // An article before code (an `engines` field) was judged on the word after the code: drop it.
    if (/^\s*\0/.test(prose.slice(end, end + 200))) continue;
    lints.push({ start, end, message: message.reason });
  }
  return lints;
}

/** A peer for bench/accuracy plug-ins. */
export function retextArticlePeer(name = `retext-indefinite-article ${RETEXT_ARTICLE_VERSION}`) {
  return { name, lint: retextArticleLints };
}
