import { slideKind, type SlideKind } from '../core/slide-kind';
import type { Deck, Slide } from '../core/types';
import { el } from './dom';
import { deckPathOf } from '../core/url-policy';
import { fitSlide } from './fit/fit-slides';
import { t } from './i18n';
import { installSlideCss } from './deck-style';
import { applyInlineStyles } from './inline-style';
import { sanitizeSlideHtml } from './sanitize';
import './styles/fit.css';

const cache = new Map<string, string>();

/** Sanitized HTML of a slide, cached by its raw HTML so reloads only clean what changed. */
function safeSlideHtml(slide: Slide): string {
  let safe = cache.get(slide.html);
  if (safe === undefined) {
    safe = sanitizeSlideHtml(slide.html);
    if (cache.size > 5000) cache.clear();
    cache.set(slide.html, safe);
  }
  return safe;
}

/** Sanitizes a slide's HTML into the cache ahead of its rendering (the print view, between batches). */
export function warmSlideHtml(slide: Slide): void {
  if (!slide.tooComplex) safeSlideHtml(slide);
}

/**
 * Fills `target` with a slide's content: the only way slide HTML enters the DOM. Deck images get
 * their file's version (`?v=<mtime>`) so an image edited on disk is fetched again. Content too
 * big for the slide is shrunk to fit, the same way in every view (fit/fit-slides.ts).
 */
export function renderSlideInto(target: HTMLElement, slide: Slide, versions: Record<string, number> = {}): void {
  const inner = el('div', { className: 'lectern-slide' });
  const kind = kindOfSlide(slide);
  inner.dataset.kind = kind;
  if (slide.tooComplex) {
    inner.append(el('p', { className: 'lectern-too-complex', textContent: t.tooComplex(slide.file, slide.line) }));
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
  if (kind === 'title' || kind === 'closing') appendMeta(inner);
  target.replaceChildren(inner);
  target.dataset.slideId = slide.id;
  void fitSlide(inner, slideRenderKey(slide, versions));
}

/** What a slide shows instead of an image it cannot show: the file's name, as text. */
function imagePlaceholder(name: string): HTMLElement {
  const box = el('span', { className: 'lectern-image-placeholder', textContent: t.imageNotShown(name) });
  box.setAttribute('role', 'img');
  return box;
}

/** A key that changes when the slide's HTML, its kind, the deck's byline or any file it shows changes. */
export function slideRenderKey(slide: Slide, versions: Record<string, number>): string {
  return `${slide.id}\0${slide.html}\0${slide.css ?? ''}\0${slide.assets.map((a) => versions[a] ?? 0).join(',')}\0${kindOfSlide(slide)}\0${byline.join('\0')}`;
}

/** Kind of every slide of the deck last applied (see core/slide-kind.ts), and the deck's author and date. */
let kinds = new Map<string, SlideKind>();
let byline: string[] = [];

/** The kind of a slide of the deck last applied; `content` for a slide it does not know. */
export function kindOfSlide(slide: Slide | undefined): SlideKind {
  return (slide && kinds.get(slide.id)) ?? 'content';
}

/** The deck's author and date from deck.yaml, under the heading of title and closing slides. */
function appendMeta(inner: HTMLElement): void {
  if (!byline.length) return;
  inner.append(el('p', { className: 'lectern-meta' }, ...byline.map((text) => el('span', { textContent: text }))));
}

/** Applies the deck's theme and language to the document and learns its slide kinds and byline. */
export function applyDeckLook(deck: Deck): void {
  const { theme, lang, author, date } = deck.config;
  document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : 'light';
  document.documentElement.lang = lang || 'en';
  // A large deck still loading has no last slide yet: nothing is a closing slide until it is whole.
  const count = deck.loading ? Infinity : deck.slides.length;
  kinds = new Map(deck.slides.map((s, i) => [s.id, slideKind(s.html, i, count)]));
  byline = [author, date].map((x) => x.trim()).filter(Boolean);
}
