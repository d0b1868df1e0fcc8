import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { DeckUpdate } from '../shared/contract';
import { joinDeckPieces, type DeckPiece } from '../shared/deck-pieces';
import { ipcEventChannelOf } from '../shared/operations';
import { DeckFolderError } from '../node/read-deck';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry, DeckView } from './deck-registry';
import { makeFixtureDeck } from '../../test/support/fixture-deck';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
const view = (id: number): DeckView & { send: Mock<(channel: string, ...args: unknown[]) => void> } => ({
  id,
  send: vi.fn<(channel: string, ...args: unknown[]) => void>(),
  isDestroyed: () => false,
});

beforeEach(async () => {
  fixture = await makeFixtureDeck();
  registry = createAppRegistry();
});
afterEach(async () => {
  await registry.closeAll();
  await fixture.cleanup();
});

describe('DeckRegistry', () => {
  it('gives every opened deck its own host key', async () => {
    const a = await registry.open(fixture.dir);
    const b = await registry.open(fixture.dir);
    expect(a).toBe('d1');
    expect(b).toBe('d2');
    expect(registry.get(a)?.dir).toBe(path.resolve(fixture.dir));
    expect(registry.keyOfDir(fixture.dir)).toBe('d1');
  });

  it('refuses a folder that does not exist with a DeckFolderError', async () => {
    await expect(registry.open(path.join(fixture.root, 'missing'))).rejects.toBeInstanceOf(DeckFolderError);
    expect(registry.get('d1')).toBeUndefined();
  });

  it('sends reloads to the views of the changed deck only', async () => {
    const key = await registry.open(fixture.dir);
    const shown = view(1);
    const other = view(2);
    registry.attach(key, shown);
    await writeFile(path.join(fixture.dir, '02-end.md'), '# Конец, исправленный\n');
    // The update travels as JSON in pieces (ipc-events.ts), joined as the preload joins them.
    const updates: DeckUpdate[] = [];
    const join = joinDeckPieces<DeckUpdate>((u) => updates.push(u));
    await vi.waitFor(() => expect(shown.send.mock.calls.some((c) => (c[1] as DeckPiece).last)).toBe(true), { timeout: 5000, interval: 20 });
    expect(shown.send.mock.calls.every((c) => c[0] === ipcEventChannelOf('deck'))).toBe(true);
    shown.send.mock.calls.forEach((c) => join(c[1] as DeckPiece));
    const [update] = updates as [DeckUpdate];
    expect(update).toMatchObject({ revision: 2, baseRevision: 1 });
    // Only the edited slide travels; the others are referenced by their index for the view to keep.
    expect(update.deck.slides.map((s) => (typeof s === 'number' ? s : s.title))).toEqual([0, 1, 'Конец, исправленный']);
    expect(other.send).not.toHaveBeenCalled();
  });

  it('closes a deck when its last view detaches', async () => {
    const key = await registry.open(fixture.dir);
    registry.attach(key, view(1));
    registry.attach(key, view(2));
    expect(registry.keyOfView(2)).toBe(key);
    await registry.detach(1);
    expect(registry.get(key)).toBeDefined();
    await registry.detach(2);
    expect(registry.get(key)).toBeUndefined();
  });

  it('detaches from one deck only when asked to', async () => {
    const a = await registry.open(fixture.dir);
    const b = await registry.open(fixture.dir);
    registry.attach(a, view(7));
    registry.attach(b, view(7));
    await registry.detach(7, a);
    expect(registry.get(a)).toBeUndefined();
    expect(registry.keyOfView(7)).toBe(b);
  });

  it('keeps serving the last good deck when the folder disappears', async () => {
    const key = await registry.open(fixture.dir);
    await rm(fixture.dir, { recursive: true });
    expect((await registry.get(key)!.runtime.session.payload()).deck.config.title).toBeTruthy();
  });
});
