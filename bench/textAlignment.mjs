// Maps offsets of a clean text to the same characters in a lightly edited copy (a few small
// inserted errors), so that a report on the edited text can be recognised as one that was
// already there on the clean text. A greedy diff: copy equal runs, and at a difference find
// the nearest place where the next 24 characters agree again.
const ANCHOR = 24;
const REACH = 400;

/** Returns map(cleanIndex) -> editedIndex, or -1 for a character that was changed. */
export function offsetMapper(clean, edited) {
  const segments = []; // [cleanStart, editedStart, length]
  let i = 0;
  let j = 0;
  while (i < clean.length && j < edited.length) {
    const si = i;
    const sj = j;
    while (i < clean.length && j < edited.length && clean.charCodeAt(i) === edited.charCodeAt(j)) {
      i++;
      j++;
    }
    if (i > si) segments.push([si, sj, i - si]);
    if (i >= clean.length || j >= edited.length) break;
    let resynced = false;
    for (let d = 1; d <= REACH && !resynced; d++) {
      for (let di = 0; di <= d; di++) {
        const dj = d - di;
        if (i + di > clean.length || j + dj > edited.length) continue;
        const k = Math.min(ANCHOR, clean.length - i - di, edited.length - j - dj);
        if (clean.substr(i + di, k) === edited.substr(j + dj, k) && (k === ANCHOR || (i + di + k === clean.length && j + dj + k === edited.length))) {
          i += di;
          j += dj;
          resynced = true;
          break;
        }
      }
    }
    if (!resynced) break;
  }
  // Whatever could not be aligned from the front is aligned from the end.
  let a = clean.length;
  let b = edited.length;
  while (a > i && b > j && clean.charCodeAt(a - 1) === edited.charCodeAt(b - 1)) {
    a--;
    b--;
  }
  if (a < clean.length) segments.push([a, b, clean.length - a]);

  return (index) => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [cs, es, len] = segments[mid];
      if (index < cs) hi = mid - 1;
      else if (index >= cs + len) lo = mid + 1;
      else return es + (index - cs);
    }
    if (index === clean.length) return edited.length;
    return -1;
  };
}
