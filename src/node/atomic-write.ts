import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { truncateUtf8 } from '../core/bounded-name';

/** The file-system calls the writer makes; tests inject faults (ENOSPC, EIO, EPERM) through them. */
export interface AtomicWriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}
const REAL_FS: AtomicWriteFs = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink };

/**
 * Writes a file so that the old content stays byte-identical until the new one is complete:
 * temp file in the same folder, full write with the byte count checked, fsync, rename, fsync of
 * the folder. On any error the temp file is removed and the error is thrown. A read-only target
 * is refused (a rename would silently replace it; see docs/pitfalls.md). A symlinked target is written
 * through to the file it points at, keeping the link.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, fs: AtomicWriteFs = REAL_FS): Promise<void> {
  const { access, constants, lstat, realpath } = fsp;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let file = path.resolve(target);
  // A new file gets rw-r--r--; a replaced one keeps its own permissions (a private 0600 stays private).
  let mode = 0o644;
  try {
    if ((await lstat(file)).isSymbolicLink()) file = await realpath(file);
    await access(file, constants.W_OK);
    mode = (await fsp.stat(file)).mode & 0o7777;
    // root passes access() on a 0444 file; the user marked it read-only all the same.
    if ((mode & 0o222) === 0) throw Object.assign(new Error(`EACCES: file is read-only, open '${file}'`), { code: 'EACCES', path: file });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const dir = path.dirname(file);
  // The temp name must fit the 255-byte limit even when the target's own name nearly fills it.
  const temp = path.join(dir, `.${truncateUtf8(path.basename(file), 200)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle = await fs.open(temp, 'wx', mode).catch((err: NodeJS.ErrnoException) => {
    // Name the file the user asked for, not our temp file.
    err.path = file;
    throw err;
  });
  try {
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
      if (bytesWritten <= 0) throw new Error(`short write to ${temp}`);
      written += bytesWritten;
    }
    if ((await handle.stat()).size !== bytes.length) throw new Error(`size check failed for ${temp}`);
    // The umask may have narrowed the mode given to open.
    await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    handle = null as never;
    await fs.rename(temp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw err;
  }
  const dirHandle = await fs.open(dir, 'r').catch(() => null);
  // Folder fsync makes the rename durable; not supported everywhere (Windows), so best effort.
  await dirHandle?.sync().catch(() => undefined);
  await dirHandle?.close();
}
