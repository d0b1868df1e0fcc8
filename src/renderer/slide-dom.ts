import type { Slide } from '../core/types';
import { deckPathOf } from '../core/url-policy';
import { t } from './i18n';
import { installSlideCss } from './deck-style';
import { applyInlineStyles } from './inline-style';
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

/**
 * Fills `target` with a slide's content: the only way slide HTML enters the DOM. Deck images get
 * their file's version (`?v=<mtime>`) so an image edited on disk is fetched again.
 */
export function renderSlideInto(target: HTMLElement, slide: Slide, versions: Record<string, number> = {}): void {
  const inner = document.createElement('div');
  inner.className = 'lectern-slide';
  if (slide.tooComplex) {
    const note = document.createElement('p');
    note.className = 'lectern-too-complex';
    note.textContent = t.tooComplex(slide.file, slide.line);
    inner.append(note);
    target.replaceChildren(inner);
    target.dataset.slideId = slide.id;
    return;
  }
  installSlideCss(slide.id, slide.css ?? '');
  // Parsed inert (a template starts no loads), so refused images are replaced before any request.
  const parsed = document.createElement('template');
  parsed.innerHTML = safeSlideHtml(slide);
  applyInlineStyles(parsed.content);
  for (const img of Array.from(parsed.content.querySelectorAll<HTMLImageElement>('img[src^="/deck/"]'))) {
    const src = img.getAttribute('src')!;
    const name = deckPathOf(src) ?? src;
    const version = versions[name];
    // No version: the host found the file missing, outside the deck, broken or a bomb.
    if (!version) {
      img.replaceWith(imagePlaceholder(name));
      continue;
    }
    img.setAttribute('src', `${src}${src.includes('?') ? '&' : '?'}v=${Math.round(version)}`);
    img.addEventListener('error', () => img.replaceWith(imagePlaceholder(name)), { once: true });
  }
  inner.append(parsed.content);
  target.replaceChildren(inner);
  target.dataset.slideId = slide.id;
}

/** What a slide shows instead of an image it cannot show: the file's name, as text. */
function imagePlaceholder(name: string): HTMLElement {
  const box = document.createElement('span');
  box.className = 'lectern-image-placeholder';
  box.setAttribute('role', 'img');
  box.textContent = t.imageNotShown(name);
  return box;
}

/** A key that changes when the slide's HTML or any file it shows changes. */
export function slideRenderKey(slide: Slide, versions: Record<string, number>): string {
  return `${slide.id}\0${slide.html}\0${slide.css ?? ''}\0${slide.assets.map((a) => versions[a] ?? 0).join(',')}`;
}

/** Applies the deck's theme and language to the document. */
export function applyDeckLook(theme: string, lang: string): void {
  document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : 'light';
  document.documentElement.lang = lang || 'en';
}
