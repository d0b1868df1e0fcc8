import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from './read-deck';
import { RENDER_WORKER_ENV } from './render-pool';
import { buildRenderWorkerForTests } from '../../e2e/support/render-worker-build';
import { hashTree, HOSTILE_CASES, PWNED_FILE, unlockHostileCorpus, writeHostileCorpus } from '../../test/support/hostile-corpus';

/** Root reads files whatever their mode: the permission case runs in the CLI test under `unshare`. */
const AS_ROOT = process.getuid?.() === 0;
let root: string;
let dirs: Map<string, string>;
let before: string;

beforeAll(async () => {
  // The real rendering worker, built from these sources: pathological slides hit its limits.
  process.env[RENDER_WORKER_ENV] = await buildRenderWorkerForTests();
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-hostile-'));
  dirs = await writeHostileCorpus(root);
  before = await hashTree(root);
}, 120_000);

afterAll(async () => {
  await unlockHostileCorpus(root);
  await rm(root, { recursive: true, force: true });
});

describe('hostile corpus through loadDeck (what check and every view are built from)', () => {
  for (const c of HOSTILE_CASES) {
    it.skipIf(c.needsUnprivileged && AS_ROOT)(
      `${c.id}: ${c.title}`,
      async () => {
        const deck = await loadDeck(dirs.get(c.id)!);
        // Exactly the expected problems (info aside), each naming its file.
        const got = deck.diagnostics
          .filter((d) => d.severity !== 'info')
          .map((d) => ({ code: d.code, file: d.file, severity: d.severity, ...(c.problems.some((p) => p.code === d.code && p.file === d.file && p.line) ? { line: d.line } : {}) }));
        expect(got).toEqual(expect.arrayContaining(c.problems.map((p) => expect.objectContaining(p))));
        expect(got).toHaveLength(c.problems.length);
        for (const d of deck.diagnostics) expect(d.message.length).toBeGreaterThan(10);
        const titles = deck.slides.map((s) => s.title);
        expect(titles).toEqual(expect.arrayContaining(c.slides));
        if (c.id !== 'nothing-readable') expect(titles).toContain('Still works');
        if (c.slideCount !== undefined) expect(deck.slides).toHaveLength(c.slideCount);
      },
      60_000,
    );
  }
});

describe('hostile corpus: nothing ran, nothing on disk changed', () => {
  // Runs after the cases above (tests in a file run in order), which read every deck.
  it('the corpus hashes the same after every case was read, and no payload ran', async () => {
    expect(await hashTree(root)).toBe(before);
    for (const dir of [root, ...dirs.values(), process.cwd()]) expect(existsSync(path.join(dir, PWNED_FILE))).toBe(false);
  }, 120_000);
  it('images: refused and missing ones get no version, so every view shows a placeholder', async () => {
    const deck = await loadDeck(dirs.get('images')!);
    expect(Object.keys(deck.assetVersions).sort()).toEqual(['img/ok.webp', 'img/scripted.svg']);
  });
  it('file names: every image of the odd names is found (has a version)', async () => {
    const deck = await loadDeck(dirs.get('file-names')!);
    expect(Object.keys(deck.assetVersions)).toHaveLength(6);
  });
});
