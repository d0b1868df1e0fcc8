import { randomBytes } from 'node:crypto';
import { access, constants, lstat, open, realpath, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that the old content stays byte-identical until the new one is complete:
 * temp file in the same folder, full write with the byte count checked, fsync, rename, fsync of
 * the folder. On any error the temp file is removed and the error is thrown. A read-only target
 * is refused (a rename would silently replace it; see PITFALLS). A symlinked target is written
 * through to the file it points at, keeping the link.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let file = path.resolve(target);
  try {
    if ((await lstat(file)).isSymbolicLink()) file = await realpath(file);
    await access(file, constants.W_OK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle = await open(temp, 'wx', 0o644).catch((err: NodeJS.ErrnoException) => {
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
    await handle.sync();
    await handle.close();
    handle = null as never;
    await rename(temp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  const dirHandle = await open(dir, 'r').catch(() => null);
  // Folder fsync makes the rename durable; not supported everywhere (Windows), so best effort.
  await dirHandle?.sync().catch(() => undefined);
  await dirHandle?.close();
}
