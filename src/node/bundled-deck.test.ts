import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadDeck } from './read-deck';

// The bundled demo deck must carry every sentence of its source text (speaker notes hold the
// full wording), so the deck can never silently drop or rewrite a point of the seed.
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const slidesDir = path.join(repoRoot, 'slides');
const seedFile = path.join(repoRoot, 'e2e', 'fixtures', 'seed', 'flask-vs-django.ru.txt');

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Seed sentences: split at the `●` bullets and after `.`, `?` or `:` followed by whitespace. */
function seedSentences(text: string): string[] {
  return text
    .split('●')
    .flatMap((part) => normalize(part).split(/(?<=[.?:]) /))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const slideFiles = fs
  .readdirSync(slidesDir)
  .filter((name) => name.endsWith('.md'))
  .sort();
const slidesText = normalize(slideFiles.map((name) => fs.readFileSync(path.join(slidesDir, name), 'utf8')).join('\n'));

describe('bundled demo deck (slides/)', () => {
  it('has exactly 7 slide files, each with a front-matter title', () => {
    expect(slideFiles).toHaveLength(7);
    for (const name of slideFiles) {
      const text = fs.readFileSync(path.join(slidesDir, name), 'utf8');
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/.exec(text);
      expect(frontMatter, `${name} has no front matter`).not.toBeNull();
      expect(frontMatter![1], `${name} has no front-matter title`).toMatch(/^title:[ \t]*\S/m);
    }
  });

  it('contains every sentence of the seed text verbatim', () => {
    const sentences = seedSentences(fs.readFileSync(seedFile, 'utf8'));
    // Guards the splitter itself: the seed splits into 24 pieces (title, intro, five labelled
    // points, conclusion); far fewer would mean the split no longer happens.
    expect(sentences.length).toBeGreaterThanOrEqual(20);
    const missing = sentences.filter((s) => !slidesText.includes(s));
    expect(missing).toEqual([]);
  });

  it('is a comparison deck: Flask and Django cards on every comparing slide, no problems for check', async () => {
    const deck = await loadDeck(slidesDir);
    expect(deck.config.compare).toEqual([
      { name: 'Flask', color: 'slate' },
      { name: 'Django', color: 'green' },
    ]);
    expect(deck.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const cardSlides = deck.slides.filter((s) => s.html.includes('<div class="cmp-row cmp-n2"><div class="cmp-card cmp-c-slate"><h3>Flask'));
    expect(cardSlides.map((s) => s.id)).toEqual([
      '01-vvedenie.md#1',
      '02-razmer-i-slozhnost.md#0',
      '02-razmer-i-slozhnost.md#1',
      '04-orm-i-bazy-dannyh.md#0',
      '04-orm-i-bazy-dannyh.md#1',
      '05-admin-panel.md#0',
      '05-admin-panel.md#1',
      '06-rasshiryaemost.md#0',
      '07-vyvody.md#1',
    ]);
    for (const s of cardSlides) expect(s.html).toContain('<div class="cmp-card cmp-c-green"><h3>Django');
  });

  it('opens its conclusion with the generated matrix of the five dimensions, each row linking to its section', async () => {
    const deck = await loadDeck(slidesDir);
    const conclusion = deck.sections.find((s) => s.file === '07-vyvody.md')!;
    const matrix = deck.slides[conclusion.firstSlide]!;
    expect(matrix.generated).toBe('summary');
    const rows = [...matrix.html.matchAll(/<tr><th><a href="#\/(\d+)">([^<]+)<\/a><\/th><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g)];
    expect(rows.map((r) => r[2])).toEqual(['Размер и сложность', 'Философия и подход', 'ORM и базы данных', 'Административная панель', 'Расширяемость']);
    for (const [, slide, title] of rows) expect(deck.slides[Number(slide)]!.title).toBe(title);
    expect(rows.map((r) => r[3])).toContain('«больше свободы»: инструменты выбирает разработчик');
    expect(rows.map((r) => r[4])).toContain('встроенная панель, интерфейс генерируется автоматически');
  });
});
