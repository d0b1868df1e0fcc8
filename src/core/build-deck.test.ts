import { describe, expect, it } from 'vitest';
import { buildDeck, DeckBuildCache } from './build-deck';
import { renderMarkdown } from './markdown';

const deck = (files: Record<string, string>, config: string | null = null) => buildDeck({ files: Object.entries(files).map(([name, text]) => ({ name, text })), config, folderName: 'talk' });

describe('buildDeck', () => {
  it('orders files naturally, skips _ and . files and non-Markdown', () => {
    const d = deck({ '10-b.md': '# B', '2-a.md': '# A', '_draft.md': '# D', '.x.md': '# X', 'notes.txt': 'x' });
    expect(d.sections.map((s) => s.file)).toEqual(['2-a.md', '10-b.md']);
  });
  it('lets deck.yaml order override the sort and warns about missing names', () => {
    const d = deck({ 'a.md': '# A', 'b.md': '# B', 'c.md': '# C' }, 'order: [c.md, gone.md, a.md]');
    expect(d.sections.map((s) => s.file)).toEqual(['c.md', 'a.md', 'b.md']);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'order-missing-file', file: 'deck.yaml', line: 1 }));
  });
  it('names sections by front-matter title, else first heading, else file name', () => {
    const d = deck({ '1.md': '---\ntitle: Введение\n---\n# Слайд', '2.md': '# ORM и базы данных\n---\n# Ещё', '3.md': 'text only' });
    expect(d.sections.map((s) => [s.title, s.firstSlide, s.slideCount])).toEqual([
      ['Введение', 0, 1],
      ['ORM и базы данных', 1, 2],
      ['3', 3, 1],
    ]);
    expect(d.slides.map((s) => s.id)).toEqual(['1.md#0', '2.md#0', '2.md#1', '3.md#0']);
  });
  it('keeps source lines through front matter and separators', () => {
    const d = deck({ 'a.md': '---\ntitle: A\n---\n# One\n---\n# Two\n' });
    expect(d.slides.map((s) => s.line)).toEqual([4, 6]);
  });
  it('reads deck.yaml with defaults and durations', () => {
    const d = deck({ 'a.md': '---\nduration: 8m\n---\n# A' }, 'title: Talk\nauthor: Ann\nduration: 1h30m\nlang: ru\ntheme: dark');
    expect(d.config).toMatchObject({ title: 'Talk', author: 'Ann', duration: 5400, lang: 'ru', theme: 'dark' });
    expect(d.sections[0]!.duration).toBe(480);
  });
  it('reports malformed YAML with file, line and column, and keeps going', () => {
    const d = deck({ 'a.md': '---\ntitle: A\nbad: [1, 2\n---\n# Still here' });
    const diag = d.diagnostics.find((x) => x.code === 'yaml-syntax');
    expect(diag).toMatchObject({ file: 'a.md', severity: 'error' });
    expect(diag!.line).toBeGreaterThanOrEqual(3);
    expect(d.slides).toHaveLength(1);
  });
  it('refuses YAML alias bombs', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map(
        (k, i) =>
          `${k}: &${k} [${Array(9)
            .fill('*' + 'abcdefghi'[i])
            .join(',')}]`,
      ),
    ].join('\n');
    const d = deck({ 'a.md': '# A' }, bomb);
    expect(d.diagnostics.some((x) => x.file === 'deck.yaml' && x.severity === 'error')).toBe(true);
  });
  it('treats a leading --- followed by text as a separator, not settings', () => {
    const d = deck({ 'a.md': '---\nFlask: минималистичный фреймворк\n---\n# Второй' });
    expect(d.slides.map((s) => s.source.trim())).toEqual(['Flask: минималистичный фреймворк', '# Второй']);
    expect(d.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
  });
  it('opens Marp and reveal-md front matter: applied keys are silent, the others noted as info', () => {
    const d = deck({ 'a.md': '---\nmarp: true\ntheme: gaia\nfooter: @lectern\nsize: 4:3\n---\n# Marp' });
    expect(d.slides.map((s) => s.title)).toEqual(['Marp']);
    expect(d.diagnostics).toEqual([expect.objectContaining({ severity: 'info', code: 'front-matter-foreign-key', line: 5 })]);
    expect(d.slides[0]!.html).toContain('<div class="lx-footer"><p>@lectern</p>');
  });
  it('reports ---js front matter once, as never run', () => {
    const d = deck({ 'a.md': '---js\n{ title: require("fs") }\n---\n# Slide' });
    expect(d.diagnostics.map((x) => x.code)).toEqual(['front-matter-language']);
    expect(d.slides.map((s) => s.title)).toEqual(['Slide']);
  });
  it('warns on unknown keys at their line', () => {
    const d = deck({ 'a.md': '---\ntitle: A\ncolour: red\n---\n# A' }, 'title: T\nthme: dark');
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'front-matter-unknown-key', file: 'a.md', line: 3 }));
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'config-unknown-key', file: 'deck.yaml', line: 2 }));
  });
  it('warns that remote images are never loaded, at their line', () => {
    const d = deck({ 'a.md': '# A\n\n![logo](https://example.com/logo.png)' });
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'image-remote', file: 'a.md', line: 3, severity: 'warning' }));
  });
  it('reports refused URLs at their line and empty slides', () => {
    const d = deck({ 'a.md': '# A\n\n![x](../../etc/passwd)\n---\n---\n# B' });
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'url-refused', file: 'a.md', line: 3 }));
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'slide-empty', file: 'a.md', line: 5 }));
    expect(d.slides).toHaveLength(2);
  });
  it('an empty deck is an error, and the title falls back to the folder', () => {
    const d = deck({ 'a.md': '' });
    expect(d.slides).toHaveLength(0);
    expect(d.diagnostics.some((x) => x.code === 'deck-empty' && x.severity === 'error')).toBe(true);
    expect(d.config.title).toBe('talk');
  });
  it('an empty, blank or separators-only file gets one clear warning and the rest of the deck works', () => {
    const d = deck({ '1.md': '', '2.md': ' \n\t\n', '3.md': '---\n'.repeat(1000), '4.md': '---\ntitle: Only settings\n---\n', '5.md': '# Real' });
    expect(d.diagnostics.map((x) => [x.file, x.code, x.message])).toEqual([
      ['1.md', 'file-empty', 'is empty: it adds no slides'],
      ['2.md', 'file-empty', 'is empty: it adds no slides'],
      ['3.md', 'file-empty', 'has only slide separators (---) and no content: it adds no slides'],
      ['4.md', 'file-empty', 'has settings but no content: it adds no slides'],
    ]);
    expect(d.slides.map((s) => s.title)).toEqual(['Real']);
  });
  it('reads CRLF, CR-only and mixed line endings alike, with the same lines and front matter', () => {
    const lf = '---\ntitle: Раздел\n---\n# One\n\ntext\n---\n# Two\nNote: заметка\n';
    const variants = [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), lf.replace(/\n/g, (_, i: number) => ['\r\n', '\r', '\n'][i % 3]!)];
    for (const text of variants) {
      const d = deck({ 'a.md': text });
      expect(d.diagnostics).toEqual([]);
      expect(d.sections[0]!.title).toBe('Раздел');
      expect(d.slides.map((s) => [s.line, s.title, s.notes])).toEqual([
        [4, 'One', ''],
        [8, 'Two', 'заметка'],
      ]);
      expect(d.slides[0]!.html).not.toMatch(/\r/);
    }
  });
  it('a slide the injected renderer gives up on becomes a "too complex" slide with an error at its line', () => {
    const render = (md: string) => (md.includes('nested') ? null : renderMarkdown(md));
    const d = buildDeck({ files: [{ name: 'a.md', text: '# One\n---\n# Two\n\n> > > nested\n---\n# Three' }], config: null, folderName: 'x' }, undefined, render);
    expect(d.slides.map((s) => [s.title, s.line, s.tooComplex ?? false])).toEqual([
      ['One', 1, false],
      ['', 3, true],
      ['Three', 7, false],
    ]);
    expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'slide-too-complex', file: 'a.md', line: 3, severity: 'error' })]);
  });
  it('renders notes as HTML and records assets', () => {
    const d = deck({ 'a.md': '# A\n![p](img/p.png)\nNote:\n**bold** note' });
    expect(d.slides[0]!.notesHtml).toContain('<strong>bold</strong>');
    expect(d.slides[0]!.assets).toEqual(['img/p.png']);
    expect(d.slides[0]!.html).toContain('src="/deck/img/p.png"');
  });
});

