import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DeckFiles } from './edit-files';
import { bundleForChild, startChild } from '../../test/support/child-process';
import { useTempDirs } from '../../test/support/temp-dir';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SUPPORT = path.join(HERE, '../../test/support');
const tempDir = useTempDirs();
const format = { encoding: 'utf-8' as const, bom: false, guessed: false };
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
let bundleDir = '';
let saveChild = '';
let faultChild = '';
beforeAll(async () => {
  bundleDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-child-'));
  [saveChild, faultChild] = await Promise.all([bundleForChild(path.join(SUPPORT, 'save-child.ts'), bundleDir), bundleForChild(path.join(SUPPORT, 'fault-child.ts'), bundleDir)]);
}, 60_000);
afterAll(() => rm(bundleDir, { recursive: true, force: true }));

/** A Lectern process that saves one request per line and answers one JSON line each. */
function saver(deckDir: string): { child: ChildProcess; ready: Promise<void>; save: (text: string, expectedHash: string) => Promise<{ status: string; theirs?: { text: string } }> } {
  const child = spawn(process.execPath, [saveChild, deckDir, '20'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => (await lines.next()).value as string;
  return {
    child,
    ready: next().then(() => undefined),
    save: async (text, expectedHash) => {
      child.stdin!.write(`${JSON.stringify({ id: '01-a.md', text, expectedHash })}\n`);
      return JSON.parse(await next());
    },
  };
}

describe('saves from two Lectern processes on one deck', () => {
  it('two processes save different text from the same version: one is saved, the other gets a conflict (25 rounds)', async () => {
    const deckDir = await tempDir();
    const [one, two] = [saver(deckDir), saver(deckDir)];
    try {
      await Promise.all([one.ready, two.ready]);
      for (let round = 0; round < 25; round++) {
        const base = `base ${round}\n`;
        await writeFile(path.join(deckDir, '01-a.md'), base);
        const [a, b] = await Promise.all([one.save(`process one ${round}\n`, sha(base)), two.save(`process two ${round}\n`, sha(base))]);
        expect([a.status, b.status].sort(), `round ${round}`).toEqual(['conflict', 'saved']);
        const winner = a.status === 'saved' ? `process one ${round}\n` : `process two ${round}\n`;
        expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe(winner);
        // The loser was shown the winner's text: nothing is lost, it can merge.
        expect((a.status === 'conflict' ? a : b).theirs?.text).toBe(winner);
      }
      // No lock stays behind in the user's deck.
      expect(await readdir(deckDir)).toEqual(['01-a.md']);
    } finally {
      one.child.kill();
      two.child.kill();
    }
  }, 60_000);

  it('a process killed with SIGKILL while it holds the lock never blocks the next save', async () => {
    const deckDir = await tempDir();
    await writeFile(path.join(deckDir, '01-a.md'), 'before\n');
    // The child stops inside its save (temp file written, rename not done): it holds the lock.
    const run = startChild(process.execPath, [faultChild, deckDir, 'save', '01-a.md', 'child text\n']);
    // A failed assertion must not leave the paused child running.
    onTestFinished(() => void run.child.kill('SIGKILL'));
    await run.waitFor(/paused/);
    expect((await readdir(deckDir)).sort()).toEqual(expect.arrayContaining(['.lectern-lock', '01-a.md']));
    const files = new DeckFiles(deckDir);
    const saving = files.save({ id: '01-a.md', text: 'parent text\n', format, eol: '\n', expectedHash: sha('before\n') });
    // While the other process lives, this save waits for it (a save alone takes milliseconds).
    const early = await Promise.race([saving.then(() => 'finished'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 500))]);
    expect(early).toBe('waiting');
    run.child.kill('SIGKILL');
    await run.exited;
    expect(await saving).toEqual({ ok: true, value: { status: 'saved', hash: sha('parent text\n') } });
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('parent text\n');
    // The dead owner's lock was taken over and then removed.
    expect((await readdir(deckDir)).filter((n) => !n.endsWith('.tmp'))).toEqual(['01-a.md']);
  }, 30_000);
});
