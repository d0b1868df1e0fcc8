import { describe, expect, it } from 'vitest';
import { buildDeck, DeckBuildCache } from './build-deck';
import { wrapCompareBlocks } from './compare-cards';
import { parseCompare } from './compare-config';
import type { Diagnostic } from './types';

const deck = (files: Record<string, string>, config: string | null = 'compare: [Flask, Django]') =>
  buildDeck({ files: Object.entries(files).map(([name, text]) => ({ name, text })), config, folderName: 'talk' });
const three = parseCompare(['PostgreSQL', { MySQL: 'orange' }, 'SQLite'], 'deck.yaml', 1, []);

describe('compare: in deck.yaml', () => {
  it('reads names, optional palette colours, and reports bad entries at their line', () => {
    const d: Diagnostic[] = [];
    expect(three).toEqual([
      { name: 'PostgreSQL', color: 'blue' },
      { name: 'MySQL', color: 'orange' },
      { name: 'SQLite', color: 'green' },
    ]);
    expect(parseCompare({ Flask: 'slate', Django: 'pink' }, 'deck.yaml', 4, d)).toEqual([
      { name: 'Flask', color: 'slate' },
      { name: 'Django', color: 'blue' },
    ]);
    expect(d).toEqual([expect.objectContaining({ code: 'compare-config', line: 4, message: expect.stringContaining('unknown colour `pink` for Django') })]);
    expect(parseCompare(['A', 'B', 'C', 'D', 'E'], 'deck.yaml', 2, d)).toHaveLength(4);
    expect(parseCompare(['Solo'], 'deck.yaml', 2, d)).toEqual([]);
    expect(d.map((x) => x.message).join('\n')).toMatch(/at most 4[\s\S]*at least 2/);
  });
});

describe('comparison cards', () => {
  it('lays out headings named after subjects as one row of coloured cards, in the order written', () => {
    const md = '## Databases\n\n### PostgreSQL\n- MVCC\n\n### MySQL: InnoDB\n- fast\n#### detail\ntext\n\n### SQLite\n```sql\n### not a heading\n```\n';
    const out = wrapCompareBlocks(md, three);
    expect(out.cards).toEqual(['PostgreSQL', 'MySQL', 'SQLite']);
    const html = deck({ 'a.md': md }, 'compare: [PostgreSQL, {MySQL: orange}, SQLite]').slides[0]!.html;
    expect(html).toMatch(
      /<div class="cmp-row cmp-n3">\s*<div class="cmp-card cmp-c-blue">\s*<h3>PostgreSQL<\/h3>\s*<ul>\s*<li>MVCC<\/li>\s*<\/ul>\s*<\/div>\s*<div class="cmp-card cmp-c-orange">\s*<h3>MySQL: InnoDB<\/h3>[\s\S]*<h4>detail<\/h4>\s*<p>text<\/p>\s*<\/div>\s*<div class="cmp-card cmp-c-green">\s*<h3>SQLite<\/h3>\s*<pre><code[^>]*>### [\s\S]*a heading<\/code><\/pre>\s*<\/div>\s*<\/div>/,
    );
  });
  it('leaves slide titles, undeclared headings, legacy column slides and decks without subjects alone', () => {
    expect(deck({ 'a.md': '## Flask\n\ntext' }).slides[0]!.html).not.toContain('cmp-');
    expect(deck({ 'a.md': '### Flasky\n\ntext' }).slides[0]!.html).not.toContain('cmp-');
    const legacy = '<div class="columns">\n<div class="col flask">\n\n### Flask\n\n</div>\n</div>';
    expect(deck({ 'a.md': legacy }).slides[0]!.html).not.toContain('cmp-');
    expect(deck({ 'a.md': '### Flask\n\nx' }, null).slides[0]!.html).not.toContain('cmp-');
  });
  it('warns, at its line, about a same-level heading after the cards that is not a declared subject', () => {
    const d = deck({ 'a.md': '---\ntitle: A\n---\n## Web\n\n### Flask\nx\n\n### Pyramid\ny\n' });
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'compare-unknown-subject', file: 'a.md', line: 9, message: expect.stringContaining('`Pyramid`') }));
    expect(d.slides[0]!.html).toMatch(/<\/div>\s*<\/div>\s*<h3>Pyramid<\/h3>/);
    // `lectern check --json` prints params in this order; scripts and diffs of its output rely on it.
    const stray = d.diagnostics.find((x) => x.code === 'compare-unknown-subject')!;
    expect(Object.keys(stray.params!)).toEqual(['reason', 'name', 'cards', 'subjects']);
  });
});

