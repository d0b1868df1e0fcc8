import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInsideDeck } from './paths';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();

describe('resolveInsideDeck', () => {
  it('resolves files inside the deck, including through inside symlinks', async () => {
    const deck = await tempDir();
    await mkdir(path.join(deck, 'img'));
    await writeFile(path.join(deck, 'img', 'a.png'), 'x');
    await symlink(path.join(deck, 'img', 'a.png'), path.join(deck, 'link.png'));
    expect(await resolveInsideDeck(deck, 'img/a.png')).toMatch(/img\/a\.png$/);
    expect(await resolveInsideDeck(deck, 'link.png')).toMatch(/img\/a\.png$/);
  });
  it('refuses symlinks that point outside, traversal, absolute and Windows paths, NUL and loops', async () => {
    const deck = await tempDir();
    const outside = await tempDir();
    await writeFile(path.join(outside, 'secret.txt'), 'secret');
    await symlink(path.join(outside, 'secret.txt'), path.join(deck, 'escape.txt'));
    await symlink(outside, path.join(deck, 'escape-dir'));
    await symlink(path.join(deck, 'loop-b'), path.join(deck, 'loop-a'));
    await symlink(path.join(deck, 'loop-a'), path.join(deck, 'loop-b'));
    for (const rel of ['escape.txt', 'escape-dir/secret.txt', '../secret.txt', '/etc/passwd', 'C:/x', 'a\\b', 'a\0b', 'loop-a', 'missing.png', '']) {
      expect(await resolveInsideDeck(deck, rel), rel).toBeNull();
    }
  });
});

describe('hidden files are never part of a deck', () => {
  it('refuses a hidden name, a name inside a hidden folder and a link into one', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, '.git'));
    await writeFile(path.join(dir, '.git', 'config'), '[remote]\n');
    await writeFile(path.join(dir, '.env'), 'TOKEN=1\n');
    await writeFile(path.join(dir, 'logo.png'), 'png');
    await symlink(path.join(dir, '.git', 'config'), path.join(dir, 'innocent.png'));
    expect(await resolveInsideDeck(dir, '.env')).toBeNull();
    expect(await resolveInsideDeck(dir, '.git/config')).toBeNull();
    expect(await resolveInsideDeck(dir, 'innocent.png')).toBeNull();
    expect(await resolveInsideDeck(dir, 'logo.png')).toBe(path.join(await realpath(dir), 'logo.png'));
  });
});
