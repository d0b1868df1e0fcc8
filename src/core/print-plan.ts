import { countFragmentSteps } from './fragments';
import { contentBox, freeAreas, PAPERS, PRINT_LAYOUTS, pageSize, slotGeometry, slotsPerPage, type Paper, type PrintLayout, type Rect } from './print-layout';
import { estimateNotesHeight, NOTES_OVERFLOW, notesMinSize, notesTextBox, type NotesOverflow } from './print-notes';
import { parseSlideRange } from './print-range';
import { headerDate, printLanguage } from './print-words';
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
  /** Notes too long for their box at the smallest size: continued on an extra page (default) or cut. */
  notesOverflow?: NotesOverflow;
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
  /** The notes go on over the next page (too long for this box at the smallest readable size). */
  continued?: boolean;
}

/** Notes continued from the page before: the slide, and the notes box they started in. */
interface ContinuedNotes {
  slide: number;
  /** The aside box on the page before (the print view finds where its text stopped). */
  aside: Rect;
}

/** One PDF page. */
export interface PrintPage {
  /** 1-based page number, as printed in the footer. */
  number: number;
  items: PrintItem[];
  /** Empty slots of a last page, ruled for handwriting. */
  free?: Rect[];
  /** A page holding the rest of the notes of the page before (`items` is then empty). */
  continuation?: { box: Rect; notes: ContinuedNotes[] };
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
  constructor(message: string) {
    super(message);
    this.name = 'PrintOptionError';
  }
}

/** Checks loose option values (CLI strings, dialog fields) and returns typed options. */
export function readPrintOptions(raw: { layout?: string; paper?: string; notes?: boolean; range?: string; date?: string; notesOverflow?: string }): PrintOptions {
  const layout = (raw.layout ?? 'slides') as PrintLayout;
  if (!PRINT_LAYOUTS.includes(layout)) throw new PrintOptionError(`unknown layout \`${raw.layout}\`; use one of ${PRINT_LAYOUTS.join(', ')}`);
  const paper = (raw.paper ?? 'a4').toLowerCase() as Paper;
  if (!PAPERS.includes(paper)) throw new PrintOptionError(`unknown paper \`${raw.paper}\`; use a4 or letter`);
  if (layout === 'slides' && raw.paper !== undefined) throw new PrintOptionError('--paper applies to the notes and handout layouts; slides pages are the size of a slide');
  if (layout === 'slides' && raw.notes) throw new PrintOptionError("--notes applies to handout layouts; for a trainer's guide use --layout notes");
  const options: PrintOptions = { layout, paper, notes: !!raw.notes };
  if (raw.range !== undefined) options.range = raw.range;
  if (raw.date !== undefined) options.date = raw.date;
  if (raw.notesOverflow !== undefined) {
    if (!NOTES_OVERFLOW.includes(raw.notesOverflow as NotesOverflow)) throw new PrintOptionError(`unknown --notes-overflow \`${raw.notesOverflow}\`; use continue or cut`);
    options.notesOverflow = raw.notesOverflow as NotesOverflow;
  }
  return options;
}

/** The slides to print, in order: the range, minus hidden slides. Throws PrintOptionError. @internal */
export function selectSlides(deck: Deck, range?: string): number[] {
  let picked: number[];
  if (range === undefined || range.trim() === '') picked = deck.slides.map((_s, i) => i);
  else {
    const r = parseSlideRange(range, deck.slides.length);
    if (!r.ok) throw new PrintOptionError(`--range ${range}: ${r.error}`);
    picked = r.slides;
  }
  const shown = picked.filter((i) => !deck.slides[i]!.hidden);
  if (!shown.length) throw new PrintOptionError(picked.length ? 'every slide in that range is hidden; nothing to print' : 'the deck has no slides to print');
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
  // Handouts without notes rule the box below or beside each slide for participants' own notes.
  const asideKind: PrintItem['asideKind'] = options.layout === 'notes' || (options.notes && options.layout !== 'slides') ? 'notes' : options.layout === 'slides' ? null : 'rules';
  const continues = (slide: number, aside: Rect): boolean => {
    if (options.notesOverflow === 'cut' || asideKind !== 'notes') return false;
    const box = notesTextBox(options.layout, aside);
    return estimateNotesHeight(deck.slides[slide]!.notesHtml, box.width, notesMinSize(options.layout)) > box.height;
  };
  const pages: PrintPage[] = [];
  for (let at = 0; at < entries.length; at += perPage) {
    const items: PrintItem[] = entries.slice(at, at + perPage).map((e, k) => {
      const slot = slots[k]!;
      const item: PrintItem = { ...e, frame: slot.frame, aside: asideKind ? slot.aside : null, asideKind: asideKind && slot.aside ? asideKind : null };
      if (item.aside && continues(e.slide, item.aside)) item.continued = true;
      return item;
    });
    pages.push({ number: pages.length + 1, items, free: freeAreas(options.layout, options.paper, items.length) });
    const continued = items.filter((it) => it.continued).map((it) => ({ slide: it.slide, aside: it.aside! }));
    if (continued.length) pages.push({ number: pages.length + 1, items: [], continuation: { box: contentBox(options.paper), notes: continued } });
  }
  const header = options.layout === 'slides' ? null : { title: deck.config.title, date: headerDate(deck.config.date || options.date || '', deck.config.lang) };
  return { layout: options.layout, paper: options.paper, ...pageSize(options.layout, options.paper), pages, header };
}

/** "Page n of m" in the deck's language (Russian or English). */
export function pageLabel(n: number, m: number, lang: string): string {
  return printLanguage(lang) === 'ru' ? `Страница ${n} из ${m}` : `Page ${n} of ${m}`;
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

/** Titles of the sections (files) a page shows, in order, each once; on a continuation page, those of its notes. */
export function pageSections(deck: Deck, page: PrintPage): string[] {
  const slides = page.continuation ? page.continuation.notes.map((n) => n.slide) : page.items.map((it) => it.slide);
  const titles = slides.map((i) => deck.sections.find((s) => s.file === deck.slides[i]!.file)?.title ?? '');
  return [...new Set(titles.filter(Boolean))];
}
