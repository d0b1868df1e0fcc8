/**
 * A child process for kill -9 tests: performs one editor operation through the real DeckFiles and
 * stops at a chosen point (prints `paused` and waits), so the parent kills it at the worst moment.
 * argv: <deck> reorder <phase> <index> <ids…> | <deck> save <id> <text>
 */
import type { FileHandle } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { DeckFiles } from '../../src/node/edit-files';

const forever = (): Promise<never> => {
  process.stdout.write('paused\n');
  return new Promise<never>(() => setInterval(() => undefined, 1000));
};
const [deckDir, op, ...rest] = process.argv.slice(2);
if (op === 'reorder') {
  const [phase, index, ...ids] = rest;
  const files = new DeckFiles(deckDir!);
  files.renameHook = async (p, i) => {
    if (p === phase && i === Number(index)) await forever();
  };
  console.log(JSON.stringify(await files.reorder(ids)));
} else if (op === 'save') {
  const [id, text] = rest;
  // Stops after the temp file is written and synced, just before it replaces the file.
  const fs = { open: fsp.open as (...a: Parameters<typeof fsp.open>) => Promise<FileHandle>, unlink: fsp.unlink, rename: async () => forever() };
  const files = new DeckFiles(deckDir!, undefined, undefined, fs);
  const read = await files.read(id!);
  if (!read.ok) throw new Error(read.error);
  await files.save({ id: id!, text: text!, format: read.value.format, eol: '\n', expectedHash: read.value.hash });
}
