import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDeckFile } from './deck-files';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry } from './deck-registry';
import { dialog, resetElectronMock, shell } from './test-electron-mock';
import { makeFixtureDeck } from './test-fixture-deck';

vi.mock('electron', () => import('./test-electron-mock'));

const RUNNABLE = ['setup.exe', 'run.bat', 'Start.lnk', 'page.hta', 'go.command', 'app.desktop', 'x.pdf.exe', 'page.html', 'image.svg', 'macro.docm', 'PAYLOAD.EXE', 'noext'];

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let key: string;

beforeEach(async () => {
  resetElectronMock();
  shell.openPath.mockClear();
  fixture = await makeFixtureDeck();
  await writeFile(path.join(fixture.dir, 'handout.pdf'), '%PDF-1.7');
  for (const name of RUNNABLE) await writeFile(path.join(fixture.dir, name), 'x');
  await writeFile(path.join(fixture.root, 'secret.txt'), 'secret');
  await symlink(path.join(fixture.root, 'secret.txt'), path.join(fixture.dir, 'link.txt'));
  registry = createAppRegistry();
  key = await registry.open(fixture.dir);
});
afterEach(async () => {
  await registry.closeAll();
  await fixture.cleanup();
});

describe('openDeckFile', () => {
  it('opens a document inside the deck with the system viewer, after asking', async () => {
    expect(await openDeckFile(registry, `lectern://${key}/deck/handout.pdf`)).toMatch(/handout\.pdf$/);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'question', detail: expect.stringContaining('handout.pdf') }));
    expect(shell.openPath).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/deck\/handout\.pdf$/));
  });
  it('opens nothing when the presenter says no', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await openDeckFile(registry, `lectern://${key}/deck/handout.pdf`)).toBeNull();
    expect(shell.openPath).not.toHaveBeenCalled();
  });
  it.each(RUNNABLE)('never runs %s from a deck: refused with an explanation', async (name) => {
    expect(await openDeckFile(registry, `lectern://${key}/deck/${name}`)).toBeNull();
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'warning', detail: expect.stringContaining(name) }));
  });
  it.each(['deck/../secret.txt', 'deck/%2e%2e/secret.txt', 'deck/link.txt', 'deck/missing.pdf', 'index.html'])('never opens %s', async (rel) => {
    expect(await openDeckFile(registry, `lectern://${key}/${rel}`)).toBeNull();
    expect(shell.openPath).not.toHaveBeenCalled();
  });
  it('ignores other decks and other schemes', async () => {
    expect(await openDeckFile(registry, 'lectern://d99/deck/handout.pdf')).toBeNull();
    expect(await openDeckFile(registry, 'file:///etc/passwd')).toBeNull();
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});
