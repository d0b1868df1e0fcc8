import { diffArrays } from 'diff';

/** One line of a two-sided comparison: in both texts, only in mine, or only in theirs. */
export interface DiffLine {
  kind: 'same' | 'mine' | 'theirs';
  text: string;
}

/**
 * Past this many changed lines the two texts have little in common, and the comparison shows
 * the differing middle as a block of mine, then a block of theirs (Myers' algorithm costs time
 * in proportion to the number of changes).
 */
const MAX_EDITS = 2_000;

const as =
  (kind: DiffLine['kind']) =>
  (text: string): DiffLine => ({ kind, text });

/**
 * Line diff of two texts, for the conflict "compare" view: the user sees which lines only they
 * have and which only the other side has, in order. Myers' diff (jsdiff) over the lines; a file
 * of thousands of lines with a few changes shows just those changes.
 */
export function diffLines(mine: string, theirs: string): DiffLine[] {
  const a = mine.split('\n');
  const b = theirs.split('\n');
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDITS });
  if (!changes) return blockDiff(a, b);
  return changes.flatMap((c) => c.value.map(as(c.added ? 'theirs' : c.removed ? 'mine' : 'same')));
}

/** The common first and last lines as same; everything between as mine, then as theirs. */
function blockDiff(a: string[], b: string[]): DiffLine[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return [...a.slice(0, start).map(as('same')), ...a.slice(start, endA).map(as('mine')), ...b.slice(start, endB).map(as('theirs')), ...a.slice(endA).map(as('same'))];
}
