import { formatDate } from '../../core/i18n';
import type { Draft, EditHost } from '../../shared/edit-contract';
import { el } from '../dom';
import { uiLanguage } from '../i18n';
import { es } from './strings';

function button(className: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', className, textContent: label });
  b.addEventListener('click', onClick);
  return b;
}

/** The banner offering an unsaved draft: when it was kept (in the UI language), Restore and Discard. */
export function draftRow(draft: Draft, restore: (row: HTMLElement) => void, discard: (row: HTMLElement) => void): HTMLElement {
  const row = el('div', { className: 'banner draft' });
  row.dataset.file = draft.id;
  row.append(
    el('span', { textContent: es.draftFound(draft.id, formatDate(uiLanguage, new Date(draft.savedAt), true)) }),
    button('restore', es.restore, () => restore(row)),
    button('discard', es.discard, () => discard(row)),
  );
  return row;
}

/** The drafts worth offering: one equal to what is on disk is stale (saved elsewhere, or the same edit) and is dropped. */
export async function freshDrafts(edit: EditHost, drafts: readonly Draft[]): Promise<Draft[]> {
  const offered: Draft[] = [];
  for (const d of drafts) {
    const disk = await edit.readFile(d.id);
    if (disk.ok && disk.value.text === d.text) void edit.deleteDraft(d.id);
    else offered.push(d);
  }
  return offered;
}

/** Ctrl+S / Cmd+S wherever the focus is (editor, a banner button, the sidebar). */
export function onSaveShortcut(save: () => void): void {
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
      e.preventDefault();
      save();
    }
  });
}
