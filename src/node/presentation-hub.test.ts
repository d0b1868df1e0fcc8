import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { makeRehearsalRecord } from '../core/rehearsal';
import { initialPresentation } from '../core/presentation';
import { PresentationHub } from './presentation-hub';
import { loadLastRehearsal, saveRehearsal } from './rehearsal-store';
import { defaultDataDir } from './data-dir';
import { SettingsStore } from './settings-store';
import { useTempDirs } from './test-support/temp-dir';

const tempDir = useTempDirs();
const deckOf = (files: Record<string, string>) => buildDeck({ files: Object.entries(files).map(([name, text]) => ({ name, text })), config: null, folderName: 'd' });

describe('PresentationHub', () => {
  it('counts fragment steps, tells listeners only of real changes, and follows the slide through a reload', () => {
    let now = 1000;
    const hub = new PresentationHub({ now: () => now });
    hub.setDeck(deckOf({ 'a.md': '# A\n\n---\n\n# B\n\n<p class="fragment">x</p>', 'b.md': '# C' }));
    const seen = vi.fn();
    hub.onChange(seen);
    hub.dispatch({ type: 'next' });
    hub.dispatch({ type: 'next' });
    expect(hub.snapshot().state.position).toEqual({ slide: 1, step: 1 });
    hub.dispatch({ type: 'prev' });
    hub.dispatch({ type: 'prev' });
    hub.dispatch({ type: 'prev' }); // already at the start: no news
    expect(seen).toHaveBeenCalledTimes(4);
    hub.dispatch({ type: 'goto', slide: 1, step: 1 });
    now = 5000;
    // A slide inserted above: the presenter stays on "B", step kept.
    hub.setDeck(deckOf({ 'a.md': '# New\n\n---\n\n# A\n\n---\n\n# B\n\n<p class="fragment">x</p>', 'b.md': '# C' }));
    expect(hub.snapshot().state.position).toEqual({ slide: 2, step: 1 });
    expect(hub.snapshot().now).toBe(5000);
    expect(hub.dispatch({ type: 'explode' })).toEqual({ ok: false, error: 'unknown presentation action' });
  });

  it('saves a rehearsal when it ends and shows its times as the last run', async () => {
    const dir = await tempDir();
    let now = 0;
    const hub = new PresentationHub({ now: () => now, saveRehearsal: (r) => saveRehearsal(dir, r) });
    hub.setDeck(deckOf({ '1-a.md': '# A', '2-b.md': '# B' }));
    hub.dispatch({ type: 'rehearsal', on: true });
    now = 60_000;
    hub.dispatch({ type: 'next' });
    now = 90_000;
    const saved = new Promise((resolve) => hub.onChange((s) => s.lastRun && resolve(s.lastRun)));
    hub.dispatch({ type: 'rehearsal', on: false });
    expect(await saved).toEqual({ '1-a.md': 60_000, '2-b.md': 30_000 });
    const files = await readdir(path.join(dir, '.lectern', 'rehearsals'));
    expect(files).toEqual(['1970-01-01T00-01-30-000Z.json']);
    expect(await loadLastRehearsal(dir)).toEqual({ '1-a.md': 60_000, '2-b.md': 30_000 });
  });
});

describe('rehearsal store', () => {
  it('reads the newest readable record and skips damaged ones', async () => {
    const dir = await tempDir();
    expect(await loadLastRehearsal(dir)).toBeNull();
    const deck = deckOf({ 'a.md': '# A' });
    await saveRehearsal(dir, { ...makeRehearsalRecord(deck, initialPresentation(), 0), sections: [{ file: 'a.md', title: 'A', planned: 0, actual: 42 }] });
    await writeFile(path.join(dir, '.lectern', 'rehearsals', '9999-broken.json'), '{ nope');
    expect(await loadLastRehearsal(dir)).toEqual({ 'a.md': 42 });
  });
});

describe('settings store', () => {
  it('falls back to defaults for a missing or damaged file and merges saves', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'sub', 'settings.json');
    const store = new SettingsStore(file);
    expect((await store.load()).notesFontSize).toBe(22);
    await store.save({ notesFontSize: 30 });
    await store.save({ keymap: { F8: 'next' } });
    expect(await store.load()).toEqual({ notesFontSize: 30, keymap: { F8: 'next' }, singleDisplay: 'windows' });
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'garbage');
    expect((await store.load()).notesFontSize).toBe(22);
    // Loading never rewrites the user's file, even a damaged one.
    expect(await readFile(file, 'utf8')).toBe('garbage');
  });

  it('puts the data folder where each platform expects it', () => {
    expect(defaultDataDir({ LECTERN_DATA_DIR: '/x/y' }, 'linux', '/home/u')).toBe('/x/y');
    expect(defaultDataDir({}, 'linux', '/home/u')).toBe('/home/u/.config/Lectern');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/data' }, 'linux', '/home/u')).toBe('/data/Lectern');
    expect(defaultDataDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/Lectern');
  });
});

describe('settings store under quick saves', () => {
  it('applies saves in order without losing one', async () => {
    const store = new SettingsStore(path.join(await tempDir(), 'settings.json'));
    await Promise.all([store.save({ notesFontSize: 24 }), store.save({ keymap: { F8: 'next' } }), store.save({ notesFontSize: 26 })]);
    expect(await store.load()).toMatchObject({ notesFontSize: 26, keymap: { F8: 'next' } });
  });
});
