import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { MoveFs } from '../../src/node/deck-renames';

/**
 * The rename calls as a case-insensitive, case-preserving disk answers them (macOS APFS, Windows
 * NTFS), over a real folder on a case-sensitive one: a name finds the entry that equals it after
 * Unicode normalization and case folding, a new name keeps the spelling it was given, and a
 * link onto a name that folds to an existing entry fails with EEXIST. `inodePerSpelling`: a name
 * spelled otherwise than its entry gets another inode number (as FUSE file systems give).
 */
export function caseFoldingFs(options: { inodePerSpelling?: boolean } = {}): MoveFs {
  const fold = (name: string): string => name.normalize('NFC').toLowerCase();
  const errno = (code: string, file: string): Error => Object.assign(new Error(`${code}: ${file}`), { code });
  const onDisk = async (file: string): Promise<string | null> => {
    const names = await fsp.readdir(path.dirname(file)).catch(() => [] as string[]);
    const hit = names.find((n) => fold(n) === fold(path.basename(file)));
    return hit === undefined ? null : path.join(path.dirname(file), hit);
  };
  const existing = async (file: string): Promise<string> => {
    const real = await onDisk(file);
    if (!real) throw errno('ENOENT', file);
    return real;
  };
  return {
    // exFAT or NTFS through FUSE (exfat-fuse, ntfs-3g) number each spelling of a name on its own.
    lstat: async (file) => {
      const real = await existing(file);
      const info = await fsp.lstat(real);
      return options.inodePerSpelling && real !== file ? { dev: info.dev, ino: info.ino + 1_000_000 } : info;
    },
    readFile: async (file) => fsp.readFile(await existing(file)),
    unlink: async (file) => fsp.unlink(await existing(file)),
    link: async (src, dst) => {
      const from = await existing(src);
      if (await onDisk(dst)) throw errno('EEXIST', dst);
      await fsp.link(from, dst);
    },
    rename: async (src, dst) => {
      const from = await existing(src);
      const to = await onDisk(dst);
      // Onto itself under another case: the entry takes the new spelling. Onto another file: replaces it.
      await fsp.rename(from, to && to !== from ? to : dst);
    },
  };
}
