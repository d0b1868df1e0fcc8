import type { Draft } from '../../shared/edit-contract';
import { draftRow } from './draft-row';
import type { FileActionDeps } from './file-actions';

/** Offers each kept draft in `box`: Restore brings it back (as a conflict if the file changed), Discard deletes it. */
export function offerDrafts(box: HTMLElement, drafts: Draft[], d: FileActionDeps & { onFileState(id: string): void }): void {
  for (const draft of drafts) {
    const restore = async (row: HTMLElement): Promise<void> => {
      const disk = await d.edit.readFile(draft.id);
      d.editor.forget(draft.id);
      d.files.close(draft.id);
      d.files.restore(draft, disk.ok ? disk.value : null);
      row.remove();
      if (d.editor.shownId !== draft.id) await d.openFile(draft.id);
      else d.onFileState(draft.id);
    };
    box.append(
      draftRow(
        draft,
        (row) => void restore(row),
        (row) => {
          void d.edit.deleteDraft(draft.id);
          row.remove();
        },
      ),
    );
  }
}
