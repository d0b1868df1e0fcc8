import { performance } from 'node:perf_hooks';

/** `LECTERN_EXPORT_TIMINGS=1` prints where an export's time went to stderr; `=json` prints one JSON line (the bench reads it). */
export const TIMINGS_ENV = 'LECTERN_EXPORT_TIMINGS';

/** The phases of one export, in the order they are reported. */
/** @internal */
export const EXPORT_PHASES: Record<string, string> = {
  node: 'Node start',
  modules: 'module loading',
  host: 'host and deck load',
  playwright: 'loading Playwright',
  launch: 'Chromium launch',
  page: 'print page load',
  ready: 'print page readiness (fonts, layout)',
  print: "Chromium's print",
  pdf: 'PDF post-processing (merge, outline, metadata)',
  write: 'write',
  close: 'browser close',
};

/**
 * Records spans of an export when timings are asked for (otherwise every call is a no-op).
 * Spans may overlap (Chromium starts while the deck is read); repeated spans of one name
 * (one per batch) are summed in the report.
 * @internal
 */
export class ExportTimings {
  /** Measured parts of the export, in milliseconds since the process started. */
  readonly spans: { name: string; start: number; end: number }[] = [];
  constructor(readonly enabled: boolean) {}

  async span<T>(name: string, work: Promise<T> | (() => Promise<T>)): Promise<T> {
    if (!this.enabled) return typeof work === 'function' ? work() : work;
    const start = performance.now();
    try {
      return await (typeof work === 'function' ? work() : work);
    } finally {
      this.spans.push({ name, start, end: performance.now() });
    }
  }

  /**
   * Starts over for a new export. Node's bootstrap and everything from it to now (loading the
   * bundled modules, reading the arguments) are recorded as the first two phases.
   */
  reset(): void {
    this.spans.length = 0;
    const boot = performance.nodeTiming.bootstrapComplete;
    this.add('node', 0, boot);
    this.add('modules', boot);
  }

  /** Records a span that already happened. */
  add(name: string, start: number, end: number = performance.now()): void {
    if (this.enabled) this.spans.push({ name, start, end });
  }

  /** Total milliseconds per phase (summed over batches), in report order, with the process's own start. */
  totals(now: number = performance.now()): { phases: Record<string, number>; totalMs: number } {
    const phases: Record<string, number> = {};
    for (const s of this.spans) phases[s.name] = (phases[s.name] ?? 0) + (s.end - s.start);
    const rounded = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)]));
    return { phases: rounded, totalMs: Math.round(now) };
  }

  /** The report: a table for people, or one JSON line for the bench. */
  format(json: boolean, now: number = performance.now(), each = false): string {
    const { phases, totalMs } = this.totals(now);
    if (json) return `LECTERN_TIMINGS ${JSON.stringify({ totalMs, phases })}`;
    // `=spans`: every span on its own line in time order (one per batch), to see what overlaps.
    if (each)
      return [...this.spans]
        .sort((a, b) => a.start - b.start)
        .map((s) => `  ${Math.round(s.start).toString().padStart(6)} - ${Math.round(s.end).toString().padStart(6)} ms  ${EXPORT_PHASES[s.name] ?? s.name}`)
        .join('\n');
    const names = [...Object.keys(EXPORT_PHASES).filter((n) => n in phases), ...Object.keys(phases).filter((n) => !(n in EXPORT_PHASES))];
    const first = (n: string): number => Math.min(...this.spans.filter((s) => s.name === n).map((s) => s.start));
    const lines = names.map((n) => `  ${(EXPORT_PHASES[n] ?? n).padEnd(48)} ${String(phases[n]).padStart(6)} ms   (from ${Math.round(first(n))} ms)`);
    return ['Export timings (ms since the process started; spans may overlap):', ...lines, `  ${'total'.padEnd(48)} ${String(totalMs).padStart(6)} ms`].join('\n');
  }
}

const mode = process.env[TIMINGS_ENV];

/** The timings of this process's export; enabled by the environment variable. */
export const exportTimings = new ExportTimings(!!mode && mode !== '0');

/** Prints the report to stderr when timings were asked for. */
export function printExportTimings(): void {
  if (exportTimings.enabled) process.stderr.write(`${exportTimings.format(mode === 'json', performance.now(), mode === 'spans')}\n`);
}
