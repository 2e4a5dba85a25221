import type { StringSource } from "textlint-util-to-string";

interface TokenMap {
  readonly original: readonly [number, number];
  readonly intermediate: readonly [number, number];
  readonly generated?: readonly [number, number];
}

/**
 * StringSource's originalIndexFromIndex, answered by binary search. textlint-util-to-string
 * 3.3.4 tests every piece of the node's text at each call, so a paragraph of many pieces (links,
 * emphasis, code) with many reports took time that grew with their product. This reads the same
 * pieces (its `tokenMaps`) and returns the same index: the piece whose generated range holds the
 * index (up to the start of the next piece), the first such piece for an end, the last for a start.
 * Any other shape of those pieces falls back to the library.
 */
export function originalIndexLookup(source: StringSource): (index: number, isEnd: boolean) => number | undefined {
  const fallback = (index: number, isEnd: boolean): number | undefined => source.originalIndexFromIndex(index, isEnd);
  const maps = (source as unknown as { tokenMaps?: unknown }).tokenMaps as TokenMap[] | undefined;
  if (!Array.isArray(maps) || maps.length === 0) return fallback;
  for (let r = 0; r < maps.length; r++) {
    const g = maps[r]!.generated;
    if (g === undefined || (r > 0 && g[0] < maps[r - 1]!.generated![0])) return fallback;
  }
  const start = (r: number): number => maps[r]!.generated![0];
  const last = maps.length - 1;
  return (index, isEnd) => {
    // hi: the last piece that starts at or before the index.
    let lo = 0;
    let hi = last;
    let upTo = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (start(mid) <= index) {
        upTo = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (upTo === -1) return undefined;
    // from: the first piece (not the last one) whose next piece starts at or after the index.
    lo = 1;
    hi = last;
    let from = last;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (start(mid) >= index) {
        from = mid - 1;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    const through = Math.min(upTo, last - 1);
    const lastHolds = start(last) <= index && index <= maps[last]!.generated![1];
    let hit: number;
    if (isEnd) hit = from <= through ? from : lastHolds ? last : -1;
    else hit = lastHolds ? last : from <= through ? through : -1;
    if (hit === -1) return undefined;
    const map = maps[hit]!;
    return index - map.generated![0] + map.intermediate[0];
  };
}
