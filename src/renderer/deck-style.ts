/**
 * Installs the deck's own CSS of a slide (already scoped to it by core/deck-css.ts) as a
 * constructed stylesheet: the strict CSP (`style-src 'self'`) allows those, never an inline
 * `<style>`. One sheet per slide id, replaced when the slide's CSS changes, so an edit never
 * leaves old rules behind.
 */
const sheets = new Map<string, { css: string; sheet: CSSStyleSheet }>();

/** Makes `css` the stylesheet of slide `id` in this document ('' removes it). */
export function installSlideCss(id: string, css: string): void {
  const known = sheets.get(id);
  if (known?.css === css) return;
  if (!css) {
    if (known) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== known.sheet);
      sheets.delete(id);
    }
    return;
  }
  const sheet = known?.sheet ?? new CSSStyleSheet();
  // replaceSync ignores @import, and deck CSS has had its imports and remote urls removed anyway.
  sheet.replaceSync(css);
  if (!known) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  sheets.set(id, { css, sheet });
}
