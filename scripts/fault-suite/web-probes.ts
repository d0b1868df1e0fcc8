/** Probes of the web and resource classes: network, special files, loops, limits and names. */
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { expect } from 'vitest';
import { pdfFileName } from '../../src/core/pdf-file-name';
import { utf8Length } from '../../src/core/bounded-name';
import { isTooComplexToHighlight } from '../../src/core/highlight-guard';
import { writeFileAtomic } from '../../src/node/atomic-write';
import { deckFileType } from '../../src/node/deck-file-type';
import { DeckSession } from '../../src/node/deck-session';
import { loadDeck, readDeckSources } from '../../src/node/read-deck';
import { TINY_IMAGES } from '../../test/support/images';
import { sanitizeSlideHtml } from '../../src/renderer/sanitize';
import { deck, fifo, hashOf, save, tempDir, within, type ProbeClasses, type Probe } from './support';

/** Adds this module's classes to `CLASSES`. */
export function addWebProbes(CLASSES: ProbeClasses): void {
  const beacon = (rel: string) => `<link rel="${rel}" href="http://example.com/x">`;
  CLASSES['Network requests from deck HTML (no request leaves the machine)'] = [
    ...['preconnect', 'dns-prefetch', 'prefetch', 'preload', 'prerender', 'modulepreload', 'stylesheet', 'icon', 'PRECONNECT', 'pre\nconnect'].map((rel): Probe => [
      `<link rel=${JSON.stringify(rel)}> stripped from a slide`,
      () => {
        expect(sanitizeSlideHtml(`<p>x</p>${beacon(rel)}`)).not.toMatch(/<link/i);
      },
    ]),
    ['<link> inside speaker notes stripped', () => expect(sanitizeSlideHtml(beacon('preconnect'))).not.toMatch(/<link/i)],
    ['<link> inside <svg> and <math> stripped', () => expect(sanitizeSlideHtml(`<svg>${beacon('preconnect')}</svg><math>${beacon('dns-prefetch')}</math>`)).not.toMatch(/<link/i)],
    [
      '<meta http-equiv=refresh> and <base> stripped',
      () => expect(sanitizeSlideHtml('<meta http-equiv="refresh" content="0;url=http://e.com"><base href="http://e.com/">')).not.toMatch(/<meta|<base/i),
    ],
    ['<a rel=prefetch> keeps no rel hint but noopener', () => expect(sanitizeSlideHtml('<a href="http://e.com" rel="prefetch">x</a>')).not.toMatch(/prefetch/)],
    [
      'remote <img>, srcset and <picture> sources dropped',
      () => expect(sanitizeSlideHtml('<img src="http://e.com/a.png"><img srcset="http://e.com/b.png 2x"><picture><source srcset="http://e.com/c.png"></picture>')).not.toMatch(/e\.com/),
    ],
    ['a deck .html file is served as plain text', () => expect(deckFileType('/d/page.html', 'document')).toBe('text/plain; charset=utf-8')],
    [
      'a deck .svg opened on its own is plain text, as an image stays an image',
      () => {
        expect(deckFileType('/d/a.svg', 'document')).toBe('text/plain; charset=utf-8');
        expect(deckFileType('/d/a.svg', 'iframe')).toBe('text/plain; charset=utf-8');
        expect(deckFileType('/d/a.svg', 'image')).toBe('image/svg+xml');
      },
    ],
    [
      '.htm, .xhtml and .xml are opaque bytes (never rendered)',
      () => {
        for (const f of ['a.htm', 'a.xhtml', 'a.xml', 'a.shtml']) expect(deckFileType(f, 'document')).toBe('application/octet-stream');
      },
    ],
  ];

  CLASSES['Special files (FIFOs, sockets, folders): never block'] = [
    [
      'a FIFO named deck.yaml',
      async () => {
        const { dir } = await deck();
        fifo(path.join(dir, 'deck.yaml'));
        const s = await within(5000, readDeckSources(dir));
        expect(s.diagnostics).toContainEqual(expect.objectContaining({ code: 'file-not-regular', file: 'deck.yaml' }));
      },
    ],
    [
      'a FIFO reached through a link inside the deck',
      async () => {
        const { dir } = await deck();
        fifo(path.join(dir, 'pipe'));
        await symlink('pipe', path.join(dir, '02-p.md'));
        const s = await within(5000, readDeckSources(dir));
        expect((s.diagnostics ?? []).map((d) => d.code)).toContain('file-not-regular');
      },
    ],
    [
      'a Unix socket named like a slide',
      async () => {
        const { dir } = await deck();
        const server = createServer();
        await new Promise<void>((r) => server.listen(path.join(dir, '02-sock.md'), r));
        try {
          const s = await within(5000, readDeckSources(dir));
          expect(s.diagnostics).toContainEqual(expect.objectContaining({ code: 'file-not-regular', file: '02-sock.md' }));
        } finally {
          server.close();
        }
      },
    ],
    [
      'a FIFO as an image used by 40 slides (more than the file threads)',
      async () => {
        const { dir } = await deck({ '01-a.md': Array.from({ length: 40 }, () => '![p](p.png)').join('\n\n---\n\n') });
        fifo(path.join(dir, 'p.png'));
        const d = await within(5000, loadDeck(dir));
        expect(d.diagnostics.filter((x) => x.code === 'asset-not-regular')).toHaveLength(40);
      },
    ],
    [
      'a folder named like an image',
      async () => {
        const { dir } = await deck({ '01-a.md': '![p](p.png)' });
        await mkdir(path.join(dir, 'p.png'));
        expect((await loadDeck(dir)).diagnostics.map((x) => x.code)).toContain('asset-not-regular');
      },
    ],
    [
      'the editor saving over a FIFO: refused, never blocks',
      async () => {
        const { dir, service } = await deck();
        fifo(path.join(dir, '02-p.md'));
        expect((await within(5000, save(service, '02-p.md', 'x', null))).value.status).toBe('failed');
      },
    ],
  ];

  CLASSES['Link loops: a diagnostic, never a crash'] = [
    [
      'a three-file loop',
      async () => {
        const { dir } = await deck();
        await symlink('03-c.md', path.join(dir, '02-b.md'));
        await symlink('04-d.md', path.join(dir, '03-c.md'));
        await symlink('02-b.md', path.join(dir, '04-d.md'));
        expect(((await readDeckSources(dir)).diagnostics ?? []).filter((d) => d.code === 'file-link-loop')).toHaveLength(3);
      },
    ],
    [
      'deck.yaml linking to itself',
      async () => {
        const { dir } = await deck();
        await symlink('deck.yaml', path.join(dir, 'deck.yaml'));
        expect(((await readDeckSources(dir)).diagnostics ?? []).map((d) => d.code)).toContain('file-link-loop');
      },
    ],
    [
      'an image linking to itself',
      async () => {
        const { dir } = await deck({ '01-a.md': '![l](l.png)' });
        await symlink('l.png', path.join(dir, 'l.png'));
        expect((await loadDeck(dir)).diagnostics.map((d) => d.code)).toContain('asset-missing');
      },
    ],
    [
      'the editor opening and saving a looped file',
      async () => {
        const { dir, service } = await deck();
        await symlink('02-s.md', path.join(dir, '02-s.md'));
        expect((await service.call('readFile', ['02-s.md'])).ok).toBe(false);
        expect(await save(service, '02-s.md', 'x', null)).toMatchObject({ ok: true, value: { status: 'failed', message: expect.stringMatching(/leads back to itself/) } });
      },
    ],
    [
      'a folder loop two levels deep, watched',
      async () => {
        const { dir } = await deck();
        await mkdir(path.join(dir, 'a', 'b'), { recursive: true });
        await symlink('../..', path.join(dir, 'a', 'b', 'up'));
        const session = new DeckSession(dir);
        await within(10_000, session.watch());
        await session.close();
      },
    ],
  ];

  CLASSES['Limits and names'] = [
    [
      'a save of exactly 10 MB accepted, 10 MB + 1 byte refused',
      async () => {
        const { service } = await deck();
        const h = await hashOf(service, '01-a.md');
        expect((await save(service, '01-a.md', 'a'.repeat(10 * 1048576 + 1), h)).value.status).toBe('failed');
        expect((await save(service, '01-a.md', 'a'.repeat(10 * 1048576), h)).value.status).toBe('saved');
      },
    ],
    [
      'a save that is small in characters but over 10 MB in UTF-16: refused',
      async () => {
        const { dir, service } = await deck();
        await service.call('readFile', ['01-a.md']);
        const r = (await service.call('saveFile', [
          { id: '01-a.md', text: 'я'.repeat(5.5 * 1048576), format: { encoding: 'utf-16le', bom: true, guessed: false }, eol: '\n', expectedHash: null, force: true },
        ])) as { value: { status: string } };
        expect(r.value.status).toBe('failed');
        expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe('# A\n');
      },
    ],
    [
      'titles of 4-byte emoji and of combining marks stay under 185 bytes',
      () => {
        expect(utf8Length(pdfFileName('🎉'.repeat(200)))).toBeLessThanOrEqual(184);
        expect(utf8Length(pdfFileName('й'.repeat(300)))).toBeLessThanOrEqual(184);
      },
    ],
    [
      'the atomic writer on a 250-byte file name',
      async () => {
        const dir = await tempDir();
        await writeFileAtomic(path.join(dir, `${'界'.repeat(82)}.pdf`), 'x');
        expect(await readdir(dir)).toEqual([`${'界'.repeat(82)}.pdf`]);
      },
    ],
    [
      'editor highlighting guard: 10,000 nested quotes, a 2 MB line, deep indentation',
      () => {
        expect(isTooComplexToHighlight(`${'> '.repeat(10_000)}x`)).toBe(true);
        expect(isTooComplexToHighlight('a'.repeat(2_000_000))).toBe(true);
        expect(isTooComplexToHighlight(`${'\t'.repeat(5000)}x`)).toBe(true);
      },
    ],
    [
      'an image bomb named like a slide image is refused, not decoded',
      async () => {
        const { dir } = await deck({ '01-a.md': '![b](b.png)' });
        const png = Buffer.from(TINY_IMAGES.png);
        png.writeUInt32BE(60_000, 16);
        png.writeUInt32BE(60_000, 20);
        await writeFile(path.join(dir, 'b.png'), png);
        expect((await loadDeck(dir)).diagnostics.map((d) => d.code)).toContain('image-too-large');
      },
    ],
  ];
}
