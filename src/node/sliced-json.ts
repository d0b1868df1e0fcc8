import { TimeSlicer } from './sliced-build';

/**
 * JSON of a deck (or a deck update, a payload) in parts, made a few hundred array items at a
 * time: one JSON.stringify of a 100,000-slide deck (tens of MB) holds every other callback, a
 * presenter's key among them, for a tenth of a second and more. Objects down to `depth` are
 * written key by key and their arrays item by item, everything else with JSON.stringify; the
 * parts joined parse to the same value as JSON.stringify(value).
 */
export async function jsonParts(value: unknown, slicer = new TimeSlicer(), depth = 2): Promise<string[]> {
  const parts: string[] = [];
  let items = 0;
  const add = async (v: unknown, level: number): Promise<void> => {
    if (Array.isArray(v)) {
      parts.push('[');
      for (let i = 0; i < v.length; i++) {
        if (i) parts.push(',');
        parts.push(JSON.stringify(v[i]) ?? 'null');
        if (++items % 256 === 0) await slicer.pause();
      }
      parts.push(']');
    } else if (level < depth && v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      let comma = '{';
      for (const [key, item] of Object.entries(v)) {
        if (item === undefined || typeof item === 'function') continue;
        parts.push(`${comma}${JSON.stringify(key)}:`);
        comma = ',';
        await add(item, level + 1);
      }
      parts.push(comma === '{' ? '{}' : '}');
    } else parts.push(JSON.stringify(v));
  };
  await add(value, 0);
  return parts;
}

/**
 * Pieces of about `size` characters of an object's JSON (see jsonParts), made once per object
 * and kept while it lives: the host makes a deck update's pieces before it publishes the update
 * (the presenter's keys meanwhile move in the deck the views already have), and every transport
 * (server-sent events, Electron windows) then only writes them.
 */
export function jsonPieces(value: object, size = PIECE_CHARS): Promise<string[]> {
  let pieces = madePieces.get(value);
  if (!pieces) {
    pieces = jsonParts(value).then((parts) => piecesOf(parts, size));
    madePieces.set(value, pieces);
  }
  return pieces;
}
const madePieces = new WeakMap<object, Promise<string[]>>();

/**
 * The size (in characters) of the pieces a deck event is sent in: the first complete load of a
 * 100,000-slide deck is tens of MB of JSON; as one IPC message or one string to encode it held
 * the process for a tenth of a second and more, in pieces each costs well under a millisecond. @internal
 */
export const PIECE_CHARS = 256 * 1024;

/** Joins parts into pieces of about `size` characters, in time slices. */
async function piecesOf(parts: readonly string[], size: number, slicer = new TimeSlicer()): Promise<string[]> {
  const pieces: string[] = [];
  let group: string[] = [];
  let chars = 0;
  for (const part of parts) {
    group.push(part);
    chars += part.length;
    if (chars < size) continue;
    pieces.push(group.join(''));
    [group, chars] = [[], 0];
    await slicer.pause();
  }
  if (group.length) pieces.push(group.join(''));
  return pieces;
}
