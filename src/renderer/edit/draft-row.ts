import type { Draft, EditHost } from '../../shared/edit-contract';

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
