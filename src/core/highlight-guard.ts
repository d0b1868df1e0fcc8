/**
 * Whether the editor may highlight a text as Markdown. CodeMirror's Markdown parser runs on the
 * page's main thread and recurses per nesting level: a list nested 50,000 deep (`- - - … x`)
 * overflowed its stack after two minutes of a frozen tab. Such texts are edited as plain text;
 * their preview says "too complex" (renderer/edit/guarded-preview.ts). Real decks are far below
 * every limit here.
 */

/** Block containers (`>`, list markers) opened on one line before its text. @internal */
export const MAX_HIGHLIGHT_NESTING = 100;
/** Leading indentation, in characters (indented lists nest by spaces). */
const MAX_INDENT = 1000;
/** One line this long is not prose: emphasis storms and minified blobs are left plain. */
export const MAX_HIGHLIGHT_LINE = 50_000;
/** Whole text. */
const MAX_HIGHLIGHT_TEXT = 4 * 1024 * 1024;

/** Containers a line opens: `> > - 1. text` is four. Stops early past `limit`. */
function nestingOf(text: string, from: number, to: number, limit: number): number {
  let depth = 0;
  let at = from;
  while (at < to && depth <= limit) {
    const c = text.charCodeAt(at);
    if (c === 32 || c === 9) at++;
    else if (c === 62) {
      depth++;
      at++; // >
    } else if ((c === 45 || c === 42 || c === 43) && (at + 1 === to || text.charCodeAt(at + 1) === 32 || text.charCodeAt(at + 1) === 9)) {
      depth++;
      at += 2; // - * +
    } else {
      const digits = /^\d{1,9}[.)](?=[ \t]|$)/.exec(text.slice(at, Math.min(to, at + 11)));
      if (!digits) break;
      depth++;
      at += digits[0].length;
    }
  }
  return depth;
}

/** True when the text should be edited without Markdown highlighting (see the limits above). */
export function isTooComplexToHighlight(text: string): boolean {
  if (text.length > MAX_HIGHLIGHT_TEXT) return true;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > MAX_HIGHLIGHT_LINE) return true;
    let indent = start;
    while (indent < end && (text.charCodeAt(indent) === 32 || text.charCodeAt(indent) === 9)) indent++;
    if (indent - start > MAX_INDENT) return true;
    if (nestingOf(text, start, end, MAX_HIGHLIGHT_NESTING) > MAX_HIGHLIGHT_NESTING) return true;
    start = end + 1;
  }
  return false;
}
