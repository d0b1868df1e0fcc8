import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { DeckSession } from './deck-session';
import { EditService } from './edit-service';
import { MAX_SLIDE_FILE_BYTES } from './read-deck';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const hosts: BrowserHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});
const format = { encoding: 'utf-8', bom: false, guessed: false };
type Call = (op: string, args: unknown[]) => Promise<{ ok: boolean; value?: any; error?: string }>;

/** 25 rounds: two tabs save different text from the same version at the same moment. */
async function raceSaves(deckDir: string, call: Call): Promise<void> {
  for (let round = 0; round < 25; round++) {
    await writeFile(path.join(deckDir, '01-a.md'), `base ${round}\n`);
    const read = await call('readFile', ['01-a.md']);
    const hash = read.value.hash as string;
    const [one, two] = await Promise.all(['tab one', 'tab two'].map((who) => call('saveFile', [{ id: '01-a.md', text: `${who} ${round}\n`, format, eol: '\n', expectedHash: hash }])));
    const statuses = [one!.value.status, two!.value.status].sort();
    expect(statuses, `round ${round}`).toEqual(['conflict', 'saved']);
    const winner = one!.value.status === 'saved' ? 'tab one' : 'tab two';
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe(`${winner} ${round}\n`);
    // The loser is shown the winner's text, so it can merge instead of overwriting.
    const loser = one!.value.status === 'conflict' ? one! : two!;
    expect(loser.value.theirs.text).toBe(`${winner} ${round}\n`);
  }
}

describe('concurrent edits never lose accepted text', () => {
  it('two saves from one version: one is saved, the other gets a conflict (25 rounds, edit service)', async () => {
    const deckDir = await tempDir();
    await writeFile(path.join(deckDir, '01-a.md'), 'x');
    const service = new EditService(new DeckSession(deckDir), await tempDir());
    await raceSaves(deckDir, (op, args) => service.call(op, args) as ReturnType<Call>);
  });

  it('two saves from one version over HTTP: one conflict per round (25 rounds, lectern serve)', async () => {
    const deckDir = await tempDir();
    await writeFile(path.join(deckDir, '01-a.md'), 'x');
    const h = await startBrowserHost({ deckDir, rendererDir: await tempDir(), watch: false, dataDir: await tempDir() });
    hosts.push(h);
    await raceSaves(deckDir, async (op, args) =>
      (
        await fetch(`${h.origin}api/op/edit.${op}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: h.origin.slice(0, -1), 'X-Lectern-Key': h.key },
          body: JSON.stringify({ args }),
        })
      ).json(),
    );
  });

  it('a rename onto another file differing only in case is refused; both texts stay (case-sensitive disk)', async () => {
    const deckDir = await tempDir();
    await writeFile(path.join(deckDir, 'case.md'), 'lower');
    await writeFile(path.join(deckDir, 'Case.md'), 'UPPER');
    const service = new EditService(new DeckSession(deckDir), await tempDir());
    expect(await service.call('renameFile', ['case.md', 'Case.md'])).toEqual({ ok: false, error: 'Case.md: a file with that name already exists' });
    expect(await readFile(path.join(deckDir, 'case.md'), 'utf8')).toBe('lower');
    expect(await readFile(path.join(deckDir, 'Case.md'), 'utf8')).toBe('UPPER');
    // A case-only rename of a file alone works.
    expect(await service.call('renameFile', ['Case.md', 'Case2.md'])).toEqual({ ok: true, value: null });
    expect(await service.call('renameFile', ['Case2.md', 'CASE2.md'])).toEqual({ ok: true, value: null });
    expect((await readdir(deckDir)).sort()).toEqual(['CASE2.md', 'case.md']);
  });

  it('two renames to one new name at once: one is refused, no file is lost (20 rounds)', async () => {
    const deckDir = await tempDir();
    const service = new EditService(new DeckSession(deckDir), await tempDir());
    for (let round = 0; round < 20; round++) {
      await writeFile(path.join(deckDir, `a${round}.md`), `A ${round}`);
      await writeFile(path.join(deckDir, `b${round}.md`), `B ${round}`);
      const results = await Promise.all([service.call('renameFile', [`a${round}.md`, `new${round}.md`]), service.call('renameFile', [`b${round}.md`, `new${round}.md`])]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: `new${round}.md: a file with that name already exists` });
      const texts = await Promise.all((await readdir(deckDir)).filter((n) => n.endsWith(`${round}.md`)).map((n) => readFile(path.join(deckDir, n), 'utf8')));
      expect(texts.sort()).toEqual([`A ${round}`, `B ${round}`]);
    }
  });

  it('a save larger than the reader opens is refused with the reason; the file on disk is unchanged', async () => {
    const deckDir = await tempDir();
    await writeFile(path.join(deckDir, '01-a.md'), 'small');
    const service = new EditService(new DeckSession(deckDir), await tempDir());
    const read = await service.call('readFile', ['01-a.md']);
    const big = 'x'.repeat(MAX_SLIDE_FILE_BYTES + 1);
    const saved = await service.call('saveFile', [{ id: '01-a.md', text: big, format, eol: '\n', expectedHash: (read as { value: { hash: string } }).value.hash }]);
    expect(saved).toEqual({
      ok: true,
      value: { status: 'failed', message: expect.stringMatching(/^01-a\.md: 10\.0 MB is more than the 10 MB a slide file may have \(Lectern would refuse to open it\)\. Nothing on disk was changed/) },
    });
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('small');
    // Exactly at the limit is still accepted, and opens again.
    const limit = 'y'.repeat(MAX_SLIDE_FILE_BYTES);
    expect(await service.call('saveFile', [{ id: '01-a.md', text: limit, format, eol: '\n', expectedHash: (read as { value: { hash: string } }).value.hash }])).toMatchObject({
      ok: true,
      value: { status: 'saved' },
    });
    expect(await service.call('readFile', ['01-a.md'])).toMatchObject({ ok: true });
  });
});
