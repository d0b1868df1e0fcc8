// A stand-in for the rendering worker in RenderPool tests: upper-cases each text, except the
// ones named after a way to fail (spin forever, exhaust the heap, exit).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ items, shared }) => {
  const counts = new Int32Array(shared, 0, 2);
  const startedAt = new Float64Array(shared, 8, 1);
  items.forEach((text, index) => {
    startedAt[0] = Date.now();
    Atomics.store(counts, 0, index + 1);
    if (text === 'hang') for (;;);
    if (text === 'oom') {
      const hoard = [];
      for (;;) hoard.push(new Array(1e6).fill(index));
    }
    if (text === 'exit') process.exit(3);
    Atomics.store(counts, 1, index + 1);
    parentPort.postMessage({ index, result: text.toUpperCase() });
  });
});
