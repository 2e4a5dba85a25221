// Reduces the CMU Pronouncing Dictionary (npm cmu-pronouncing-dictionary 3.0.0, CMUdict
// 0.7b, BSD-2-Clause) to the table the rule needs: a Bloom filter of its 125,000 words,
// which answers "is this an ordinary English word?" for a word a document writes lowercase
// (pyright is not; option is). One word in a hundred that is not in the dictionary is
// taken for one that is. The output is the same for the same dictionary.
//
//   node scripts/build-english-words.mjs [module]   (module: where cmu-pronouncing-dictionary is, if not resolvable)
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { BLOOM_HASHES, bloomIndexes } from "../lib/englishWords.js";

const specifier = process.argv[2] ? pathToFileURL(process.argv[2]).href : "cmu-pronouncing-dictionary";
const { dictionary } = await import(specifier);
const FALSE_POSITIVE_RATE = 0.01;

const words = [
  ...new Set(
    Object.keys(dictionary)
      .map((key) => key.replace(/\(\d+\)$/u, ""))
      .filter((key) => /^[a-z][a-z'-]*[a-z]$/u.test(key)),
  ),
].sort();
const bits = Math.ceil((-words.length * Math.log(FALSE_POSITIVE_RATE)) / Math.LN2 ** 2 / 8) * 8;
const filter = new Uint8Array(bits / 8);
for (const word of words) for (const i of bloomIndexes(word, bits)) filter[i >>> 3] |= 1 << (i & 7);

writeFileSync(
  new URL("../data/english-words.json", import.meta.url),
  `${JSON.stringify(
    {
      $comment: `Bloom filter of the ${words.length} words of the CMU Pronouncing Dictionary 0.7b (npm cmu-pronouncing-dictionary 3.0.0, BSD-2-Clause), built by scripts/build-english-words.mjs; about 1 in 100 other words tests as present.`,
      words: words.length,
      bits,
      hashes: BLOOM_HASHES,
      filter: Buffer.from(filter).toString("base64"),
    },
    null,
    1,
  )}\n`,
);
console.log(`data/english-words.json: ${words.length} words, ${bits / 8} bytes`);
