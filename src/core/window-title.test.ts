import { describe, expect, it } from 'vitest';
import { windowTitle } from './window-title';

describe('window titles', () => {
  it('name the deck first, then the view, then Lectern, in every language', () => {
    expect(windowTitle('Flask и Django', 'Режим докладчика')).toBe('Flask и Django — Режим докладчика — Lectern');
    expect(windowTitle('Flask and Django', 'Export PDF')).toBe('Flask and Django — Export PDF — Lectern');
    expect(windowTitle('Flask и Django')).toBe('Flask и Django — Lectern');
    expect(windowTitle(undefined, 'Редактор')).toBe('Редактор — Lectern');
  });
});
