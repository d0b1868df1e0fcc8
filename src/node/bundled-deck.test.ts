import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

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
});
