import type { PDFDocument } from 'pdf-lib';
import type { PrintState } from '../shared/print-contract';
import { planOutline, type PrintPlan } from '../core/print-plan';
import { slotsPerPage, type PrintLayout } from '../core/print-layout';
import type { Deck } from '../core/types';
import { writeFileAtomic } from './atomic-write';
import { exportTimings } from './export-timings';
import { finalizePdf, finishPrintedPdf } from './pdf-finalize';
import { mergePrintedPdfs } from './pdf-merge';
import { countPdfPages, UnsupportedPdfError } from './pdf-objects';
import { printPageKey, printRuns, type PrintedPage, type PrintReuse } from './print-reuse';

/**
 * A printer: a print view already loaded with the export's options. The CLI drives a system
 * Chromium through Playwright, the app Electron's printToPDF; tests use a slow fake.
 */
export interface PrintBackend {
  /** Lays out pages `from`..`to` (0-based, exclusive) and waits until they are ready to print. */
  render(from: number, to: number): Promise<PrintState>;
  /** Prints what is laid out to PDF bytes. */
  print(): Promise<Uint8Array>;
  /** Releases the browser or window; called exactly once, also on failure and cancel. */
  close(): Promise<void>;
}

/** Progress of an export, for the CLI's lines and the Export dialog's bar. */
export interface ExportProgress {
  phase: 'print' | 'merge' | 'write' | 'done';
  pagesDone: number;
  pagesTotal: number;
  /** Distinct slides on the pages printed so far, and in the whole PDF. */
  slidesDone: number;
  slidesTotal: number;
  message: string;
}

/** The export was cancelled; nothing was written. */
export class ExportCancelledError extends Error {
  constructor() {
    super('export cancelled; nothing was written');
    this.name = 'ExportCancelledError';
  }
}

/**
 * Pages printed per batch. Chromium's print and the print view's layout cost more per page the
 * more pages one document holds: 500 slides print faster as 4 batches of 125 than as one (see
 * docs/export-speed.md), and the batches are joined byte for byte (`mergePrintedPdfs`).
 */
const DEFAULT_BATCH_PAGES = 125;
/** Slides laid out per batch at most: N-up handout pages hold several slides each. */
const BATCH_SLIDES = 1000;

/** The default batch of a plan: DEFAULT_BATCH_PAGES pages, fewer for pages holding many slides. */
export function batchPagesFor(plan: PrintPlan): number {
  return batchOf(Math.max(1, ...plan.pages.map((p) => p.items.length)));
}

/** The default batch of a layout before the deck is known: the same as `batchPagesFor` for every plan of more than one page. */
export function batchPagesOfLayout(layout: PrintLayout): number {
  return batchOf(slotsPerPage(layout));
}

function batchOf(slidesPerPage: number): number {
  return Math.max(1, Math.min(DEFAULT_BATCH_PAGES, Math.floor(BATCH_SLIDES / slidesPerPage)));
}

/** Inputs of one export run, whichever backend prints. */
export interface RunExportOptions {
  deck: Deck;
  plan: PrintPlan;
  output: string;
  backend: PrintBackend;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  batchPages?: number;
  /** Pages printed by this deck's last export: unchanged pages are copied, not printed again. */
  reuse?: PrintReuse;
  /**
   * Revision of `deck`. Pages are kept for reuse only when the print view laid out this same
   * revision: after an edit during the export, a page printed from the newer text must not be
   * remembered under the older text's key.
   */
  revision?: number;
}

/** Rejects as soon as the signal aborts, so a long print step can be abandoned at once; never settles without a signal. */
export function whenAborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(new ExportCancelledError());
    signal.addEventListener('abort', () => reject(new ExportCancelledError()), { once: true });
  });
}

/**
 * The one export path of the CLI and the app: prints the plan in batches, joins them, adds
 * metadata and outline (`finishPages`), and writes the file atomically (an existing file stays
 * intact until the new one is complete). Cancel through `signal`: the backend is closed at once
 * and nothing is written. Always closes the backend.
 */
