import { lineOf } from './front-matter-checks';
import type { RenderedMarkdown } from './markdown';
import type { Diagnostic } from './types';

/** What rendering one slide's Markdown refused or could not do: URLs, links, remote images, formulas, at their lines. */
export function renderDiagnostics(file: string, chunk: { line: number; body: string }, body: RenderedMarkdown): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const url of body.refused) {
    out.push({
      severity: 'error',
      code: 'url-refused',
      file,
      line: chunk.line + lineOf(chunk.body, url),
      params: { url },
      message: `\`${url}\` points outside the deck folder or uses a scheme Lectern does not load; only files inside the deck, http(s) and mailto links are allowed`,
    });
  }
  for (const url of body.refusedLinks) {
    out.push({
      severity: 'warning',
      code: 'link-refused',
      file,
      line: chunk.line + lineOf(chunk.body, url),
      params: { url },
      message: `the link to \`${url}\` points outside the deck folder or uses a scheme Lectern does not open; its text is shown without the link`,
    });
  }
  for (const url of body.remoteImages) {
    out.push({
      severity: 'warning',
      code: 'image-remote',
      file,
      line: chunk.line + lineOf(chunk.body, url),
      params: { reason: 'image', url },
      message: `\`${url}\` is not shown: Lectern never loads from the network; save the image into the deck folder and link it relatively`,
    });
  }
  for (const problem of body.math) {
    out.push({
      severity: 'warning',
      code: 'math-error',
      file,
      line: chunk.line + lineOf(chunk.body, problem.tex),
      params: { tex: problem.tex.slice(0, 80), error: problem.message },
      message: `cannot typeset \`${problem.tex.slice(0, 80)}\`: ${problem.message}; it is shown as written`,
    });
  }
  return out;
}
