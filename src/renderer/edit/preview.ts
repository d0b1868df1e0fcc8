import { firstContentLine } from '../../core/file-preview';
import { SLIDE_BOX } from '../../core/print-layout';
import type { Slide } from '../../core/types';
import { applyInlineStyles } from '../inline-style';
import { sanitizeSlideHtml } from '../sanitize';
import { renderSlideInto } from '../slide-dom';
import { es } from './strings';

const { width: SLIDE_W, height: SLIDE_H } = SLIDE_BOX;

/**
 * The live preview of the slide under the cursor, scaled to the panel, with its speaker notes.
 * Clicking the slide puts the cursor at its first source line.
 */
export class Preview {
  private readonly stage = document.createElement('div');
  private readonly box = document.createElement('section');
  private readonly notes = document.createElement('div');
  private slide: Slide | undefined;

  constructor(root: HTMLElement, onClickSlide: (line: number) => void) {
    this.stage.className = 'preview-stage';
    this.box.className = 'preview-box';
    this.stage.append(this.box);
    const notesTitle = document.createElement('h2');
    notesTitle.textContent = es.notes;
    this.notes.className = 'preview-notes';
    root.append(this.stage, notesTitle, this.notes);
    this.box.addEventListener('click', () => {
      if (this.slide) onClickSlide(firstContentLine(this.slide));
    });
    new ResizeObserver(() => this.fit()).observe(this.stage);
  }

  private fit(): void {
    const scale = this.stage.clientWidth / SLIDE_W;
    // CSSOM properties, not style attributes: allowed by our CSP.
    this.box.style.transform = `scale(${scale})`;
    this.stage.style.height = `${Math.round(SLIDE_H * scale)}px`;
  }

  /**
   * Shows a slide (sanitized, like every view) or a hint when there is none. Returns true when
   * the slide's content is taller than the slide (it would be cut off when presenting).
   */
  show(slide: Slide | undefined, versions: Record<string, number>, emptyHint = es.noSlideHere): boolean {
    this.slide = slide;
    if (!slide) {
      const hint = document.createElement('div');
      hint.className = 'lectern-slide preview-empty';
      hint.textContent = emptyHint;
      this.box.replaceChildren(hint);
      this.notes.textContent = '';
      return false;
    }
    renderSlideInto(this.box, slide, versions);
    this.box.dataset.line = String(slide.line);
    if (slide.notesHtml) {
      this.notes.innerHTML = sanitizeSlideHtml(slide.notesHtml);
      applyInlineStyles(this.notes); // formulas in notes (KaTeX sizes)
    }
    else this.notes.textContent = es.noNotes;
    this.fit();
    const inner = this.box.firstElementChild as HTMLElement | null;
    return !!inner && inner.scrollHeight > inner.clientHeight + 2;
  }
}
