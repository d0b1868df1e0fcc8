import { describe, expect, it } from 'vitest';
import { pickStrings } from './i18n';

describe('pickStrings', () => {
  it('uses Russian for a Russian locale and English otherwise', () => {
    expect(pickStrings(['ru-RU', 'en-US']).close).toBe('Закрыть');
    expect(pickStrings(['en-GB', 'ru']).close).toBe('Close');
    expect(pickStrings(['de-DE']).close).toBe('Close');
    expect(pickStrings(['ru']).problems(3)).toBe('Проблем в презентации: 3');
  });
});
