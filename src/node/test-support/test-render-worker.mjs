// A stand-in for the rendering worker in RenderPool tests: upper-cases each text, except the
// ones named after a way to fail (spin forever, exhaust the heap, exit).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (items) => {
  items.forEach((text, index) => {
    if (text === 'hang') for (;;);
    if (text === 'oom') {
      const hoard = [];
      for (;;) hoard.push(new Array(1e6).fill(index));
    }
    if (text === 'exit') process.exit(3);
    parentPort.postMessage({ index, result: text.toUpperCase() });
  });
});
