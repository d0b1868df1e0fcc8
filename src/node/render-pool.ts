import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderMarkdown, type RenderedMarkdown } from '../core/markdown';

/**
 * Renders slide Markdown off the host's main thread with a time and a memory limit (docs/pitfalls.md:
 * 200 KB of `a_` took marked 18 s; a list 5,000 deep ran Node out of memory). A text that
 * exceeds a limit comes back as null ("too complex"); the worker is replaced and the rest go on.
 */

export interface RenderLimits {
  /** Time one text may take, in ms. */
  timeoutMs: number;
  /** Heap of the worker, in MB. */
  maxOldGenerationSizeMb: number;
}

/** Generous for any real slide (a few ms each), tight enough that a hostile one cannot stall a view. */
const DEFAULT_RENDER_LIMITS: RenderLimits = { timeoutMs: 3000, maxOldGenerationSizeMb: 256 };

/** Environment variable naming a built worker script (tests running from sources set it). @internal */
export const RENDER_WORKER_ENV = 'LECTERN_RENDER_WORKER';

/**
 * The built worker next to the bundle (this code sits in out/main/ or out/main/chunks/), or null
 * when running from sources, where a possibly stale build must not be used.
 */
export function findRenderWorker(here = path.dirname(fileURLToPath(import.meta.url))): string | null {
  const candidates = [process.env[RENDER_WORKER_ENV] ?? '', path.join(here, 'render-worker.js'), path.join(here, '..', 'render-worker.js')];
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

type Result<T> = T | null;

/**
 * Renders one text where it runs (the worker, or the host when there is no built worker); a
 * throw (marked's recursion overflowing on 10,000 nested quotes) is "too complex" and costs only its slide.
 */
export function renderOrNull(markdown: string): RenderedMarkdown | null {
  try {
    return renderMarkdown(markdown);
  } catch {
    return null;
  }
}

/** A worker that renders batches of texts, one batch at a time, replaced when it fails. */
export class RenderPool<T = RenderedMarkdown> {
  private worker: Worker | null = null;
  private readonly online = new WeakSet<Worker>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly script: string,
    private readonly limits: RenderLimits = DEFAULT_RENDER_LIMITS,
  ) {}

  /** Starts the worker now, so it loads its modules while the caller reads files (a no-op when it runs). */
  warm(): void {
    this.ensureWorker();
  }

  /** Renders every text; null for each one that hit a limit. Batches run one after another. */
  render(items: string[]): Promise<Result<T>[]> {
    const next = this.queue.then(() => this.renderAll(items));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async renderAll(items: string[]): Promise<Result<T>[]> {
    // undefined: not rendered yet; null: gave up on it (too complex).
    const results: (Result<T> | undefined)[] = new Array(items.length).fill(undefined);
    for (;;) {
      const pending = results.flatMap((r, i) => (r === undefined ? [i] : []));
      if (!pending.length) return results as Result<T>[];
      const stuck = await this.runBatch(items, pending, results);
      if (stuck !== null) results[stuck] = null;
    }
  }

  /**
   * Sends items[indices] to the worker; resolves with the index it had to give up on, or null
   * when all came back. Progress is shared memory the worker writes as it goes, so a main thread
   * that was itself busy never blames a text whose result is merely still in the message queue.
   */
  private runBatch(items: string[], indices: number[], results: (Result<T> | undefined)[]): Promise<number | null> {
    const worker = this.ensureWorker();
    const shared = new SharedArrayBuffer(16);
    const counts = new Int32Array(shared, 0, 2); // [texts started, texts finished]
    const startedAt = new Float64Array(shared, 8, 1);
    return new Promise((resolve) => {
      let received = 0;
      let timer: NodeJS.Timeout | undefined;
      const finish = (stuck: number | null): void => {
        clearTimeout(timer);
        worker.off('online', check);
        worker.off('message', onMessage);
        worker.off('error', fail);
        worker.off('exit', fail);
        resolve(stuck);
      };
      const kill = (stuck: number | null): void => {
        // Too slow, out of memory or crashed: drop this worker, the next batch gets a new one.
        finish(stuck);
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      };
      const running = (): number | null => {
        const started = Atomics.load(counts, 0);
        return started > Atomics.load(counts, 1) ? indices[started - 1]! : null;
      };
      const fail = (): void => kill(running() ?? indices[received] ?? null);
      function check(this: void): void {
        const at = running();
        const elapsed = at === null ? 0 : Date.now() - startedAt[0]!;
        if (at !== null && elapsed >= limits.timeoutMs) return kill(at);
        clearTimeout(timer);
        timer = setTimeout(check, Math.max(10, limits.timeoutMs - elapsed));
      }
      const limits = this.limits;
      const onMessage = (msg: { index: number; result: T }): void => {
        results[indices[msg.index]!] = msg.result;
        if (++received >= indices.length) finish(null);
      };
      worker.on('message', onMessage);
      worker.once('error', fail);
      worker.once('exit', fail);
      // The clock starts once the worker runs: a slow start on a busy machine is not the text's fault.
      if (this.online.has(worker)) check();
      else worker.once('online', check);
      worker.postMessage({ items: indices.map((i) => items[i]!), shared });
    });
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.limits.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 } });
      // An idle worker must never keep the CLI or the host alive.
      this.worker.unref();
      this.worker.on('error', () => undefined);
      const started = this.worker;
      started.once('online', () => this.online.add(started));
    }
    return this.worker;
  }

  /** Stops the worker (a new one starts on the next batch). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }
}
