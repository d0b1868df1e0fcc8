import { stat } from 'node:fs/promises';
import os from 'node:os';
import { checkExportChoices, readExportChoices, type ExportFormat } from '../core/export-choices';
import type { PrintOptions } from '../core/print-plan';
import type { ExportProblem } from '../core/export-problem';
import type { Deck } from '../core/types';
import type { Result } from '../shared/contract';
import type { ExportStartResult, ExportStatus, ExportTarget } from '../shared/export-contract';
import { explainExportFailure } from './export-failure';
import { ExportCancelledError, type ExportProgress, type RunExportOptions } from './export-run';
import { PrintReuse } from './print-reuse';

/** One export as a printer runs it: a `runExport` job with its print options, cancel, progress and the deck's page reuse. @internal */
export type ExportJobRequest = Required<Pick<RunExportOptions, 'deck' | 'plan' | 'output' | 'signal' | 'onProgress' | 'reuse'>> & Pick<RunExportOptions, 'revision'> & { print: PrintOptions };

/** Prints a job to its output file (Chromium through Playwright, or Electron's printToPDF). */
export type Printer = (job: ExportJobRequest) => Promise<{ pages: number; cutNotes: number[] }>;

/** Writes the deck as one self-contained HTML file (src/node/export-html.ts); rejects once `signal` is aborted. */
type HtmlWriter = (job: { deck: Deck; output: string; keepImages: boolean; signal: AbortSignal }) => Promise<unknown>;

/** A file an export writes to, as the target hands it out. */
export interface ExportOutput {
  file: string;
  /** What the dialog shows when done: the full path (app) or the download's file name. */
  label: string;
  /** Browser host: where to download it. */
  downloadUrl?: string;
  /** The folder to name when the disk is full (the user's folder, or the temp folder a download is made in). */
  folder: string;
  /** Called when the export failed or was cancelled: removes what the target made for it. */
  discard(): Promise<void>;
}

/**
 * Where exports go. The app writes to a file the user chose (default: Documents/<title>.pdf);
 * the browser host writes to a temp folder and offers a download.
 */
export interface ExportTargetPort {
  describe(deck: Deck, format: ExportFormat): Promise<ExportTarget>;
  /** Asks the user for another file; null when cancelled. Hosts without a file dialog leave it out. */
  choose?(deck: Deck, requester: unknown, format: ExportFormat): Promise<ExportTarget | null>;
  /** Makes the output of the next export, or throws a user-facing error (folder not writable, with its `problem`). */
  prepare(deck: Deck, format: ExportFormat): Promise<ExportOutput>;
  /** Shows the last written file in the system's file manager (app only). */
  reveal?(file: string): void;
  /** Removes whatever the target keeps (the host is closing). */
  close?(): Promise<void>;
}

/** What the controller needs from its deck and host. */
export interface ExportControllerOptions {
  /** The whole deck with its revision. */
  payload(): Promise<{ deck: Deck; revision: number }>;
  /** The printer, or why there is none (no browser found). */
  printer(): Result<Printer>;
  /** The single-file HTML writer; hosts without one offer PDF only. */
  html?: HtmlWriter;
  target: ExportTargetPort;
  /** Pushes a status change to the deck's views. */
  send(status: ExportStatus): void;
  /** Today's date for the header of paper layouts when deck.yaml has none. */
  today?: () => string;
}

const isoToday = (): string => new Date().toISOString().slice(0, 10);
const formatOf = (value: unknown): ExportFormat => (value === 'html' ? 'html' : 'pdf');

/**
 * The one export state machine of both hosts: at most one export per deck, progress and the
 * outcome pushed to the views, cancel at any point (nothing written, an existing file intact),
 * and the pages of earlier exports reused when unchanged.
 */
export class ExportController {
  private current: ExportStatus = { state: 'idle' };
  private running: AbortController | null = null;
  private written: string | null = null;
  private readonly reuse = new PrintReuse();
  /** Settles when the running export has finished or been cleaned up after a cancel. */
  private settled: Promise<void> = Promise.resolve();

  constructor(private readonly options: ExportControllerOptions) {}

  /** The latest status (sent again to a dialog that connects). */
  status(): ExportStatus {
    return this.current;
  }

  /** Where the next export goes. */
  async target(format?: unknown): Promise<Result<ExportTarget>> {
    return { ok: true, value: await this.options.target.describe((await this.options.payload()).deck, formatOf(format)) };
  }

  /** Asks for another file (app only), over the window of `requester` (the page that asked). */
  async chooseTarget(requester?: unknown, format?: unknown): Promise<Result<ExportTarget | null>> {
    const { choose } = this.options.target;
    if (!choose) return { ok: false, error: 'only the desktop app can do this; in the browser the PDF is offered as a download' };
    return { ok: true, value: await choose.call(this.options.target, (await this.options.payload()).deck, requester, formatOf(format)) };
  }

