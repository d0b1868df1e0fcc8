import { formatDate } from '../../core/i18n';
import type { Draft } from '../../shared/edit-contract';
import { el } from '../dom';
import { uiLanguage } from '../i18n';
import type { FileActionDeps } from './file-actions';
import { es } from './strings';

/**
 * Offers each kept draft in `box` as a banner saying when it was kept (in the UI language):
 * Restore brings it back (as a conflict if the file changed), Discard deletes it.
 */
export function offerDrafts(box: HTMLElement, drafts: Draft[], d: FileActionDeps & { onFileState(id: string): void }): void {
  for (const draft of drafts) {
    const restore = async (): Promise<void> => {
      const disk = await d.edit.readFile(draft.id);
      d.editor.forget(draft.id);
      d.files.close(draft.id);
      d.files.restore(draft, disk.ok ? disk.value : null);
      row.remove();
      if (d.editor.shownId !== draft.id) await d.openFile(draft.id);
      else d.onFileState(draft.id);
    };
    const discard = (): void => {
      void d.edit.deleteDraft(draft.id);
      row.remove();
    };
    const row = el(
      'div',
      { className: 'banner draft' },
      el('span', { textContent: es.draftFound(draft.id, formatDate(uiLanguage, new Date(draft.savedAt), true)) }),
      el('button', { type: 'button', className: 'restore', textContent: es.restore, onclick: () => void restore() }),
      el('button', { type: 'button', className: 'discard', textContent: es.discard, onclick: discard }),
    );
    row.dataset.file = draft.id;
    box.append(row);
  }
}
