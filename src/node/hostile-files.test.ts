import { execFileSync, spawnSync } from 'node:child_process';
import { constants } from 'node:fs';
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { DeckSession } from './deck-session';
import { EditService } from './edit-service';
import { loadDeck, readDeckSources } from './read-deck';
import { bundleForChild, startChild } from '../../test/support/child-process';
import { TINY_IMAGES } from '../../test/support/images';
import { useTempDirs } from '../../test/support/temp-dir';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const tempDir = useTempDirs();
const hosts: BrowserHost[] = [];
const fifos: string[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  // Without the fix a read blocks on a FIFO forever; a writer that comes and goes frees it.
  for (const fifo of fifos.splice(0))
    await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).then(
      (h) => h.close(),
      () => undefined,
    );
});

/** Resolves with `promise`, or rejects after `ms`: a hang is a failure, not a stuck test run. */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms))]);
}

async function serve(deckDir: string): Promise<{ get: (p: string) => Promise<Response> }> {
  const h = await startBrowserHost({ deckDir, rendererDir: await tempDir(), watch: true, dataDir: await tempDir() });
  hosts.push(h);
  const token = new URL(h.url).searchParams.get('t')!;
  return {
    get: (p) =>
      p.startsWith('api/op/')
        ? fetch(`${h.origin}${p}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: h.origin.slice(0, -1), 'X-Lectern-Key': h.key }, body: '{"args":[]}' })
        : fetch(`${h.origin}${p}?t=${token}`),
  };
}

describe('symlink loops: a diagnostic, never a crash (read, watch, serve)', () => {
  it('a.md <-> b.md, self.md -> self.md and a folder loop in img/ are named; the rest of the deck works', async () => {
    const deck = await tempDir();
    await writeFile(path.join(deck, '01-ok.md'), '# Fine\n\n![p](img/loop/loop/p.png)\n');
    await symlink('03-b.md', path.join(deck, '02-a.md'));
    await symlink('02-a.md', path.join(deck, '03-b.md'));
    await symlink('04-self.md', path.join(deck, '04-self.md'));
    await mkdir(path.join(deck, 'img'));
    await writeFile(path.join(deck, 'img', 'p.png'), TINY_IMAGES.png);
    await symlink('.', path.join(deck, 'img', 'loop'));
    await symlink('knot.png', path.join(deck, 'img', 'knot.png'));
    const sources = await readDeckSources(deck);
    expect((sources.diagnostics ?? []).filter((d) => d.code === 'file-link-loop').map((d) => d.file)).toEqual(['02-a.md', '03-b.md', '04-self.md']);
    const deckLoaded = await loadDeck(deck);
    expect(deckLoaded.slides.map((s) => s.file)).toEqual(['01-ok.md']);
    // Watching and serving the same folder: nothing throws, later edits still arrive.
    const session = new DeckSession(deck);
    await within(10_000, session.watch(), 'watch');
    const changed = new Promise((resolve) => session.onChange(resolve));
    await writeFile(path.join(deck, '01-ok.md'), '# Still fine\n');
    await within(10_000, changed, 'reload after an edit');
    await session.close();
    const { get } = await serve(deck);
    for (const p of ['deck/04-self.md', 'deck/02-a.md', 'deck/img/knot.png']) expect((await get(p)).status, p).toBe(404);
    expect((await get('deck/img/loop/loop/p.png')).status).toBe(200);
    expect((await get('api/op/loadDeck')).status).toBe(200);
  });
});

describe('FIFOs named like slides or images never block (check, editor, serve, export)', () => {
  const canFifo = spawnSync('mkfifo', ['--help']).status === 0;
  it.skipIf(!canFifo)('a FIFO slide and a FIFO image are named; reads, the editor and the server answer at once', async () => {
    const deck = await tempDir();
    await writeFile(path.join(deck, '01-ok.md'), '# Fine\n\n![pipe](pipe.png)\n\n![ok](ok.png)\n');
    await writeFile(path.join(deck, 'ok.png'), TINY_IMAGES.png);
    for (const name of ['02-pipe.md', 'pipe.png']) {
      execFileSync('mkfifo', [path.join(deck, name)]);
      fifos.push(path.join(deck, name));
    }
    const sources = await within(5000, readDeckSources(deck), 'reading the deck');
    expect(sources.diagnostics).toContainEqual(expect.objectContaining({ code: 'file-not-regular', file: '02-pipe.md', message: 'is a named pipe (FIFO), not a regular file; it was not read' }));
    const loaded = await within(5000, loadDeck(deck, undefined, sources), 'loading the deck (export and check)');
    expect(loaded.diagnostics).toContainEqual(expect.objectContaining({ code: 'asset-not-regular', file: '01-ok.md', line: 3 }));
    expect(Object.keys(loaded.assetVersions)).toEqual(['ok.png']);
    const service = new EditService(new DeckSession(deck), await tempDir());
    expect(await within(5000, service.call('readFile', ['02-pipe.md']), 'the editor opening it')).toEqual({
      ok: false,
      error: '02-pipe.md: is a named pipe (FIFO), not a regular file; it was not read',
    });
    const saved = await within(
      5000,
      service.call('saveFile', [{ id: '02-pipe.md', text: 'x', format: { encoding: 'utf-8', bom: false, guessed: false }, eol: '\n', expectedHash: null }]),
      'a save over it',
    );
    expect(saved).toMatchObject({ ok: true, value: { status: 'failed' } });
    const { get } = await serve(deck);
    // Many requests for the pipe at once: more than libuv's 4 file threads, all answered.
    const answers = await within(5000, Promise.all(Array.from({ length: 8 }, () => get('deck/pipe.png'))), 'serving the FIFO');
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(404));
    expect((await within(5000, get('deck/ok.png'), 'serving a normal image')).status).toBe(200);
  });
});

describe('3,000 files under an open-files limit of 1,024', () => {
  const canLimit = spawnSync('prlimit', ['--nofile=1024:1024', 'true']).status === 0;
  let child = '';
  let bundleDir = '';
  beforeAll(async () => {
    bundleDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-child-'));
    child = await bundleForChild(path.join(HERE, '../../test/support', 'load-deck-child.ts'), bundleDir);
  }, 60_000);
  afterAll(() => rm(bundleDir, { recursive: true, force: true }));

  it.skipIf(!canLimit)(
    'every slide and image is read, no EMFILE diagnostic (prlimit --nofile=1024)',
    async () => {
      const deck = await tempDir();
      await mkdir(path.join(deck, 'img'));
      for (let i = 0; i < 3000; i += 100) {
        await Promise.all(
          Array.from({ length: 100 }, (_, k) => i + k).map(async (n) => {
            await writeFile(path.join(deck, `${String(n).padStart(4, '0')}-s.md`), `# Slide ${n}\n\n![i](img/i${n}.png)\n`);
            await writeFile(path.join(deck, 'img', `i${n}.png`), TINY_IMAGES.png);
          }),
        );
      }
      const run = startChild('prlimit', ['--nofile=1024:1024', process.execPath, child, deck]);
      const code = await within(120_000, run.exited, 'the child');
      const line = run
        .output()
        .split('\n')
        .find((l) => l.startsWith('{'));
      expect(line, run.output()).toBeDefined();
      const result = JSON.parse(line!) as { slides: number; assets: number; diagnostics: string[] };
      expect(result.diagnostics.filter((d) => /EMFILE|ENFILE|too many open files/i.test(d))).toEqual([]);
      expect(result.diagnostics).toEqual([]);
      expect({ slides: result.slides, assets: result.assets, code }).toEqual({ slides: 3000, assets: 3000, code: 0 });
    },
    180_000,
  );
});
