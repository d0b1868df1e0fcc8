import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderedMarkdown } from '../core/markdown';

/**
 * Renders slide Markdown off the host's main thread with a time and a memory limit (PITFALLS:
 * 200 KB of `a_` took marked 18 s; a list 5,000 deep ran Node out of memory). A text that
 * exceeds a limit comes back as null ("too complex"); the worker is replaced and the rest go on.
 */

/** Limits of one rendering worker. */
export interface RenderLimits {
  /** Time one text may take, in ms. */
  timeoutMs: number;
  /** Heap of the worker, in MB. */
  maxOldGenerationSizeMb: number;
}

/** Generous for any real slide (a few ms each), tight enough that a hostile one cannot stall a view. */
export const DEFAULT_RENDER_LIMITS: RenderLimits = { timeoutMs: 2000, maxOldGenerationSizeMb: 256 };

/** Environment variable naming a built worker script (tests running from sources set it). */
export const RENDER_WORKER_ENV = 'LECTERN_RENDER_WORKER';

/**
 * The built worker next to the bundle (this code sits in out/main/ or out/main/chunks/), or null
 * when running from sources, where a possibly stale build must not be used.
 */
export function findRenderWorker(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [process.env[RENDER_WORKER_ENV] ?? '', path.join(here, 'render-worker.js'), path.join(here, '..', 'render-worker.js')];
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

type Result<T> = T | null;

/** A worker that renders batches of texts, one batch at a time, replaced when it fails. */
export class RenderPool<T = RenderedMarkdown> {
  private worker: Worker | null = null;
  private readonly online = new WeakSet<Worker>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly script: string, private readonly limits: RenderLimits = DEFAULT_RENDER_LIMITS) {}

  /** Renders every text; null for each one that hit a limit. Batches run one after another. */
  render(items: string[]): Promise<Result<T>[]> {
    const next = this.queue.then(() => this.renderAll(items));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async renderAll(items: string[]): Promise<Result<T>[]> {
    const results: Result<T>[] = new Array(items.length).fill(null);
    let from = 0;
    while (from < items.length) {
      const reached = await this.runFrom(items, from, results);
      // `reached` is the text that was running when the worker had to stop: it stays null.
      from = reached + 1;
    }
    return results;
  }

  /** Runs items[from..] in the worker; resolves with the index where it stopped (items.length when done). */
  private runFrom(items: string[], from: number, results: Result<T>[]): Promise<number> {
    const worker = this.ensureWorker();
    return new Promise((resolve) => {
      let current = from;
      let timer: NodeJS.Timeout;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => stop(), this.limits.timeoutMs);
      };
      const finish = (at: number): void => {
        clearTimeout(timer);
        worker.off('online', arm);
        worker.off('message', onMessage);
        worker.off('error', stop);
        worker.off('exit', stop);
        resolve(at);
      };
      const stop = (): void => {
        // Too slow, out of memory or crashed: drop this worker, the next batch gets a new one.
        finish(current);
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      };
      const onMessage = (msg: { index: number; result: T }): void => {
        results[from + msg.index] = msg.result;
        current = from + msg.index + 1;
        if (current >= items.length) finish(items.length);
        else arm();
      };
      worker.on('message', onMessage);
      worker.once('error', stop);
      worker.once('exit', stop);
      // The clock starts once the worker runs: a slow start on a busy machine is not the text's fault.
      if (this.online.has(worker)) arm();
      else worker.once('online', arm);
      worker.postMessage(items.slice(from));
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
