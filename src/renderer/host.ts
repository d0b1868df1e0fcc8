import type { DeckPayload, DeckUpdate, LecternHost, PresentationSnapshot, PresenterSettings, Result, WindowCommand } from '../shared/contract';
import { HOST_GLOBAL } from '../shared/contract';
import { EDIT_OPERATIONS, type EditHost, type FileChange } from '../shared/edit-contract';
import { EXPORT_OPERATIONS, type ExportHost, type ExportStatus } from '../shared/export-contract';
import { httpPathOf, KEY_HEADER, KEY_PARAM, type HostEventName } from '../shared/operations';

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
    const res = await fetch(httpPathOf(op), { method: 'POST', cache: 'no-store', headers: { 'Content-Type': 'application/json', [KEY_HEADER]: accessKey() }, body: JSON.stringify({ args }) });
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
  const edit: EditHost = {
    ...(Object.fromEntries(EDIT_OPERATIONS.map((op) => [op, (...args: unknown[]) => call(`edit.${op}`, ...args)])) as Omit<EditHost, 'onFileChanged'>),
    onFileChanged: (listener) => subscribe<FileChange>('file', listener),
  };
  const exportHost: ExportHost = {
    ...(Object.fromEntries(EXPORT_OPERATIONS.map((op) => [op, (...args: unknown[]) => call(`export.${op}`, ...args)])) as Omit<ExportHost, 'onStatus'>),
    // The host sends the current status as soon as the stream connects, then every change.
    onStatus: (listener) =>
      subscribe<ExportStatus>('export', (status) => {
        // A download is a plain link: it carries the key in its address.
        if (status.state === 'done' && status.downloadUrl) status.downloadUrl += `&${KEY_PARAM}=${encodeURIComponent(accessKey())}`;
        listener(status);
      }),
  };
  return {
    kind: 'browser',
    edit,
    export: exportHost,
    loadDeck: () => call<DeckPayload>('loadDeck'),
    onDeckChanged: (listener) => subscribe<DeckUpdate>('deck', listener),
    loadPresentation: () => call<PresentationSnapshot>('loadPresentation'),
    dispatch: (action) => call<PresentationSnapshot>('dispatch', action),
    onPresentation: (listener) => subscribe<PresentationSnapshot>('presentation', listener),
    loadSettings: () => call<PresenterSettings>('loadSettings'),
    saveSettings: (changes) => call<PresenterSettings>('saveSettings', changes),
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
