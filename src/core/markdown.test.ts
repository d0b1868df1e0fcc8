import { describe, expect, it } from 'vitest';
import { renderMarkdown, resolveDeckUrl } from './markdown';

describe('resolveDeckUrl', () => {
  it.each([
    ['img/a.png', '/deck/img/a.png'],
    ['./img/a b.png', '/deck/img/a%20b.png'],
    ['img/../pic.png', '/deck/pic.png'],
    ['%D1%84%D0%BE%D1%82%D0%BE.png', '/deck/%D1%84%D0%BE%D1%82%D0%BE.png'],
    ['https://example.com/x', 'https://example.com/x'],
    ['#/3', '#/3'],
  ])('%s -> %s', (raw, url) => expect(resolveDeckUrl(raw)?.url).toBe(url));
  it.each(['../secret.png', 'img/../../x', '/etc/passwd', 'file:///etc/passwd', 'javascript:alert(1)', 'C:\\x.png', '\\\\server\\share', '..%2fx', 'a%00.png', 'data:text/html,x'])(
    'refuses %s',
    (raw) => expect(resolveDeckUrl(raw)).toBeNull(),
  );
});

describe('renderMarkdown', () => {
  it('highlights fenced code with hljs classes', () => {
    const r = renderMarkdown('```python\ndef f():\n    return 1\n```');
    expect(r.html).toContain('class="hljs language-python"');
    expect(r.html).toContain('<span class="hljs-keyword">def</span>');
  });
  it('escapes code in unknown languages', () => {
    expect(renderMarkdown('```nope\n<b>x</b>\n```').html).toContain('&#60;b&#62;x&#60;/b&#62;');
  });
  it('takes the first heading as the title', () => {
    expect(renderMarkdown('text\n\n## Размер и **сложность**\n# later').title).toBe('Размер и сложность');
    expect(renderMarkdown('# В чем разница<br>между Flask и <span>Django</span>?').title).toBe('В чем разница между Flask и Django?');
  });
  it('resolves URLs in raw HTML like Markdown ones and refuses escapes', () => {
    const r = renderMarkdown('<img src="img/a b.png" width="300">\n\n<a href=\'../x.md\'>x</a> <a href="https://e.org/?a=1&amp;b=2">e</a>');
    expect(r.html).toContain('src="/deck/img/a%20b.png"');
    expect(r.html).toContain('href=""');
    expect(r.html).toContain('href="https://e.org/?a=1&#38;b=2"');
    expect(r.assets).toContainEqual({ path: 'img/a b.png', kind: 'image' });
    expect(r.refused).toEqual([]);
    expect(r.refusedLinks).toEqual(['../x.md']);
  });
  it('renders GFM tables', () => {
    expect(renderMarkdown('| Flask | Django |\n|---|---|\n| мал | велик |').html).toContain('<table>');
  });
});
