import { spawnSync } from 'node:child_process';
import { chmod, lstat, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { bundleForChild } from '../../test/support/child-process';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();

/** Fills most of a 64 KiB disk with an original, then tries to save 128 KiB over it. */
const FULL_DISK_PROBE = `
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write.mjs';
const dir = process.argv[2];
const original = Buffer.alloc(40 * 1024, 'a');
await writeFile(dir + '/talk.md', original);
let code = 'no-error';
try { await writeFileAtomic(dir + '/talk.md', Buffer.alloc(128 * 1024, 'b')); } catch (e) { code = e.code; }
const intact = (await readFile(dir + '/talk.md')).equals(original) ? 'original-intact' : 'original-damaged';
const temp = (await readdir(dir)).length === 1 ? 'no-temp' : 'temp-left';
console.log(code, intact, temp);
`;
const HERE = path.dirname(fileURLToPath(import.meta.url));

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.pdf');
    await writeFile(file, 'old');
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(file))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['a.pdf']);
  });
  it('writes through a symlink to its target and keeps the link', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'target.md'), 'old');
    await symlink('target.md', path.join(dir, 'link.md'));
    await writeFileAtomic(path.join(dir, 'link.md'), 'new');
    expect((await lstat(path.join(dir, 'link.md'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(dir, 'link.md'))).toBe('target.md');
    expect(await readFile(path.join(dir, 'target.md'), 'utf8')).toBe('new');
  });
  it('refuses a read-only file (also for root) and leaves it byte-identical', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'ro.md');
    await writeFile(file, 'keep me');
    await chmod(file, 0o444);
    await expect(writeFileAtomic(file, 'lost')).rejects.toThrow(/EACCES|EPERM/);
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });
  it('fails without touching anything when the folder is missing', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(path.join(dir, 'no', 'x.pdf'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  // docs/pitfalls.md: a full disk must leave the original intact. A 64 KiB tmpfs in a private mount
  // namespace gives a real ENOSPC without root on the host; skipped where unshare is not allowed.
  const canUnshare = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status === 0;
  it.skipIf(!canUnshare)('keeps the original byte-identical on a full disk (real tmpfs)', async () => {
    // The child process runs the real writer, compiled from its TypeScript source.
    const work = await tempDir();
    // Bundled with what it imports (core/bounded-name), so the child runs it with plain node.
    await bundleForChild(path.join(HERE, 'atomic-write.ts'), work);
    await writeFile(path.join(work, 'probe.mjs'), FULL_DISK_PROBE);
    const res = spawnSync(
      'unshare',
      ['--user', '--map-root-user', '--mount', 'sh', '-c', `mkdir -p "${work}/disk" && mount -t tmpfs -o size=64k tmpfs "${work}/disk" && "${process.execPath}" "${work}/probe.mjs" "${work}/disk"`],
      { encoding: 'utf8' },
    );
    expect(res.stdout.trim(), res.stderr).toBe('ENOSPC original-intact no-temp');
  });
});
