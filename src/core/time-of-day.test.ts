import { describe, expect, it } from 'vitest';
import { parseTimeOfDay, timeOfDayExample } from './time-of-day';

describe('a time of day typed into the console', () => {
  it('reads 24-hour time, and AM/PM as typed from habit', () => {
    expect(parseTimeOfDay('17:30')).toBe(17 * 60 + 30);
    expect(parseTimeOfDay('9.05')).toBe(9 * 60 + 5);
    expect(parseTimeOfDay('5:30 PM')).toBe(17 * 60 + 30);
    expect(parseTimeOfDay('12:10 am')).toBe(10);
    expect(parseTimeOfDay('5pm')).toBe(17 * 60);
    expect(parseTimeOfDay('17:30')).toBe(17 * 60 + 30);
  });
  it('refuses what is not a time', () => {
    for (const text of ['25:00', '17:60', '17', 'soon', '13:00 PM', '']) expect(parseTimeOfDay(text), text).toBeNull();
  });
  it('shows an example as the language writes times', () => {
    expect(timeOfDayExample('ru')).toBe('17:30');
    expect(timeOfDayExample('en')).toBe('5:30 PM');
  });
});
