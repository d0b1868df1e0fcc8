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
