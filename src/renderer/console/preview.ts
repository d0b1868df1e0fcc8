import type { Slide } from '../../core/types';
import { renderSlideInto } from '../slide-dom';

/**
 * Fragment groups in reveal.js order: elements sharing a data-fragment-index form one step
 * (lowest index first), each fragment without an index is a step of its own after them. Same
 * rule as core/fragments.ts, which counts the steps for the presentation state.
 */
function fragmentGroups(root: HTMLElement): HTMLElement[][] {
  const indexed = new Map<number, HTMLElement[]>();
  const loose: HTMLElement[][] = [];
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('.fragment'))) {
    const index = el.dataset.fragmentIndex;
    if (index === undefined || !/^\d+$/.test(index)) loose.push([el]);
    else indexed.set(Number(index), [...(indexed.get(Number(index)) ?? []), el]);
  }
  return [...[...indexed.entries()].sort((a, b) => a[0] - b[0]).map(([, els]) => els), ...loose];
}

/** Shows the first `step` fragment steps of a rendered slide and hides the rest. */
export function applyFragmentStep(root: HTMLElement, step: number): void {
  fragmentGroups(root).forEach((group, i) => group.forEach((el) => el.classList.toggle('visible', i < step)));
}

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
    const scale = Math.min(width / 1280, height / 720) || 0.1;
    // Centred, letterboxed like a projector. CSSOM, not a style attribute: the CSP allows it.
    this.stage.style.transform = `translate(${(width - 1280 * scale) / 2}px, ${(height - 720 * scale) / 2}px) scale(${scale})`;
  }
}
