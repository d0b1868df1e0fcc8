import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkExportChoices, readExportChoices, type ExportChoices } from '../core/export-choices';
import { pdfFileName } from '../core/pdf-file-name';
import type { PrintOptions, PrintPlan } from '../core/print-plan';
import type { Deck } from '../core/types';
import type { Result } from '../shared/contract';
import type { ExportStatus, ExportTarget } from '../shared/export-contract';
import { ExportError, noBrowserMessage, printWithChromium } from './chromium-print';
import { ExportCancelledError, type ExportProgress } from './export-run';
import { findBrowser } from './find-browser';
import { PrintReuse } from './print-reuse';

/** One export as the jobs run it; the default prints with a system Chromium like the CLI. @internal */
export interface ExportJobRequest {
  deck: Deck;
  plan: PrintPlan;
  print: PrintOptions;
  output: string;
  signal: AbortSignal;
  onProgress: (progress: ExportProgress) => void;
  /** The pages of this deck's earlier exports, so a re-export prints only what changed. */
  reuse: PrintReuse;
  /** Revision of `deck`, when known: pages are kept for reuse only for the revision printed. */
  revision?: number;
}

/** What the browser host's exports need: the deck, its page addresses, where to push status. */
export interface ExportJobsOptions {
  loadDeck(): Promise<Deck>;
  /** The deck with its revision (for reusing pages safely); without it, pages are not reused. */
  loadPayload?(): Promise<{ deck: Deck; revision: number }>;
  /** An app page's address with the access key, and the host's origin (known once it listens). */
  pageUrl(page: string): string;
  origin(): string;
  /** Pushes a status change to the dialog (server-sent event). */
  send(status: ExportStatus): void;
  /** The printer; tests pass a slow fake. */
  print?: (job: ExportJobRequest) => Promise<{ pages: number; cutNotes: number[] }>;
}

/** Today's date for the header of paper layouts when deck.yaml has none (as the CLI does). */
const today = (): string => new Date().toISOString().slice(0, 10);

/** The running or finished export of a deck served by `lectern serve`: at most one at a time. */
export class ExportJobs {
  private current: ExportStatus = { state: 'idle' };
  private running: AbortController | null = null;
  /** Temp folder and file of the last finished export, kept for its download. */
  private finished: { dir: string; file: string; name: string; id: number } | null = null;
  private counter = 0;
  /** Pages of the last exports of this deck, by what is on them. */
  private readonly reuse = new PrintReuse();
  /** Settles when the running export has finished or been cleaned up after a cancel. */
  private settled: Promise<void> = Promise.resolve();

  constructor(private readonly options: ExportJobsOptions) {}

  /** The latest status (sent again to a dialog that connects). */
  status(): ExportStatus {
    return this.current;
  }

  /** The download's file name: the deck title, as the app's default file is named. */
  async target(): Promise<Result<ExportTarget>> {
    return { ok: true, value: { label: pdfFileName((await this.options.loadDeck()).config.title), canChoose: false } };
  }

  /**
   * Starts an export into a fresh temp folder and answers at once; progress and the outcome are
   * pushed with `send`. Refused while another export of this deck runs.
   */
  async start(raw: unknown): Promise<Result<ExportStatus>> {
    const choices = readExportChoices(raw);
    if (!choices.ok) return choices;
    if (this.running) return { ok: false, error: 'An export of this deck is already running: wait for it to finish or cancel it.' };
    // Claimed before anything is awaited, so two quick starts cannot both pass the check above.
    const controller = new AbortController();
    this.running = controller;
    const prepared = await this.prepare(choices.value).catch((err: unknown) => ({ ok: false as const, error: messageOf(err) }));
    if (!prepared.ok) {
      this.running = null;
      return prepared;
    }
    const { deck, revision, checked, printer, dir } = prepared;
    const name = pdfFileName(deck.config.title);
    const output = path.join(dir, name);
    const id = ++this.counter;
    const { plan, options: print } = checked;
    const slidesTotal = new Set(plan.pages.flatMap((p) => p.items.map((i) => i.slide))).size;
    this.update({ state: 'running', slidesDone: 0, slidesTotal, pagesDone: 0, pagesTotal: plan.pages.length });
    const onProgress = (p: ExportProgress): void => {
      if (this.running === controller && p.phase === 'print') this.update({ state: 'running', slidesDone: p.slidesDone, slidesTotal: p.slidesTotal, pagesDone: p.pagesDone, pagesTotal: p.pagesTotal });
    };
    const job = printer({ deck, plan, print, output, signal: controller.signal, onProgress, reuse: this.reuse, revision });
    this.settled = job.then(
      (result) => {
        this.finished = { dir, file: output, name, id };
        this.running = null;
        this.update({ state: 'done', pages: result.pages, file: name, downloadUrl: `/api/export/download?job=${id}`, cutNotes: result.cutNotes.map((i) => i + 1) });
      },
      async (err: unknown) => {
        // Only our own temp folder goes: no partial file is left anywhere.
        await rm(dir, { recursive: true, force: true }).catch(() => undefined);
        this.running = null;
        this.update(err instanceof ExportCancelledError || controller.signal.aborted ? { state: 'cancelled' } : { state: 'failed', error: messageOf(err) });
      },
    );
    return { ok: true, value: this.current };
  }

  /** Checks the choices against the deck, finds the printer and makes the temp folder. */
  private async prepare(choices: ExportChoices) {
    const { deck, revision } = this.options.loadPayload ? await this.options.loadPayload() : { deck: await this.options.loadDeck(), revision: undefined };
    const checked = checkExportChoices(deck, choices, today());
    if (!checked.ok) return checked;
    const printer = this.options.print ? { ok: true as const, value: this.options.print } : chromiumPrinter(this.options);
    if (!printer.ok) return printer;
    await this.discardFinished();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-export-')).catch((err: unknown) => {
      throw new Error(`Cannot make a temporary folder for the PDF: ${messageOf(err)}`);
    });
    return { ok: true as const, deck, revision, checked, printer: printer.value, dir };
  }

  /** Cancels the running export; the 'cancelled' status follows once the printer is closed. */
  cancel(): Result<true> {
    if (!this.running) return { ok: false, error: 'No export is running.' };
    this.running.abort();
    return { ok: true, value: true };
  }

  /** The finished PDF of job `id` for its download, or null when it is gone or another job's. */
  download(id: number): { file: string; name: string } | null {
    return this.finished && this.finished.id === id ? { file: this.finished.file, name: this.finished.name } : null;
  }

  /** Cancels any export and removes the temp folders (the host is closing). */
  async close(): Promise<void> {
    this.running?.abort();
    await this.settled;
    await this.discardFinished();
  }

  private async discardFinished(): Promise<void> {
    const done = this.finished;
    this.finished = null;
    if (done) await rm(done.dir, { recursive: true, force: true });
  }

  private update(status: ExportStatus): void {
    this.current = status;
    this.options.send(status);
  }
}

/** The CLI's printer on this host's print page, or the CLI's message when no browser is found. */
function chromiumPrinter(options: ExportJobsOptions): Result<(job: ExportJobRequest) => Promise<{ pages: number; cutNotes: number[] }>> {
  const executablePath = findBrowser();
  if (!executablePath) return { ok: false, error: noBrowserMessage() };
  return { ok: true, value: (job) => printWithChromium({ ...job, executablePath, pageUrl: options.pageUrl, origin: options.origin() }) };
}

function messageOf(err: unknown): string {
  return err instanceof ExportError || err instanceof Error ? err.message : String(err);
}
