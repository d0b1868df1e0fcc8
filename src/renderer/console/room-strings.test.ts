import { describe, expect, it } from 'vitest';
import { KEY_COMMANDS } from '../../core/keymap';
import { MENU_STRINGS } from '../present/view-menu';
import { CONSOLE_STRINGS } from './strings';

describe('room strings', () => {
  it('say the same things in English and Russian, and name every command', () => {
    const { en, ru } = CONSOLE_STRINGS;
    expect(Object.keys(ru.teach).sort()).toEqual(Object.keys(en.teach).sort());
    for (const lang of [en, ru]) expect(Object.keys(lang.commandNames).sort()).toEqual([...KEY_COMMANDS].sort());
    expect(ru.roomFrozen(3)).toBe('Зрители видят слайд 3, экран заморожен (Z — снова следовать)');
    expect(Object.keys(MENU_STRINGS.ru).sort()).toEqual(Object.keys(MENU_STRINGS.en).sort());
  });
});
