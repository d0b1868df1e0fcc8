import type { EditState } from '../../core/edit-state';
import { el } from '../dom';
import { es } from './strings';

/** The shortcut as this system writes it: `Ctrl+B`, or `⌘B` on a Mac. */
function keys(combo: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return mac ? combo.replace(/Ctrl\+/g, '⌘').replace(/Shift\+/g, '⇧') : combo;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small line icon: each entry is an element name with its attributes. */
function icon(shapes: [string, Record<string, string | number>][]): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  for (const [name, attrs] of shapes) {
    const el = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    svg.append(el);
  }
  return svg;
}

const ICONS = {
  link: () =>
    icon([
      ['rect', { x: 2.5, y: 8.5, width: 11, height: 7, rx: 3.5 }],
      ['rect', { x: 10.5, y: 8.5, width: 11, height: 7, rx: 3.5 }],
    ]),
  newSlide: () =>
    icon([
      ['rect', { x: 3, y: 5, width: 18, height: 14, rx: 2 }],
      ['path', { d: 'M12 9v6M9 12h6' }],
    ]),
  gotoSlide: () =>
    icon([
      ['rect', { x: 3, y: 5, width: 12, height: 14, rx: 2 }],
      ['path', { d: 'M11 12h10M18 9l3 3-3 3' }],
    ]),
  find: () =>
    icon([
      ['circle', { cx: 10.5, cy: 10.5, r: 6 }],
      ['path', { d: 'M15 15l5.5 5.5' }],
    ]),
};

/** What the toolbar's buttons do. */
export interface ToolbarActions {
  bold(): void;
  italic(): void;
  link(): void;
  newSlide(): void;
  gotoSlide(): void;
  find(): void;
}

function toolButton(className: string, face: string | SVGSVGElement, tip: string, run: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', className: `tool ${className}`, title: tip }, face);
  b.setAttribute('aria-label', tip);
  // Keeps the editor's selection: the button acts on it without taking the focus.
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', run);
  return b;
}

/** The formatting buttons (bold, italic, link, new slide, go to slide, find), each naming its shortcut. */
export function formatTools(root: HTMLElement, act: ToolbarActions): void {
  root.setAttribute('role', 'toolbar');
  root.append(
    toolButton('bold', 'B', es.tip(es.bold, keys('Ctrl+B')), act.bold),
    toolButton('italic', 'I', es.tip(es.italic, keys('Ctrl+I')), act.italic),
    toolButton('link', ICONS.link(), es.tip(es.link, keys('Ctrl+K')), act.link),
    toolButton('new-slide', ICONS.newSlide(), es.tip(es.newSlide, keys('Ctrl+Enter')), act.newSlide),
    toolButton('goto-slide', ICONS.gotoSlide(), es.tip(es.gotoSlide, keys('Ctrl+G')), act.gotoSlide),
    toolButton('find', ICONS.find(), es.tip(es.find, keys('Ctrl+F')), act.find),
  );
}

/** The Save button: clicking it saves and leaves the focus in the editor, so typing goes on there. */
export function saveButton(save: HTMLButtonElement, label: string, run: () => void): void {
  save.textContent = label;
  save.addEventListener('mousedown', (e) => e.preventDefault());
  save.addEventListener('click', run);
}

/** Save is enabled only with something to save (unsaved edits, a conflict, a deleted file) and not while saving. */
export function showSaveState(save: HTMLButtonElement, status: EditState['status'], saving: boolean): void {
  const pending = status !== 'clean';
  save.disabled = saving || !pending;
  save.classList.toggle('pending', pending);
  save.title = pending ? es.saveTip(keys('Ctrl+S')) : es.nothingToSave;
}