  /** Shows the last exported file in the file manager (app only). */
  async openFolder(): Promise<Result<true>> {
    const { reveal } = this.options.target;
    if (!reveal) return { ok: false, error: 'only the desktop app can do this; in the browser the PDF is offered as a download' };
    if (!this.written) return { ok: false, error: 'Nothing has been exported yet.' };
    reveal.call(this.options.target, this.written);
    return { ok: true, value: true };
  }

  /**
   * Starts an export with the dialog's choices (untrusted) and answers at once; progress and
   * the outcome are pushed with `send`. Refused while another export of this deck runs.
   */
  async start(raw: unknown): Promise<ExportStartResult> {
    const choices = readExportChoices(raw);
    if (!choices.ok) return choices;
    if (this.running) return { ok: false, error: 'An export of this deck is already running: wait for it to finish or cancel it.', problem: { code: 'busy' } };
    const { format, keepImages } = choices.value;
    // Claimed before anything is awaited, so two quick starts cannot both pass the check above.
    const controller = new AbortController();
    this.running = controller;
    let prepared;
    try {
      const { deck, revision } = await this.options.payload();
      const checked = checkExportChoices(deck, choices.value, (this.options.today ?? isoToday)());
      if (!checked.ok) {
        this.running = null;
        return checked;
      }
      const printer: Result<Printer | null> = format === 'pdf' ? this.options.printer() : { ok: true, value: null };
      if (!printer.ok || (format === 'html' && !this.options.html)) {
        this.running = null;
        return printer.ok ? { ok: false, error: 'this host cannot write HTML files', problem: { code: 'other', detail: 'no HTML writer' } } : { ...printer, problem: { code: 'no-browser' } };
      }
      prepared = { deck, revision, checked, printer: printer.value, output: await this.options.target.prepare(deck, format) };
    } catch (err) {
      this.running = null;
      const error = (err as Error).message;
      return { ok: false, error, problem: (err as { problem?: ExportProblem }).problem ?? { code: 'other', detail: error } };
    }
    if (controller.signal.aborted) {
      // Closed while preparing (the dialog went away): start nothing.
      this.running = null;
      await prepared.output.discard();
      return { ok: false, error: 'the export was cancelled before it started' };
    }
    const { deck, revision, checked, printer, output } = prepared;
    const { plan, options: print } = checked;
    const slidesTotal = format === 'html' ? deck.slides.length : new Set(plan.pages.flatMap((p) => p.items.map((i) => i.slide))).size;
    this.update({ state: 'running', slidesDone: 0, slidesTotal, pagesDone: 0, pagesTotal: plan.pages.length });
    const onProgress = (p: ExportProgress): void => {
      if (this.running === controller && p.phase === 'print' && !controller.signal.aborted)
        this.update({ state: 'running', slidesDone: p.slidesDone, slidesTotal: p.slidesTotal, pagesDone: p.pagesDone, pagesTotal: p.pagesTotal });
    };
    const { signal } = controller;
    const job = Promise.resolve()
      .then(() =>
        printer
          ? printer({ deck, plan, print, output: output.file, signal, onProgress, reuse: this.reuse, revision })
          : this.options.html!({ deck, output: output.file, keepImages, signal }).then(() => ({ pages: deck.slides.length, cutNotes: [] })),
      )
      .then(async (result) => ({ ...result, bytes: (await stat(output.file)).size }));
    this.settled = job.then(
      (result) => {
        this.written = output.file;
        this.running = null;
        const cutNotes = result.cutNotes.map((i) => i + 1);
        const done = { state: 'done' as const, choices: choices.value, format, pages: result.pages, bytes: result.bytes, file: output.label, cutNotes };
        this.update(output.downloadUrl ? { ...done, downloadUrl: output.downloadUrl } : done);
      },
      async (err: unknown) => {
        const cancelled = err instanceof ExportCancelledError || controller.signal.aborted;
        // A full disk is named as such, not as the printer's protocol error (asked before the temp folder goes).
        const failure = cancelled ? null : await explainExportFailure(err, (err as Error).message ?? String(err), [output.folder, os.tmpdir()]);
        // Only what the target made for this export goes: no partial file is left anywhere.
        await output.discard().catch(() => undefined);
        this.running = null;
        this.update(failure ? { state: 'failed', error: failure.message, problem: failure.problem } : { state: 'cancelled' });
      },
    );
    return { ok: true, value: this.current };
  }

  /** Cancels the running export; the 'cancelled' status follows once the printer has stopped. */
  cancel(): Result<true> {
    if (!this.running) return { ok: false, error: 'No export is running.' };
    this.running.abort();
    return { ok: true, value: true };
  }

  /** Cancels any export and lets the target clean up (the deck is closing). */
  async close(): Promise<void> {
    this.running?.abort();
    await this.settled;
    await this.options.target.close?.();
  }

  private update(status: ExportStatus): void {
    this.current = status;
    this.options.send(status);
  }
}
