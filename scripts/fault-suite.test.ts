// @vitest-environment jsdom
/**
 * Lectern's own fault suite beyond the reported findings (issue 15): new variants of each attack
 * class, run against the real modules. Every probe throws when Lectern does not hold. The table of
 * probes tried/held per class in docs/security.md is made from this run:
 * `LECTERN_UPDATE_DOCS=1 npx vitest run scripts/fault-suite.test.ts` rewrites it; otherwise the
 * test fails when the table is stale.
 */
import { execFileSync } from 'node:child_process';
import { link, lstat, mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfFileName } from '../src/core/pdf-file-name';
import { utf8Length } from '../src/core/bounded-name';
import { isTooComplexToHighlight } from '../src/core/highlight-guard';
import { writeFileAtomic } from '../src/node/atomic-write';
import { deckFileType } from '../src/node/deck-file-type';
import { DeckSession } from '../src/node/deck-session';
import { recoverRenames } from '../src/node/deck-renames';
import { DraftStore } from '../src/node/drafts';
import { EditService } from '../src/node/edit-service';
import { loadDeck, readDeckSources } from '../src/node/read-deck';
import { saveRehearsal } from '../src/node/rehearsal-store';
import { useTempDirs } from '../src/node/test-support/temp-dir';
import { TINY_IMAGES } from '../src/node/test-support/images';
import { sanitizeNotesHtml, sanitizeSlideHtml } from '../src/renderer/sanitize';

const DOC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'security.md');
const tempDir = useTempDirs();
const format = { encoding: 'utf-8', bom: false, guessed: false };
const results: { cls: string; name: string; held: boolean }[] = [];

type Probe = [name: string, run: () => Promise<void> | void];
const CLASSES: Record<string, Probe[]> = {};

async function deck(files: Record<string, string> = { '01-a.md': '# A\n' }): Promise<{ dir: string; service: EditService; outside: string }> {
  const dir = await tempDir();
  for (const [n, t] of Object.entries(files)) await writeFile(path.join(dir, n), t);
  return { dir, service: new EditService(new DeckSession(dir), await tempDir()), outside: await tempDir() };
}
const hashOf = async (service: EditService, id: string): Promise<string> => ((await service.call('readFile', [id])) as { value: { hash: string } }).value.hash;
const save = (service: EditService, id: string, text: string, expectedHash: string | null) => service.call('saveFile', [{ id, text, format, eol: '\n', expectedHash }]) as Promise<{ ok: boolean; value: { status: string } }>;
const within = <T>(ms: number, p: Promise<T>): Promise<T> => Promise.race([p, new Promise<T>((_, r) => setTimeout(() => r(new Error(`hung for ${ms} ms`)), ms))]);
const fifo = (file: string): void => void execFileSync('mkfifo', [file]);

