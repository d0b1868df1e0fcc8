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
  const present = new Set(names);
  const listed = order.filter((n, i) => present.has(n) && order.indexOf(n) === i);
  const listedSet = new Set(listed);
  const rest = names.filter((n) => !listedSet.has(n)).sort(compareNatural);
  return [...listed, ...rest];
}

/** True for a name that is a slide file: `*.md`, not starting with `_` or `.`. */
export function isSlideFileName(name: string): boolean {
  return /\.md$/i.test(name) && !name.startsWith('_') && !name.startsWith('.');
}
