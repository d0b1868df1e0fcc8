import type { DeckPayload, DeckUpdate, LecternHost, PresentationSnapshot, PresenterSettings, Result, WindowCommand } from '../shared/contract';
import { HOST_GLOBAL } from '../shared/contract';
import { createHttpEditHost } from './edit-host-http';
import { createHttpExportHost } from './export-host-http';

async function getJson<T>(url: string, init?: RequestInit): Promise<Result<T>> {
  try {
    const res = await fetch(url, { cache: 'no-store', ...init });
    if (!res.ok) return { ok: false, error: `${res.status} ${await res.text()}` };
    return (await res.json()) as Result<T>;
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

const postJson = <T>(url: string, body: unknown): Promise<Result<T>> =>
  getJson<T>(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** Page names of the two views, opened in named browser windows so a second press focuses the first. */
const VIEW_PAGES: Partial<Record<WindowCommand, [string, string]>> = {
  openConsole: ['console.html', 'lectern-console'],
  openAudience: ['index.html', 'lectern-audience'],
};

/** The browser host's side of the contract: HTTP and server-sent events on our own origin. */
function createBrowserHost(): LecternHost {
  let events: EventSource | null = null;
  /** One event stream per page, shared by every subscription. */
  const subscribe = <T>(name: string, listener: (data: T) => void): (() => void) => {
    events ??= new EventSource('/api/events');
    const handler = (e: Event): void => listener(JSON.parse((e as MessageEvent<string>).data) as T);
    events.addEventListener(name, handler);
    return () => events?.removeEventListener(name, handler);
  };
  return {
    kind: 'browser',
    edit: createHttpEditHost(),
    export: createHttpExportHost(),
    async loadDeck(): Promise<Result<DeckPayload>> {
      try {
        const res = await fetch('/api/deck', { cache: 'no-store' });
        if (!res.ok) return { ok: false, error: `${res.status} ${await res.text()}` };
        return { ok: true, value: (await res.json()) as DeckPayload };
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    },
    onDeckChanged: (listener) => subscribe<DeckUpdate>('deck', listener),
    loadPresentation: () => getJson<PresentationSnapshot>('/api/presentation'),
    dispatch: (action) => postJson<PresentationSnapshot>('/api/presentation', action),
    onPresentation: (listener) => subscribe<PresentationSnapshot>('presentation', listener),
    loadSettings: () => getJson<PresenterSettings>('/api/settings'),
    saveSettings: (changes) => postJson<PresenterSettings>('/api/settings', changes),
    async windowCommand(command) {
      const page = VIEW_PAGES[command];
      if (!page) return { ok: false, error: 'only the desktop app places windows on displays' };
      // noopener would hide the window name; these are our own same-origin pages.
      window.open(page[0], page[1]);
      return { ok: true, value: true };
    },
  };
}

/** The host this renderer runs in: the Electron preload's bridge if present, else the browser host. */
export function getHost(): LecternHost {
  const bridged = (window as unknown as Record<string, LecternHost | undefined>)[HOST_GLOBAL];
  return bridged ?? createBrowserHost();
}