CLASSES['Concurrent writes (an accepted save is never lost)'] = [
  ['three saves from one version: exactly one saved, two conflicts', async () => {
    const { dir, service } = await deck();
    const h = await hashOf(service, '01-a.md');
    const r = await Promise.all(['x', 'y', 'z'].map((t) => save(service, '01-a.md', t, h)));
    expect(r.map((x) => x.value.status).sort()).toEqual(['conflict', 'conflict', 'saved']);
    expect(['x', 'y', 'z']).toContain(await readFile(path.join(dir, '01-a.md'), 'utf8'));
  }],
  ['save and rename of one file at once: the saved text exists under one of the names', async () => {
    const { dir, service } = await deck();
    const h = await hashOf(service, '01-a.md');
    await Promise.all([save(service, '01-a.md', 'saved text', h), service.call('renameFile', ['01-a.md', '02-b.md'])]);
    const texts = await Promise.all((await readdir(dir)).filter((n) => n.endsWith('.md')).map((n) => readFile(path.join(dir, n), 'utf8')));
    expect(texts).toContain('saved text');
  }],
  ['save and trash of one file at once: the text is in the deck or in the trash', async () => {
    const { dir, service } = await deck();
    const h = await hashOf(service, '01-a.md');
    await Promise.all([save(service, '01-a.md', 'kept', h), service.call('trashFile', ['01-a.md'])]);
    const inDeck = await readFile(path.join(dir, '01-a.md'), 'utf8').catch(() => null);
    const trash = await readdir(path.join(dir, '.lectern', 'trash')).catch(() => [] as string[]);
    const trashed = await Promise.all(trash.map((n) => readFile(path.join(dir, '.lectern', 'trash', n), 'utf8')));
    expect([inDeck, ...trashed]).toContain('kept');
  }],
  ['two creates of one new name at once: one is refused', async () => {
    const { service } = await deck();
    const r = await Promise.all([service.call('createFile', ['02-new.md']), service.call('createFile', ['02-new.md'])]);
    expect(r.filter((x) => x.ok)).toHaveLength(1);
  }],
  ['reorder while a save runs: the saved text survives under its new name', async () => {
    const { dir, service } = await deck({ '01-a.md': '# A\n', '02-b.md': '# B\n' });
    const h = await hashOf(service, '02-b.md');
    await Promise.all([save(service, '02-b.md', '# B saved\n', h), service.call('reorderFiles', [['02-b.md', '01-a.md']])]);
    const texts = await Promise.all((await readdir(dir)).filter((n) => n.endsWith('.md')).map((n) => readFile(path.join(dir, n), 'utf8')));
    expect(texts.sort()).toEqual(['# A\n', '# B saved\n']);
  }],
  ['two trashes of files with one name in one millisecond never replace each other in the trash', async () => {
    const { dir, service } = await deck({ '01-a.md': 'one' });
    await service.call('trashFile', ['01-a.md']);
    await writeFile(path.join(dir, '01-a.md'), 'two');
    await service.call('trashFile', ['01-a.md']);
    expect((await readdir(path.join(dir, '.lectern', 'trash'))).length).toBe(2);
  }],
];

CLASSES['Renames (never replace a file)'] = [
  ['onto a name that is a link to a file outside: refused, the outside file untouched', async () => {
    const { dir, service, outside } = await deck();
    await writeFile(path.join(outside, 'v.md'), 'victim');
    await symlink(path.join(outside, 'v.md'), path.join(dir, '02-b.md'));
    expect((await service.call('renameFile', ['01-a.md', '02-b.md'])).ok).toBe(false);
    expect(await readFile(path.join(outside, 'v.md'), 'utf8')).toBe('victim');
  }],
  ['onto a folder named like a slide: refused', async () => {
    const { dir, service } = await deck();
    await mkdir(path.join(dir, '02-b.md'));
    expect((await service.call('renameFile', ['01-a.md', '02-b.md'])).ok).toBe(false);
    expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe('# A\n');
  }],
  ['onto an existing deck.yaml: refused', async () => {
    const { dir, service } = await deck({ '01-a.md': '# A\n', 'deck.yaml': 'title: T\n' });
    expect((await service.call('renameFile', ['01-a.md', 'deck.yaml'])).ok).toBe(false);
    expect(await readFile(path.join(dir, 'deck.yaml'), 'utf8')).toBe('title: T\n');
  }],
  ['onto a hard link of another file (same inode, other name): refused', async () => {
    const { dir, service } = await deck({ '01-a.md': '# A\n', '02-b.md': '# B\n' });
    await link(path.join(dir, '02-b.md'), path.join(dir, '03-c.md'));
    expect((await service.call('renameFile', ['02-b.md', '03-c.md'])).ok).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['01-a.md', '02-b.md', '03-c.md']);
  }],
  ['to its own name: no change', async () => {
    const { dir, service } = await deck();
    expect(await service.call('renameFile', ['01-a.md', '01-a.md'])).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual(['01-a.md']);
  }],
  ['ten renames of ten files to one name at once: one wins, ten texts remain', async () => {
    const files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`0${i}-x.md`, `text ${i}`]));
    const { dir, service } = await deck(files);
    const r = await Promise.all(Object.keys(files).map((n) => service.call('renameFile', [n, 'new.md'])));
    expect(r.filter((x) => x.ok)).toHaveLength(1);
    expect(await Promise.all((await readdir(dir)).map((n) => readFile(path.join(dir, n), 'utf8')))).toHaveLength(10);
  }],
];

