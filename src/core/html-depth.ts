/** Elements that never hold children, so they never deepen the tree. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Whether HTML nests elements more than `max` deep. Browsers lay out a 100,000-deep tree of
 * blockquotes or lists for seconds (or crash), and the sanitizer walks it first; real slides
 * nest a few dozen levels at most. A tag scan, not a parse: enough to refuse such output.
 */
export function nestsDeeperThan(html: string, max: number): boolean {
  let depth = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth > max) return true;
  }
  return false;
}
