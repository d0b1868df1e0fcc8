// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { FitOutcome } from '../../core/fit';

// jsdom lays nothing out: the measurement is replaced by one that reads the slide's text.
const measured: string[] = [];
vi.mock('./measure-fit', async (importOriginal) => {
  const real = await importOriginal<typeof import('./measure-fit')>();
  return {
    ...real,
    measureFits: (slides: HTMLElement[]): FitOutcome[] =>
      slides.map((s) => {
        measured.push(s.textContent ?? '');
        if (s.textContent === 'big') return { scale: 0.6, wrap: false, overflow: false };
        if (s.textContent === 'huge') return { scale: 0.5, wrap: true, overflow: true };
        return { scale: 1, wrap: false, overflow: false };
      }),
  };
});
const { fitOf, fitSlide, fitsSettled } = await import('./fit-slides');

function slide(text: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'lectern-slide';
  el.textContent = text;
  document.body.append(el);
  return el;
}

describe('fitSlide', () => {
  it('measures each content once and applies the decision to every element showing it', async () => {
    const projector = slide('big');
    const preview = slide('big');
    void fitSlide(projector, 'k-big');
    void fitSlide(preview, 'k-big');
    await fitsSettled();
    expect(measured.filter((t) => t === 'big')).toHaveLength(1);
    for (const el of [projector, preview]) {
      expect(el.style.zoom).toBe('0.6');
      expect(el.style.width).toBe(`${1280 / 0.6}px`);
      expect(el.style.height).toBe('1200px');
      expect(el.dataset.fit).toBe('0.6');
    }
    // Shown again later (another view, a reload): applied at once from memory.
    const later = slide('big');
    await fitSlide(later, 'k-big');
    expect(later.dataset.fit).toBe('0.6');
    expect(measured.filter((t) => t === 'big')).toHaveLength(1);
    // The measuring stage is gone once nothing is pending.
    expect(document.getElementById('lectern-fit-stage')).toBeNull();
  });

  it('marks a slide that does not fit even at the limit, and wraps its long lines', async () => {
    const el = slide('huge');
    expect(await fitSlide(el, 'k-huge')).toEqual({ scale: 0.5, wrap: true, overflow: true });
    expect(el.hasAttribute('data-fit-overflow')).toBe(true);
    expect(el.classList.contains('lectern-fit-wrap')).toBe(true);
    expect(await fitOf(el)).toEqual({ scale: 0.5, wrap: true, overflow: true });
  });

  it('leaves a slide that fits untouched, and never applies an old decision to new content', async () => {
    const el = slide('small');
    void fitSlide(el, 'k-small-1');
    // Re-rendered with other content before the first was measured.
    el.textContent = 'big';
    void fitSlide(el, 'k-big-2');
    await fitsSettled();
    expect(el.dataset.fit).toBe('0.6');
    const ok = slide('small');
    await fitSlide(ok, 'k-small-3');
    expect(ok.style.zoom).toBe('');
    expect(ok.hasAttribute('data-fit')).toBe(false);
    expect(ok.hasAttribute('data-fit-overflow')).toBe(false);
  });
});
