/** Font sizes (CSS px) speaker notes are tried at, largest first, until they fit their box. */
const NOTE_SIZES = [15, 13.5, 12, 11, 10, 9, 8];

/**
 * Shrinks each notes box's text until it fits. Reads every box, then writes every box, per
 * round, so a 2,000-slide print lays out a handful of times instead of once per box. Returns the
 * boxes that still overflow at the smallest size (they are cut; the exporter reports them).
 */
export function fitNotes(boxes: HTMLElement[]): HTMLElement[] {
  let pending = boxes.filter((b) => b.childElementCount > 0);
  for (let round = 1; round < NOTE_SIZES.length && pending.length; round++) {
    const over = pending.filter((b) => b.scrollHeight > b.clientHeight + 1);
    for (const b of over) b.style.fontSize = `${NOTE_SIZES[round]}px`;
    pending = over;
  }
  const cut = pending.filter((b) => b.scrollHeight > b.clientHeight + 1);
  for (const b of cut) b.classList.add('notes-cut');
  return cut;
}
