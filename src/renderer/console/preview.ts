import { SLIDE_BOX } from '../../core/print-layout';
import type { Slide } from '../../core/types';
import { applyFragmentStep } from '../fragment-steps';
import { renderSlideInto } from '../slide-dom';

/**
 * A slide drawn at its real 1280x720 size and scaled to fit its box, so a preview looks exactly
 * like the projector (same fonts, same wrapping). Re-renders only when the slide's HTML changes.
 */
export class SlidePreview {
  private readonly stage = document.createElement('div');
  private key = '';
  private readonly observer: ResizeObserver;

  constructor(readonly box: HTMLElement) {
    this.stage.className = 'lx-stage';
    box.classList.add('lx-preview');
    box.append(this.stage);
    this.observer = new ResizeObserver(() => this.fit());
    this.observer.observe(box);
  }

  /** Shows `slide` at fragment step `step`, or an empty box with `emptyText`. */
  show(slide: Slide | undefined, step: number, versions: Record<string, number>, emptyText = ''): void {
    const key = slide ? `${slide.id}\0${slide.html}` : `\0${emptyText}`;
    if (key !== this.key) {
      this.key = key;
      if (slide) renderSlideInto(this.stage, slide, versions);
      else {
        const msg = document.createElement('div');
        msg.className = 'lectern-slide lx-empty';
        msg.textContent = emptyText;
        this.stage.replaceChildren(msg);
      }
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
    // Centred, letterboxed like a projector. CSSOM, not a style attribute: the CSP allows it.
    this.stage.style.transform = `translate(${(width - SLIDE_BOX.width * scale) / 2}px, ${(height - SLIDE_BOX.height * scale) / 2}px) scale(${scale})`;
  }
}
