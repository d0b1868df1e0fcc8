import { diagnostic } from './diagnostic-text';
import { lineOf } from './front-matter-checks';
import type { RenderedMarkdown } from './markdown';
import type { Diagnostic } from './types';

/** What rendering one slide's Markdown refused or could not do: URLs, links, remote images, formulas, at their lines. */
export function renderDiagnostics(file: string, chunk: { line: number; body: string }, body: RenderedMarkdown): Diagnostic[] {
  const at = (text: string): number => chunk.line + lineOf(chunk.body, text);
  return [
    ...body.refused.map((url) => diagnostic({ severity: 'error', code: 'url-refused', file, line: at(url), params: { url } })),
    ...body.refusedLinks.map((url) => diagnostic({ severity: 'warning', code: 'link-refused', file, line: at(url), params: { url } })),
    ...body.remoteImages.map((url) => diagnostic({ severity: 'warning', code: 'image-remote', file, line: at(url), params: { reason: 'image', url } })),
    ...body.math.map((p) => diagnostic({ severity: 'warning', code: 'math-error', file, line: at(p.tex), params: { tex: p.tex.slice(0, 80), error: p.message } })),
  ];
}
