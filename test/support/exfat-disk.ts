import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A real case-insensitive disk (exFAT, as on USB sticks and SD cards) mounted here, or why there is none. */
export type ExfatDisk = { ok: true; dir: string; unmount(): Promise<void> } | { ok: false; reason: string };

/**
 * Mounts a small exFAT file system through FUSE (Debian: exfat-fuse, exfatprogs) on a loop
 * device, like a USB stick: case-insensitive and case-preserving, as on Windows and macOS
 * external disks. Needs root, /dev/fuse and a free loop device; says which is missing otherwise.
 */
export async function mountExfat(): Promise<ExfatDisk> {
  if (process.platform !== 'linux') return { ok: false, reason: 'Linux only (FUSE and loop devices)' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'needs root (a loop device and a FUSE mount)' };
  for (const tool of ['/usr/sbin/mkfs.exfat', '/usr/sbin/mount.exfat-fuse', '/usr/sbin/losetup'])
    if (!existsSync(tool)) return { ok: false, reason: `${tool} is missing (apt-get install exfat-fuse exfatprogs; scripts/install-system-deps.sh)` };
  if (!existsSync('/dev/fuse')) return { ok: false, reason: '/dev/fuse is missing' };
  const root = await mkdtemp(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'lectern-exfat-'));
  const image = path.join(root, 'disk.img');
  const dir = path.join(root, 'mnt');
  let loop = '';
  let mounted = false;
  const unmount = async (): Promise<void> => {
    if (mounted) await run('umount', [dir]).catch(() => run('umount', ['-l', dir]));
    if (loop) await run('/usr/sbin/losetup', ['-d', loop]).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  };
  try {
    await run('truncate', ['-s', '32M', image]);
    loop = (await run('/usr/sbin/losetup', ['-f', '--show', image])).stdout.trim();
    await run('/usr/sbin/mkfs.exfat', [loop]);
    await mkdir(dir);
    await run('/usr/sbin/mount.exfat-fuse', [loop, dir]);
    mounted = true;
    return { ok: true, dir, unmount };
  } catch (err) {
    await unmount();
    return { ok: false, reason: `could not mount an exFAT disk here: ${((err as { stderr?: string }).stderr || (err as Error).message).trim()}` };
  }
}
