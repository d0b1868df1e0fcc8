import { ct } from './strings';

/**
 * The notes column's cue that more text is below ("More below ↓"), kept up to date on scroll,
 * resize and new notes: a presenter reading from a metre away must know the note goes on.
 */
export function setupNotesCue(wrap: HTMLElement, notes: HTMLElement, cue: HTMLElement): () => void {
  cue.textContent = ct.notesMore;
  const update = (): void => {
    const more = notes.scrollTop + notes.clientHeight < notes.scrollHeight - 4;
    wrap.toggleAttribute('data-more', more);
  };
  notes.addEventListener('scroll', update, { passive: true });
  new ResizeObserver(update).observe(notes);
  // A click on the cue scrolls most of a screen on, like a page turn.
  cue.addEventListener('click', () => notes.scrollBy({ top: notes.clientHeight * 0.8, behavior: 'smooth' }));
  return update;
}

const SPLIT_KEY = 'lectern.console.split';
const SPLIT_RANGE = { min: 30, max: 75 } as const;

/**
 * The splitter between the slides and the notes: dragged or moved with the arrow keys, the share
 * of the slides column (in %) is kept in this browser's storage for the next talk.
 */
export function setupSplitter(main: HTMLElement, splitter: HTMLElement): void {
  const apply = (percent: number, save: boolean): void => {
    const value = Math.max(SPLIT_RANGE.min, Math.min(SPLIT_RANGE.max, percent));
    main.style.setProperty('--lx-split', `${value}%`);
    splitter.setAttribute('aria-valuenow', String(Math.round(value)));
    if (save) {
      try {
        localStorage.setItem(SPLIT_KEY, String(value));
      } catch {
        // storage may be off; the split then lasts this session
      }
    }
  };
  let stored = NaN;
  try {
    stored = Number(localStorage.getItem(SPLIT_KEY));
  } catch {
    // no storage: the default split
  }
  if (Number.isFinite(stored) && stored > 0) apply(stored, false);
  splitter.addEventListener('pointerdown', (e) => {
    splitter.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent): void => {
      const box = main.getBoundingClientRect();
      apply(((ev.clientX - box.left) / box.width) * 100, true);
    };
    splitter.addEventListener('pointermove', move);
    splitter.addEventListener('pointerup', () => splitter.removeEventListener('pointermove', move), { once: true });
  });
  splitter.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    e.stopPropagation();
    const now = Number(splitter.getAttribute('aria-valuenow')) || 58;
    apply(now + (e.key === 'ArrowLeft' ? -3 : 3), true);
  });
}
