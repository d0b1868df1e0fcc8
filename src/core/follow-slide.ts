import type { Slide } from './types';

/** Where to show after a reload, and whether it is the same slide (so its fragment step is kept). */
export interface ReloadTarget {
  index: number;
  sameSlide: boolean;
}

/** Slides of one file, in order, from a deck's flat slide list. */
function slidesOf(slides: readonly Slide[], file: string): Slide[] {
  return slides.filter((s) => s.file === file);
}

/**
 * Where the view should be after a reload: on the same slide. The current slide is followed
 * through edits of its own file by comparing the file's slides before and after (common prefix
 * and suffix): a slide inserted or removed above it shifts it, an edit of the slide itself keeps
 * it, and if it was deleted the view stays at the same place in the file. Edits of other files
 * never move the view (a colleague fixing slide 40 must not jump the projector away from slide 12).
 * Slides are compared by content, because ids (`file#position`) shift when slides are inserted.
 */
export function reloadTarget(oldSlides: readonly Slide[], newSlides: readonly Slide[], currentIndex: number): ReloadTarget {
  if (!newSlides.length) return { index: 0, sameSlide: false };
  const current = oldSlides[currentIndex];
  const elsewhere = { index: Math.min(currentIndex, newSlides.length - 1), sameSlide: false };
  if (!current) return elsewhere;
  const before = slidesOf(oldSlides, current.file);
  const after = slidesOf(newSlides, current.file);
  const firstOfFile = newSlides.findIndex((s) => s.file === current.file);
  if (firstOfFile < 0) return elsewhere;
  const k = current.indexInFile;
  const same = (a: Slide | undefined, b: Slide | undefined): boolean => !!a && !!b && a.source === b.source && a.notes === b.notes;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && same(before[prefix], after[prefix])) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && same(before[before.length - 1 - suffix], after[after.length - 1 - suffix])) suffix++;
  let inFile: number;
  // Unchanged (before or after the edited run), or edited in place (the run kept its length).
  let sameSlide = true;
  if (k < prefix) inFile = k;
  else if (k >= before.length - suffix) inFile = k + (after.length - before.length);
  else {
    inFile = Math.max(prefix, Math.min(k, after.length - suffix - 1));
    sameSlide = before.length === after.length;
  }
  return { index: firstOfFile + Math.max(0, Math.min(inFile, after.length - 1)), sameSlide };
}
