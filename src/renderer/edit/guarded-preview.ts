import { previewFile, type FilePreview } from '../../core/file-preview';

/** A request to the preview worker: build file `id` from `text`, `skip` texts count as too complex. */
export interface PreviewRequest {
  seq: number;
  id: string;
  text: string;
  skip: string[];
  deckYaml: string | null;
}
/** The worker's messages: the text it starts rendering, then the finished preview. */
export type PreviewReply = { seq: number; rendering: string } | { seq: number; preview: FilePreview };

/** Time one slide's Markdown may take in the worker before it is called too complex. */
const SLIDE_TIMEOUT_MS = 1500;
/**
 * Time a round may take before the worker says which slide it renders: loading the worker's
 * modules (marked, highlight.js, KaTeX) and splitting the file. It is not a slide's time: on a
 * busy or slow machine the start alone can take longer than SLIDE_TIMEOUT_MS, and counting it
 * showed every slide of a harmless file as too complex.
 */
const STARTUP_TIMEOUT_MS = 20_000;
/** After this many stuck texts in one file, every remaining slide of it is shown as too complex. */
const MAX_ROUNDS = 4;
/** A build for an outdated text that has run longer than this is stopped when a newer one is asked. */
const ABANDON_AFTER_MS = 300;

/**
 * The editor's preview, built in a worker with a time limit per slide, like the audience view's
 * renderer on the host (docs/pitfalls.md: some Markdown makes marked run for seconds or forever). A
 * worker stuck on one slide is terminated and replaced; the build is asked again with that
 * slide's text skipped, so one hostile slide costs one timeout and the others still preview.
 * Only the newest request is answered; older ones resolve null.
 */
export class GuardedPreview {
  private worker: Worker | null = null;
  private seq = 0;
  private last: { id: string; text: string; deckYaml: string | null; preview: FilePreview } | null = null;
  /** Texts that timed out before, so a later build of the same file skips them at once. */
  private readonly stuck = new Set<string>();
  /** The round the worker is busy with: a worker runs one build at a time, so rounds never overlap. */
  private idle: Promise<unknown> = Promise.resolve();
  /**
   * The round in the worker now: when it started, whether the worker has begun rendering slides
   * (a worker still loading is never abandoned: a new one would only start over), and how to
   * stop it (terminates the worker).
   */
  private inflight: { startedAt: number; rendering: boolean; abort: () => void } | null = null;
  /** The worker cannot run here (it failed to start): the preview is built on the page. */
  private broken = false;

  /**
   * The deck's `deck.yaml` text: slide files are previewed with the deck's settings (separators,
   * comparison subjects), as the projector shows them.
   */
  deckYaml: string | null = null;

  constructor(
    private readonly makeWorker: () => Worker,
    private readonly timeoutMs = SLIDE_TIMEOUT_MS,
    private readonly startupMs = STARTUP_TIMEOUT_MS,
  ) {}

  /** The preview of `text`, or null when a newer request replaced this one. */
  async build(id: string, text: string): Promise<FilePreview | null> {
    const deckYaml = this.deckYaml;
    if (this.last && this.last.id === id && this.last.text === text && this.last.deckYaml === deckYaml) return this.last.preview;
    const seq = ++this.seq;
    // A round that has run a while for an older text is not waited for: another file was opened,
    // or the slow text was edited. Quick rounds (typing in a normal file) finish instead.
    const running = this.inflight;
    if (running?.rendering && performance.now() - running.startedAt > ABANDON_AFTER_MS) running.abort();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      await this.idle;
      if (seq !== this.seq) return null;
      const asked = this.ask({ seq, id, text, skip: [...this.stuck], deckYaml });
      this.idle = asked;
      const outcome = await asked;
      if (seq !== this.seq) return null;
      if ('preview' in outcome) {
        this.last = { id, text, deckYaml, preview: outcome.preview };
        return outcome.preview;
      }
      // No worker here (it could not start): build on the page as before the guard existed.
      if ('noWorker' in outcome) return previewFile(id, text, deckYaml);
      if (outcome.stuckOn === null) break;
      this.stuck.add(outcome.stuckOn);
      if (this.stuck.size > 200) this.stuck.clear();
    }
    // Too many stuck texts: split the file only (cheap), every slide shown as too complex.
    return previewFile(id, text, this.deckYaml, () => null);
  }

  /** One round in the worker: its preview, or the text it was stuck on (null: the worker failed). */
  private ask(request: PreviewRequest): Promise<{ preview: FilePreview } | { stuckOn: string | null } | { noWorker: true }> {
    let worker: Worker;
    try {
      if (this.broken) throw new Error('no worker');
      worker = this.worker ??= this.makeWorker();
    } catch {
      this.broken = true;
      return Promise.resolve({ noWorker: true });
    }
    return new Promise((resolve) => {
      let current: string | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = (ms: number): void => {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ stuckOn: current }, true), ms);
      };
      const finish = (value: { preview: FilePreview } | { stuckOn: string | null } | { noWorker: true }, kill = false): void => {
        clearTimeout(timer);
        this.inflight = null;
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (kill) {
          worker.terminate();
          if (this.worker === worker) this.worker = null;
        }
        resolve(value);
      };
      const onMessage = (event: MessageEvent<PreviewReply>): void => {
        const reply = event.data;
        if (reply.seq !== request.seq) return;
        if ('preview' in reply) return finish({ preview: reply.preview });
        current = reply.rendering;
        if (this.inflight) this.inflight.rendering = true;
        arm(this.timeoutMs);
      };
      // An error before the first message: the script itself did not load (never will).
      const onError = (): void => {
        if (current === null) this.broken = true;
        finish(current === null ? { noWorker: true } : { stuckOn: current }, true);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      this.inflight = { startedAt: performance.now(), rendering: false, abort: () => finish({ stuckOn: null }, true) };
      arm(this.startupMs);
      worker.postMessage(request);
    });
  }
}
