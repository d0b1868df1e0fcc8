import { firstContentLine } from '../../core/file-preview';
import type { Slide } from '../../core/types';
import { el } from '../dom';
import { es } from './strings';

/** A slide the palette offers: its number in the deck, title, file and first line. */
export interface SlideEntry {
  number: number;
  title: string;
  file: string;
  line: number;
}

const MAX_SHOWN = 12;

/** Slides matching what was typed: a number first finds that slide, any text finds titles (and file names) containing it. */
function matchSlides(slides: readonly SlideEntry[], query: string): SlideEntry[] {
  const q = query.trim().toLowerCase();
  if (q === '') return slides.slice(0, MAX_SHOWN);
  const exact = /^\d+$/.test(q) ? slides.filter((s) => s.number === Number(q)) : [];
  const byText = slides.filter((s) => !exact.includes(s) && `${s.title} ${s.file}`.toLowerCase().includes(q));
  return [...exact, ...byText].slice(0, MAX_SHOWN);
}

/**
 * "Go to slide" (Ctrl/Cmd+G): a box at the top of the editor where you type a slide number or
 * part of a title; Enter (or a click) opens that slide's file at its first line. Escape closes.
 */
export class GotoSlide {
  private readonly box = el('div', { id: 'goto-slide', hidden: true });
  private readonly input = el('input', { type: 'text', placeholder: es.gotoPlaceholder });
  private readonly list = el('ul');
  private shown: SlideEntry[] = [];
  private active = 0;

  constructor(
    parent: HTMLElement,
    private readonly slides: () => SlideEntry[],
    private readonly jump: (file: string, line: number) => void,
  ) {
    this.box.setAttribute('role', 'dialog');
    this.box.setAttribute('aria-label', es.gotoSlide);
    this.input.setAttribute('aria-label', es.gotoSlide);
    this.list.setAttribute('role', 'listbox');
    this.box.append(this.input, this.list);
    parent.append(this.box);
    this.input.addEventListener('input', () => this.render());
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  open(): boolean {
    this.box.hidden = false;
    this.input.value = '';
    this.render();
    this.input.focus();
    return true;
  }

  private close(): void {
    this.box.hidden = true;
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'Escape') this.close();
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const n = this.shown.length;
      if (n) this.active = (this.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this.render(false);
    } else if (e.key === 'Enter') {
      const pick = this.shown[this.active];
      if (pick) this.pick(pick);
    } else return;
    e.preventDefault();
  }

  private pick(slide: SlideEntry): void {
    this.close();
    this.jump(slide.file, slide.line);
  }

  private render(requery = true): void {
    if (requery) {
      this.shown = matchSlides(this.slides(), this.input.value);
      this.active = 0;
    }
    this.list.replaceChildren();
    if (this.shown.length === 0) this.list.append(el('li', { className: 'none', textContent: es.gotoNone }));
    this.shown.forEach((slide, i) => {
      const li = el(
        'li',
        {},
        el('span', { className: 'number', textContent: String(slide.number) }),
        el('span', { className: 'title', textContent: slide.title || es.untitled }),
        el('span', { className: 'file', textContent: `${slide.file}:${slide.line}` }),
      );
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === this.active));
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.pick(slide);
      });
      this.list.append(li);
    });
  }
}

/**
 * The deck's slides in order, numbered as on the projector: the shown file's slides come from
 * its live text (unsaved edits included, once its preview is built), the other files' from the
 * host's last load.
 */
export function deckSlides(saved: readonly Slide[], shownId: string | null, live: readonly Slide[]): SlideEntry[] {
  const shown = live.length ? live : saved.filter((s) => s.file === shownId);
  const others = saved.filter((s) => s.file !== shownId);
  // The shown file's slides go where its first slide was (at the end for a file not loaded yet).
  const at = saved.findIndex((s) => s.file === shownId);
  const inOrder = at < 0 ? [...others, ...shown] : [...saved.slice(0, at), ...shown, ...others.slice(at)];
  return inOrder.map((s, i) => ({ number: i + 1, title: s.title, file: s.file, line: firstContentLine(s) }));
}
