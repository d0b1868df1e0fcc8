import { performance } from 'node:perf_hooks';

/**
 * How long the host works on a deck before it lets other callbacks run (a presenter's key, a
 * server-sent event). Loading a 100,000-file deck takes seconds of CPU; in slices of this size
 * a key waits at most about one slice.
 */
const SLICE_MS = 8;

/** Lets the event loop run pending I/O once the current slice of work has run SLICE_MS. */
export class TimeSlicer {
  private since = performance.now();

  /** Resolves at once inside a slice; after SLICE_MS, after one turn of the event loop. */
  async pause(): Promise<void> {
    if (performance.now() - this.since < SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.since = performance.now();
  }
}

/** Runs a generator of steps to its result, giving the event loop back between slices. */
export async function runSliced<T>(steps: Generator<void, T, void>, slicer = new TimeSlicer()): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.pause();
  }
}
