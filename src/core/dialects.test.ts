import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { renderMarkdown } from './markdown';

/** Builds a deck from files (and an optional deck.yaml) with the in-process renderer. */
function deck(files: Record<string, string>, config: string | null = null) {
  return buildDeck({ files: Object.entries(files).map(([name, text]) => ({ name, text })), config, folderName: 'd' });
}
const titles = (d: ReturnType<typeof deck>) => d.slides.map((s) => s.title);

describe('separators', () => {
  it("reveal-md's vertical ---- slides are flattened in order, each its own slide", () => {
    // reveal-md's demo/a.md: Foo, Bar, (down) Sub Bar, The End: reveal.js shows 4 slides.
    const d = deck({ 'a.md': 'Foo\n\nNote: test note\n\n---\n\nBar\n\n----\n\nSub Bar\n\n---\n\nThe End.\n' });
    expect(d.slides.map((s) => s.source.trim())).toEqual(['Foo', 'Bar', 'Sub Bar', 'The End.']);
    expect(d.slides[0]!.notes).toBe('test note');
    // A slide's line is the one after its separator, as for every Lectern deck.
    expect(d.slides.map((s) => s.line)).toEqual([1, 6, 10, 14]);
  });
  it('front-matter separator, verticalSeparator and notesSeparator patterns (as reveal.js data-separator attributes)', () => {
    const text = '---\nseparator: <!--s-->\nverticalSeparator: <!--v-->\nnotesSeparator: "^Speaker:"\n---\n# One\n---\nstill one\n<!--s-->\n# Two\nSpeaker: say two\n<!--v-->\n# Three\n';
    const d = deck({ 'a.md': text });
    expect(titles(d)).toEqual(['One', 'Two', 'Three']);
    expect(d.slides[1]!.notes).toBe('say two');
    expect(d.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
  });
  it("deck.yaml's separator applies to every file, and a changed deck.yaml re-splits cached files", () => {
    const files = { 'a.md': '# A1\n\n\n\n# A2\n' };
    expect(titles(deck(files, 'separator: "\\\\n\\\\n\\\\n\\\\n"'))).toEqual(['A1', 'A2']);
    expect(titles(deck(files))).toEqual(['A1']);
  });
  it('refuses a pattern that could backtrack catastrophically, naming file and line, and keeps the default', () => {
    const d = deck({ 'a.md': '---\ntitle: x\nseparator: "(a+)+$"\n---\n# One\n---\n# Two\n' });
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'separator-refused', file: 'a.md', line: 3, message: expect.stringContaining('exponential') }));
    expect(titles(d)).toEqual(['One', 'Two']);
  });
  it("Marp's headingDivider starts a slide at each heading of those levels, never an empty one", () => {
    const d = deck({ 'a.md': '---\nmarp: true\nheadingDivider: 2\n---\n# Title\n\ntext\n\n## Part A\n\na\n\n---\n\n## Part B\n\nb\n### Detail\n' });
    expect(titles(d)).toEqual(['Title', 'Part A', 'Part B']);
    expect(d.diagnostics.filter((x) => x.code === 'slide-empty')).toEqual([]);
  });
});

describe('notes per dialect', () => {
  it('Marp: every comment that is not a directive is a note; fit, directives and Note: lines are not', () => {
    const d = deck({ 'a.md': '---\nmarp: true\n---\n<!-- _class: lead -->\n# <!-- fit --> Big\n\nNote: shown as text in Marp\n\n<!-- say hello -->\n<!--\npaginate: true\nheader: x\n-->\n' });
    expect(d.slides[0]!.notes).toBe('say hello');
    expect(d.slides[0]!.html).toContain('Note: shown as text in Marp');
    expect(d.slides[0]!.html).toMatch(/<h1 class="lectern-fit" style="font-size: \d+px">/);
    expect(d.slides[0]!.html).not.toContain('<!--');
  });
  it('reveal-md: notes follow Note:, other comments are dropped', () => {
    const d = deck({ 'a.md': '---\nrevealOptions:\n  transition: fade\n---\n# One\n<!-- hidden remark -->\nNote: the note\n' });
    expect(d.slides[0]!.notes).toBe('the note');
  });
  it('Slidev: only the last comment of a slide is its note', () => {
    const d = deck({ 'a.md': '---\nlayout: cover\n---\n# One\n<!-- not a note -->\ntext\n<!--\nthe note\n-->\n' });
    expect(d.slides[0]!.notes).toBe('the note');
  });
});

