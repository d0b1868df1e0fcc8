import type { EditHost } from '../../shared/edit-contract';
import type { CodeEditor } from './code-editor';
import type { OpenFiles } from './open-files';
import { showStatus, type PageState } from './page-state';
import type { SidebarActions } from './sidebar';
import { es } from './strings';

/** What the file actions work with: the host, the open files, the editor and the page's own steps. */
export interface FileActionDeps {
  edit: EditHost;
  files: OpenFiles;
  editor: CodeEditor;
  page: PageState;
  refreshList(): Promise<void>;
  openFile(id: string): Promise<void>;
}

/** Runs an action; a returned string is shown to the user. */
async function run(action: () => Promise<string | void>): Promise<void> {
  showStatus((await action()) ?? '');
}

/** The sidebar's actions on the deck's files (open, create, rename, trash, reorder, go to a slide). */
export function sidebarActions(d: FileActionDeps): SidebarActions {
  const { edit, files, editor } = d;
  return {
    open: (id) => void d.openFile(id).then(() => editor.view.focus()),
    create: (name) =>
      void run(async () => {
        const made = await edit.createFile(name);
        if (!made.ok) return made.error;
        files.adopt(made.value);
        await d.refreshList();
        await d.openFile(name);
        editor.view.focus();
      }),
    rename: (from, to) =>
      void run(async () => {
        const r = await edit.renameFile(from, to);
        if (!r.ok) return r.error;
        // The editor first: the file's state change then finds it shown under its new name.
        editor.rename(from, to);
        files.rename(from, to);
        await d.refreshList();
      }),
    trash: (id) =>
      void run(async () => {
        const r = await edit.trashFile(id);
        if (!r.ok) return r.error;
        files.close(id);
        editor.forget(id);
        await d.refreshList();
        const next = d.page.fileList.find((f) => f.kind === 'slide')?.id;
        if (next) await d.openFile(next);
        return es.trashed(r.value);
      }),
    reorder: (ids) =>
      void run(async () => {
        const r = await edit.reorderFiles(ids);
        if (!r.ok) return r.error;
        for (const [from, to] of r.value) {
          editor.rename(from, to);
          files.rename(from, to);
        }
        await d.refreshList();
      }),
    gotoLine: (line) => editor.gotoLine(line),
  };
}

/** Saves the shown file. */
export async function saveShown(d: FileActionDeps): Promise<void> {
  const id = d.editor.shownId;
  if (!id) return;
  d.files.edit(id, d.editor.text());
  await d.files.save(id);
}

/** Writes a copy of file `id` as `name` (same encoding and line endings) and opens the copy. */
export async function saveAs(d: FileActionDeps, id: string, name: string): Promise<void> {
  const { edit, files } = d;
  const model = files.get(id);
  if (!model) return;
  const made = await edit.createFile(name);
  if (!made.ok) return showStatus(made.error);
  const copy = files.adopt(made.value);
  copy.format = model.format;
  copy.eol = model.eol;
  files.edit(name, model.state.mine);
  await files.save(name);
  // A copy of a file read in a chosen encoding is read back the same way (it holds the same kind of bytes).
  if (model.chosen && files.get(name)?.state.status === 'clean') await files.reopen(name, model.format.encoding);
  await d.refreshList();
  await d.openFile(name);
}
