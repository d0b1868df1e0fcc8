import type { CompareSubject } from './compare-config';

/** How serious a problem found in a deck is: errors make `lectern check` exit 1. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found while reading a deck, pointing at a file and (1-based) line. */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `yaml-syntax`, `image-outside-deck`. */
  code: string;
  /** Deck-relative file name (`03-orm.md`, `deck.yaml`). */
  file: string;
  line?: number;
  column?: number;
  /** English text, as `lectern check` prints it; the app shows `code` + `params` in the UI language (`diagnostic-text.ts`). */
  message: string;
  /** The values the message is built from (file names, keys, numbers; `reason` picks a variant of the code's text). */
  params?: Readonly<Record<string, string | number>>;
}

/** Deck-wide settings from `deck.yaml`, with documented defaults applied. */
export interface DeckConfig {
  title: string;
  author: string;
  date: string;
  lang: string;
  theme: 'light' | 'dark';
  /** Explicit file order; files not listed follow in natural order. */
  order: string[];
  /** Planned talk length in seconds, 0 when not set. */
  duration: number;
  /** Subjects of a comparison deck (`compare:`), empty when the deck compares nothing. */
  compare: CompareSubject[];
  /** A thin progress line along the bottom of the audience view (`progress: true`). */
  progress: boolean;
}

/** One slide, rendered to an (unsanitized) HTML string by core. */
export interface Slide {
  /** Stable id within a deck: `<file>#<index in file>`. */
  id: string;
  file: string;
  /** 0-based position of the slide inside its file. */
  indexInFile: number;
  /** 1-based line in the file where the slide's content starts. */
  line: number;
  /** Text of the slide's first heading, '' when it has none. */
  title: string;
  /** Markdown source of the slide body (notes excluded); used to detect edits. */
  source: string;
  html: string;
  /** Speaker notes as Markdown and as HTML ('' when none). */
  notes: string;
  notesHtml: string;
  /** Deck-relative paths of the files the slide refers to (images, links). */
  assets: string[];
  /** Set when rendering hit the time or memory limit: views show a "too complex" placeholder. */
  tooComplex?: boolean;
  /** Left out of PDFs: front matter `hidden: true`, or `<!-- .slide: data-visibility="hidden" -->`. */
  hidden?: boolean;
  /** Printed once per fragment step instead of once in its final state (front matter `print-steps: true`). */
  printSteps?: boolean;
  /** Content made by Lectern: `summary` is (or holds) the comparison's summary matrix. */
  generated?: 'summary';
  /** The deck's own CSS for this slide, already scoped to it (see core/deck-css.ts); installed by the views. */
  css?: string;
}

/** One file of the deck: a section of the talk. */
export interface Section {
  file: string;
  /** Front-matter `title`, else the file's first heading, else the file name. */
  title: string;
  /** Index of the section's first slide in `Deck.slides`. */
  firstSlide: number;
  slideCount: number;
  /** Per-file time budget in seconds from front matter `duration`, 0 when unset. */
  duration: number;
}

/** A whole deck: settings, sections in order, the flat slide list and every problem found. */
export interface Deck {
  config: DeckConfig;
  sections: Section[];
  slides: Slide[];
  diagnostics: Diagnostic[];
  /**
   * Modification stamp of every deck file the slides refer to (deck-relative path -> ms), so
   * views reload an image that changed on disk. Filled by the host; empty from the pure builder.
   */
  assetVersions: Record<string, number>;
  /**
   * Set while a large deck is still loading: views got its first files so the first slide shows
   * at once; the whole deck follows as an ordinary reload. Never set on a deck given to export.
   */
  loading?: { files: number; total: number };
}

/** A source file handed to the pure deck builder; `text` is already decoded. */
export interface SourceFile {
  name: string;
  text: string;
}