describe('DeckBuildCache', () => {
  it('reuses the rendering of unchanged files and redoes changed ones', () => {
    const cache = new DeckBuildCache();
    const sources = (b: string) => ({
      files: [
        { name: 'a.md', text: '# A' },
        { name: 'b.md', text: b },
      ],
      config: null,
      folderName: 'x',
    });
    const first = buildDeck(sources('# B'), cache);
    const second = buildDeck(sources('# B2'), cache);
    expect(second.slides[0]).toBe(first.slides[0]);
    expect(second.slides[1]).not.toBe(first.slides[1]);
    expect(second.slides[1]!.title).toBe('B2');
    expect(second.sections.map((s) => s.firstSlide)).toEqual([0, 1]);
  });
  it('lists as missing exactly the files the next build renders, under deck.yaml separators, includes and subjects', () => {
    const cache = new DeckBuildCache();
    const sources = (b: string, config: string, includes: { name: string; text: string }[] = []) => ({
      files: [
        { name: 'a.md', text: '# A\n\nSPLIT\n\n# A2' },
        { name: 'b.md', text: b },
      ],
      config,
      includes,
      folderName: 'x',
    });
    const names = (files: { name: string }[]) => files.map((f) => f.name);
    // The texts a build renders (the node layer renders the missing files' texts in its worker first).
    const rendered = (build: (render: (markdown: string) => ReturnType<typeof renderMarkdown>) => void): string[] => {
      const texts: string[] = [];
      build((markdown) => (texts.push(markdown), renderMarkdown(markdown)));
      return texts;
    };
    const split = "separator: '^SPLIT$'";
    expect(names(cache.missing(sources('# B', split)))).toEqual(['a.md', 'b.md']);
    buildDeck(sources('# B', split), cache);
    expect(cache.missing(sources('# B', split))).toEqual([]);
    const edited = sources('# B2', split);
    expect(names(cache.missing(edited))).toEqual(['b.md']);
    const dry = rendered((render) => buildDeck({ ...edited, files: cache.missing(edited) }, undefined, render));
    expect(dry).toEqual(rendered((render) => buildDeck(edited, cache, render)));
    expect(dry).toEqual(['# B2']);
    // New subjects, separators or included files change how every file is laid out: all render again.
    expect(names(cache.missing(sources('# B2', `${split}\ncompare: [A, B]`)))).toEqual(['a.md', 'b.md']);
    expect(names(cache.missing(sources('# B2', "separator: '^===$'")))).toEqual(['a.md', 'b.md']);
    expect(names(cache.missing(sources('# B2', split, [{ name: 'part.md', text: '# P' }])))).toEqual(['a.md', 'b.md']);
  });
});
