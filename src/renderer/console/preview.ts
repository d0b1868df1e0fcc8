import { SLIDE_BOX } from '../../core/print-layout';
import type { Slide } from '../../core/types';
import { applyFragmentStep } from '../fragment-steps';
import { renderSlideInto } from '../slide-dom';
import { slideMessage } from '../slide-message';
import { createSlideFrame } from '../slide-frame';

/**
 * A slide drawn at its real 1280x720 size in its own slide frame (the audience view's stylesheet,
 * nothing of the console's) and scaled to fit its box, so a preview looks exactly like the
 * projector (same fonts, same sizes, same wrapping). Re-renders only when the slide's HTML changes.
 */
export class SlidePreview {
  private readonly stage: HTMLElement;
  private key = '';

  constructor(
    readonly box: HTMLElement,
    private readonly align: 'center' | 'start' = 'center',
  ) {
    box.classList.add('lx-preview');
    // A thin edge in screen pixels around the slide (a dark slide on the dark console stays visible).
    box.dataset.edge = '';
    this.stage = createSlideFrame(box);
    new ResizeObserver(() => this.fit()).observe(box);
  }

  /** Shows `slide` at fragment step `step`, or an empty box with `emptyText`. */
  show(slide: Slide | undefined, step: number, versions: Record<string, number>, emptyText = '', renderKey = ''): void {
    const key = slide ? `${slide.id}\0${slide.html}\0${renderKey}` : `\0${emptyText}`;
    if (key !== this.key) {
      this.key = key;
      if (slide) renderSlideInto(this.stage, slide, versions);
      else this.stage.replaceChildren(slideMessage(emptyText));
      this.fit();
    }
    applyFragmentStep(this.stage, step);
    this.box.dataset.slide = slide?.id ?? '';
    this.box.dataset.step = String(step);
  }

  private fit(): void {
    const width = this.box.clientWidth;
    const height = this.box.clientHeight;
    const scale = Math.min(width / SLIDE_BOX.width, height / SLIDE_BOX.height) || 0.1;
    // Letterboxed like a projector (the next slide sits at the left, under the current one). CSSOM, not a style attribute: the CSP allows it.
    const x = this.align === 'center' ? (width - SLIDE_BOX.width * scale) / 2 : 0;
    this.stage.style.transform = `translate(${x}px, ${(height - SLIDE_BOX.height * scale) / 2}px) scale(${scale})`;
    this.box.dataset.scale = scale.toFixed(4);
    this.box.style.setProperty('--lx-frame-scale', scale.toFixed(4));
  }
}