describe('summary matrix', () => {
  const files = {
    '1-intro.md': '# Intro',
    '2-size.md': '---\ntitle: Size\nsummary: {Flask: small, Django: "large <b>"}\n---\n## Size\n---\n## More size',
    '3-orm.md': '---\ntitle: ORM\nsummary:\n  Flask: pick one\n  Rails: no\n---\n## ORM',
    '4-end.md': '# Conclusion',
  };
  it('goes before the conclusion when no slide asks for it, rows linking to their sections', () => {
    const d = deck(files, 'lang: en\ncompare: [Flask, Django]');
    expect(d.slides.map((s) => s.title)).toEqual(['Intro', 'Size', 'More size', 'ORM', 'Summary', 'Conclusion']);
    expect(d.sections.map((s) => [s.file, s.firstSlide, s.slideCount])).toEqual([
      ['1-intro.md', 0, 1],
      ['2-size.md', 1, 2],
      ['3-orm.md', 3, 2],
      ['4-end.md', 5, 1],
    ]);
    const html = d.slides[4]!.html;
    expect(html).toContain('<tr><th><a href="#/1">Size</a></th><td>small</td><td>large &#60;b&#62;</td></tr>');
    expect(html).toContain('<tr><th><a href="#/3">ORM</a></th><td>pick one</td><td class="cmp-missing">—</td></tr>');
    expect(d.slides[4]!.generated).toBe('summary');
  });
  it('fills the `::: summary` marker instead, and check warns about missing verdicts and unknown subjects', () => {
    const d = deck({ ...files, '4-end.md': '# Conclusion\n\n::: summary\n' });
    expect(d.slides).toHaveLength(5);
    expect(d.slides[4]!.html).toMatch(/<h1>Conclusion<\/h1>\s*<table class="cmp-matrix cmp-n2">/);
    expect(d.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'compare-unknown-subject', file: '3-orm.md', line: 3, message: expect.stringContaining('Rails') }),
        expect.objectContaining({ code: 'compare-missing-verdict', file: '3-orm.md', line: 3, message: expect.stringContaining('Django') }),
      ]),
    );
    expect(d.diagnostics.filter((x) => x.file === '2-size.md')).toEqual([]);
  });
  it('follows edits: a changed verdict or a changed subject list rebuilds the matrix through the cache', () => {
    const cache = new DeckBuildCache();
    const build = (f: Record<string, string>, config: string) => buildDeck({ files: Object.entries(f).map(([name, text]) => ({ name, text })), config, folderName: 't' }, cache);
    const end = { '4-end.md': '# End\n\n::: summary' };
    expect(build({ ...files, ...end }, 'compare: [Flask, Django]').slides.at(-1)!.html).toContain('<td>small</td>');
    const edited = build({ ...files, '2-size.md': files['2-size.md'].replace('small', 'tiny'), ...end }, 'compare: [Flask, Django]');
    expect(edited.slides.at(-1)!.html).toContain('<td>tiny</td>');
    const swapped = build({ ...files, ...end }, 'compare: [Django, Flask]');
    expect(swapped.slides.at(-1)!.html).toMatch(/<th class="cmp-c-blue">Django<\/th><th class="cmp-c-green">Flask<\/th>/);
  });
});
