/** An opening tag whose class list contains `fragment` (raw HTML in a slide). */
const FRAGMENT_TAG = /<[a-z][\w-]*\b[^>]*\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
const INDEX_ATTR = /\bdata-fragment-index\s*=\s*["']?(\d+)/i;

/**
 * Number of fragment steps of a slide's HTML, as reveal.js counts them: fragments sharing a
 * `data-fragment-index` appear together, each other fragment is a step of its own.
 */
export function countFragmentSteps(html: string): number {
  const indexed = new Set<string>();
  let loose = 0;
  for (const m of html.matchAll(FRAGMENT_TAG)) {
    const classes = (m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/);
    if (!classes.includes('fragment')) continue;
    const index = INDEX_ATTR.exec(m[0])?.[1];
    if (index === undefined) loose++;
    else indexed.add(index);
  }
  return indexed.size + loose;
}