export async function runExport(options: RunExportOptions): Promise<{ pages: number; cutNotes: number[] }> {
  const { plan, backend, signal } = options;
  const total = plan.pages.length;
  const batch = Math.max(1, options.batchPages ?? batchPagesFor(plan));
  const slidesTotal = new Set(plan.pages.flatMap((p) => p.items.map((i) => i.slide))).size;
  const seen = new Set<number>();
  const report = (phase: ExportProgress['phase'], pagesDone: number, message: string): void =>
    options.onProgress?.({ phase, pagesDone, pagesTotal: total, slidesDone: seen.size, slidesTotal, message });
  const aborted = whenAborted(signal);
  aborted.catch(() => undefined);
  const step = <T>(work: Promise<T>): Promise<T> => {
    work.catch(() => undefined);
    return Promise.race([work, aborted]);
  };
  const keys = options.reuse ? plan.pages.map((_p, i) => printPageKey(options.deck, plan, i)) : [];
  const sources: (PrintedPage | undefined)[] = [];
  const cutNotes: number[] = [];
  // A page printed now or reused: its slides count as done, and its cut notes are reported.
  const take = (i: number, page: PrintedPage): void => {
    sources[i] = page;
    for (const at of page.cutItems) cutNotes.push(plan.pages[i]!.items[at]!.slide);
    for (const item of plan.pages[i]!.items) seen.add(item.slide);
  };
  keys.forEach((key, i) => {
    const earlier = options.reuse!.get(key);
    if (earlier) take(i, earlier);
  });
  const reused = sources.filter(Boolean).length;
  const printed = new Map<Uint8Array, PDFDocument>();
  let sameDeck = options.revision !== undefined;
  // Closed exactly once: as soon as the last batch is printed, or on failure and cancel.
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= backend.close().catch(() => undefined));
  try {
    for (const [from, to] of printRuns(total, (i) => !sources[i], batch)) {
      if (signal?.aborted) throw new ExportCancelledError();
      let state = await step(backend.render(from, to));
      // The print view renders its address's batch when it loads; ask again for this one.
      if (state.rendered[0] !== from || state.rendered[1] !== to) state = await step(backend.render(from, to));
      if (state.pages !== total) throw new Error(`the deck changed while exporting (${state.pages} pages instead of ${total}); export again`);
      sameDeck &&= state.revision === options.revision;
      const bytes = await step(backend.print());
      // Pages are placed by their planned number: a batch with a page too many or too few
      // (content spilling onto an extra sheet) would shift every later page.
      const count = await step(exportTimings.span('pdf', () => pageCount(bytes, printed)));
      if (count !== to - from) throw new Error(`the printer produced ${count} pages for pages ${from + 1}-${to} instead of ${to - from}; export again, and report this if it repeats`);
      for (let i = from; i < to; i++) take(i, { bytes, index: i - from, cutItems: plan.pages[i]!.items.flatMap((item, at) => (state.cutNotes.includes(item.slide) ? [at] : [])) });
      report('print', sources.filter(Boolean).length, `Printed pages ${from + 1}-${to} of ${total}${reused ? ` (${reused} unchanged pages reused)` : ''}`);
    }
    // Nothing more to print: the browser shuts down while the PDF is finished and written.
    void close();
    report('merge', total, 'Adding outline and metadata');
    const bytes = await step(exportTimings.span('pdf', () => finishPages(sources as PrintedPage[], printed, options.deck, plan)));
    if (signal?.aborted) throw new ExportCancelledError();
    report('write', total, `Writing ${options.output}`);
    await exportTimings.span('write', writeFileAtomic(options.output, bytes));
    if (sameDeck) options.reuse?.remember(new Map(keys.map((key, i) => [key, sources[i]!])));
    report('done', total, 'Done');
    return { pages: total, cutNotes: [...new Set(cutNotes)].sort((x, y) => x - y) };
  } finally {
    // A cancel returns at once (nothing can be written any more); the browser or window goes
    // away in the background, which for a busy Chromium takes a second or two.
    const closed = close();
    if (!signal?.aborted) await closed;
  }
}

