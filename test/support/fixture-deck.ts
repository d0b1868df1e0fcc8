/** A small deck folder in a temp dir for main-process tests (never the bundled `slides/`). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Result } from '../../src/shared/contract';
import { ipcChannelOf } from '../../src/shared/operations';
import { ipcMain } from './electron-mock';

/** Title written to the fixture's deck.yaml. */
export const FIXTURE_TITLE = 'Тестовая колода';

/** Creates a two-file deck with Cyrillic text; returns its folder and a cleanup function. */
export async function makeFixtureDeck(): Promise<{ dir: string; root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'lectern-main-'));
  const dir = path.join(root, 'deck');
  await mkdir(dir);
  await writeFile(path.join(dir, 'deck.yaml'), `title: "${FIXTURE_TITLE}"\nlang: ru\n`);
  await writeFile(path.join(dir, '01-intro.md'), '# Привет\n\nПервый слайд\n\n---\n\n# Второй\n\nТекст\n');
  await writeFile(path.join(dir, '02-end.md'), '# Конец\n');
  return { dir, root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Invokes operation `op` through the IPC transport as the main frame of `page` of deck `key` in WebContents `senderId`. */
export function invokeOp<T>(
  op: string,
  frame: { key: string; page: string; senderId: number; subframe?: boolean } | { url: string | null; senderId: number; subframe?: boolean },
  ...args: unknown[]
): Promise<Result<T>> {
  const handler = ipcMain.handlers.get(ipcChannelOf(op));
  if (!handler) throw new Error(`no IPC handler for ${op}`);
  const url = 'url' in frame ? frame.url : `lectern://${frame.key}/${frame.page}`;
  const senderFrame = url === null ? null : { url, parent: frame.subframe ? { url } : null };
  const sender = senders.get(frame.senderId) ?? makeSender(frame.senderId);
  return handler({ sender, senderFrame }, ...args) as Promise<Result<T>>;
}

const senders = new Map<number, ReturnType<typeof makeSender>>();
/** A WebContents stand-in for IPC events: an id, `destroyed` listeners, `isDestroyed`. */
export function makeSender(id: number) {
  const listeners: (() => void)[] = [];
  const sender = {
    id,
    destroyed: false,
    isDestroyed: () => sender.destroyed,
    once: (event: string, listener: () => void) => {
      if (event === 'destroyed') listeners.push(listener);
    },
    destroy() {
      sender.destroyed = true;
      listeners.splice(0).forEach((l) => l());
    },
  };
  senders.set(id, sender);
  return sender;
}
