import type { Result } from '../shared/contract';
import { EDIT_OPERATIONS, type EditHost, type FileChange } from '../shared/edit-contract';

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
    // One POST per operation of the contract's list; the host validates each.
    ...(Object.fromEntries(EDIT_OPERATIONS.map((op) => [op, (...args: unknown[]) => call(op, ...args)])) as Omit<EditHost, 'onFileChanged'>),
    onFileChanged(listener) {
      const events = new EventSource('/api/events');
      events.addEventListener('file', (e) => listener(JSON.parse((e as MessageEvent<string>).data) as FileChange));
      return () => events.close();
    },
  };
}
