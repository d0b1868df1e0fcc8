/**
 * Inline styles of slide HTML (KaTeX's sizes, the frame's colours) under the strict CSP: the
 * sanitizer keeps only checked declarations (core/style-policy.ts) and stores them in this data
 * attribute, because `style-src 'self'` refuses style attributes parsed from markup. Setting
 * declarations through the CSSOM is not inline markup, so the CSP allows it.
 */
export const STYLE_DATA = 'data-lx-style';

/** Applies every stored style under `root` through the CSSOM and removes the data attribute. */
export function applyInlineStyles(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(`[${STYLE_DATA}]`))) {
    for (const decl of (el.getAttribute(STYLE_DATA) ?? '').split(';')) {
      const at = decl.indexOf(':');
      if (at > 0) el.style.setProperty(decl.slice(0, at).trim(), decl.slice(at + 1).trim());
    }
    el.removeAttribute(STYLE_DATA);
  }
}
