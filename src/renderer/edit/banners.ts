import { diffLines } from '../../core/line-diff';
import { TEXT_ENCODING_LABELS, type TextEncodingName } from '../../core/text-encoding';
import { el } from '../dom';
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

function action(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { className, textContent: text, type: 'button' });
  b.addEventListener('click', onClick);
  return b;
}

/** A banner that needs an answer: its text, then a row of actions. */
function askBanner(className: string, text: string, ...actions: HTMLElement[]): HTMLElement {
  const b = el('div', { className: `banner ${className}`, textContent: text }, el('div', { className: 'actions' }, ...actions));
  b.setAttribute('role', 'alert');
  return b;
}

/** A banner that only informs. */
const note = (className: string, text: string): HTMLElement => el('div', { className: `banner ${className}`, textContent: text });

/** The two texts line by line: lines only in mine, only on disk, or in both. Text only, never HTML. */
function renderComparison(mine: string, theirs: string): HTMLElement {
  const legend = el(
    'div',
    { className: 'compare-legend' },
    el('span', { className: 'mine', textContent: `+ ${es.mineLabel}` }),
    el('span', { className: 'theirs', textContent: `− ${es.theirsLabel}` }),
  );
  const lines = diffLines(mine, theirs).map((line) => el('div', { className: `line ${line.kind}`, textContent: `${line.kind === 'mine' ? '+' : line.kind === 'theirs' ? '−' : ' '} ${line.text}` }));
  return el('div', { className: 'compare' }, legend, el('pre', { className: 'compare-lines' }, ...lines));
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
        const open = this.comparing === id;
        const b = askBanner(
          'conflict',
          es.conflict,
          action(es.keepMine, 'keep-mine', () => this.actions.keepMine(id)),
          action(es.takeTheirs, 'take-theirs', () => this.actions.takeTheirs(id)),
          action(open ? es.closeCompare : es.compare, 'compare', () => {
            this.comparing = open ? null : id;
            this.render(model);
          }),
        );
        if (open) b.append(renderComparison(state.mine, state.theirs.text));
        items.push(b);
      } else if (this.comparing === id) this.comparing = null;
      if (state.status === 'deleted') items.push(note('deleted', es.deleted));
      if (state.error) items.push(this.errorBanner(id, state.error));
      if (model.mixedEol) items.push(note('info', es.mixedEol));
      items.push(...this.encodingBanners(model));
    }
    this.root.replaceChildren(...items);
  }

  /** The file's encoding notices (guessed, chosen, damaged) and the questions waiting for an answer. */
  private encodingBanners(model: FileModel): HTMLElement[] {
    const { id, format, asking } = model;
    const label = TEXT_ENCODING_LABELS[format.encoding];
    const items: HTMLElement[] = [];
    if (asking?.kind === 'save-damaged')
      items.push(
        askBanner(
          'error ask-damaged',
          es.saveDamagedAsk,
          action(es.saveDamagedYes, 'save-damaged', () => this.actions.saveDamaged(id)),
          action(es.saveDamagedNo, 'dont-save', () => this.actions.dismiss(id)),
        ),
      );
    if (asking?.kind === 'reopen-dirty') {
      const { encoding } = asking;
      items.push(
        askBanner(
          'conflict ask-reopen',
          es.reopenDirtyAsk(encoding ? TEXT_ENCODING_LABELS[encoding] : es.encodingAutoAgain),
          action(es.reopenDiscard, 'reopen-discard', () => this.actions.reopenDiscarding(id, encoding)),
          action(es.cancel, 'cancel-reopen', () => this.actions.dismiss(id)),
        ),
      );
    }
    if (model.damaged > 0) items.push(note('info encoding-damaged', es.damagedText(model.damaged)));
    else if (model.chosen) items.push(note('info encoding-chosen', es.encodingChosen(label)));
    else if (format.guessed) items.push(note('info encoding-guessed', es.guessedEncoding(label)));
    return items;
  }

  private errorBanner(id: string, message: string): HTMLElement {
    const name = el('input', { className: 'save-as-name', type: 'text', placeholder: es.saveAsName, value: id.replace(/\.md$/i, '-copy.md') });
    return askBanner(
      'error',
      `${es.saveFailed} ${message}`,
      name,
      action(es.saveAs, 'save-as', () => name.value.trim() && this.actions.saveAs(id, name.value.trim())),
    );
  }
}
