// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { countFragmentSteps } from '../../core/fragments';
import { applyFragmentStep } from '../fragment-steps';
import { CONSOLE_STRINGS } from './strings';
import { nextTimeOfDay } from './toolbar';

describe('applyFragmentStep', () => {
  it('reveals steps in reveal.js order, the same steps core counts', () => {
    const html = '<p class="fragment" data-fragment-index="2">c</p><p class="fragment">d</p><p class="fragment" data-fragment-index="1">a</p><p class="fragment" data-fragment-index="1">b</p>';
    const root = document.createElement('div');
    root.innerHTML = html;
    const visible = () =>
      Array.from(root.querySelectorAll('.fragment.visible'))
        .map((e) => e.textContent)
        .sort()
        .join('');
    expect(countFragmentSteps(html)).toBe(3);
    applyFragmentStep(root, 0);
    expect(visible()).toBe('');
    applyFragmentStep(root, 1);
    expect(visible()).toBe('ab');
    applyFragmentStep(root, 2);
    expect(visible()).toBe('abc');
    applyFragmentStep(root, 3);
    expect(visible()).toBe('abcd');
    applyFragmentStep(root, 1);
    expect(visible()).toBe('ab');
  });
});

describe('nextTimeOfDay', () => {
  it('is today when still ahead, tomorrow when already past', () => {
    const now = new Date(2026, 10, 28, 15, 30);
    expect(new Date(nextTimeOfDay(17 * 60 + 5, now)).toString()).toBe(new Date(2026, 10, 28, 17, 5).toString());
    expect(new Date(nextTimeOfDay(9 * 60, now)).toString()).toBe(new Date(2026, 10, 29, 9, 0).toString());
  });
});

describe('console strings', () => {
  it('say the same things in English and Russian', () => {
    const { en, ru } = CONSOLE_STRINGS;
    expect(ru.shortcuts).toHaveLength(en.shortcuts.length);
    expect(Object.keys(ru.buttons).sort()).toEqual(Object.keys(en.buttons).sort());
    expect(Object.keys(ru.commands).sort()).toEqual(Object.keys(en.commands).sort());
    expect(ru.topic(3, 7, 'ORM и базы данных')).toBe('Тема 3/7 — ORM и базы данных');
  });
});
