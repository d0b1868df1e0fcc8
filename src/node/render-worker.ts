import { parentPort } from 'node:worker_threads';
import { renderOrNull } from './render-pool';

/**
 * Entry of the rendering worker (built to out/main/render-worker.js): renders each Markdown text
 * it is sent, posts the results one by one and keeps its progress in shared memory, so the pool
 * knows which text was running when it had to stop the worker for taking too long.
 */
// Warm up before taking work: the first parse pays for JIT and lazy set-up, and on a loaded
// machine that once pushed the bundled deck's title slide over the time limit.
renderOrNull('# Warm-up\n\nText with *emphasis*, `code` and a [link](https://example.com).\n\n- a\n- b\n\n```python\nprint(1)\n```\n');

parentPort?.on('message', ({ items, shared }: { items: string[]; shared: SharedArrayBuffer }) => {
  // Progress the pool reads without waiting for messages: [started, finished] and the start time.
  const counts = new Int32Array(shared, 0, 2);
  const startedAt = new Float64Array(shared, 8, 1);
  items.forEach((markdown, index) => {
    startedAt[0] = Date.now();
    Atomics.store(counts, 0, index + 1);
    const result = renderOrNull(markdown);
    Atomics.store(counts, 1, index + 1);
    parentPort!.postMessage({ index, result });
  });
});
