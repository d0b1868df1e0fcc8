// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { sanitizeSlideHtml } from './sanitize';

describe('comparison markup through the sanitizer', () => {
  it('keeps the card and matrix classes Lectern makes, and only those', () => {
    const deck = buildDeck({ files: [{ name: 'a.md', text: '---\nsummary: {A: yes, B: "<img src=x onerror=alert(1)>"}\n---\n## T\n\n### A\nx\n\n### B\ny\n\n::: summary' }], config: 'compare: {A: teal, B: gold}', folderName: 'd' });
    const safe = sanitizeSlideHtml(deck.slides[0]!.html);
    expect(safe).toContain('<div class="cmp-row cmp-n2"><div class="cmp-card cmp-c-teal"><h3>A</h3>');
    expect(safe).toContain('<div class="cmp-card cmp-c-gold"><h3>B</h3>');
    expect(safe).toContain('<table class="cmp-matrix cmp-n2">');
    expect(safe).toContain('<a href="#/0">T</a>');
    expect(safe).not.toContain('<img');
    // Other tokens keep only under the deck- prefix the app never styles (core/class-policy.ts).
    expect(sanitizeSlideHtml('<div class="cmp-c-pink cmp-n9 cmp-card present">x</div>')).toBe('<div class="deck-cmp-c-pink deck-cmp-n9 cmp-card deck-present">x</div>');
  });
});
