import { describe, expect, it } from 'vitest';
import { pickStrings } from './i18n';

describe('pickStrings', () => {
  it('uses Russian for a Russian locale and English otherwise', () => {
    expect(pickStrings(['ru-RU', 'en-US']).close).toBe('Закрыть');
    expect(pickStrings(['en-GB', 'ru']).close).toBe('Close');
    expect(pickStrings(['de-DE']).close).toBe('Close');
    expect(pickStrings(['ru']).problems(3)).toBe('Проблем в презентации: 3');
    // Both languages describe the same shortcuts, in the same order.
    expect(pickStrings(['ru']).shortcuts.map(([keys]) => keys.replace(/Пробел|или/g, ''))).toEqual(pickStrings(['en']).shortcuts.map(([keys]) => keys.replace(/Space|or/g, '')));
  });
});
