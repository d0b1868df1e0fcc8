// @vitest-environment jsdom
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../../e2e/fixtures/xss/payloads';
import { renderMarkdown } from '../core/markdown';
import { sanitizeSlideHtml } from './sanitize';

const md = (markdown: string) => new Marked().parse(markdown, { async: false });

// The checker has its own lists on purpose: it must not trust the sanitizer's.
const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'base',
  'meta',
  'link',
  'template',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'portal',
  'noscript',
  'section',
  'picture',
  'image',
]);
const OK_TAGS = new Set(
  'h1 h2 h3 h4 h5 h6 p br hr div span blockquote pre code ul ol li dl dt dd table caption thead tbody tfoot tr th td em strong b i u del s ins sub sup mark kbd samp var q cite abbr small img a figure figcaption details summary'.split(
    ' ',
  ),
);
const OK_ATTRS: Record<string, string[]> = {
  '*': ['title', 'class', 'lang', 'dir'],
  a: ['href', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan', 'align'],
  th: ['colspan', 'rowspan', 'align'],
  ol: ['start', 'type'],
  details: ['open'],
};
const OK_DATA: Record<string, RegExp> = { 'data-fragment-index': /^\d+$/, 'data-line-numbers': /^[\d,|-]*$/ };

const insideDeck = (u: string) => {
  if (!u.startsWith('/deck/')) return false;
  let decoded = u;
  try {
    decoded = decodeURIComponent(u);
  } catch {
    return false;
  }
  return !decoded.split(/[/\\]/).some((seg) => seg === '..' || seg === '.');
};
const okHref = (u: string) => /^(https?:\/\/|mailto:)/i.test(u) || /^#[\w\-/.%]*$/.test(u) || insideDeck(u);
const okSrc = (u: string) => insideDeck(u) || /^data:image\/(png|jpeg|gif|webp);base64,/i.test(u);

/** Everything in `html` that could run code, load, navigate, clobber or restyle the presenter. */
function violations(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('<script text');
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) found.push('on*= in a tag');
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) {
      found.push(`comment ${(node as Comment).data}`); // reveal.js .slide/.element directives live here
      continue;
    }
    const el = node as Element;
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag) || !OK_TAGS.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`element <${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      const squeezed = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (/^on/i.test(name)) found.push(`handler ${name}`);
      if (squeezed.includes('javascript:') || squeezed.includes('data:text')) found.push(`${name}=${value}`);
      if (name.startsWith('data-')) {
        if (!OK_DATA[name]?.test(value)) found.push(`data attribute ${name}="${value}"`);
      } else if (!OK_ATTRS['*']!.includes(name) && !OK_ATTRS[tag]?.includes(name)) found.push(`attribute ${tag}[${name}]`);
      if (name === 'href' && !okHref(value)) found.push(`href ${value}`);
      if ((name === 'src' || name === 'srcset' || name === 'data-src') && !okSrc(value)) found.push(`src ${value}`);
    }
  }
  return found;
}

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;

describe('XSS corpus', () => {
  it('has at least 25 payloads with unique names', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(XSS_PAYLOADS.map((p) => p.name)).size).toBe(XSS_PAYLOADS.length);
  });

  // Proves each payload is live and the checker sees it: otherwise the next test proves nothing.
  it.each(XSS_PAYLOADS)('unsanitized "$name" is flagged by the checker', ({ markdown }) => {
    expect(violations(md(markdown))).not.toEqual([]);
  });

  it.each(XSS_PAYLOADS)('sanitized "$name" is inert', ({ markdown }) => {
    const out = sanitizeSlideHtml(md(markdown));
    expect(violations(out)).toEqual([]);
    // Sanitizing is stable: the output re-parses to the same markup (no mutation on re-parse).
    expect(sanitizeSlideHtml(out)).toBe(out);
  });

  // The app's own pipeline (URL rewriting of Markdown and raw HTML, highlighting) feeds the
  // sanitizer in real use: the corpus must stay inert through it too.
  it.each(XSS_PAYLOADS)('"$name" through the app\'s renderMarkdown is inert', ({ markdown }) => {
    expect(violations(sanitizeSlideHtml(renderMarkdown(markdown).html))).toEqual([]);
  });
});

describe('sanitizeSlideHtml keeps legitimate slides', () => {
  it('keeps highlight.js classes on code', () => {
    const html = renderMarkdown('```python\ndef f():\n    return A()\nclass B(A): pass\n```').html;
    const out = sanitizeSlideHtml(html);
    expect(out).toContain('<pre><code class="hljs language-python">');
    expect(out).toContain('<span class="hljs-keyword">def</span>');
    expect(out).toContain('<span class="hljs-title function_">f</span>');
    expect(out.trim()).toBe(html.trim()); // nothing in highlighted code is dropped
  });

  it('keeps a columns layout; author classes only under a deck- prefix the app never styles', () => {
    const out = parse(sanitizeSlideHtml('<div class="columns"><div class="col flask r-stretch">a</div><div class="slides present two-cols">b</div><p class="x&quot;y">c</p></div>'));
    expect(out.querySelector('.columns > div')!.getAttribute('class')).toBe('col flask deck-r-stretch');
    expect(out.querySelectorAll('.columns > div')[1]!.getAttribute('class')).toBe('deck-slides deck-present deck-two-cols');
    expect(out.querySelector('p')!.hasAttribute('class')).toBe(false);
    expect(out.querySelector('.slides, .present, .r-stretch')).toBeNull();
    expect(out.textContent).toBe('abc');
  });
  it('keeps KaTeX output (spans with sizes, SVG radicals) and nothing like it elsewhere', () => {
    const math = renderMarkdown('Root $\\sqrt{x^2+1}$ and $\\color{red}{x}$').html;
    const out = parse(sanitizeSlideHtml(math));
    expect(out.querySelector('.katex .mord')).not.toBeNull();
    expect(out.querySelector('.katex svg path')!.getAttribute('d')).toMatch(/^M/);
    // Styles travel as data (the CSP refuses style attributes) and are applied through the CSSOM.
    expect(out.querySelector('[style]')).toBeNull();
    expect(out.querySelector('.katex [data-lx-style*="height"]')).not.toBeNull();
    expect(out.querySelector('.katex [data-lx-style*="color"]')!.getAttribute('data-lx-style')).toContain('color:red');
    // The same markup outside a formula: styles, SVG and KaTeX's short class names go.
    const fake = parse(
      sanitizeSlideHtml(
        '<p class="mord" style="position:fixed;top:0;height:1em">x</p><svg width="9"><path d="M0"/></svg><span class="katex"><span style="background:url(/x.png);height:1em">y</span></span>',
      ),
    );
    expect(fake.querySelector('p')!.getAttribute('class')).toBe('deck-mord');
    expect(fake.querySelector('p')!.hasAttribute('data-lx-style')).toBe(false);
    expect(fake.querySelector('svg')).toBeNull();
    expect(fake.querySelector('.katex span')!.getAttribute('data-lx-style')).toBeNull();
    // A deck cannot write the data attribute itself.
    expect(parse(sanitizeSlideHtml('<span class="lx-x" data-lx-style="position:fixed">z</span>')).querySelector('[data-lx-style]')).toBeNull();
  });
  it("keeps the colours of Lectern's slide frame, never a position or a url()", () => {
    const out = parse(
      sanitizeSlideHtml(
        '<div class="lx-frame" style="background-color:#123;color:white;position:fixed"><div class="lx-bg" style="flex-basis:33%;background-image:url(x)">a</div><img class="lx-bg-img" src="/deck/a.png" style="opacity:0.2;filter:blur(4px) url(#x)"></div>',
      ),
    );
    expect(out.querySelector('img')!.getAttribute('data-lx-style')).toBeNull();
    const bg = parse(sanitizeSlideHtml('<img class="lx-bg-img" src="/deck/a.png" style="opacity:0.2;filter:blur(4px) grayscale(1)">'));
    expect(bg.querySelector('img')!.getAttribute('data-lx-style')).toBe('opacity:0.2;filter:blur(4px) grayscale(1)');
    expect(out.querySelector('.lx-frame')!.getAttribute('data-lx-style')).toBe('background-color:#123;color:white');
    expect(out.querySelector('.lx-bg')!.getAttribute('data-lx-style')).toBeNull();
  });

  it('keeps deck images and data:image sources', () => {
    const body = parse(sanitizeSlideHtml('<p><img src="/deck/img/a.png" alt="A" width="300"><img src="data:image/png;base64,iVBORw0KGgo=" alt="dot"></p>'));
    const imgs = body.querySelectorAll('img');
    expect(imgs[0]!.getAttribute('src')).toBe('/deck/img/a.png');
    expect(imgs[0]!.getAttribute('width')).toBe('300');
    expect(imgs[1]!.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  });

  it('turns an unsafe image into a placeholder naming the file or showing the alt text', () => {
    const named = parse(sanitizeSlideHtml('<img src="https://cdn.example/pics/%D1%84%D0%BE%D1%82%D0%BE.png?x=1">'));
    expect(named.querySelector('img')).toBeNull();
    const span = named.querySelector('span.missing-image')!;
    expect(span.textContent).toBe('фото.png');
    const alt = parse(sanitizeSlideHtml(md('![Diagram of the flow](https://evil.example/track.png)')));
    expect(alt.querySelector('span.missing-image')!.textContent).toBe('Diagram of the flow');
    const scheme = parse(sanitizeSlideHtml('<img src="javascript:alert(1)">'));
    expect(scheme.querySelector('span.missing-image')!.textContent).toBe('image');
  });

  it('opens external and deck-file links in a new window without opener, leaves in-deck anchors alone', () => {
    const body = parse(sanitizeSlideHtml(md('[site](https://example.com/a) [mail](mailto:a@b.c) [next](#/2) [file](/deck/doc.pdf)')));
    const [site, mail, next, file] = Array.from(body.querySelectorAll('a'));
    expect(site!.getAttribute('href')).toBe('https://example.com/a');
    expect(site!.getAttribute('target')).toBe('_blank');
    expect(site!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(mail!.getAttribute('target')).toBe('_blank');
    expect(file!.getAttribute('target')).toBe('_blank');
    expect(file!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(next!.hasAttribute('target')).toBe(false);
    expect(next!.hasAttribute('rel')).toBe(false);
    expect(next!.getAttribute('href')).toBe('#/2');
  });

  it('removes an unsafe href but keeps the link text, and drops user-set target', () => {
    const body = parse(sanitizeSlideHtml('<a href="file:///etc/passwd" target="_self">passwd</a>'));
    expect(body.querySelector('a')!.attributes.length).toBe(0);
    expect(body.textContent).toBe('passwd');
  });

  it('keeps headings, lists, tables, details and Cyrillic text intact', () => {
    const source = '# Заголовок\n\n## Второй\n\n1. один\n2. два\n\n- a\n  - b\n\n| Имя | Счёт |\n|:----|----:|\n| Ёж | 3 |\n\n> цитата **жирный** _курсив_ ~~нет~~ `код`\n';
    const html = md(source) + '<details open=""><summary>Ещё</summary><p>текст</p></details>';
    const out = sanitizeSlideHtml(html);
    expect(out.trim()).toBe(html.trim());
    const body = parse(out);
    expect(body.querySelector('h1')!.textContent).toBe('Заголовок');
    expect(body.querySelector('th[align="left"]')!.textContent).toBe('Имя');
    expect(body.querySelectorAll('ol > li')).toHaveLength(2);
    expect(body.querySelector('ul li ul li')!.textContent).toBe('b');
  });

  it('keeps allowlisted data attributes only with valid values', () => {
    const body = parse(
      sanitizeSlideHtml(
        '<p class="fragment fade-up" data-fragment-index="2">a</p><p class="fragment" data-fragment-index="1&quot; onclick=&quot;x">b</p><pre><code class="hljs" data-line-numbers="1,3-4|5" data-trim data-id="x">c</code></pre>',
      ),
    );
    const [good, bad] = Array.from(body.querySelectorAll('p'));
    expect(good!.getAttribute('data-fragment-index')).toBe('2');
    expect(good!.getAttribute('class')).toBe('fragment fade-up');
    expect(bad!.hasAttribute('data-fragment-index')).toBe(false);
    const code = body.querySelector('code')!;
    expect(code.getAttribute('data-line-numbers')).toBe('1,3-4|5');
    expect(code.hasAttribute('data-trim')).toBe(false);
    expect(code.hasAttribute('data-id')).toBe(false);
  });

  it('drops comments, ids, names and GFM task-list checkboxes but keeps their text', () => {
    const out = sanitizeSlideHtml(md('<!-- .slide: data-background="#fff" -->\n\n<h2 id="x" name="y">T</h2>\n\n- [x] done\n- [ ] todo'));
    expect(out).not.toContain('<!--');
    expect(out).not.toMatch(/\s(id|name)=/);
    const body = parse(out);
    expect(body.querySelector('input')).toBeNull();
    expect(body.querySelector('ul')!.textContent).toContain('done');
  });

  it('does not change the global DOMPurify instance', () => {
    sanitizeSlideHtml('<a href="https://example.com">x</a>');
    expect(DOMPurify.sanitize('<a href="https://example.com">x</a>')).toBe('<a href="https://example.com">x</a>');
  });
});
