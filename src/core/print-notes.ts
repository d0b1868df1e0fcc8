import { SLIDE_BOX, type PrintLayout, type Rect } from './print-layout';

/** What happens to notes that do not fit their box even at the readable minimum size. */
export const NOTES_OVERFLOW = ['continue', 'cut'] as const;
export type NotesOverflow = (typeof NOTES_OVERFLOW)[number];

/** Body text of a slide in slide pixels (`.lectern-slide` in slide.css): notes are never set larger at the frame's scale. */
const SLIDE_BODY_PX = 34;
/** Line height of printed notes, in ems (print.css `.aside-notes`). */
export const NOTES_LINE_HEIGHT = 1.35;
/** Space after each paragraph, list item or heading of printed notes, in ems (print.css). */
const BLOCK_GAP = 0.5;
/** Font sizes (CSS px) notes are tried at, largest first. */
const NOTE_SIZES = [15, 13.5, 12, 11, 10, 9, 8];

/** The smallest notes size still read comfortably: 10 px (7.5 pt) on a notes page, 8 px (6 pt) on handouts. */
export function notesMinSize(layout: PrintLayout): number {
  return layout === 'notes' ? 10 : 8;
}

/**
 * The notes sizes a page may use, largest first: never larger than the slide's body text at the
 * frame's scale, never smaller than the readable minimum. The page takes the first size at which
 * every notes box on it fits, so one page has one notes size.
 */
export function notesSizes(layout: PrintLayout, frameWidth: number): number[] {
  const cap = (SLIDE_BODY_PX * frameWidth) / SLIDE_BOX.width;
  const min = notesMinSize(layout);
  const sizes = NOTE_SIZES.filter((s) => s <= cap + 1e-9 && s >= min);
  return sizes.length ? sizes : [min];
}

/** Space inside an aside box above the notes: the label of a notes page ("Слайд 2"), or a hair on handouts. */
const NOTES_INSET: Record<'page' | 'slot', { top: number; side: number; bottom: number }> = {
  page: { top: 34, side: 14, bottom: 10 },
  slot: { top: 2, side: 0, bottom: 0 },
};

/** Where the notes text goes inside its aside box: below the label and inside the padding on notes pages. */
export function notesTextBox(layout: PrintLayout, aside: Rect): Rect {
  const inset = NOTES_INSET[layout === 'notes' ? 'page' : 'slot'];
  return { x: inset.side, y: inset.top, width: aside.width - 2 * inset.side, height: aside.height - inset.top - inset.bottom };
}

/** Average advance of a character of PT Sans text in ems, a little under the real one so estimates err towards "fits". */
const CHAR_EM = 0.45;
const MONO_EM = 0.6;

/**
 * Roughly how tall a note's HTML is when set `size` px in a box `width` px wide: paragraphs,
 * list items and headings wrap at the average character width, code keeps its lines. A plan
 * decision made without a browser (continue on an extra page or not); the print view measures.
 */
export function estimateNotesHeight(html: string, width: number, size: number): number {
  const line = size * NOTES_LINE_HEIGHT;
  let height = 0;
  const text = (s: string): string =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&[#a-z0-9]+;/gi, 'x')
      .trim();
  const wrapped = (s: string, em: number): number => Math.max(1, Math.ceil((s.length * em * size) / Math.max(1, width)));
  const rest = html.replace(/<pre[\s\S]*?<\/pre>/gi, (pre) => {
    const lines = text(pre.replace(/<br\s*\/?>/gi, '\n')).split('\n');
    height += lines.reduce((n, l) => n + wrapped(l, MONO_EM), 0) * line + BLOCK_GAP * size;
    return '\n';
  });
  for (const block of rest.split(/<\/(?:p|li|h[1-6]|blockquote|tr|div)>|<br\s*\/?>/i)) {
    const t = text(block);
    if (t) height += wrapped(t, CHAR_EM) * line + BLOCK_GAP * size;
  }
  return height;
}
