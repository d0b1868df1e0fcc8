import { createHash } from 'node:crypto';
import { pageSections, type PrintPlan } from '../core/print-plan';
import type { Deck } from '../core/types';

/** Bumped when the print view changes what a page shows for the same inputs. */
const PAGE_KEY_FORMAT = 2;

/** A page printed by an earlier export: the printed batch it is in, and where. */
export interface PrintedPage {
  bytes: Uint8Array;
  index: number;
  /** Items on the page (positions in `page.items`) whose notes had to be cut. */
  cutItems: number[];
}

/**
 * A key for everything the print view puts on page `i` of `plan`: two pages with the same key
 * print the same. Covers the slide contents, notes and image versions, the place and step of
 * every slide, the page and slide numbers, header, footer section title, paper and theme.
 */
export function printPageKey(deck: Deck, plan: PrintPlan, i: number): string {
  const page = plan.pages[i]!;
  const content = {
    format: PAGE_KEY_FORMAT,
    layout: plan.layout,
    paper: plan.paper,
    width: plan.width,
    height: plan.height,
    header: plan.header,
    number: page.number,
    total: plan.pages.length,
    slides: deck.slides.length,
    lang: deck.config.lang,
    theme: deck.config.theme,
    sections: pageSections(deck, page),
    free: page.free,
    continuation: page.continuation?.notes.map((n) => ({ n: n.slide, aside: n.aside, notes: deck.slides[n.slide]!.notesHtml })),
    items: page.items.map((item) => {
      const slide = deck.slides[item.slide]!;
      // A too-complex slide shows a placeholder naming its file and line instead of its HTML.
      return {
        n: item.slide,
        step: item.step,
        frame: item.frame,
        aside: item.aside,
        kind: item.asideKind,
        continued: !!item.continued,
        html: slide.html,
        notes: slide.notesHtml,
        images: slide.assets.map((a) => deck.assetVersions[a] ?? 0),
        tooComplex: !!slide.tooComplex,
        file: slide.file,
        line: slide.line,
      };
    }),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url');
}

/**
 * Pages printed by the last export of a deck, by key, so that re-exporting after an edit prints
 * only the pages that changed and copies the rest. Kept in memory by the app for each open deck
 * (one export's worth: pages not in the latest export are dropped).
 */
export class PrintReuse extends Map<string, PrintedPage> {
  /** Replaces what is kept with the pages of a finished export. */
  remember(pages: Map<string, PrintedPage>): void {
    this.clear();
    for (const [key, page] of pages) this.set(key, page);
  }
}

/** Contiguous runs of the pages to print (`needed(i)`), each at most `batch` pages: [from, to). Lazy: `needed` is asked only up to the run taken. */
export function* printRuns(total: number, needed: (i: number) => boolean, batch: number): Generator<[number, number]> {
  let i = 0;
  while (i < total) {
    if (!needed(i)) {
      i++;
      continue;
    }
    const from = i;
    while (i < total && needed(i) && i - from < batch) i++;
    yield [from, i];
  }
}

/**
 * The first run an export prints, which the print view lays out as it loads: after an edit,
 * only the changed pages, not the whole first batch (which would be laid out for nothing).
 */
export function firstPrintRun(deck: Deck, plan: PrintPlan, reuse: PrintReuse | undefined, batch: number): [number, number] {
  const total = plan.pages.length;
  return printRuns(total, (i) => !reuse?.get(printPageKey(deck, plan, i)), batch).next().value ?? [0, Math.min(batch, total)];
}
