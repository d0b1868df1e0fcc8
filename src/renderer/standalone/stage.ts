import { SLIDE_BOX } from '../../core/print-layout';
import type { StandaloneSlide } from '../../core/standalone-deck';
import { el } from '../dom';
import { applyFragmentStep } from '../fragment-steps';
import { sanitizeSlideHtml } from '../sanitize';
import { slideMessage } from '../slide-message';
import { s } from './strings';

const { width: SLIDE_W, height: SLIDE_H } = SLIDE_BOX;

/**
 * Builds a slide's 1280x720 box from its HTML, through the same sanitizer as the app. Links to
 * deck files have no file to open here (only the slides travel): their text stays, the link goes.
 */
export function slideElement(slide: StandaloneSlide | undefined, step: number): HTMLElement {
  if (!slide) return slideMessage(s.end);
  const inner = el('div', { className: 'lectern-slide' });
  const parsed = document.createElement('template');
  parsed.innerHTML = sanitizeSlideHtml(slide.html);
  for (const a of Array.from(parsed.content.querySelectorAll('a[href^="/deck/"]'))) {
    a.replaceWith(el('span', {}, ...Array.from(a.childNodes)));
  }
  // An image the export could not inline (missing, too large, not a raster image) shows its name.
  for (const img of Array.from(parsed.content.querySelectorAll('img[src^="/deck/"]'))) {
    img.replaceWith(el('span', { className: 'lectern-image-placeholder', textContent: img.getAttribute('alt') || decodeURIComponent(img.getAttribute('src')!.slice(6)) }));
  }
  inner.append(parsed.content);
  applyFragmentStep(inner, step);
  return inner;
}

/** Speaker notes as safe DOM. */
export function notesElement(slide: StandaloneSlide | undefined): HTMLElement {
  const box = el('div', { className: 'notes-text' });
  if (slide?.notesHtml) box.innerHTML = sanitizeSlideHtml(slide.notesHtml);
  else box.textContent = s.noNotes;
  return box;
}

/**
 * Shows `slideEl` in `frame`, scaled to fit and centred, as the app draws every preview: the
 * slide keeps its 1280x720 layout, so any window size shows exactly the projector's picture.
 */
export function showInFrame(frame: HTMLElement, slideEl: HTMLElement): void {
  frame.replaceChildren(slideEl);
  fitFrame(frame);
}

/** Rescales the slide inside `frame` to the frame's current size (CSSOM, allowed by the CSP). */
function fitFrame(frame: HTMLElement): void {
  const slideEl = frame.firstElementChild as HTMLElement | null;
  if (!slideEl) return;
  // Out of the flow before measuring, so the 1280px slide never widens the frame it is fitted to.
  slideEl.style.position = 'absolute';
  const scale = Math.min(frame.clientWidth / SLIDE_W, frame.clientHeight / SLIDE_H) || 0;
  slideEl.style.left = `${(frame.clientWidth - SLIDE_W * scale) / 2}px`;
  slideEl.style.top = `${(frame.clientHeight - SLIDE_H * scale) / 2}px`;
  slideEl.style.transformOrigin = '0 0';
  slideEl.style.transform = `scale(${scale})`;
}

/** Keeps every frame's slide fitted when the window (or a frame) changes size. */
export function watchFrames(...frames: HTMLElement[]): void {
  const observer = new ResizeObserver(() => frames.forEach(fitFrame));
  frames.forEach((f) => observer.observe(f));
}