/** Pages of a printed batch: read from its page tree, or (another printer's file) loaded with pdf-lib and kept for the merge. */
async function pageCount(bytes: Uint8Array, loaded: Map<Uint8Array, PDFDocument>): Promise<number> {
  const count = countPdfPages(bytes);
  if (count !== null) return count;
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  loaded.set(bytes, doc);
  return doc.getPageCount();
}

/**
 * The finished PDF of the printed pages in order. Whole batches in order (an export without
 * reused pages) are joined byte for byte (`mergePrintedPdfs`; nothing to join for one batch) and
 * get the outline and metadata appended to Chromium's bytes. Pages picked from several prints
 * (reused pages of earlier exports), or files the small reader does not handle, are merged
 * into one document with pdf-lib (links kept) and written again.
 */
async function finishPages(pages: PrintedPage[], loaded: Map<Uint8Array, PDFDocument>, deck: Deck, plan: PrintPlan): Promise<Uint8Array> {
  const outline = planOutline(deck, plan);
  const batches = wholeBatches(pages);
  if (batches) {
    try {
      const joined = batches.length === 1 ? batches[0]! : mergePrintedPdfs(batches, (name) => slideAnchorPage(plan, name));
      return await finishPrintedPdf(joined, deck, outline);
    } catch (err) {
      if (!(err instanceof UnsupportedPdfError)) throw err;
    }
  }
  return finalizePdf(await assemblePages(pages, loaded), deck, outline);
}

/** The printed batches when `pages` are all of their pages in order, each batch once; otherwise null. */
function wholeBatches(pages: PrintedPage[]): Uint8Array[] | null {
  const batches: Uint8Array[] = [];
  for (let i = 0; i < pages.length;) {
    const { bytes } = pages[i]!;
    const count = countPdfPages(bytes);
    if (count === null || batches.includes(bytes)) return null;
    for (let k = 0; k < count; k++) if (pages[i + k]?.bytes !== bytes || pages[i + k]!.index !== k) return null;
    batches.push(bytes);
    i += count;
  }
  return batches;
}

/** The first page showing the slide a print view anchor (`lectern-slide-N`) names, if any. */
function slideAnchorPage(plan: PrintPlan, name: string): number | undefined {
  const m = /^lectern-slide-(\d+)$/.exec(name);
  if (!m) return undefined;
  const page = plan.pages.findIndex((p) => p.items.some((item) => item.slide === Number(m[1]) - 1));
  return page < 0 ? undefined : page;
}

/** One document of the printed pages in order, from this export's batches and earlier exports' (links kept). */
async function assemblePages(pages: PrintedPage[], loaded: Map<Uint8Array, PDFDocument>): Promise<PDFDocument> {
  const { PDFDocument } = await import('pdf-lib');
  const only = pages[0]?.bytes;
  if (only && loaded.has(only) && pages.every((p, i) => p.bytes === only && p.index === i) && loaded.get(only)!.getPageCount() === pages.length) return loaded.get(only)!;
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Copied in runs of consecutive pages from the same batch: one copy call per run.
  for (let i = 0; i < pages.length;) {
    const { bytes } = pages[i]!;
    let j = i + 1;
    while (j < pages.length && pages[j]!.bytes === bytes && pages[j]!.index === pages[j - 1]!.index + 1) j++;
    let source = loaded.get(bytes);
    if (!source) loaded.set(bytes, (source = await PDFDocument.load(bytes, { updateMetadata: false })));
    const copied = await doc.copyPages(
      source,
      pages.slice(i, j).map((p) => p.index),
    );
    for (const page of copied) doc.addPage(page);
    i = j;
  }
  return doc;
}
