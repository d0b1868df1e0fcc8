/**
 * A second Lectern process for cross-process save tests: saves through the real DeckFiles, one
 * request per stdin line (JSON: id, text, expectedHash), and prints each outcome as a JSON line.
 * argv: <deck> <ms> — every temp file's open is delayed by <ms> (a slow disk), which widens the
 * window between the hash check and the rename that a lock must close.
 */
import * as fsp from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { DeckFiles } from '../../src/node/edit-files';

const [deckDir, delay] = process.argv.slice(2);
const slowOpen = (async (...args: Parameters<typeof fsp.open>) => {
  await new Promise((resolve) => setTimeout(resolve, Number(delay)));
  return fsp.open(...args);
}) as typeof fsp.open;
const files = new DeckFiles(deckDir!, undefined, undefined, { open: slowOpen, rename: fsp.rename, unlink: fsp.unlink });
const format = { encoding: 'utf-8' as const, bom: false, guessed: false };
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const { id, text, expectedHash } = JSON.parse(line) as { id: string; text: string; expectedHash: string };
  const saved = await files.save({ id, text, format, eol: '\n', expectedHash });
  process.stdout.write(`${JSON.stringify(saved.ok ? saved.value : saved)}\n`);
}
