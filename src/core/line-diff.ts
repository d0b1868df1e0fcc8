/** One line of a two-sided comparison: in both texts, only in mine, or only in theirs. */
export interface DiffLine {
  kind: 'same' | 'mine' | 'theirs';
  text: string;
}

/** Above this many line pairs the comparison falls back to a plain prefix/suffix match. */
const MAX_CELLS = 4_000_000;

/**
 * Line diff of two texts (longest common subsequence), for the conflict "compare" view: the
 * user sees which lines only they have and which only the other side has, in order.
 */
export function diffLines(mine: string, theirs: string): DiffLine[] {
  const a = mine.split('\n');
  const b = theirs.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((text): DiffLine => ({ kind: 'same', text }));
  const tail = a.slice(endA).map((text): DiffLine => ({ kind: 'same', text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    return [...head, ...midA.map((text): DiffLine => ({ kind: 'mine', text })), ...midB.map((text): DiffLine => ({ kind: 'theirs', text })), ...tail];
  }
  // lcs[i][j]: length of the common subsequence of midA[i..] and midB[j..].
  const w = midB.length + 1;
  const lcs = new Uint32Array((midA.length + 1) * w);
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i * w + j] = midA[i] === midB[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const mid: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      mid.push({ kind: 'same', text: midA[i]! });
      i++;
      j++;
    } else if (j < midB.length && (i >= midA.length || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) mid.push({ kind: 'theirs', text: midB[j++]! });
    else mid.push({ kind: 'mine', text: midA[i++]! });
  }
  return [...head, ...mid, ...tail];
}
