import * as fsp from 'node:fs/promises';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();

const fault = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: injected`), { code });

/** Real file system, except that one step of the temp file's life fails with `code`. */
function faultyFs(step: 'write' | 'sync' | 'rename' | 'short-write', code = 'EIO'): AtomicWriteFs {
  return {
    rename:
      step === 'rename'
        ? async () => {
            throw fault(code);
          }
        : fsp.rename,
    unlink: fsp.unlink,
    open: (async (file: string, flags: string, mode?: number) => {
      const handle = await fsp.open(file, flags, mode);
      if (flags !== 'wx') return handle;
      if (step === 'write')
        handle.write = (async () => {
          throw fault(code);
        }) as never;
      if (step === 'short-write') handle.write = (async () => ({ bytesWritten: 0, buffer: new Uint8Array() })) as never;
      if (step === 'sync')
        handle.sync = async () => {
          throw fault(code);
        };
      return handle;
    }) as typeof fsp.open,
  };
}

describe('writeFileAtomic with injected faults', () => {
  const cases: [Parameters<typeof faultyFs>[0], string, RegExp][] = [
    ['write', 'ENOSPC', /ENOSPC/],
    ['write', 'EIO', /EIO/],
    ['sync', 'EIO', /EIO/],
    ['rename', 'EPERM', /EPERM/],
    ['short-write', 'EIO', /short write/],
  ];
  for (const [step, code, message] of cases) {
    it(`${code} on ${step}: throws, the original stays byte-identical and no temp file is left`, async () => {
      const dir = await tempDir();
      const file = path.join(dir, 'talk.md');
      const original = Buffer.from('# Привет\r\n\r\noriginal\r\n');
      await writeFile(file, original);
      await expect(writeFileAtomic(file, Buffer.alloc(70_000, 'b'), faultyFs(step, code))).rejects.toThrow(message);
      expect((await readFile(file)).equals(original)).toBe(true);
      expect(await readdir(dir)).toEqual(['talk.md']);
    });
  }
  it('keeps the permissions of the file it replaces', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'private.md');
    await writeFile(file, 'a', { mode: 0o600 });
    await writeFileAtomic(file, 'b');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
