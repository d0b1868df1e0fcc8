import { firstContentLine } from '../../core/file-preview';
import { SLIDE_BOX } from '../../core/print-layout';
import type { Slide } from '../../core/types';
import { el } from '../dom';
import { setNotesHtml } from '../sanitize';
import { renderSlideInto } from '../slide-dom';
import { createSlideFrame } from '../slide-frame';
import { es } from './strings';

const { width: SLIDE_W, height: SLIDE_H } = SLIDE_BOX;

/**
 * The live preview of the slide under the cursor, scaled to the panel, with its speaker notes.
 * Clicking the slide puts the cursor at its first source line.
 */
export class Preview {
  /** The slide frame's host (clickable) and the 1280x720 box inside its shadow root. */
  private readonly frame = el('section', { className: 'preview-box' });
  private readonly stage = el('div', { className: 'preview-stage' }, this.frame);
  private readonly box = createSlideFrame(this.frame);
  private readonly notes = el('div', { className: 'preview-notes' });
  private slide: Slide | undefined;

  constructor(root: HTMLElement, onClickSlide: (line: number) => void) {
    root.append(this.stage, el('h2', { textContent: es.notes }), this.notes);
    this.frame.addEventListener('click', () => {
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

  /** Shows a slide (sanitized and fitted, like every view) or a hint when there is none. */
  show(slide: Slide | undefined, versions: Record<string, number>, emptyHint = es.noSlideHere): void {
    this.slide = slide;
    if (!slide) {
      this.box.replaceChildren(el('div', { className: 'lectern-slide preview-empty', textContent: emptyHint }));
      this.notes.textContent = '';
      return;
    }
    renderSlideInto(this.box, slide, versions);
    this.frame.dataset.line = String(slide.line);
    if (slide.notesHtml) setNotesHtml(this.notes, slide.notesHtml);
    else this.notes.textContent = es.noNotes;
    this.fit();
  }
}
