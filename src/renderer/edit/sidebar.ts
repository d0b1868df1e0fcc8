import { firstContentLine } from '../../core/file-preview';
import type { Slide } from '../../core/types';
import type { DeckFileEntry } from '../../shared/edit-contract';
import { el } from '../dom';
import { es } from './strings';

/** What the sidebar asks the page to do. */
export interface SidebarActions {
  open(id: string): void;
  create(name: string): void;
  rename(from: string, to: string): void;
  trash(id: string): void;
  reorder(ids: string[]): void;
  gotoLine(line: number): void;
}

function button(text: string, title: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: text, title, className });
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}

/** An inline name field: Enter commits, Escape or leaving cancels. */
function nameField(initial: string, placeholder: string, commit: (value: string) => void, cancel: () => void): HTMLInputElement {
  const input = el('input', { type: 'text', value: initial, placeholder, className: 'name-field' });
  let done = false;
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && input.value.trim()) {
      done = true;
      commit(input.value.trim());
    } else if (e.key === 'Escape') {
      done = true;
      cancel();
    }
  });
  input.addEventListener('blur', () => {
    if (!done) cancel();
  });
  return input;
}

/**
 * The deck's files (open, add, rename by double-click, delete to the trash with a second click
 * to confirm, drag to reorder slide files) and the slides of the shown file (click: go to line).
 */
export class Sidebar {
  private files: DeckFileEntry[] = [];
  private shown: string | null = null;
  private unsaved = new Set<string>();
  private readonly fileList = el('ul', { className: 'files' });
  private readonly slideList = el('ol', { className: 'slides-of-file' });
  /** While a file is dragged the list must not be rebuilt (that would cancel the drag). */
  private dragging = false;

  constructor(
    root: HTMLElement,
    private readonly actions: SidebarActions,
  ) {
    const head = el(
      'div',
      { className: 'side-head' },
      el('h2', { textContent: es.files }),
      button('+', es.newFile, 'new-file', () => this.startCreate()),
    );
    root.append(head, this.fileList, el('h2', { textContent: es.slides }), this.slideList);
  }

  /** Shows the file list, marking the shown file and files with unsaved text. */
  setFiles(files: DeckFileEntry[], shown: string | null, unsaved: Set<string>): void {
    this.files = files;
    this.shown = shown;
    this.unsaved = unsaved;
    if (!this.dragging) this.renderFiles();
  }

  private renderFiles(): void {
    this.fileList.replaceChildren(...this.files.map((f) => this.fileItem(f)));
  }

  private fileItem(f: DeckFileEntry): HTMLLIElement {
    const li = el('li', { className: `file ${f.kind}${f.id === this.shown ? ' shown' : ''}${this.unsaved.has(f.id) ? ' unsaved' : ''}` });
    li.dataset.id = f.id;
    const name = el('span', { className: 'name', textContent: f.id, title: es.rename });
    li.addEventListener('click', () => this.actions.open(f.id));
    name.addEventListener('dblclick', (e) => {
      e.stopPropagation();
      name.replaceWith(
        nameField(
          f.id,
          f.id,
          (to) => (to !== f.id ? this.actions.rename(f.id, to) : this.renderFiles()),
          () => this.renderFiles(),
        ),
      );
      li.querySelector('input')?.focus();
    });
    const trash = button('×', es.trash, 'trash', () => {
      if (trash.classList.contains('confirm')) this.actions.trash(f.id);
      else {
        trash.classList.add('confirm');
        trash.textContent = es.confirmTrash;
      }
    });
    li.append(name, trash);
    if (f.kind === 'slide') this.makeDraggable(li, f.id);
    return li;
  }

  private makeDraggable(li: HTMLLIElement, id: string): void {
    li.draggable = true;
    li.addEventListener('dragstart', (e) => {
      e.dataTransfer?.setData('text/plain', id);
      li.classList.add('dragging');
      this.dragging = true;
    });
    li.addEventListener('dragend', () => {
      li.classList.remove('dragging');
      this.dragging = false;
      this.renderFiles();
    });
    li.addEventListener('dragover', (e) => e.preventDefault());
    li.addEventListener('drop', (e) => {
      e.preventDefault();
      const moved = e.dataTransfer?.getData('text/plain');
      const order = this.files.filter((f) => f.kind === 'slide').map((f) => f.id);
      if (!moved || moved === id || !order.includes(moved)) return;
      order.splice(order.indexOf(moved), 1);
      order.splice(order.indexOf(id), 0, moved);
      this.actions.reorder(order);
    });
  }

  private startCreate(): void {
    const input = nameField(
      '',
      es.newFileName,
      (name) => this.actions.create(/\.md$/i.test(name) ? name : `${name}.md`),
      () => li.remove(),
    );
    const li = el('li', { className: 'file creating' }, input);
    this.fileList.append(li);
    input.focus();
  }

  /** Lists the slides of the shown file; the one under the cursor is marked. */
  setSlides(slides: readonly Slide[], current: Slide | undefined): void {
    this.slideList.replaceChildren(
      ...slides.map((s) => {
        // Titles keep inline HTML (`a<br>b`); the list shows words only, as text.
        const text =
          s.title
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim() || `(${s.line})`;
        const li = el('li', { textContent: text, className: s === current ? 'current' : '' });
        li.dataset.line = String(s.line);
        li.addEventListener('click', () => this.actions.gotoLine(firstContentLine(s)));
        return li;
      }),
    );
  }
}
