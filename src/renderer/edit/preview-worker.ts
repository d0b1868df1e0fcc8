/// <reference lib="webworker" />
/**
 * Builds the editor's preview off the page's main thread, so a hostile file (a list nested
 * 50,000 deep, emphasis storms) can never freeze typing. Before each slide it says which text it
 * renders: the page kills a worker stuck on one text and asks again with that text skipped
 * (shown "too complex", like the audience view). See guarded-preview.ts.
 */
import { previewFile } from '../../core/file-preview';
import { nestsDeeperThan } from '../../core/html-depth';
import { renderMarkdown } from '../../core/markdown';
import type { PreviewReply, PreviewRequest } from './guarded-preview';

/** Deeper HTML is refused: laying it out would freeze the page even after rendering finished. */
const MAX_HTML_DEPTH = 200;

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { seq, id, text, skip, deckYaml } = event.data;
  const skipped = new Set(skip);
  const post = (reply: PreviewReply): void => (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
  const preview = previewFile(id, text, deckYaml, (markdown) => {
    if (skipped.has(markdown)) return null;
    post({ seq, rendering: markdown });
    try {
      const rendered = renderMarkdown(markdown);
      return nestsDeeperThan(rendered.html, MAX_HTML_DEPTH) ? null : rendered;
    } catch {
      // Stack overflow on deep nesting: that slide is too complex, the rest still render.
      return null;
    }
  });
  post({ seq, preview });
};
