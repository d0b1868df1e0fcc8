import type { DeckPayload, DeckUpdate, LecternHost, Result } from '../shared/contract';
import { HOST_GLOBAL } from '../shared/contract';
import { createHttpEditHost } from './edit-host-http';

/** The browser host's side of the contract: HTTP and server-sent events on our own origin. */
function createBrowserHost(): LecternHost {
  return {
    kind: 'browser',
    edit: createHttpEditHost(),
    async loadDeck(): Promise<Result<DeckPayload>> {
      try {
        const res = await fetch('/api/deck', { cache: 'no-store' });
        if (!res.ok) return { ok: false, error: `${res.status} ${await res.text()}` };
        return { ok: true, value: (await res.json()) as DeckPayload };
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    },
    onDeckChanged(listener) {
      const events = new EventSource('/api/events');
      events.addEventListener('deck', (e) => listener(JSON.parse((e as MessageEvent<string>).data) as DeckUpdate));
      return () => events.close();
    },
  };
}

/** The host this renderer runs in: the Electron preload's bridge if present, else the browser host. */
export function getHost(): LecternHost {
  const bridged = (window as unknown as Record<string, LecternHost | undefined>)[HOST_GLOBAL];
  return bridged ?? createBrowserHost();
}
