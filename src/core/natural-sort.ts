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
  if (!order.length) return naturalOrder(names);
  const present = new Set(names);
  const listed = order.filter((n, i) => present.has(n) && order.indexOf(n) === i);
  const listedSet = new Set(listed);
  return [...listed, ...naturalOrder(names.filter((n) => !listedSet.has(n)))];
}

/**
 * Sorting 100,000 names with the collator takes a tenth of a second and more, and reloads ask
 * for nearly the same names again and again. The last few orders are kept; a new one starts
 * from the closest of them: names gone are dropped and new ones sorted and merged in.
 */
const recentOrders: { input: readonly string[]; names: Set<string>; sorted: string[] }[] = [];
const KEEP_ORDERS = 3;

/** `names` in natural order. */
function naturalOrder(names: readonly string[]): string[] {
  let base: (typeof recentOrders)[number] | undefined;
  let added: string[] = [...names];
  for (const known of recentOrders) {
    // The very same names as before, usually even in the same order (a reload after an edit): that order as it is.
    const same = known.input.length === names.length && known.input.every((n, i) => n === names[i]);
    const missing = same ? [] : names.filter((n) => !known.names.has(n));
    if (same || (!missing.length && known.names.size === names.length)) {
      recentOrders.splice(recentOrders.indexOf(known), 1);
      recentOrders.unshift(known);
      return [...known.sorted];
    }
    if (missing.length < added.length) [base, added] = [known, missing];
  }
  const wanted = new Set(names);
  const kept = base ? base.sorted.filter((n) => wanted.has(n)) : [];
  added.sort(compareNatural);
  // Each new name goes in where a binary search puts it: a few comparisons per name, not one per kept name.
  const sorted: string[] = [];
  let from = 0;
  for (const name of added) {
    let lo = from;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareNatural(kept[mid]!, name) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) sorted.push(kept[i]!);
    sorted.push(name);
    from = lo;
  }
  for (let i = from; i < kept.length; i++) sorted.push(kept[i]!);
  recentOrders.unshift({ input: [...names], names: wanted, sorted });
  recentOrders.length = Math.min(recentOrders.length, KEEP_ORDERS);
  return [...sorted];
}

/** True for a name that is a slide file: `*.md`, not starting with `_` or `.`. */
export function isSlideFileName(name: string): boolean {
  return /\.md$/i.test(name) && !name.startsWith('_') && !name.startsWith('.');
}
