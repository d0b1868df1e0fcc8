import { firstContentLine } from '../../core/file-preview';
import type { Slide } from '../../core/types';

/** Address of the edit page opened at a slide's file and line (relative: same host, same key). */
export function editUrlFor(slide: Slide | undefined): string {
  return slide ? `edit.html#file=${encodeURIComponent(slide.file)}&line=${firstContentLine(slide)}` : 'edit.html';
}

/**
 * `E` in the audience view opens the editor at the slide on screen (reveal.js does not use E).
 * In the app the menu's Edit mode does the same; this is the way in from `lectern serve`.
 */
export function setupEditShortcut(currentSlide: () => Slide | undefined): void {
  window.addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() !== 'e' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    e.preventDefault();
    location.assign(editUrlFor(currentSlide()));
  });
}
