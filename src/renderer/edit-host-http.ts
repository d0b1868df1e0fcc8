import type { Result } from '../shared/contract';
import type { EditHost, FileChange } from '../shared/edit-contract';

async function call<T>(op: string, ...args: unknown[]): Promise<Result<T>> {
  try {
    const res = await fetch(`/api/edit/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ args }), cache: 'no-store' });
    if (!res.ok) return { ok: false, error: `${res.status} ${await res.text()}` };
    return (await res.json()) as Result<T>;
  } catch (err) {
    // The host is gone (stopped or crashed): say so plainly; the text stays in the editor.
    return { ok: false, error: `Lectern's host does not answer (${(err as Error).message})` };
  }
}

/** The editor's operations over HTTP to the browser host (src/node/edit-http.ts). */
export function createHttpEditHost(): EditHost {
  return {
    listFiles: () => call('listFiles'),
    readFile: (id) => call('readFile', id),
    saveFile: (request) => call('saveFile', request),
    createFile: (id) => call('createFile', id),
    renameFile: (from, to) => call('renameFile', from, to),
    trashFile: (id) => call('trashFile', id),
    reorderFiles: (ids) => call('reorderFiles', ids),
    listDrafts: () => call('listDrafts'),
    putDraft: (draft) => call('putDraft', draft),
    deleteDraft: (id) => call('deleteDraft', id),
    onFileChanged(listener) {
      const events = new EventSource('/api/events');
      events.addEventListener('file', (e) => listener(JSON.parse((e as MessageEvent<string>).data) as FileChange));
      return () => events.close();
    },
  };
}
