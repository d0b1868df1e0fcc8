import { countFragmentSteps } from './fragments';
import { PAPERS, PRINT_LAYOUTS, pageSize, slotGeometry, slotsPerPage, type Paper, type PrintLayout, type Rect } from './print-layout';
import { parseSlideRange } from './print-range';
import type { OptionProblem } from './print-option-text';
import type { Deck } from './types';

/** What to print: the choices of `lectern export` and of the Export dialog. */
export interface PrintOptions {
  layout: PrintLayout;
  paper: Paper;
  /** Put speaker notes on handout pages (the `notes` layout always has them). */
  notes: boolean;
  /** Slide range such as `3-7,12`; empty or absent prints the whole deck. */
  range?: string;
  /** Date printed in the header when deck.yaml has none (e.g. the export date). */
  date?: string;
}

/** Default print options: one slide per page, A4, no notes, every slide. */
export const DEFAULT_PRINT_OPTIONS: PrintOptions = { layout: 'slides', paper: 'a4', notes: false };

/** A slide placed on a page: which slide, which fragment step (null: final state), where. */
export interface PrintItem {
  /** 0-based index in `deck.slides`. */
  slide: number;
  /** Fragments shown: the first `step` steps; null shows them all (the final state). */
  step: number | null;
  frame: Rect;
  aside: Rect | null;
  /** What the aside box holds: speaker notes, ruled lines for handwriting, or nothing. */
  asideKind: 'notes' | 'rules' | null;
}

/** One PDF page. */
export interface PrintPage {
  /** 1-based page number, as printed in the footer. */
  number: number;
  items: PrintItem[];
}

/** Everything a print view needs to lay out the PDF, and what the exporter needs for the outline. */
export interface PrintPlan {
  layout: PrintLayout;
  paper: Paper;
  width: number;
  height: number;
  pages: PrintPage[];
  /** Header and footer of paper layouts (null for `slides`, whose pages are the slides). */
  header: { title: string; date: string } | null;
}

/** A print option that cannot work, with a message for the user. */
export class PrintOptionError extends Error {
  constructor(
    message: string,
    /** What is wrong, for a text in the UI language (the Export dialog). */
    readonly problem?: OptionProblem,
  ) {
    super(message);
    this.name = 'PrintOptionError';
  }
}

/** Checks loose option values (CLI strings, dialog fields) and returns typed options. */
export function readPrintOptions(raw: { layout?: string; paper?: string; notes?: boolean; range?: string; date?: string }): PrintOptions {
  const layout = (raw.layout ?? 'slides') as PrintLayout;
  if (!PRINT_LAYOUTS.includes(layout)) throw new PrintOptionError(`unknown layout \`${raw.layout}\`; use one of ${PRINT_LAYOUTS.join(', ')}`);
  const paper = (raw.paper ?? 'a4').toLowerCase() as Paper;
  if (!PAPERS.includes(paper)) throw new PrintOptionError(`unknown paper \`${raw.paper}\`; use a4 or letter`);
  if (layout === 'slides' && raw.paper !== undefined) throw new PrintOptionError('--paper applies to the notes and handout layouts; slides pages are the size of a slide');
  if (layout === 'slides' && raw.notes) throw new PrintOptionError("--notes applies to handout layouts; for a trainer's guide use --layout notes");
  const options: PrintOptions = { layout, paper, notes: !!raw.notes };
  if (raw.range !== undefined) options.range = raw.range;
  if (raw.date !== undefined) options.date = raw.date;
  return options;
}

/** The slides to print, in order: the range, minus hidden slides. Throws PrintOptionError. @internal */
export function selectSlides(deck: Deck, range?: string): number[] {
  let picked: number[];
  if (range === undefined || range.trim() === '') picked = deck.slides.map((_s, i) => i);
  else {
    const r = parseSlideRange(range, deck.slides.length);
    if (!r.ok) throw new PrintOptionError(`--range ${range}: ${r.error}`, r.problem);
    picked = r.slides;
  }
  const shown = picked.filter((i) => !deck.slides[i]!.hidden);
  if (!shown.length) {
    throw new PrintOptionError(picked.length ? 'every slide in that range is hidden; nothing to print' : 'the deck has no slides to print', { code: picked.length ? 'range-all-hidden' : 'no-slides' });
  }
  return shown;
}

/**
 * Lays out a deck for printing: selected slides (each `print-steps` slide once per fragment
 * step), grouped into pages of the layout, each slot with its slide and aside boxes.
 */
export function planPrint(deck: Deck, options: PrintOptions): PrintPlan {
  const entries: { slide: number; step: number | null }[] = [];
  for (const i of selectSlides(deck, options.range)) {
    const slide = deck.slides[i]!;
    const steps = slide.printSteps ? countFragmentSteps(slide.html) : 0;
    if (!steps) entries.push({ slide: i, step: null });
    else for (let k = 0; k <= steps; k++) entries.push({ slide: i, step: k });
  }
  const slots = slotGeometry(options.layout, options.paper);
  const perPage = slotsPerPage(options.layout);
  const asideKind: PrintItem['asideKind'] = options.layout === 'notes' || (options.notes && options.layout !== 'slides') ? 'notes' : options.layout === 'handout-3' ? 'rules' : null;
  const pages: PrintPage[] = [];
  for (let at = 0; at < entries.length; at += perPage) {
    const items = entries.slice(at, at + perPage).map((e, k) => {
      const slot = slots[k]!;
      return { ...e, frame: slot.frame, aside: asideKind ? slot.aside : null, asideKind: asideKind && slot.aside ? asideKind : null };
    });
    pages.push({ number: pages.length + 1, items });
  }
  const header = options.layout === 'slides' ? null : { title: deck.config.title, date: deck.config.date || options.date || '' };
  return { layout: options.layout, paper: options.paper, ...pageSize(options.layout, options.paper), pages, header };
}

/** "Page n of m" in the deck's language (Russian or English). */
export function pageLabel(n: number, m: number, lang: string): string {
  return /^ru\b/i.test(lang) ? `Страница ${n} из ${m}` : `Page ${n} of ${m}`;
}

/** One bookmark: a title, the 0-based page it opens, and nested entries. */
export interface OutlineEntry {
  title: string;
  page: number;
  children: OutlineEntry[];
}

/**
 * The PDF outline of a plan: one entry per printed section (file) opening its first page, and
 * under it one per titled slide (the section's first slide is folded into the section entry
 * when they share a title). Slides printed once per step link to their first page.
 */
export function planOutline(deck: Deck, plan: PrintPlan): OutlineEntry[] {
  const firstPage = new Map<number, number>();
  plan.pages.forEach((p, pi) => p.items.forEach((it) => firstPage.has(it.slide) || firstPage.set(it.slide, pi)));
  const outline: OutlineEntry[] = [];
  for (const section of deck.sections) {
    let entry: OutlineEntry | null = null;
    for (let i = section.firstSlide; i < section.firstSlide + section.slideCount; i++) {
      const page = firstPage.get(i);
      if (page === undefined) continue;
      const s = deck.slides[i]!;
      if (!entry) {
        entry = { title: section.title, page, children: [] };
        outline.push(entry);
        if (s.title === section.title) continue;
      }
      if (s.title) entry.children.push({ title: s.title, page, children: [] });
    }
  }
  return outline;
}
