const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares file names the way people expect: `2-a.md` before `10-b.md`. */
function compareNatural(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Orders slide files: names listed in `order` first (in that order, when present), then the rest
 * in natural order.
 */
export function orderFiles(names: readonly string[], order: readonly string[]): string[] {
  // Sorting 100,000 names with the collator takes seconds; a reload usually asks for the same order again.
  const key = `${names.join('\0')}\u0001${order.join('\0')}`;
  if (lastOrder?.key !== key) {
    const present = new Set(names);
    const listed = order.filter((n, i) => present.has(n) && order.indexOf(n) === i);
    const listedSet = new Set(listed);
    const rest = names.filter((n) => !listedSet.has(n)).sort(compareNatural);
    lastOrder = { key, result: [...listed, ...rest] };
  }
  return [...lastOrder.result];
}

/** The last order computed (names and `order` joined, and the result). */
let lastOrder: { key: string; result: string[] } | null = null;

/** True for a name that is a slide file: `*.md`, not starting with `_` or `.`. */
export function isSlideFileName(name: string): boolean {
  return /\.md$/i.test(name) && !name.startsWith('_') && !name.startsWith('.');
}
