import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { firstPartOf } from './first-part';

const file = (name: string, chars: number) => ({ name, text: `# ${name}\n${'x'.repeat(chars)}` });

describe('firstPartOf', () => {
  it('leaves small decks alone', () => {
    expect(firstPartOf({ files: [file('01.md', 100), file('02.md', 100)], config: null, folderName: 'd' }, 1000)).toBeNull();
  });

  it('takes the first files in deck order until a quarter of the threshold', () => {
    const files = [file('01.md', 100), file('02.md', 200), file('10.md', 100), file('3.md', 100), ...Array.from({ length: 20 }, (_, i) => file(`x${i}.md`, 100))];
    const part = firstPartOf({ files, config: null, folderName: 'd' }, 1600);
    // Natural order: 01, 02, 3, 10, ... ; 400 characters reached after three files.
    expect(part!.files.map((f) => f.name)).toEqual(['01.md', '02.md', '3.md']);
    const ordered = firstPartOf({ files, config: 'order:\n  - x5.md\n  - 10.md\n', folderName: 'd' }, 800);
    expect(ordered!.files.map((f) => f.name)).toEqual(['x5.md', '10.md']);
  });

  it('cuts a file too large to wait for at a slide separator, keeping slide ids and lines', () => {
    const slides = Array.from({ length: 400 }, (_, i) => `# Big ${i + 1}\n\n${'текст '.repeat(20)}\n\n\`\`\`\n---\n\`\`\``);
    const text = `---\ntitle: Huge\n---\n${slides.join('\n\n---\n\n')}\n`;
    const sources = { files: [{ name: 'big.md', text }], config: null, folderName: 'd' };
    const part = firstPartOf(sources, 4000)!;
    expect(part.files).toHaveLength(1);
    expect(part.files[0]!.text.length).toBeLessThan(text.length / 10);
    const partial = buildDeck(part);
    const whole = buildDeck(sources);
    expect(partial.slides.length).toBeGreaterThan(1);
    expect(partial.slides.length).toBeLessThan(40);
    // The same slides as the start of the whole deck: a `---` inside a code block is no cut.
    partial.slides.forEach((s, i) => expect({ id: s.id, line: s.line, html: s.html }).toEqual({ id: whole.slides[i]!.id, line: whole.slides[i]!.line, html: whole.slides[i]!.html }));
    expect(partial.sections[0]!.title).toBe(whole.sections[0]!.title);
    expect(partial.sections[0]!.title).toBe('Huge');
  });
});
