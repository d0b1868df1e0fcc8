import type { LecternHost, Result, WindowCommand } from '../shared/contract';
import { HOST_GLOBAL } from '../shared/contract';
import type { ExportStatus } from '../shared/export-contract';
import { hostClient } from '../shared/host-client';
import { HTTP_OP_PREFIX, KEY_HEADER, KEY_PARAM, type HostEventName } from '../shared/operations';

/**
 * The browser host's access key: from the address `lectern serve` printed (`?t=`), kept in this
 * tab's session storage so the pages it opens next (console, editor) have it too. A page opened
 * from anywhere else has none and every operation is refused.
 */
function accessKey(): string {
  const storageName = `lectern-key-${location.port}`;
  const fromUrl = new URLSearchParams(location.search).get(KEY_PARAM);
  if (fromUrl) sessionStorage.setItem(storageName, fromUrl);
  return fromUrl ?? sessionStorage.getItem(storageName) ?? '';
}

/** Calls one operation of src/shared/operations.ts: `POST /api/op/<name>` with the key header. */
async function call<T>(op: string, ...args: unknown[]): Promise<Result<T>> {
  try {
    const res = await fetch(HTTP_OP_PREFIX + op, { method: 'POST', cache: 'no-store', headers: { 'Content-Type': 'application/json', [KEY_HEADER]: accessKey() }, body: JSON.stringify({ args }) });
    const text = await res.text();
    try {
      return JSON.parse(text) as Result<T>;
    } catch {
      return { ok: false, error: `${res.status} ${text}` };
    }
  } catch (err) {
    // The host is gone (stopped or crashed): say so plainly; the editor keeps its text.
    return { ok: false, error: `Lectern's host does not answer (${(err as Error).message})` };
  }
}

let events: EventSource | null = null;
/** One event stream per page, shared by every subscription. */
function subscribe<T>(name: HostEventName, listener: (data: T) => void): () => void {
  events ??= new EventSource(`/api/events?${KEY_PARAM}=${encodeURIComponent(accessKey())}`);
  const handler = (e: Event): void => listener(JSON.parse((e as MessageEvent<string>).data) as T);
  events.addEventListener(name, handler);
  return () => events?.removeEventListener(name, handler);
}

/** Page names of the two views, opened in named browser windows so a second press focuses the first. */
const VIEW_PAGES: Partial<Record<WindowCommand, [string, string]>> = {
  openConsole: ['console.html', 'lectern-console'],
  openAudience: ['index.html', 'lectern-audience'],
};

/** The browser host's side of the contract: HTTP and server-sent events on our own origin. */
function createBrowserHost(): LecternHost {
  const host = hostClient('browser', call, subscribe);
  return {
    ...host,
    export: {
      ...host.export!,
      // The host sends the current status as soon as the stream connects, then every change.
      onStatus: (listener) =>
        subscribe<ExportStatus>('export', (status) => {
          // A download is a plain link: it carries the key in its address.
          if (status.state === 'done' && status.downloadUrl) status.downloadUrl += `&${KEY_PARAM}=${encodeURIComponent(accessKey())}`;
          listener(status);
        }),
    },
    // Only the desktop app's menu sends commands.
    onCommand: undefined,
    async windowCommand(command) {
      const page = VIEW_PAGES[command];
      if (!page) return { ok: false, error: 'only the desktop app places windows on displays' };
      // noopener would hide the window name; these are our own same-origin pages.
      const key = accessKey();
      window.open(key ? `${page[0]}?${KEY_PARAM}=${encodeURIComponent(key)}` : page[0], page[1]);
      return { ok: true, value: true };
    },
  };
}

/** The host this renderer runs in: the Electron preload's bridge if present, else the browser host. */
export function getHost(): LecternHost {
  const bridged = (window as unknown as Record<string, LecternHost | undefined>)[HOST_GLOBAL];
  return bridged ?? createBrowserHost();
}
