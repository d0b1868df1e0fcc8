/**
 * Number of fragment steps in a slide's HTML, counted the way reveal.js orders them
 * (js/controllers/fragments.js `sort`): elements sharing a `data-fragment-index` are one step,
 * every fragment without one is a step of its own. The presentation state needs this to know
 * whether "next" reveals a step or moves to the next slide, without a DOM.
 */
export function countFragmentSteps(html: string): number {
  const indexed = new Set<string>();
  let loose = 0;
  const tag = /<[a-z][\w-]*\s([^>]*)>/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const attrs = m[1]!;
    const cls = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const classes = (cls?.[1] ?? cls?.[2] ?? cls?.[3] ?? '').split(/\s+/);
    if (!classes.includes('fragment')) continue;
    const index = /\bdata-fragment-index\s*=\s*["']?(\d+)/i.exec(attrs)?.[1];
    if (index === undefined) loose++;
    else indexed.add(index);
  }
  return indexed.size + loose;
}
