import '../styles/theme.css';
import '../styles/print.css';
import { planFitCheck } from '../../core/fit-check';
import { planPrint, type PrintPlan } from '../../core/print-plan';
import type { Deck } from '../../core/types';
import { getHost } from '../host';
import { applyDeckLook, warmSlideHtml } from '../slide-dom';
import { fitsSettled } from '../fit/fit-slides';
import { layoutNotes } from './fit-notes';
import { readPrintQuery } from '../../core/print-query';
import type { PrintState } from '../../shared/print-contract';
import { renderPages } from './render-pages';
import { nextFrame } from '../next-frame';
import { preloadFonts } from './preload-fonts';

declare global {
  interface Window {
    /** Renders pages `from`..`to` of the plan (batches of a large export); readiness as on load. */
    lecternPrintPages?: (from: number, to: number) => Promise<PrintState>;
  }
}

/** Sets the page size for the printer (`@page`), through the CSSOM since inline styles are refused. */
function setPageSize(plan: PrintPlan): void {
  // After print.css's own @page (the slide size), so this one wins.
  const sheets = Array.from(document.styleSheets);
  const sheet = sheets.find((s) => Array.from(s.cssRules).some((r) => r.cssText.startsWith('@page'))) ?? sheets[sheets.length - 1];
  sheet?.insertRule(`@page { size: ${plan.width}px ${plan.height}px; margin: 0; }`, sheet.cssRules.length);
}

async function settle(container: HTMLElement): Promise<number[]> {
  // Force layout so the browser requests the font subsets the text needs, then wait for them.
  void container.offsetHeight;
  await document.fonts.ready;
  performance.mark('lectern:fonts');
  // Every slide shrunk to fit exactly as on the projector, before anything is read or printed.
  await fitsSettled();
  performance.mark('lectern:fitted');
  const cut = layoutNotes(container);
  await nextFrame();
  await Promise.all(Array.from(document.images).map((img) => (img.complete ? null : img.decode().catch(() => null))));
  return cut;
}

type Background = { postTask: (task: () => void, options: { priority: 'background' }) => Promise<void> };
const background = (globalThis as { scheduler?: Background }).scheduler;

/**
 * Sanitizes the slides of pages `from`..`to` into the cache while Chromium prints the batch
 * before them: a few slides per background task, so a print request waits on one task at most.
 */
function warmPages(deck: Deck, plan: PrintPlan, from: number, to: number): void {
  if (!background) return;
  const slides = [...new Set(plan.pages.slice(from, to).flatMap((p) => p.items.map((it) => it.slide)))];
  const step = (at: number): void => {
    for (const i of slides.slice(at, at + 4)) warmSlideHtml(deck.slides[i]!);
    if (at + 4 < slides.length) void background.postTask(() => step(at + 4), { priority: 'background' });
  };
  void background.postTask(() => step(0), { priority: 'background' });
}

/** Slides (0-based, each once) on the rendered pages that do not fit even at the smallest scale. */
function overflowingSlides(container: HTMLElement, deck: Deck): number[] {
  const ids = new Set(Array.from(container.querySelectorAll<HTMLElement>('.lectern-slide[data-fit-overflow]')).map((el) => el.parentElement?.dataset.slideId));
  return deck.slides.flatMap((slide, i) => (ids.has(slide.id) ? [i] : []));
}

/**
 * The print view: the pages of one PDF layout (slides, notes pages, N-up handouts), fragments in
 * their final state unless a slide prints its steps. Options come from the address. Signals
 * readiness on <html data-ready> only after fonts and images are loaded, so the printer never
 * catches a half-laid-out page.
 */
async function start(): Promise<void> {
  const root = document.documentElement;
  const fail = (message: string): void => {
    root.dataset.error = message;
    root.dataset.ready = 'error';
  };
  preloadFonts();
  let result = await getHost().loadDeck();
  // A large deck opens in part for the views (deck.loading); a printout needs all of it.
  while (result.ok && result.value.deck.loading) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    result = await getHost().loadDeck();
  }
  if (!result.ok) return fail(result.error);
  // Marks read by the exporter's timings (LECTERN_EXPORT_TIMINGS): deck loaded, laid out, settled.
  performance.mark('lectern:deck');
  const deck: Deck = result.value.deck;
  let plan: PrintPlan;
  let first: { from: number; to: number };
  try {
    const { options, from, to } = readPrintQuery(location.search);
    // `fit=all`: every slide once, for `lectern check` to read which ones do not fit.
    plan = new URLSearchParams(location.search).get('fit') === 'all' ? planFitCheck(deck) : planPrint(deck, options);
    first = { from, to };
  } catch (err) {
    return fail((err as Error).message);
  }
  document.title = deck.config.title;
  applyDeckLook(deck);
  if (plan.layout !== 'slides') document.body.classList.add('paper-layout');
  setPageSize(plan);
  const container = document.getElementById('pages')!;
  let lastEnd = -1;
  const render = async (from: number, to: number): Promise<PrintState> => {
    root.dataset.ready = 'false';
    const end = Math.min(to, plan.pages.length);
    performance.mark('lectern:layout');
    renderPages(container, deck, plan, from, end);
    performance.mark('lectern:laid-out');
    const cutNotes = await settle(container);
    performance.mark('lectern:settled');
    const overflow = overflowingSlides(container, deck);
    const state = { pages: plan.pages.length, rendered: [from, end] as [number, number], cutNotes, overflow, revision: result.value.revision };
    root.dataset.state = JSON.stringify(state);
    root.dataset.ready = 'true';
    // Only where batches follow each other: a re-export that reuses pages asks for scattered runs.
    if (from === 0 || from === lastEnd) warmPages(deck, plan, end, Math.min(plan.pages.length, end + (end - from)));
    lastEnd = end;
    return state;
  };
  window.lecternPrintPages = render;
  await render(first.from, first.to);
}

void start();