CLASSES['Crash recovery (nothing hidden after kill -9)'] = [
  ['a damaged journal is ignored; hidden temp names still get their names back', async () => {
    const { dir } = await deck({});
    await mkdir(path.join(dir, '.lectern'));
    await writeFile(path.join(dir, '.lectern', 'rename-journal.json'), '{"steps": [');
    await writeFile(path.join(dir, '.lectern-reorder-0-01-a.md'), 'A');
    await recoverRenames(dir);
    expect(await readdir(dir)).toEqual(['01-a.md']);
  }],
  ['a journal whose steps leave the folder (../) moves nothing', async () => {
    const { dir, outside } = await deck({});
    await mkdir(path.join(dir, '.lectern'));
    await writeFile(path.join(outside, 'secret.md'), 's');
    const steps = [{ from: '../secret.md', temp: '.lectern-reorder-0-x.md', to: `../${path.basename(outside)}/moved.md` }];
    await writeFile(path.join(dir, '.lectern', 'rename-journal.json'), JSON.stringify({ version: 1, phase: 'place', steps }));
    await recoverRenames(dir);
    expect(await readdir(outside)).toEqual(['secret.md']);
  }],
  ['a journal planted as a link is not followed', async () => {
    const { dir, outside } = await deck({});
    await mkdir(path.join(dir, '.lectern'));
    await writeFile(path.join(dir, '.lectern-reorder-0-a.md'), 'A');
    await writeFile(path.join(outside, 'j.json'), JSON.stringify({ version: 1, phase: 'place', steps: [{ from: 'a.md', temp: '.lectern-reorder-0-a.md', to: 'evil.md' }] }));
    await symlink(path.join(outside, 'j.json'), path.join(dir, '.lectern', 'rename-journal.json'));
    await recoverRenames(dir);
    expect((await readdir(dir)).sort()).toEqual(['a.md']);
    expect(await readFile(path.join(outside, 'j.json'), 'utf8')).toContain('evil.md');
  }],
  ['a young save temp file (a save in another window) is left alone', async () => {
    const { dir } = await deck();
    await writeFile(path.join(dir, '.01-a.md.0123456789ab.tmp'), 'in flight');
    await recoverRenames(dir);
    expect(await readdir(dir)).toContain('.01-a.md.0123456789ab.tmp');
  }],
  ['an old folder with a temp-like name is never removed', async () => {
    const { dir } = await deck();
    await mkdir(path.join(dir, '.x.md.0123456789ab.tmp'));
    const old = new Date(Date.now() - 3_600_000);
    await utimes(path.join(dir, '.x.md.0123456789ab.tmp'), old, old);
    await recoverRenames(dir);
    expect((await stat(path.join(dir, '.x.md.0123456789ab.tmp'))).isDirectory()).toBe(true);
  }],
];

