import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeckSession } from './deck-session';
import { loadDeck } from './read-deck';
import { useTempDirs } from '../../test/support/temp-dir';

vi.mock('./read-deck', async (original) => {
  const actual = await original<typeof import('./read-deck')>();
  return { ...actual, loadDeck: vi.fn(actual.loadDeck) };
});

const tempDir = useTempDirs();
const sessions: DeckSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  vi.mocked(loadDeck).mockClear();
});

/** A deck large enough to open in two steps. */
async function largeDeck(): Promise<DeckSession> {
  const dir = await tempDir();
  for (let f = 1; f <= 20; f++) await writeFile(path.join(dir, `${String(f).padStart(2, '0')}.md`), Array.from({ length: 40 }, (_, s) => `## S${f}.${s}\n\n${'x'.repeat(400)}`).join('\n\n---\n\n'));
  const session = new DeckSession(dir);
  sessions.push(session);
  return session;
}

describe('DeckSession when the background load of a large deck fails', () => {
  it('retries once for export and returns the whole deck', async () => {
    const session = await largeDeck();
    const real = vi.mocked(loadDeck).getMockImplementation()!;
    vi.mocked(loadDeck).mockImplementationOnce(real).mockRejectedValueOnce(new Error('disk went away'));
    const first = await session.open();
    expect(first.deck.loading).toBeDefined();
    const whole = await session.payload();
    expect(whole.deck.loading).toBeUndefined();
    expect(whole.deck.slides).toHaveLength(800);
  });

  it('says so instead of handing a partial deck to export when the retry fails too', async () => {
    const session = await largeDeck();
    const real = vi.mocked(loadDeck).getMockImplementation()!;
    vi.mocked(loadDeck).mockImplementationOnce(real).mockRejectedValueOnce(new Error('disk went away')).mockRejectedValueOnce(new Error('still gone'));
    await session.open();
    await expect(session.payload()).rejects.toThrow(/could not be read completely/);
  });
});
