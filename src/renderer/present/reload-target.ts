import type { Slide } from '../../core/types';

/**
 * Where the view should be after a reload. If the current slide was edited, stay on it. Else,
 * if other slides were edited or added, go to the first of them (the author wants to see the
 * edit). Else stay on the current slide, found by id so inserting slides elsewhere does not move
 * the view; if it is gone, keep the same index, clamped.
 */
export function reloadTarget(oldSlides: readonly Slide[], newSlides: readonly Slide[], currentIndex: number): number {
  if (!newSlides.length) return 0;
  const oldById = new Map(oldSlides.map((s) => [s.id, s]));
  const isEdited = (s: Slide): boolean => {
    const before = oldById.get(s.id);
    return !before || before.source !== s.source || before.notes !== s.notes;
  };
  const currentId = oldSlides[currentIndex]?.id;
  const sameIndex = newSlides.findIndex((s) => s.id === currentId);
  if (sameIndex >= 0 && isEdited(newSlides[sameIndex]!)) return sameIndex;
  const firstEdited = newSlides.findIndex(isEdited);
  if (firstEdited >= 0) return firstEdited;
  if (sameIndex >= 0) return sameIndex;
  return Math.min(currentIndex, newSlides.length - 1);
}
