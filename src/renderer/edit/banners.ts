import { diffLines } from '../../core/line-diff';
import { TEXT_ENCODING_LABELS, type TextEncodingName } from '../../core/text-encoding';
import type { FileModel } from './open-files';
import { es } from './strings';

/** What the banners ask the page to do. */
export interface BannerActions {
  keepMine(id: string): void;
  takeTheirs(id: string): void;
  saveAs(id: string, name: string): void;
  /** The user confirmed saving a file read from damaged UTF-8. */
  saveDamaged(id: string): void;
  /** The user confirmed reopening in another encoding, discarding unsaved edits. */
  reopenDiscarding(id: string, encoding: TextEncodingName | null): void;
  /** The user said no to the file's question. */
  dismiss(id: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text) e.textContent = text;
  return e;
}

function action(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** The two texts line by line: lines only in mine, only on disk, or in both. Text only, never HTML. */
function renderComparison(mine: string, theirs: string): HTMLElement {
  const box = el('div', 'compare');
  const legend = el('div', 'compare-legend');
  legend.append(el('span', 'mine', `+ ${es.mineLabel}`), el('span', 'theirs', `− ${es.theirsLabel}`));
  const list = el('pre', 'compare-lines');
  for (const line of diffLines(mine, theirs)) {
    list.append(el('div', `line ${line.kind}`, `${line.kind === 'mine' ? '+' : line.kind === 'theirs' ? '−' : ' '} ${line.text}`));
  }
  box.append(legend, list);
  return box;
}

/**
 * The notices above the editor for the shown file: conflict (keep mine / take theirs /
 * compare), deleted on disk, save errors (with Save as), mixed line endings, guessed encoding.
 */
export class Banners {
  private comparing: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: BannerActions,
  ) {}

  /** Re-renders for the shown file (null: none). */
  render(model: FileModel | undefined): void {
    const items: HTMLElement[] = [];
    if (model) {
      const { state, id } = model;
      if (state.status === 'conflict' && state.theirs) {
        const b = el('div', 'banner conflict', es.conflict);
        b.setAttribute('role', 'alert');
        const row = el('div', 'actions');
        const open = this.comparing === id;
        row.append(
          action(es.keepMine, 'keep-mine', () => this.actions.keepMine(id)),
          action(es.takeTheirs, 'take-theirs', () => this.actions.takeTheirs(id)),
          action(open ? es.closeCompare : es.compare, 'compare', () => {
            this.comparing = open ? null : id;
            this.render(model);
          }),
        );
        b.append(row);
        if (open) b.append(renderComparison(state.mine, state.theirs.text));
        items.push(b);
      } else if (this.comparing === id) this.comparing = null;
      if (state.status === 'deleted') items.push(el('div', 'banner deleted', es.deleted));
      if (state.error) items.push(this.errorBanner(id, state.error));
      if (model.mixedEol) items.push(el('div', 'banner info', es.mixedEol));
      items.push(...this.encodingBanners(model));
    }
    this.root.replaceChildren(...items);
  }

  /** The file's encoding notices (guessed, chosen, damaged) and the questions waiting for an answer. */
  private encodingBanners(model: FileModel): HTMLElement[] {
    const { id, format, asking } = model;
    const label = TEXT_ENCODING_LABELS[format.encoding];
    const items: HTMLElement[] = [];
    if (asking?.kind === 'save-damaged') {
      const b = el('div', 'banner error ask-damaged', es.saveDamagedAsk);
      b.setAttribute('role', 'alert');
      const row = el('div', 'actions');
      row.append(
        action(es.saveDamagedYes, 'save-damaged', () => this.actions.saveDamaged(id)),
        action(es.saveDamagedNo, 'dont-save', () => this.actions.dismiss(id)),
      );
      b.append(row);
      items.push(b);
    }
    if (asking?.kind === 'reopen-dirty') {
      const { encoding } = asking;
      const b = el('div', 'banner conflict ask-reopen', es.reopenDirtyAsk(encoding ? TEXT_ENCODING_LABELS[encoding] : es.encodingAutoAgain));
      b.setAttribute('role', 'alert');
      const row = el('div', 'actions');
      row.append(
        action(es.reopenDiscard, 'reopen-discard', () => this.actions.reopenDiscarding(id, encoding)),
        action(es.cancel, 'cancel-reopen', () => this.actions.dismiss(id)),
      );
      b.append(row);
      items.push(b);
    }
    if (model.damaged > 0) items.push(el('div', 'banner info encoding-damaged', es.damagedText(model.damaged)));
    else if (model.chosen) items.push(el('div', 'banner info encoding-chosen', es.encodingChosen(label)));
    else if (format.guessed) items.push(el('div', 'banner info encoding-guessed', es.guessedEncoding(label)));
    return items;
  }

  private errorBanner(id: string, message: string): HTMLElement {
    const b = el('div', 'banner error', `${es.saveFailed} ${message}`);
    b.setAttribute('role', 'alert');
    const row = el('div', 'actions');
    const name = el('input', 'save-as-name');
    name.type = 'text';
    name.placeholder = es.saveAsName;
    name.value = id.replace(/\.md$/i, '-copy.md');
    row.append(
      name,
      action(es.saveAs, 'save-as', () => name.value.trim() && this.actions.saveAs(id, name.value.trim())),
    );
    b.append(row);
    return b;
  }
}
