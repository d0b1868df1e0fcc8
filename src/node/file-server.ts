import { constants, createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DECK_PREFIX } from '../core/url-policy';
import { contentType, DECK_FILE_HEADERS, SECURITY_HEADERS } from './http-util';
import { deckFileType } from './deck-file-type';
import { checkImageFile } from './image-header';
import { resolveInsideDeck } from './paths';

/**
 * Largest file either host serves. Files are streamed, so memory is not the reason: a deck
 * that links a multi-gigabyte file is almost certainly a mistake, and one tab should not be
 * able to keep the disk busy for minutes.
 */
const MAX_SERVED_BYTES = 1024 * 1024 * 1024;

/** The answer to one file request, before a transport turns it into a response. */
export type FileAnswer = { status: 200; headers: Record<string, string>; open(): Readable; close(): Promise<void> } | { status: 403 | 404 | 413; headers: Record<string, string>; text: string };

const refuse = (status: 403 | 404 | 413, text: string): FileAnswer => ({ status, text, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * Turns a URL path into a relative path of decoded segments, or null. The URL parser has
 * already folded literal `..`, but `%2F` and `%5C` survive it and would smuggle separators in.
 * @internal
 */
export function relativePathOf(pathname: string): string | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/').filter(Boolean)) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '.' || seg === '..' || /[/\\\0]/.test(seg)) return null;
    segments.push(seg);
  }
  return segments.join('/');
}

/**
 * Opens a file for serving: only a regular file, opened without blocking (a FIFO planted in
 * a deck would otherwise hold one of libuv's four file threads forever), checked again on the
 * open descriptor so a swap between check and open changes nothing.
 */
async function openRegular(file: string): Promise<{ size: number; mtimeMs: number; fd: FileHandle } | null> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => null);
  if (!handle) return null;
  const info = await handle.stat().catch(() => null);
  if (!info?.isFile()) {
    await handle.close().catch(() => undefined);
    return null;
  }
  return { size: info.size, mtimeMs: info.mtimeMs, fd: handle };
}

/**
 * The one file handler of both hosts (the `lectern:` protocol and the browser host's
 * `node:http` server): `/deck/<path>` from inside the deck folder (symlinks resolved before
 * the containment check, images checked from their header, sandboxed headers), anything else
 * from the built renderer. Files are streamed, never read whole.
 */
export async function answerFileRequest(rendererDir: string, deckDir: string, pathname: string, fetchDest?: string | string[] | null): Promise<FileAnswer> {
  const rel = relativePathOf(pathname);
  if (rel === null) return refuse(404, 'not found');
  const deckPrefix = DECK_PREFIX.slice(1);
  const inDeck = rel.startsWith(deckPrefix);
  const root = inDeck ? deckDir : rendererDir;
  const wanted = inDeck ? rel.slice(deckPrefix.length) : rel || 'index.html';
  const real = wanted ? await resolveInsideDeck(root, wanted) : null;
  const opened = real ? await openRegular(real) : null;
  if (!real || !opened) return refuse(404, inDeck ? 'not found in the deck' : 'not found');
  const close = () => opened.fd.close().catch(() => undefined);
  if (opened.size > MAX_SERVED_BYTES) {
    await close();
    return refuse(413, `${wanted} is larger than ${MAX_SERVED_BYTES / 1024 / 1024} MB and is not served`);
  }
  // Decompression bombs and broken images in a deck are refused from their header, never decoded.
  const problem = inDeck ? await checkImageFile(real, opened.mtimeMs).catch(() => null) : null;
  if (problem) {
    await close();
    return refuse(403, `${wanted} ${problem.message}`);
  }
  // A deck's .html (and an .svg opened on its own) is served as text: see deck-file-type.ts.
  const type = inDeck ? deckFileType(real, fetchDest ?? undefined) : contentType(real);
  const headers = { ...(inDeck ? DECK_FILE_HEADERS : SECURITY_HEADERS), 'Content-Type': type, 'Content-Length': String(opened.size) };
  return { status: 200, headers, open: () => createReadStream('', { fd: opened.fd, autoClose: true }), close };
}