CLASSES['Writes through planted links (nothing written outside)'] = [
  ['`.lectern` is a regular file: trash refused cleanly, file kept', async () => {
    const { dir, service } = await deck();
    await writeFile(path.join(dir, '.lectern'), 'not a folder');
    expect((await service.call('trashFile', ['01-a.md'])).ok).toBe(false);
    expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe('# A\n');
  }],
  ['`.lectern` links to another folder of the same deck: refused all the same', async () => {
    const { dir, service } = await deck();
    await mkdir(path.join(dir, 'sub'));
    await symlink(path.join(dir, 'sub'), path.join(dir, '.lectern'));
    expect((await service.call('trashFile', ['01-a.md'])).ok).toBe(false);
  }],
  ['`.lectern/rehearsals` links outside: record refused', async () => {
    const { dir, outside } = await deck();
    await mkdir(path.join(dir, '.lectern'));
    await symlink(outside, path.join(dir, '.lectern', 'rehearsals'));
    await expect(saveRehearsal(dir, { endedAt: '2026-01-01T00:00:00.000Z' } as never)).rejects.toThrow(/link/);
    expect(await readdir(outside)).toEqual([]);
  }],
  ['a slide that links outside the deck: save refused, outside file untouched', async () => {
    const { dir, service, outside } = await deck();
    await writeFile(path.join(outside, 'x.md'), 'outside');
    await symlink(path.join(outside, 'x.md'), path.join(dir, '02-out.md'));
    expect((await save(service, '02-out.md', 'pwned', null)).ok).toBe(false);
    expect(await readFile(path.join(outside, 'x.md'), 'utf8')).toBe('outside');
  }],
  ['a slide that links to another slide inside: saved through, the link kept', async () => {
    const { dir, service } = await deck();
    await symlink('01-a.md', path.join(dir, '02-alias.md'));
    const h = await hashOf(service, '02-alias.md');
    expect((await save(service, '02-alias.md', 'via link', h)).value.status).toBe('saved');
    expect((await lstat(path.join(dir, '02-alias.md'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe('via link');
  }],
  ['the deck\'s draft folder planted as a link: draft refused', async () => {
    const { dir, outside } = await deck();
    const data = await tempDir();
    await mkdir(path.join(data, 'drafts'));
    const store = new DraftStore(data, dir);
    await store.put({ id: '01-a.md', text: 'first', baseHash: null, savedAt: 1 });
    const [key] = await readdir(path.join(data, 'drafts'));
    await (await import('node:fs/promises')).rm(path.join(data, 'drafts', key!), { recursive: true });
    await symlink(outside, path.join(data, 'drafts', key!));
    expect((await store.put({ id: '01-a.md', text: 'second', baseHash: null, savedAt: 2 })).ok).toBe(false);
    expect(await readdir(outside)).toEqual([]);
  }],
];

const beacon = (rel: string) => `<link rel="${rel}" href="http://example.com/x">`;
CLASSES['Network requests from deck HTML (no request leaves the machine)'] = [
  ...['preconnect', 'dns-prefetch', 'prefetch', 'preload', 'prerender', 'modulepreload', 'stylesheet', 'icon', 'PRECONNECT', 'pre\nconnect'].map((rel): Probe => [`<link rel=${JSON.stringify(rel)}> stripped from a slide`, () => {
    expect(sanitizeSlideHtml(`<p>x</p>${beacon(rel)}`)).not.toMatch(/<link/i);
  }]),
  ['<link> inside speaker notes stripped', () => expect(sanitizeNotesHtml(beacon('preconnect'))).not.toMatch(/<link/i)],
  ['<link> inside <svg> and <math> stripped', () => expect(sanitizeSlideHtml(`<svg>${beacon('preconnect')}</svg><math>${beacon('dns-prefetch')}</math>`)).not.toMatch(/<link/i)],
  ['<meta http-equiv=refresh> and <base> stripped', () => expect(sanitizeSlideHtml('<meta http-equiv="refresh" content="0;url=http://e.com"><base href="http://e.com/">')).not.toMatch(/<meta|<base/i)],
  ['<a rel=prefetch> keeps no rel hint but noopener', () => expect(sanitizeSlideHtml('<a href="http://e.com" rel="prefetch">x</a>')).not.toMatch(/prefetch/)],
  ['remote <img>, srcset and <picture> sources dropped', () => expect(sanitizeSlideHtml('<img src="http://e.com/a.png"><img srcset="http://e.com/b.png 2x"><picture><source srcset="http://e.com/c.png"></picture>')).not.toMatch(/e\.com/)],
  ['a deck .html file is served as plain text', () => expect(deckFileType('/d/page.html', 'document')).toBe('text/plain; charset=utf-8')],
  ['a deck .svg opened on its own is plain text, as an image stays an image', () => {
    expect(deckFileType('/d/a.svg', 'document')).toBe('text/plain; charset=utf-8');
    expect(deckFileType('/d/a.svg', 'iframe')).toBe('text/plain; charset=utf-8');
    expect(deckFileType('/d/a.svg', 'image')).toBe('image/svg+xml');
  }],
  ['.htm, .xhtml and .xml are opaque bytes (never rendered)', () => {
    for (const f of ['a.htm', 'a.xhtml', 'a.xml', 'a.shtml']) expect(deckFileType(f, 'document')).toBe('application/octet-stream');
  }],
];

CLASSES['Special files (FIFOs, sockets, folders): never block'] = [
  ['a FIFO named deck.yaml', async () => {
    const { dir } = await deck();
    fifo(path.join(dir, 'deck.yaml'));
    const s = await within(5000, readDeckSources(dir));
    expect(s.diagnostics).toContainEqual(expect.objectContaining({ code: 'file-not-regular', file: 'deck.yaml' }));
  }],
  ['a FIFO reached through a link inside the deck', async () => {
    const { dir } = await deck();
    fifo(path.join(dir, 'pipe'));
    await symlink('pipe', path.join(dir, '02-p.md'));
    const s = await within(5000, readDeckSources(dir));
    expect(s.diagnostics.map((d) => d.code)).toContain('file-not-regular');
  }],
  ['a Unix socket named like a slide', async () => {
    const { dir } = await deck();
    const server = createServer();
    await new Promise<void>((r) => server.listen(path.join(dir, '02-sock.md'), r));
    try {
      const s = await within(5000, readDeckSources(dir));
      expect(s.diagnostics).toContainEqual(expect.objectContaining({ code: 'file-not-regular', file: '02-sock.md' }));
    } finally {
      server.close();
    }
  }],
  ['a FIFO as an image used by 40 slides (more than the file threads)', async () => {
    const { dir } = await deck({ '01-a.md': Array.from({ length: 40 }, () => '![p](p.png)').join('\n\n---\n\n') });
    fifo(path.join(dir, 'p.png'));
    const d = await within(5000, loadDeck(dir));
    expect(d.diagnostics.filter((x) => x.code === 'asset-not-regular')).toHaveLength(40);
  }],
  ['a folder named like an image', async () => {
    const { dir } = await deck({ '01-a.md': '![p](p.png)' });
    await mkdir(path.join(dir, 'p.png'));
    expect((await loadDeck(dir)).diagnostics.map((x) => x.code)).toContain('asset-not-regular');
  }],
  ['the editor saving over a FIFO: refused, never blocks', async () => {
    const { dir, service } = await deck();
    fifo(path.join(dir, '02-p.md'));
    expect((await within(5000, save(service, '02-p.md', 'x', null))).value.status).toBe('failed');
  }],
];

CLASSES['Link loops: a diagnostic, never a crash'] = [
  ['a three-file loop', async () => {
    const { dir } = await deck();
    await symlink('03-c.md', path.join(dir, '02-b.md'));
    await symlink('04-d.md', path.join(dir, '03-c.md'));
    await symlink('02-b.md', path.join(dir, '04-d.md'));
    expect((await readDeckSources(dir)).diagnostics.filter((d) => d.code === 'file-link-loop')).toHaveLength(3);
  }],
  ['deck.yaml linking to itself', async () => {
    const { dir } = await deck();
    await symlink('deck.yaml', path.join(dir, 'deck.yaml'));
    expect((await readDeckSources(dir)).diagnostics.map((d) => d.code)).toContain('file-link-loop');
  }],
  ['an image linking to itself', async () => {
    const { dir } = await deck({ '01-a.md': '![l](l.png)' });
    await symlink('l.png', path.join(dir, 'l.png'));
    expect((await loadDeck(dir)).diagnostics.map((d) => d.code)).toContain('asset-missing');
  }],
  ['the editor opening and saving a looped file', async () => {
    const { dir, service } = await deck();
    await symlink('02-s.md', path.join(dir, '02-s.md'));
    expect((await service.call('readFile', ['02-s.md'])).ok).toBe(false);
    expect(await save(service, '02-s.md', 'x', null)).toMatchObject({ ok: true, value: { status: 'failed', message: expect.stringMatching(/leads back to itself/) } });
  }],
  ['a folder loop two levels deep, watched', async () => {
    const { dir } = await deck();
    await mkdir(path.join(dir, 'a', 'b'), { recursive: true });
    await symlink('../..', path.join(dir, 'a', 'b', 'up'));
    const session = new DeckSession(dir);
    await within(10_000, session.watch());
    await session.close();
  }],
];

CLASSES['Limits and names'] = [
  ['a save of exactly 10 MB accepted, 10 MB + 1 byte refused', async () => {
    const { service } = await deck();
    const h = await hashOf(service, '01-a.md');
    expect((await save(service, '01-a.md', 'a'.repeat(10 * 1048576 + 1), h)).value.status).toBe('failed');
    expect((await save(service, '01-a.md', 'a'.repeat(10 * 1048576), h)).value.status).toBe('saved');
  }],
  ['a save that is small in characters but over 10 MB in UTF-16: refused', async () => {
    const { dir, service } = await deck();
    await service.call('readFile', ['01-a.md']);
    const r = await service.call('saveFile', [{ id: '01-a.md', text: 'я'.repeat(5.5 * 1048576), format: { encoding: 'utf-16le', bom: true, guessed: false }, eol: '\n', expectedHash: null, force: true }]) as { value: { status: string } };
    expect(r.value.status).toBe('failed');
    expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe('# A\n');
  }],
  ['titles of 4-byte emoji and of combining marks stay under 185 bytes', () => {
    expect(utf8Length(pdfFileName('🎉'.repeat(200)))).toBeLessThanOrEqual(184);
    expect(utf8Length(pdfFileName('й'.repeat(300)))).toBeLessThanOrEqual(184);
  }],
  ['the atomic writer on a 250-byte file name', async () => {
    const dir = await tempDir();
    await writeFileAtomic(path.join(dir, `${'界'.repeat(82)}.pdf`), 'x');
    expect(await readdir(dir)).toEqual([`${'界'.repeat(82)}.pdf`]);
  }],
  ['editor highlighting guard: 10,000 nested quotes, a 2 MB line, deep indentation', () => {
    expect(isTooComplexToHighlight(`${'> '.repeat(10_000)}x`)).toBe(true);
    expect(isTooComplexToHighlight('a'.repeat(2_000_000))).toBe(true);
    expect(isTooComplexToHighlight(`${'\t'.repeat(5000)}x`)).toBe(true);
  }],
  ['an image bomb named like a slide image is refused, not decoded', async () => {
    const { dir } = await deck({ '01-a.md': '![b](b.png)' });
    const png = Buffer.from(TINY_IMAGES.png);
    png.writeUInt32BE(60_000, 16);
    png.writeUInt32BE(60_000, 20);
    await writeFile(path.join(dir, 'b.png'), png);
    expect((await loadDeck(dir)).diagnostics.map((d) => d.code)).toContain('image-too-large');
  }],
];

for (const [cls, probes] of Object.entries(CLASSES)) {
  describe(cls, () => {
    for (const [name, run] of probes) {
      it(name, async () => {
        try {
          await run();
          results.push({ cls, name, held: true });
        } catch (err) {
          results.push({ cls, name, held: false });
          throw err;
        }
      });
    }
  });
}

/** The table of docs/security.md, between its markers. */
function table(): string {
  const rows = Object.keys(CLASSES).map((cls) => {
    const mine = results.filter((r) => r.cls === cls);
    return `| ${cls} | ${mine.length} | ${mine.filter((r) => r.held).length} |`;
  });
  const total = results.length;
  return ['| Class | Probes tried | Held |', '|---|---|---|', ...rows, `| **All** | **${total}** | **${results.filter((r) => r.held).length}** |`].join('\n');
}

afterAll(async () => {
  if (results.length !== Object.values(CLASSES).flat().length) return; // a filtered run says nothing about the table
  const doc = await readFile(DOC, 'utf8');
  const updated = doc.replace(/(<!-- fault-suite:start -->\n)[\s\S]*?(\n<!-- fault-suite:end -->)/, `$1${table()}$2`);
  if (process.env.LECTERN_UPDATE_DOCS) await writeFile(DOC, updated);
  else expect(updated, 'docs/security.md: the fault-suite table is stale; run with LECTERN_UPDATE_DOCS=1').toBe(doc);
});
