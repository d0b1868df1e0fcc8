import { mapClassToken } from './class-policy';

/**
 * A deck's own CSS (Marp `<style>` and `style:`, `<style scoped>`, Slidev per-slide `<style>`,
 * reveal-md and Slidev `style.css`) rewritten so it can only style that deck's slides: every
 * selector is put under the slide frame's scope class, Marp's `section` and `:root` become the
 * slide itself, class names take the `deck-` prefix the sanitizer gives author classes,
 * `@import` and `@font-face` are dropped (nothing is fetched), `url()` must name a file inside
 * the deck, and `position: fixed` becomes `absolute` (the frame contains it). The result is
 * installed as a constructed stylesheet (the CSP allows no inline `<style>`).
 */

/** Longest CSS accepted from one deck file; the rest is ignored (and reported). */
const MAX_DECK_CSS = 64 * 1024;

/** Resolves a `url()` of deck CSS to a `/deck/…` URL, or null to drop the declaration. */
export type CssUrlResolver = (raw: string) => string | null;

/** Splits at top-level commas (not inside parentheses or brackets, as in `:is(a, b)`). */
function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === sep && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** One selector under the scope: `section.lead h1` -> `<scope>.lead h1`, `.box` -> `<scope> .deck-box`. */
function scopeSelector(selector: string, scope: string): string {
  let s = selector.trim().replace(/\.(-?[A-Za-z_][\w-]*)/g, (_, name: string) => `.${mapClassToken(name) ?? 'deck-x'}`);
  if (!s) return '';
  const root = /^(section|:root|html|body|\.slidev-layout|\.reveal(?:\s+\.slides)?(?:\s+section)?)(?![\w-])/.exec(s);
  if (root) return `${scope}${s.slice(root[0].length)}`;
  return `${scope} ${s}`;
}

/** Declarations with their `url()`s checked and `position: fixed` contained. */
function cleanDeclarations(block: string, resolveUrl: CssUrlResolver): string {
  return splitTopLevel(block, ';')
    .map((decl) => {
      if (/url\(/i.test(decl)) {
        let ok = true;
        const out = decl.replace(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi, (_, _q: string, raw: string) => {
          const url = resolveUrl(raw);
          if (!url) ok = false;
          return `url("${url ?? ''}")`;
        });
        return ok ? out : '';
      }
      return decl.replace(/(position\s*:\s*)fixed/i, '$1absolute');
    })
    .filter((d) => d.trim())
    .join(';');
}

/** Index of the `}` closing the block that opens at `open`, skipping strings; -1 if unclosed. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const ch = css[i];
    if (ch === '"' || ch === "'") {
      const end = css.indexOf(ch, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Rewrites a stylesheet so it only applies under `scope` (a selector such as `.lx-frame.lx-css-3`). */
export function scopeCss(input: string, scope: string, resolveUrl: CssUrlResolver): string {
  const css = input
    .slice(0, MAX_DECK_CSS)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<\/?style[^>]*>/gi, '');
  const out: string[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    // A block-less at-rule (`@import url(x);`, `@charset`): dropped.
    if (semi >= 0 && (open < 0 || semi < open) && css.slice(i, semi).trim().startsWith('@')) {
      i = semi + 1;
      continue;
    }
    if (open < 0) break;
    const end = blockEnd(css, open);
    if (end < 0) break;
    const prelude = css.slice(i, open).trim();
    const body = css.slice(open + 1, end);
    i = end + 1;
    if (prelude.startsWith('@')) {
      const name = /^@([\w-]+)/.exec(prelude)?.[1]?.toLowerCase() ?? '';
      if (name === 'media' || name === 'supports' || name === 'container' || name === 'layer') out.push(`${prelude}{${scopeCss(body, scope, resolveUrl)}}`);
      else if (name === 'keyframes' || name === '-webkit-keyframes') out.push(`${prelude}{${body.replace(/url\([^)]*\)/gi, 'none')}}`);
      // @font-face, @page, @import, @namespace and unknown at-rules are dropped.
      continue;
    }
    const selectors = splitTopLevel(prelude, ',')
      .map((s) => scopeSelector(s, scope))
      .filter(Boolean);
    const declarations = cleanDeclarations(body, resolveUrl);
    if (selectors.length && declarations) out.push(`${selectors.join(',')}{${declarations}}`);
  }
  return out.join('\n');
}
