/** A numeric prefix as in `01-intro.md`, `2_orm.md`, `10 end.md`, `3.intro.md`: digits and one separator. */
const PREFIX = /^\d+(?:[-_ ]|\.(?=[^.]+\.))/;

/** The name without its numeric prefix (`01-intro.md` -> `intro.md`). @internal */
export function stripNumericPrefix(name: string): string {
  const m = PREFIX.exec(name);
  return m && m[0].length < name.length ? name.slice(m[0].length) : name;
}

/**
 * Renames that give files the numeric prefixes of a new order: `01-`, `02-`, … (wider when
 * there are 100 or more). Only names that change are listed, as [from, to] pairs. The numbers
 * make every target distinct; callers rename through temporary names, so swaps are safe.
 */
export function planReorder(ordered: readonly string[]): [string, string][] {
  const width = Math.max(2, String(ordered.length).length);
  const targets = ordered.map((name, i) => `${String(i + 1).padStart(width, '0')}-${stripNumericPrefix(name)}`);
  return ordered.flatMap((name, i): [string, string][] => (name === targets[i] ? [] : [[name, targets[i]!]]));
}