describe('Marp directives', () => {
  const marp =
    '---\nmarp: true\ntheme: gaia\nfooter: "**Lectern** talk"\nbackgroundColor: "#fff8e1"\n---\n<!-- _class: lead -->\n# One\n\n---\n<!-- class: invert -->\n<!-- _backgroundColor: black -->\n# Two\n\n---\n# Three\n\n---\n![bg left:33%](pic.png)\n![bg](red)\n![w:300 h:200 A cat](cat.png)\n# Four\n';
  const d = deck({ 'a.md': marp });
  it('scoped (_) directives hold for one slide, others from their slide on; theme, footer and colours', () => {
    expect(d.slides[0]!.html).toMatch(/^<div class="lx-frame lx-theme-gaia lead" style="background-color:#fff8e1">/);
    expect(d.slides[1]!.html).toMatch(/^<div class="lx-frame lx-theme-gaia invert" style="background-color:black">/);
    expect(d.slides[2]!.html).toMatch(/^<div class="lx-frame lx-theme-gaia invert" style="background-color:#fff8e1">/);
    for (const s of d.slides) expect(s.html).toContain('<div class="lx-footer"><p><strong>Lectern</strong> talk</p>');
  });
  it('backgrounds (split with a width, colour) and image size keywords', () => {
    const html = d.slides[3]!.html;
    expect(html).toContain('<div class="lx-bg lx-bg-split lx-bg-left" style="flex-basis:33%"><img class="lx-bg-img lx-bg-cover" src="/deck/pic.png" alt=""></div>');
    expect(html).toContain('background-color:red');
    expect(deck({ 'b.md': '---\nmarp: true\n---\n![bg opacity:0.3 blur:4px grayscale](p.png)\n# T\n' }).slides[0]!.html).toContain(
      '<img class="lx-bg-img lx-bg-cover" src="/deck/p.png" alt="" style="opacity:0.3;filter:blur(4px) grayscale(1)">',
    );
    expect(html).toContain('<img src="/deck/cat.png" alt="A cat" width="300" height="200">');
    expect(d.slides[3]!.assets).toEqual(expect.arrayContaining(['pic.png', 'cat.png']));
  });
  it('newlines inside a paragraph are line breaks in Marp decks only', () => {
    expect(deck({ 'a.md': '---\nmarp: true\n---\none\ntwo\n' }).slides[0]!.html).toContain('one<br>two');
    expect(deck({ 'a.md': 'one\ntwo\n' }).slides[0]!.html).not.toContain('<br>');
  });
});

describe('Slidev', () => {
  const slidev =
    '---\n# a comment first, as the starter has\ntheme: seriph\nlayout: cover\n---\n# Welcome\n\n---\nlayout: two-cols\n---\n# Left\n\n::right::\n\n# Right side\n\n---\n\n# Clicks\n\n<v-clicks>\n\n- a\n- b\n\n</v-clicks>\n\n<Tweet id="1" />\n<Tweet id="2" />\n';
  const d = deck({ 'slides.md': slidev });
  it('headmatter and per-slide front matter are settings, not slides', () => {
    expect(titles(d)).toEqual(['Welcome', 'Left', 'Clicks']);
    expect(d.slides[0]!.html).toContain('lx-layout-cover');
    expect(d.slides.map((s) => s.html).join('')).not.toContain('layout:');
  });
  it('::right:: makes two columns; v-clicks list items are fragments; Vue components reported once', () => {
    expect(d.slides[1]!.html).toMatch(/<div class="lx-cols"><div class="lx-col"><h1>Left<\/h1>\n<\/div><div class="lx-col"><h1>Right side<\/h1>/);
    expect(d.slides[2]!.html).toContain('<li class="fragment">a</li>');
    expect(d.diagnostics.filter((x) => x.code === 'vue-component')).toEqual([expect.objectContaining({ severity: 'warning', line: 28, message: expect.stringContaining('<Tweet>') })]);
  });
});

