import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, pickLanguage, plural } from './i18n';

describe('one language rule', () => {
  it('takes the first of the user’s languages that Lectern speaks, English otherwise', () => {
    expect(pickLanguage(['ru-RU', 'en-US'])).toBe('ru');
    expect(pickLanguage(['en-GB', 'ru'])).toBe('en');
    expect(pickLanguage(['de-DE', 'ru-RU'])).toBe('ru');
    expect(pickLanguage(['uk', 'de'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(['RU_ru'])).toBe('ru');
  });

  it('counts things with the plural forms of each language', () => {
    const slides = { one: 'слайд', few: 'слайда', many: 'слайдов', other: 'слайда' };
    expect([1, 3, 5, 21, 11, 1.5].map((n) => plural('ru', n, slides))).toEqual(['1 слайд', '3 слайда', '5 слайдов', '21 слайд', '11 слайдов', '1.5 слайда']);
    expect([1, 2].map((n) => plural('en', n, { one: 'slide', other: 'slides' }))).toEqual(['1 slide', '2 slides']);
  });

  it('writes times and dates as each language does: 24-hour in Russian', () => {
    const evening = new Date(2026, 11, 4, 17, 30);
    expect(formatTime('ru', evening)).toBe('17:30');
    expect(formatTime('en', evening)).toMatch(/^05:30\s?PM$/);
    expect(formatDate('ru', evening)).toBe('4 декабря 2026 г.');
    expect(formatDate('en', evening)).toBe('December 4, 2026');
  });
});
