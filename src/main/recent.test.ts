import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_RECENT, RecentDecks } from './recent';

let root: string;
let recent: RecentDecks;

async function folder(name: string): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lectern-recent-'));
  recent = new RecentDecks(path.join(root, 'user-data', 'recent-decks.json'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('RecentDecks', () => {
  it('is empty when the file is missing or corrupt', async () => {
    expect(await recent.list()).toEqual([]);
    await mkdir(path.dirname(recent.file), { recursive: true });
    await writeFile(recent.file, '{not json');
    expect(await recent.list()).toEqual([]);
    await writeFile(recent.file, JSON.stringify({ a: 1 }));
    expect(await recent.list()).toEqual([]);
  });

  it('puts the newest first and keeps each folder once', async () => {
    const a = await folder('a');
    const b = await folder('b');
    await recent.add(a);
    await recent.add(b);
    await recent.add(`${a}/`);
    expect(await recent.list()).toEqual([a, b]);
  });

  it(`keeps at most ${MAX_RECENT}`, async () => {
    const dirs = [];
    for (let i = 0; i < MAX_RECENT + 3; i++) dirs.push(await folder(`deck-${i}`));
    for (const dir of dirs) await recent.add(dir);
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(dirs.at(-1));
    expect(JSON.parse(await readFile(recent.file, 'utf8'))).toHaveLength(MAX_RECENT);
  });

  it('drops folders that no longer exist, and entries that are not absolute paths', async () => {
    const a = await folder('a');
    const b = await folder('b');
    await recent.add(a);
    await recent.add(b);
    await rm(b, { recursive: true });
    expect(await recent.list()).toEqual([a]);
    await writeFile(recent.file, JSON.stringify(['relative/deck', 42, a]));
    expect(await recent.list()).toEqual([a]);
  });

  it('serializes concurrent adds and writes atomically (no temp files left)', async () => {
    const dirs = await Promise.all(['x', 'y', 'z'].map(folder));
    await Promise.all(dirs.map((d) => recent.add(d)));
    expect(new Set(await recent.list())).toEqual(new Set(dirs));
    expect(await readdir(path.dirname(recent.file))).toEqual(['recent-decks.json']);
  });

  it('tells listeners about changes', async () => {
    const listener = vi.fn();
    recent.onChange(listener);
    const a = await folder('a');
    await recent.add(a);
    await recent.clear();
    expect(listener.mock.calls).toEqual([[[a]], [[]]]);
  });
});
