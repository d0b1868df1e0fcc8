/**
 * A debugging aid for the large-deck test (`LECTERN_DEBUG_STALLS=1`): notices every time the
 * event loop was held longer than `thresholdMs` and keeps the longest, with the monotonic
 * clock's time (the clock `node --cpu-prof` stamps its samples with) and the process's
 * (`performance.now()`, close to the times `node --trace-gc` prints), so a stall can be found in
 * a CPU profile or a GC trace afterwards.
 */
export function watchStalls(thresholdMs = 40): { stop(): { ms: number; endUs: number; atMs: number }[] } {
  const stalls: { ms: number; endUs: number; atMs: number }[] = [];
  let last = process.hrtime.bigint();
  const timer = setInterval(() => {
    const now = process.hrtime.bigint();
    const ms = Number(now - last) / 1e6;
    if (ms > thresholdMs) stalls.push({ ms: Math.round(ms), endUs: Number(now / 1000n), atMs: Math.round(performance.now()) });
    last = now;
  }, 2);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return stalls.sort((a, b) => b.ms - a.ms);
    },
  };
}
