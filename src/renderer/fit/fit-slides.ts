import { FIT_NONE, type FitOutcome } from '../../core/fit';
import { el } from '../dom';
import { applyFit, measureFits, setFitLayout } from './measure-fit';

/**
 * Shrink to fit for every view (see docs/fitting.md). A slide is measured once per content in a
 * hidden stage of the page: a copy laid out at exactly 1280x720 CSS px, never inside a scaled
 * preview, a zoomed handout frame or a `display: none` section of reveal.js, after the fonts and
 * images it uses are loaded. The decision is then applied to every element showing that
 * content. Projector, previews and print therefore run the same measurement on the same layout.
 */

interface Job {
  key: string;
  targets: Set<HTMLElement>;
  done: Promise<FitOutcome>;
  resolve: (outcome: FitOutcome) => void;
}

/** Slides measured per round: bounded so a 2,000-page print does not copy every slide into the stage at once. */
const BATCH = 60;
/** An image that has not loaded by then is measured as it is (it never loads for the view either). */
const IMAGE_WAIT_MS = 5000;

const cache = new Map<string, FitOutcome>();
const jobs = new Map<string, Job>();
let running: Promise<void> | null = null;

/** Layout depends on the theme too (deck CSS may set sizes per theme). */
function fullKey(key: string): string {
  return `${document.documentElement.dataset.theme ?? ''}\0${key}`;
}

/** The decision for content already measured in this page (by render key), without rendering it. */
export function knownFit(key: string): FitOutcome | undefined {
  return cache.get(fullKey(key));
}

/**
 * Fits a freshly rendered `.lectern-slide` whose content is identified by `key` (the slide's
 * render key): at once when that content was measured before, else after the next measurement
 * round. Resolves with the decision (also for a slide re-rendered meanwhile).
 */
export function fitSlide(slide: HTMLElement, key: string): Promise<FitOutcome> {
  const full = fullKey(key);
  slide.dataset.fitKey = full;
  const known = cache.get(full);
  if (known) {
    applyFit(slide, known);
    return Promise.resolve(known);
  }
  let job = jobs.get(full);
  if (!job) {
    let resolve!: (outcome: FitOutcome) => void;
    const done = new Promise<FitOutcome>((r) => (resolve = r));
    job = { key: full, targets: new Set(), done, resolve };
    jobs.set(full, job);
  }
  job.targets.add(slide);
  // After the current task: everything rendered in it is measured in one round.
  running ??= Promise.resolve()
    .then(runJobs)
    .finally(() => (running = null));
  return job.done;
}

/** Resolves once every slide rendered so far is fitted (the print view waits for it before printing). */
export async function fitsSettled(): Promise<void> {
  while (running) await running;
}

/** The decision for a rendered slide, waiting for its measurement if needed; undefined for a slide never fitted. */
export function fitOf(slide: HTMLElement): Promise<FitOutcome> | undefined {
  const key = slide.dataset.fitKey;
  if (key === undefined) return undefined;
  const known = cache.get(key);
  return known ? Promise.resolve(known) : jobs.get(key)?.done;
}

function stage(): HTMLElement {
  let box = document.getElementById('lectern-fit-stage');
  if (!box) {
    box = el('div', { id: 'lectern-fit-stage' });
    box.setAttribute('aria-hidden', 'true');
    document.body.append(box);
  }
  return box;
}

async function imagesLoaded(root: HTMLElement): Promise<void> {
  const pending = Array.from(root.querySelectorAll('img')).filter((img) => !img.complete);
  if (!pending.length) return;
  const loads = Promise.all(pending.map((img) => img.decode?.().catch(() => undefined)));
  await Promise.race([loads, new Promise((r) => setTimeout(r, IMAGE_WAIT_MS))]);
}

async function runJobs(): Promise<void> {
  while (jobs.size) {
    const batch = [...jobs.values()].slice(0, BATCH);
    for (const job of batch) jobs.delete(job.key);
    const live = batch.filter((job) => [...job.targets].some((t) => t.dataset.fitKey === job.key));
    const box = stage();
    const copies = live.map((job) => {
      const sample = [...job.targets].find((t) => t.dataset.fitKey === job.key)!;
      const holder = el('div', { className: 'lectern-fit-holder' });
      const copy = sample.cloneNode(true) as HTMLElement;
      copy.removeAttribute('data-fit-key');
      setFitLayout(copy, { scale: 1, wrap: false });
      holder.append(copy);
      box.append(holder);
      return copy;
    });
    // Laying the copies out makes the browser request the font files their text needs.
    void box.offsetHeight;
    let outcomes: FitOutcome[];
    try {
      // `fonts` is missing only in DOM emulations (unit tests), where nothing is laid out anyway.
      await document.fonts?.ready;
      await imagesLoaded(box);
      outcomes = measureFits(copies);
    } catch (err) {
      // A view must never hang on fitting (the print view waits for it): show such slides as written.
      console.error('lectern: could not measure slides to fit them', err);
      outcomes = copies.map(() => FIT_NONE);
    }
    box.replaceChildren();
    live.forEach((job, i) => {
      const outcome = outcomes[i]!;
      cache.set(job.key, outcome);
      for (const target of job.targets) if (target.dataset.fitKey === job.key) applyFit(target, outcome);
      job.resolve(outcome);
    });
    // Slides re-rendered with other content before they were measured: nothing left to fit.
    for (const job of batch) if (!live.includes(job)) job.resolve(FIT_NONE);
    if (cache.size > 5000) cache.clear();
  }
  document.getElementById('lectern-fit-stage')?.remove();
}
