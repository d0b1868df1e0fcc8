import { parentPort } from 'node:worker_threads';
import { renderMarkdown, type RenderedMarkdown } from '../core/markdown';

/** Renders one text; a throw (marked's recursion overflowing on 10,000 nested quotes) is "too complex". */
function renderOrNull(markdown: string): RenderedMarkdown | null {
  try {
    return renderMarkdown(markdown);
  } catch {
    return null;
  }
}

/**
 * Entry of the rendering worker (built to out/main/render-worker.js): renders each Markdown text
 * it is sent and posts the results one by one, so the pool knows which one was running when it
 * had to stop the worker for taking too long or too much memory.
 */
parentPort?.on('message', (items: string[]) => {
  items.forEach((markdown, index) => parentPort!.postMessage({ index, result: renderOrNull(markdown) }));
});
