import type { Stats } from 'node:fs';
import { constants, open, stat, type FileHandle } from 'node:fs/promises';

/**
 * Reading deck files without hanging or running out of descriptors. A FIFO (named pipe) opened
 * for reading blocks one of libuv's four file threads until a writer appears; four of them stop
 * every file operation of the process. So files are opened non-blocking and checked with fstat
 * (on the open handle, so nothing can be swapped in between) before a byte is read. A deck of
 * thousands of files under `ulimit -n 1024` ran out of descriptors reading them all at once, so
 * at most MAX_OPEN files are open here at a time, and EMFILE from elsewhere is waited out.
 */

/** Files this module keeps open at once; far below the usual limit of 1,024. */
const MAX_OPEN = 48;
const EMFILE_RETRIES = 50;

let active = 0;
const waiting: (() => void)[] = [];

async function acquire(): Promise<void> {
  if (active < MAX_OPEN) {
    active++;
    return;
  }
  // The releasing caller hands its slot over, so `active` stays counted.
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else active--;
}

/** Not a regular file (FIFO, socket, device, folder): never read. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  /** The kind as a diagnostic's `reason`: pipe, socket, device, special, folder. */
  readonly reason: string;
  constructor(
    readonly file: string,
    readonly kind: string,
  ) {
    super(`is ${kind}, not a regular file; it was not read`);
    this.reason = /pipe|socket|device|folder/.exec(kind)?.[0] ?? 'special';
  }
}

/** What a non-regular file is, in words. */
function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

async function openWithRetry(file: string): Promise<FileHandle> {
  // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer (0 where unsupported).
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
  for (let attempt = 0; ; attempt++) {
    try {
      return await open(file, flags);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // A socket (or a device without a driver) cannot be opened at all: say what it is.
      if (code === 'ENXIO' || code === 'EOPNOTSUPP') {
        const info = await stat(file).catch(() => null);
        if (info && !info.isFile()) throw new NotRegularFileError(file, kindOf(info));
      }
      if ((code !== 'EMFILE' && code !== 'ENFILE') || attempt >= EMFILE_RETRIES) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * Opens `file` for reading only if it is a regular file (after links), runs `work` with the
 * handle and its size, and closes it. Throws NotRegularFileError for pipes, sockets, devices.
 */
export async function withRegularFile<T>(file: string, work: (handle: FileHandle, size: number, info: Stats) => Promise<T>): Promise<T> {
  await acquire();
  try {
    const handle = await openWithRetry(file);
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new NotRegularFileError(file, kindOf(info));
      return await work(handle, info.size, info);
    } finally {
      await handle.close();
    }
  } finally {
    release();
  }
}

/** A file larger than the caller accepts. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`is ${(size / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB`);
  }
}

/**
 * The bytes of a regular file of at most `maxBytes` (see withRegularFile). `stamp` gets the
 * file's modification time and size as read from the open handle (see fileStamp).
 */
export function readRegularFile(file: string, maxBytes = Number.POSITIVE_INFINITY, stamp?: (stamp: string) => void): Promise<Buffer> {
  return withRegularFile(file, async (handle, size, info) => {
    if (size > maxBytes) throw new FileTooLargeError(size, maxBytes);
    stamp?.(fileStamp(info));
    return handle.readFile();
  });
}

/** What tells two versions of a file apart without reading it: its modification time and size. */
export function fileStamp(info: { mtimeMs: number; size: number }): string {
  return `${info.mtimeMs}:${info.size}`;
}
