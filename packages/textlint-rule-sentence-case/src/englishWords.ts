/** How many bit positions each word sets in the filter. */
export const BLOOM_HASHES = 7;

/**
 * The bit positions of a word in a Bloom filter of `bits` bits: two FNV-1a hashes with
 * different offsets, combined by double hashing. The build script and the rule share it.
 */
export function bloomIndexes(word: string, bits: number): number[] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  const indexes: number[] = [];
  for (let k = 0; k < BLOOM_HASHES; k++) indexes.push(((h1 + Math.imul(k, h2 | 1)) >>> 0) % bits);
  return indexes;
}

interface Filter {
  readonly bits: number;
  readonly bytes: Uint8Array;
}

let filter: Filter | undefined;

// Loaded on first use: most documents never ask.
function loadFilter(): Filter {
  if (filter === undefined) {
    const data = require("../data/english-words.json") as { bits: number; filter: string };
    filter = { bits: data.bits, bytes: Buffer.from(data.filter, "base64") };
  }
  return filter;
}

/** Whether a lowercase word is in the CMU Pronouncing Dictionary (an ordinary English word or a common name). */
export function isEnglishWord(word: string): boolean {
  const { bits, bytes } = loadFilter();
  return bloomIndexes(word, bits).every((i) => (bytes[i >>> 3]! & (1 << (i & 7))) !== 0);
}
