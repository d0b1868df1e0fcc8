import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { embeddableJson } from '../core/standalone-deck';
import { htmlPage } from './export-html';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('htmlPage', () => {
  const css = "@font-face{src:url(data:font/woff2;base64,AAA) format('woff2'),url(data:font/woff;base64,BBB) format('woff')}body{color:red}";
  const js = 'console.log("</script><b>")';
  const page = htmlPage(embeddableJson({ html: '</script><script>alert(1)</script><!--' }), css, js, 'A <b> & "c"', 'ru');

  it('allows exactly its own inline script and style by hash, and nothing from anywhere else', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;
    const script = /<script>([\s\S]*?)<\/script>\n<\/body>/.exec(page)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    expect(csp).toBe(`default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`);
    expect(style).not.toContain('font/woff;');
    expect(style).toContain("url(data:font/woff2;base64,AAA) format('woff2')}");
  });
  it('keeps slide text and the player from closing their elements', () => {
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--');
    expect(page).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(JSON.parse(/<script type="application\/json" id="lectern-deck">([\s\S]*?)<\/script>/.exec(page)![1]!)).toEqual({ html: '</script><script>alert(1)</script><!--' });
  });
});

describe('exportHtml', () => {
  it('writes one file with the deck inside, reports its size and warns when it is large', async () => {
    const { mkdtemp, writeFile, readFile, mkdir } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const { exportHtml } = await import('./export-html');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-html-unit-'));
    const player = path.join(dir, 'player');
    await mkdir(player);
    await writeFile(path.join(player, 'player.js'), 'void 0');
    await writeFile(path.join(player, 'player.css'), 'body{}');
    await writeFile(path.join(dir, 'a.md'), '# Один\n\n---\n\n# Два');
    const output = path.join(dir, 'out.html');
    const small = await exportHtml({ deckDir: dir, output, playerDir: player });
    expect(small.warnings).toEqual([]);
    expect(small.bytes).toBe((await readFile(output)).length);
    const large = await exportHtml({ deckDir: dir, output, playerDir: player, largeBytes: 100 });
    expect(large.warnings).toEqual([expect.stringMatching(/^out\.html is \d+ KB: large files are slow to send and to open; use smaller images$/)]);
    await writeFile(path.join(dir, 'a.md'), '');
    await expect(exportHtml({ deckDir: dir, output, playerDir: player })).rejects.toThrow('the deck has no slides to export');
    expect(await readFile(output, 'utf8')).toContain('"title":"Один"');
  });
});
