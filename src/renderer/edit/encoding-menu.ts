import { TEXT_ENCODING_LABELS, TEXT_ENCODINGS, type TextEncodingName } from '../../core/text-encoding';
import { el } from '../dom';
import type { FileModel } from './open-files';
import { es } from './strings';

/** Value of the menu entry that goes back to automatic detection. */
const AUTO = 'auto';

/**
 * The toolbar's Encoding menu (like VS Code's "Reopen with Encoding"): shows how the shown file
 * was read (detected, guessed or chosen) and reopens it in another encoding when picked.
 */
export class EncodingMenu {
  private readonly select = el('select', { id: 'encoding', title: es.encoding });
  private model: FileModel | undefined;

  constructor(root: HTMLElement, onPick: (id: string, encoding: TextEncodingName | null) => void) {
    this.select.setAttribute('aria-label', es.encoding);
    this.select.addEventListener('change', () => {
      const model = this.model;
      const value = this.select.value;
      // Until the host answers, the menu shows how the file is read now, not the wish.
      this.render(model);
      if (model) onPick(model.id, value === AUTO ? null : (value as TextEncodingName));
    });
    root.replaceChildren(el('span', { textContent: `${es.encoding}:` }), this.select);
    this.render(undefined);
  }

  /** Shows the shown file's encoding (none: the menu is disabled). */
  render(model: FileModel | undefined): void {
    this.model = model;
    this.select.disabled = !model || model.state.saving !== null;
    const current = model?.format.encoding ?? 'utf-8';
    const auto = new Option(model && !model.chosen ? es.encodingAuto(TEXT_ENCODING_LABELS[current], model.format.guessed) : es.encodingAutoAgain, AUTO);
    const choices = TEXT_ENCODINGS.map((encoding) => new Option(TEXT_ENCODING_LABELS[encoding], encoding));
    this.select.replaceChildren(auto, ...choices);
    this.select.value = model?.chosen ? current : AUTO;
  }
}
