/**
 * Which class names slide HTML may carry, shared by the sanitizer (renderer) and the deck-CSS
 * scoper (core). Reveal.js and the app's pages give meaning to many class names (`slides`,
 * `present`, `console-…`), so a deck must never set those. Lectern's own slide classes are kept
 * as they are; every other author class (`two-cols`, `col-wrapper`, `ldiv`) is kept under a
 * `deck-` prefix, and the deck's CSS is rewritten the same way, so author layouts work and can
 * never match a rule of the app.
 */

/** Class tokens Lectern's slide theme gives meaning to, kept unchanged. */
const SLIDE_CLASSES = new Set([
  'columns',
  'col',
  'flask',
  'django',
  'lead',
  'invert',
  'small',
  'muted',
  'center',
  'missing-image',
  'fragment',
  'fade-in',
  'fade-out',
  'fade-up',
  'fade-down',
  'fade-left',
  'fade-right',
  'grow',
  'shrink',
  'strike',
  'highlight-red',
  'highlight-green',
  'highlight-blue',
  'task-list-item',
  'contains-task-list',
  'lectern-fit',
  'lectern-math-error',
  'lectern-math-display',
]);
// highlight.js (`hljs-keyword`, `language-python`, sub-scopes `function_`), KaTeX (`katex`,
// `mord`, `vlist-t`, `sizing`, `reset-size6`…: only meaningful under `.katex`), Lectern's frame (`lx-…`).
// Comparison cards and summary matrix (classes made by core/compare-cards.ts and core/compare-summary.ts).
const SLIDE_PATTERNS = [
  /^hljs(-[a-z_-]+)?$/,
  /^language-[a-z0-9_+-]+$/,
  /^[a-z]+_+$/,
  /^lx-[a-z0-9-]+$/,
  /^katex(-[a-z]+)?$/,
  /^cmp-(?:row|card|matrix|missing|n[1-4]|c-(?:slate|green|blue|teal|orange|red|purple|gold))$/,
];
/** KaTeX's own class names (its stylesheet only styles them inside `.katex`). */
const KATEX_CLASS =
  /^(mord|mbin|mrel|mopen|mclose|mpunct|minner|mop|mfrac|mtable|mtr|mtd|mover|munder|munderover|menclose|mpadded|mphantom|mroot|msqrt|mrow|vlist(-[a-z])?|pstrut|strut|base|sizing|reset-size\d+|size\d+|fontsize-ensurer|delimsizing|delimcenter|nulldelimiter|frac-line|sqrt|svg-align|hide-tail|halfarrow-(left|right)|brace-(left|center|right)|overline|underline|(over|under)line-line|accent(-body|under)?|op-symbol|op-limits|large-op|small-op|msupsub|arraycolsep|col-align-[lcr]|tag|newline|text|boldsymbol|textbf|textit|textrm|textsf|texttt|mathnormal|mathit|mathrm|mathbf|mathbb|mathcal|mathfrak|mathscr|mathsf|mathtt|mathboldsf|mathitsf|amsrm|cancel-(pad|lap)|boxpad|fbox|fcolorbox|cancel|bcancel|xcancel|sout|stretchy|x-arrow(-pad)?|tex-error|root|nobreak|allowbreak|rule|mspace|mathdefault|thinbox|llap|rlap|clap|inner|fix|vbox|hbox|sqrt-[a-z]+|negativethinspace|mtight|textstyle|scriptstyle|scriptscriptstyle|displaystyle|uproman|mainrm|enclosing|cd-[a-z]+|arraycolsep|hline|hdashline|angl|anglpad|actuarial)$/;
/** Author class names that are plain identifiers; anything else is dropped. */
const AUTHOR_CLASS = /^-?[a-zA-Z_][\w-]{0,60}$/;

/**
 * The class token as slide HTML may carry it: unchanged, `deck-`-prefixed, or null (dropped).
 * KaTeX's class names are kept only inside a formula (`inMath`), where only KaTeX's CSS applies.
 */
export function mapClassToken(token: string, inMath = false): string | null {
  if (SLIDE_CLASSES.has(token) || SLIDE_PATTERNS.some((re) => re.test(token)) || (inMath && KATEX_CLASS.test(token))) return token;
  return AUTHOR_CLASS.test(token) ? `deck-${token}` : null;
}

/** A class attribute's value with every token mapped (see mapClassToken). */
export function mapClassList(value: string, inMath = false): string {
  return value
    .split(/\s+/)
    .map((t) => (t ? mapClassToken(t, inMath) : null))
    .filter((t): t is string => t !== null)
    .join(' ');
}
