import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS, RAW_SYNTAX } from '../../e2e/fixtures/real-decks/corpus';
import { loadDeck } from './read-deck';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../e2e/fixtures/real-decks');

/** Visible text of slide HTML: tags dropped, code blocks and spans removed (raw syntax may be their subject). */
function visibleText(html: string): string {
  return html
    .replace(/<pre[\s\S]*?<\/pre>|<code[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('real decks open as their tools show them', () => {
  for (const c of CORPUS) {
    it(`${c.id} (${c.tool}): ${c.slides} slides, notes right, nothing raw, check clean`, async () => {
      const deck = await loadDeck(path.join(ROOT, c.id, c.open));
      const shown = deck.slides.filter((s) => !s.hidden);
      expect(shown).toHaveLength(c.slides);
      for (const [i, note] of Object.entries(c.notes)) expect(shown[Number(i)]!.notes).toContain(note);
      // Slides the tool shows without notes have none here either (separators and directives are never notes).
      shown.forEach((s, i) => {
        if (!(i in c.notes)) expect(s.notes, `slide ${i + 1}`).toBe('');
      });
      for (const s of shown) for (const re of RAW_SYNTAX) expect(visibleText(s.html), `slide ${s.line}`).not.toMatch(re);
      // `lectern check` exits 0 when no diagnostic is an error (warnings are fine: remote images, Vue components, fonts).
      expect(deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }
});
