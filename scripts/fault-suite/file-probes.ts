/** Probes of the file classes: concurrent writes, renames, crash recovery, planted links. */
import { link, lstat, mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { recoverRenames } from '../../src/node/deck-renames';
import { DraftStore } from '../../src/node/drafts';
import { saveRehearsal } from '../../src/node/rehearsal-store';
import { deck, hashOf, save, tempDir, type ProbeClasses } from './support';

/** Adds this module's classes to `CLASSES`. */
export function addFileProbes(CLASSES: ProbeClasses): void {
  CLASSES['Concurrent writes (an accepted save is never lost)'] = [
    [
      'three saves from one version: exactly one saved, two conflicts',
      async () => {
        const { dir, service } = await deck();
        const h = await hashOf(service, '01-a.md');
        const r = await Promise.all(['x', 'y', 'z'].map((t) => save(service, '01-a.md', t, h)));
        expect(r.map((x) => x.value.status).sort()).toEqual(['conflict', 'conflict', 'saved']);
        expect(['x', 'y', 'z']).toContain(await readFile(path.join(dir, '01-a.md'), 'utf8'));
      },
    ],
    [
      'save and rename of one file at once: the saved text exists under one of the names',
      async () => {
        const { dir, service } = await deck();
        const h = await hashOf(service, '01-a.md');
        await Promise.all([save(service, '01-a.md', 'saved text', h), service.call('renameFile', ['01-a.md', '02-b.md'])]);
        const texts = await Promise.all((await readdir(dir)).filter((n) => n.endsWith('.md')).map((n) => readFile(path.join(dir, n), 'utf8')));
        expect(texts).toContain('saved text');
      },
    ],
    [
      'save and trash of one file at once: the text is in the deck or in the trash',
      async () => {
        const { dir, service } = await deck();
        const h = await hashOf(service, '01-a.md');
        await Promise.all([save(service, '01-a.md', 'kept', h), service.call('trashFile', ['01-a.md'])]);
        const inDeck = await readFile(path.join(dir, '01-a.md'), 'utf8').catch(() => null);
        const trash = await readdir(path.join(dir, '.lectern', 'trash')).catch(() => [] as string[]);
        const trashed = await Promise.all(trash.map((n) => readFile(path.join(dir, '.lectern', 'trash', n), 'utf8')));
        expect([inDeck, ...trashed]).toContain('kept');
      },
    ],
    [
      'two creates of one new name at once: one is refused',
      async () => {
        const { service } = await deck();
        const r = await Promise.all([service.call('createFile', ['02-new.md']), service.call('createFile', ['02-new.md'])]);
        expect(r.filter((x) => x.ok)).toHaveLength(1);
      },
    ],
    [
      'reorder while a save runs: the saved text survives under its new name',
      async () => {
        const { dir, service } = await deck({ '01-a.md': '# A\n', '02-b.md': '# B\n' });
        const h = await hashOf(service, '02-b.md');
        await Promise.all([save(service, '02-b.md', '# B saved\n', h), service.call('reorderFiles', [['02-b.md', '01-a.md']])]);
        const texts = await Promise.all((await readdir(dir)).filter((n) => n.endsWith('.md')).map((n) => readFile(path.join(dir, n), 'utf8')));
        expect(texts.sort()).toEqual(['# A\n', '# B saved\n']);
      },
    ],
    [
      'two trashes of files with one name in one millisecond never replace each other in the trash',
      async () => {
        const { dir, service } = await deck({ '01-a.md': 'one' });
        await service.call('trashFile', ['01-a.md']);
        await writeFile(path.join(dir, '01-a.md'), 'two');
        await service.call('trashFile', ['01-a.md']);
        expect((await readdir(path.join(dir, '.lectern', 'trash'))).length).toBe(2);
      },
    ],
  ];

  CLASSES['Renames (never replace a file)'] = [
    [
      'onto a name that is a link to a file outside: refused, the outside file untouched',
      async () => {
        const { dir, service, outside } = await deck();
        await writeFile(path.join(outside, 'v.md'), 'victim');
        await symlink(path.join(outside, 'v.md'), path.join(dir, '02-b.md'));
        expect((await service.call('renameFile', ['01-a.md', '02-b.md'])).ok).toBe(false);
        expect(await readFile(path.join(outside, 'v.md'), 'utf8')).toBe('victim');
      },
    ],
    [
      'onto a folder named like a slide: refused',
      async () => {
        const { dir, service } = await deck();
        await mkdir(path.join(dir, '02-b.md'));
        expect((await service.call('renameFile', ['01-a.md', '02-b.md'])).ok).toBe(false);
        expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe('# A\n');
      },
    ],
    [
      'onto an existing deck.yaml: refused',
      async () => {
        const { dir, service } = await deck({ '01-a.md': '# A\n', 'deck.yaml': 'title: T\n' });
        expect((await service.call('renameFile', ['01-a.md', 'deck.yaml'])).ok).toBe(false);
        expect(await readFile(path.join(dir, 'deck.yaml'), 'utf8')).toBe('title: T\n');
      },
    ],
    [
      'onto a hard link of another file (same inode, other name): refused',
      async () => {
        const { dir, service } = await deck({ '01-a.md': '# A\n', '02-b.md': '# B\n' });
        await link(path.join(dir, '02-b.md'), path.join(dir, '03-c.md'));
        expect((await service.call('renameFile', ['02-b.md', '03-c.md'])).ok).toBe(false);
        expect((await readdir(dir)).sort()).toEqual(['01-a.md', '02-b.md', '03-c.md']);
      },
    ],
    [
      'to its own name: no change',
      async () => {
        const { dir, service } = await deck();
        expect(await service.call('renameFile', ['01-a.md', '01-a.md'])).toEqual({ ok: true, value: null });
        expect(await readdir(dir)).toEqual(['01-a.md']);
      },
    ],
    [
      'ten renames of ten files to one name at once: one wins, ten texts remain',
      async () => {
        const files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`0${i}-x.md`, `text ${i}`]));
        const { dir, service } = await deck(files);
        const r = await Promise.all(Object.keys(files).map((n) => service.call('renameFile', [n, 'new.md'])));
        expect(r.filter((x) => x.ok)).toHaveLength(1);
        expect(await Promise.all((await readdir(dir)).map((n) => readFile(path.join(dir, n), 'utf8')))).toHaveLength(10);
      },
    ],
  ];

  CLASSES['Crash recovery (nothing hidden after kill -9)'] = [
    [
      'a damaged journal is ignored; hidden temp names still get their names back',
      async () => {
        const { dir } = await deck({});
        await mkdir(path.join(dir, '.lectern'));
        await writeFile(path.join(dir, '.lectern', 'rename-journal.json'), '{"steps": [');
        await writeFile(path.join(dir, '.lectern-reorder-0-01-a.md'), 'A');
        await recoverRenames(dir);
        expect(await readdir(dir)).toEqual(['01-a.md']);
      },
    ],
    [
      'a journal whose steps leave the folder (../) moves nothing',
      async () => {
        const { dir, outside } = await deck({});
        await mkdir(path.join(dir, '.lectern'));
        await writeFile(path.join(outside, 'secret.md'), 's');
        const steps = [{ from: '../secret.md', temp: '.lectern-reorder-0-x.md', to: `../${path.basename(outside)}/moved.md` }];
        await writeFile(path.join(dir, '.lectern', 'rename-journal.json'), JSON.stringify({ version: 1, phase: 'place', steps }));
        await recoverRenames(dir);
        expect(await readdir(outside)).toEqual(['secret.md']);
      },
    ],
    [
      'a journal planted as a link is not followed',
      async () => {
        const { dir, outside } = await deck({});
        await mkdir(path.join(dir, '.lectern'));
        await writeFile(path.join(dir, '.lectern-reorder-0-a.md'), 'A');
        await writeFile(path.join(outside, 'j.json'), JSON.stringify({ version: 1, phase: 'place', steps: [{ from: 'a.md', temp: '.lectern-reorder-0-a.md', to: 'evil.md' }] }));
        await symlink(path.join(outside, 'j.json'), path.join(dir, '.lectern', 'rename-journal.json'));
        await recoverRenames(dir);
        expect((await readdir(dir)).sort()).toEqual(['a.md']);
        expect(await readFile(path.join(outside, 'j.json'), 'utf8')).toContain('evil.md');
      },
    ],
    [
      'a young save temp file (a save in another window) is left alone',
      async () => {
        const { dir } = await deck();
        await writeFile(path.join(dir, '.01-a.md.0123456789ab.tmp'), 'in flight');
        await recoverRenames(dir);
        expect(await readdir(dir)).toContain('.01-a.md.0123456789ab.tmp');
      },
    ],
    [
      'an old folder with a temp-like name is never removed',
      async () => {
        const { dir } = await deck();
        await mkdir(path.join(dir, '.x.md.0123456789ab.tmp'));
        const old = new Date(Date.now() - 3_600_000);
        await utimes(path.join(dir, '.x.md.0123456789ab.tmp'), old, old);
        await recoverRenames(dir);
        expect((await stat(path.join(dir, '.x.md.0123456789ab.tmp'))).isDirectory()).toBe(true);
      },
    ],
  ];

  CLASSES['Writes through planted links (nothing written outside)'] = [
    [
      '`.lectern` is a regular file: trash refused cleanly, file kept',
      async () => {
        const { dir, service } = await deck();
        await writeFile(path.join(dir, '.lectern'), 'not a folder');
        expect((await service.call('trashFile', ['01-a.md'])).ok).toBe(false);
        expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe('# A\n');
      },
    ],
    [
      '`.lectern` links to another folder of the same deck: refused all the same',
      async () => {
        const { dir, service } = await deck();
        await mkdir(path.join(dir, 'sub'));
        await symlink(path.join(dir, 'sub'), path.join(dir, '.lectern'));
        expect((await service.call('trashFile', ['01-a.md'])).ok).toBe(false);
      },
    ],
    [
      '`.lectern/rehearsals` links outside: record refused',
      async () => {
        const { dir, outside } = await deck();
        await mkdir(path.join(dir, '.lectern'));
        await symlink(outside, path.join(dir, '.lectern', 'rehearsals'));
        await expect(saveRehearsal(dir, { endedAt: '2026-01-01T00:00:00.000Z' } as never)).rejects.toThrow(/link/);
        expect(await readdir(outside)).toEqual([]);
      },
    ],
    [
      'a slide that links outside the deck: save refused, outside file untouched',
      async () => {
        const { dir, service, outside } = await deck();
        await writeFile(path.join(outside, 'x.md'), 'outside');
        await symlink(path.join(outside, 'x.md'), path.join(dir, '02-out.md'));
        expect((await save(service, '02-out.md', 'pwned', null)).ok).toBe(false);
        expect(await readFile(path.join(outside, 'x.md'), 'utf8')).toBe('outside');
      },
    ],
    [
      'a slide that links to another slide inside: saved through, the link kept',
      async () => {
        const { dir, service } = await deck();
        await symlink('01-a.md', path.join(dir, '02-alias.md'));
        const h = await hashOf(service, '02-alias.md');
        expect((await save(service, '02-alias.md', 'via link', h)).value.status).toBe('saved');
        expect((await lstat(path.join(dir, '02-alias.md'))).isSymbolicLink()).toBe(true);
        expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe('via link');
      },
    ],
    [
      "the deck's draft folder planted as a link: draft refused",
      async () => {
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
      },
    ],
  ];
}
