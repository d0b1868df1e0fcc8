/** A file's line break: what the editor's `\n` is turned back into on save. */
export type LineEnding = '\n' | '\r\n' | '\r';

/** How a file breaks its lines, and whether it mixes kinds (then the most common one is kept). */
export interface LineEndingInfo {
  eol: LineEnding;
  mixed: boolean;
}

/** Finds the line ending a file uses most; a file without line breaks gets `\n`. */
export function detectLineEnding(text: string): LineEndingInfo {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const crlf = count(/\r\n/g);
  const lf = count(/(?<!\r)\n/g);
  const cr = count(/\r(?!\n)/g);
  const kinds = [crlf, lf, cr].filter((n) => n > 0).length;
  const eol: LineEnding = crlf >= lf && crlf >= cr && crlf > 0 ? '\r\n' : cr > lf ? '\r' : '\n';
  return { eol, mixed: kinds > 1 };
}

/** Text as the editor holds it: every line break is `\n` (CodeMirror's model). */
export function toEditorText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Text as the file stores it: every `\n` of the editor back to the file's own line ending. */
export function toFileText(editorText: string, eol: LineEnding): string {
  const normalized = toEditorText(editorText);
  return eol === '\n' ? normalized : normalized.replace(/\n/g, eol);
}
