import { addRules } from './notes-dom';

const overflows = (box: HTMLElement): boolean => box.scrollHeight > box.clientHeight + 1;

/** Index of the first block of `notes` that does not end inside `box` (its count when all do). */
function firstOutside(box: HTMLElement, notes: Element | null): number {
  if (!notes) return 0;
  const limit = box.clientHeight + 1;
  const blocks = Array.from(notes.children) as HTMLElement[];
  const k = blocks.findIndex((b) => b.offsetTop + b.offsetHeight > limit);
  return k < 0 ? blocks.length : k;
}

/**
 * One notes size per page: every page starts at its largest size (`data-notes-sizes`, set by
 * renderPages) and steps down while any of its notes boxes overflows. Each round reads every
 * pending page, then writes every page that must shrink, so a 2,000-slide print lays out a
 * handful of times, never once per box.
 */
function fitPages(pages: HTMLElement[]): void {
  let pending = pages
    .map((page) => ({
      page,
      boxes: Array.from(page.querySelectorAll<HTMLElement>('.aside-notes .notes-text')).filter((b) => b.childElementCount > 0),
      sizes: (page.dataset.notesSizes ?? '').split(',').map(Number),
      at: 0,
    }))
    .filter((p) => p.boxes.length && p.sizes.length > 1);
  while (pending.length) {
    const over = pending.filter((p) => p.at < p.sizes.length - 1 && p.boxes.some(overflows));
    for (const p of over) p.page.style.setProperty('--notes-size', `${p.sizes[++p.at]}px`);
    pending = over;
  }
}

/**
 * Lays out the notes of rendered pages: one size per page; notes that go on overleaf keep the
 * blocks that fit and the continuation page the rest; notes that still overflow are cut and
 * marked; the space under each note is ruled for handwriting. Reads everything, then writes.
 * Returns the slides whose notes were cut.
 */
export function layoutNotes(container: HTMLElement): number[] {
  fitPages(Array.from(container.querySelectorAll<HTMLElement>('.page.paper')));
  // Read: where continued notes stop, where continuation pages start, how tall each note is.
  const asides = Array.from(container.querySelectorAll<HTMLElement>('.aside-notes'));
  const texts = asides.map((a) => a.querySelector<HTMLElement>('.notes-text')!);
  const split = asides.map((a, i) => (a.dataset.continued ? firstOutside(texts[i]!, texts[i]!.firstElementChild) : -1));
  const blocks = Array.from(container.querySelectorAll<HTMLElement>('.continued-notes'));
  const measures = blocks.map((b) => b.querySelector<HTMLElement>('.notes-measure')!);
  const skip = measures.map((m) => firstOutside(m, m.firstElementChild));
  const over = texts.map((t) => overflows(t));
  const heights = texts.map((t) => t.offsetTop + (t.firstElementChild ? (t.firstElementChild as HTMLElement).offsetHeight : 0));
  // Read here, not in the loop below: a read after another box's rules were added would lay the
  // whole batch out again, once per box.
  const boxHeights = asides.map((a) => a.clientHeight);
  // Write.
  const cut: number[] = [];
  asides.forEach((aside, i) => {
    const notes = texts[i]!.firstElementChild;
    const k = split[i]!;
    if (k > 0 && notes) for (const b of Array.from(notes.children).slice(k)) b.remove();
    // Continued notes whose first block alone is too tall stay clipped (the continuation repeats it).
    if (k <= 0 && over[i]) {
      aside.classList.add('notes-cut');
      if (k < 0) cut.push(Number(aside.dataset.slide));
    } else if (k < 0) addRules(aside, heights[i]! + 4, boxHeights[i]! - 6);
  });
  blocks.forEach((block, i) => {
    const notes = block.querySelector('.continued-text .notes');
    // A first block too tall for the box it started in was clipped there: repeat it whole here.
    if (notes) for (const b of Array.from(notes.children).slice(0, skip[i]!)) b.remove();
    measures[i]!.remove();
  });
  rulePageEnds(container, cut);
  return cut;
}

/** Rules the space left under the last continued note of each continuation page; cuts what overflows it. */
function rulePageEnds(container: HTMLElement, cut: number[]): void {
  const columns = Array.from(container.querySelectorAll<HTMLElement>('.continuation'));
  const ends = columns.map((c) => {
    const last = c.lastElementChild as HTMLElement | null;
    return { height: c.clientHeight, used: last ? last.offsetTop + last.offsetHeight : 0, last };
  });
  columns.forEach((column, i) => {
    const { height, used, last } = ends[i]!;
    if (used > height + 1) {
      column.classList.add('notes-cut');
      if (last) cut.push(Number(last.dataset.slide));
    } else addRules(column, used + 4, height);
  });
}
