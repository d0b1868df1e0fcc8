import '../styles/drafts-notice.css';
import { firstContentLine } from '../../core/file-preview';
import type { Slide } from '../../core/types';
import type { LecternHost } from '../../shared/contract';
import { el } from '../dom';
import { es } from '../edit/strings';

/** Address of the edit page opened at a slide's file and line (relative: same host, same key). */
export function editUrlFor(slide: Slide | undefined): string {
  return slide ? `edit.html#file=${encodeURIComponent(slide.file)}&line=${firstContentLine(slide)}` : 'edit.html';
}

/**
 * True while the view fills its screen: full-screen by the page (F) or by the window (the app
 * puts the audience window full screen on the projector, which the DOM does not report).
 */
export function isFullScreen(view: { document: { fullscreenElement: Element | null }; innerWidth: number; innerHeight: number; screen: { width: number; height: number } }): boolean {
  if (view.document.fullscreenElement) return true;
  return view.screen.width > 0 && view.innerWidth >= view.screen.width && view.innerHeight >= view.screen.height;
}

/**
 * `E` in the audience view opens the editor at the slide on screen (reveal.js does not use E).
 * In the app the menu's Edit mode does the same; this is the way in from `lectern serve`.
 * Not while the view is full screen: on a projector a stray E would show the editor to the room.
 */
export function setupEditShortcut(currentSlide: () => Slide | undefined): void {
  window.addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() !== 'e' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    if (isFullScreen(window)) return;
    e.preventDefault();
    location.assign(editUrlFor(currentSlide()));
  });
}

/**
 * After a crash or a kill, the app starts in the audience view: if the editor left drafts of
 * unsaved text, say so and offer to open the editor, where each draft can be restored.
 */
export async function noticeDrafts(host: LecternHost): Promise<void> {
  const drafts = await host.edit?.listDrafts();
  if (!drafts?.ok || !drafts.value.length) return;
  const open = el('button', { type: 'button', textContent: es.openEditor });
  open.addEventListener('click', () => location.assign(`edit.html#file=${encodeURIComponent(drafts.value[0]!.id)}`));
  const close = el('button', { type: 'button', textContent: '×' });
  close.addEventListener('click', () => box.remove());
  const box = el('aside', { id: 'lectern-drafts' }, el('span', { textContent: es.draftsWaiting(drafts.value.map((d) => d.id).join(', ')) }), open, close);
  box.setAttribute('role', 'status');
  document.body.append(box);
}