describe('Slidev src: imports', () => {
  it("replaces the slide with the imported file's slides, and reports a missing one at its line", () => {
    const d = buildDeck({
      files: [{ name: 'slides.md', text: '---\nlayout: cover\n---\n# Main\n\n---\nsrc: ./pages/part.md\n---\n\nignored\n\n---\nsrc: pages/gone.md\n---\n\n---\n\n# End\n' }],
      includes: [{ name: 'pages/part.md', text: '# Part one\n\n---\n\n# Part two\n<!-- part note -->\n' }],
      config: null,
      folderName: 'd',
    });
    expect(titles(d as ReturnType<typeof deck>)).toEqual(['Main', 'Part one', 'Part two', 'End']);
    expect(d.slides[2]!.notes).toBe('part note');
    expect(d.slides[1]!.line).toBe(7);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'import-missing', line: 13 }));
  });
});

describe('math and emoji', () => {
  it('typesets $…$ and $$…$$ with KaTeX; dollar amounts and code stay text', () => {
    const r = renderMarkdown('From $5 to $10; `$x$`; $e^{i\\pi}$\n\n$$\n\\frac{1}{3}\n$$\n');
    expect(r.html).toContain('From $5 to $10');
    expect(r.html).toContain('<code>$x$</code>');
    expect(r.html).toContain('<span class="katex">');
    expect(r.html).toContain('<div class="lectern-math-display"><span class="katex-display">');
  });
  it('a formula KaTeX cannot read is shown as written, with a warning at its line', () => {
    const d = deck({ 'a.md': '# M\n\nok\n\n$\\nosuchmacro{x}$\n' });
    expect(d.slides[0]!.html).toContain('<code class="lectern-math-error">$\\nosuchmacro{x}$</code>');
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'math-error', line: 5, severity: 'warning' }));
  });
  it('math: false in front matter leaves dollars alone', () => {
    expect(deck({ 'a.md': '---\nmath: false\n---\n$x$\n' }).slides[0]!.html).toBe('<p>$x$</p>\n');
  });
  it('emoji shortcodes become Unicode outside code', () => {
    expect(renderMarkdown('I :heart: `:heart:`').html).toBe('<p>I ❤️ <code>:heart:</code></p>\n');
  });
});

describe('deck CSS', () => {
  it('Marp style: and <style> apply to the file, <style scoped> to its slide, all under the slide frame', () => {
    const d = deck({
      'a.md':
        '---\nmarp: true\nstyle: |\n  section { background: #123; }\n---\n<style>\n.columns-2 { display: grid; }\nh1 { color: red }\n@import url("https://evil.example/x.css");\n</style>\n\n# One\n\n<div class="columns-2">a</div>\n\n---\n\n<style scoped>h1 { font-size: 10px; position: fixed; background: url(https://evil.example/t.png) }</style>\n\n# Two\n\n```html\n<style>p { color: blue }</style>\n```\n',
    });
    const [one, two] = d.slides;
    const scope = /lx-css-[a-z0-9]+/.exec(one!.html)![0];
    expect(one!.css).toBe(`.lx-frame.${scope}{ background: #123}\n.lx-frame.${scope} .deck-columns-2{ display: grid}\n.lx-frame.${scope} h1{ color: red }`);
    // The sanitizer gives the element the same deck- prefix (renderer/sanitize.test.ts).
    expect(one!.html).toContain('<div class="columns-2">');
    expect(two!.html).toContain(`class="lx-frame lx-theme-default ${scope} ${scope}-2"`);
    expect(two!.css).toContain(`.lx-frame.${scope}-2 h1{ font-size: 10px; position: absolute}`);
    expect(two!.css).not.toMatch(/evil|@import|fixed/);
    // A style element inside code is code, shown as written.
    expect(two!.html).toContain('&lt;<span class="hljs-name">style</span>&gt;');
    expect(one!.html + two!.html).not.toMatch(/<style/);
  });
  it('style.css beside a Slidev or reveal-md deck applies to every slide; Slidev <style> is per slide', () => {
    const d = buildDeck({
      files: [{ name: 'slides.md', text: '---\nlayout: cover\n---\n# A\n\n<style>\nh1 { color: teal }\n</style>\n\n---\n\n# B\n' }],
      includes: [{ name: 'style.css', text: '.two-cols { gap: 1em }' }],
      config: null,
      folderName: 'd',
    });
    expect(d.slides[0]!.css).toMatch(/\.deck-two-cols\{ gap: 1em \}[\s\S]*-1 h1\{ color: teal \}/);
    expect(d.slides[1]!.css).not.toContain('teal');
    expect(d.slides[1]!.css).toContain('.deck-two-cols');
  });
});
