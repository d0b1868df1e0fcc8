import type { Slide } from '../core/types';
import { sanitizeSlideHtml } from './sanitize';

const cache = new Map<string, string>();

/** Sanitized HTML of a slide, cached by its raw HTML so reloads only clean what changed. */
export function safeSlideHtml(slide: Slide): string {
  let safe = cache.get(slide.html);
  if (safe === undefined) {
    safe = sanitizeSlideHtml(slide.html);
    if (cache.size > 5000) cache.clear();
    cache.set(slide.html, safe);
  }
  return safe;
}

/** Fills `target` with a slide's content: the only way slide HTML enters the DOM. */
export function renderSlideInto(target: HTMLElement, slide: Slide): void {
  const inner = document.createElement('div');
  inner.className = 'lectern-slide';
  inner.innerHTML = safeSlideHtml(slide);
  target.replaceChildren(inner);
  target.dataset.slideId = slide.id;
}

/** Applies the deck's theme and language to the document. */
export function applyDeckLook(theme: string, lang: string): void {
  document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : 'light';
  document.documentElement.lang = lang || 'en';
}
