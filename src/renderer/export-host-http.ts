import type { Result } from '../shared/contract';
import { EXPORT_OPERATIONS, type ExportHost, type ExportStatus } from '../shared/export-contract';

async function call<T>(op: string, ...args: unknown[]): Promise<Result<T>> {
  try {
    const res = await fetch(`/api/export/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ args }), cache: 'no-store' });
    if (!res.ok) return { ok: false, error: `${res.status} ${await res.text()}` };
    return (await res.json()) as Result<T>;
  } catch (err) {
    return { ok: false, error: `Lectern's host does not answer (${(err as Error).message})` };
  }
}

/** The Export dialog's operations over HTTP to the browser host (src/node/export-http.ts). */
export function createHttpExportHost(): ExportHost {
  return {
    // One POST per operation of the contract's list; the host validates each.
    ...(Object.fromEntries(EXPORT_OPERATIONS.map((op) => [op, (...args: unknown[]) => call(op, ...args)])) as Omit<ExportHost, 'onStatus'>),
    onStatus(listener) {
      // The host sends the current status as soon as the stream connects, then every change.
      const events = new EventSource('/api/events');
      events.addEventListener('export', (e) => listener(JSON.parse((e as MessageEvent<string>).data) as ExportStatus));
      return () => events.close();
    },
  };
}
