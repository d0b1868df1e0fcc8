import { describe, expect, it } from 'vitest';
import { cleanKeyMap, commandForKey, keyName } from './keymap';
import { cleanSettings, DEFAULT_SETTINGS } from './settings';

describe('keys', () => {
  it('maps clicker and reveal.js keys', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ', 'N', 'n']) expect(commandForKey(keyName({ key }))).toBe('next');
    expect(commandForKey(keyName({ key: 'PageUp' }))).toBe('prev');
    expect(commandForKey(keyName({ key: 'B', shiftKey: true }))).toBe('black');
    expect(commandForKey(keyName({ key: '.' }))).toBe('black');
    expect(commandForKey(keyName({ key: 'F5', shiftKey: true }))).toBe('start');
    expect(commandForKey(keyName({ key: 'r', ctrlKey: true }))).toBeNull();
    expect(keyName({ key: 'Shift', shiftKey: true })).toBeNull();
  });
  it('puts the presenter mapping first', () => {
    expect(commandForKey('AudioVolumeUp', { AudioVolumeUp: 'next' })).toBe('next');
    expect(commandForKey('b', { b: 'white' })).toBe('white');
    expect(commandForKey('x', {})).toBeNull();
    expect(commandForKey('constructor', {})).toBeNull();
  });
  it('drops unknown commands from saved files', () => {
    expect(cleanKeyMap({ Tab: 'next', q: 'explode', ['x'.repeat(80)]: 'next' })).toEqual({ Tab: 'next' });
    expect(cleanKeyMap('nope')).toEqual({});
  });
});

describe('cleanSettings', () => {
  it('keeps good values, clamps sizes and falls back to defaults', () => {
    expect(cleanSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(cleanSettings({ notesFontSize: 400, singleDisplay: 'audience-only', keymap: { Tab: 'prev' } })).toEqual({ notesFontSize: 48, singleDisplay: 'audience-only', keymap: { Tab: 'prev' } });
    expect(cleanSettings({ notesFontSize: 'big' }).notesFontSize).toBe(DEFAULT_SETTINGS.notesFontSize);
  });
});

describe('actionForCommand', async () => {
  const { actionForCommand } = await import('./commands');
  const { initialPresentation } = await import('./presentation');
  it('turns keys into actions and lets Esc back out one thing at a time', () => {
    const s = initialPresentation();
    expect(actionForCommand('next', s)).toEqual({ type: 'next' });
    expect(actionForCommand('black', s)).toEqual({ type: 'toggleScreen', mode: 'black' });
    expect(actionForCommand('escape', { ...s, overview: true, screen: 'black' })).toEqual({ type: 'overview', on: false });
    expect(actionForCommand('escape', { ...s, screen: 'black' })).toEqual({ type: 'screen', mode: 'normal' });
    expect(actionForCommand('escape', s)).toBeNull();
    expect(actionForCommand('start', s)).toEqual({ type: 'clock', op: 'start' });
    expect(actionForCommand('fullscreen', s)).toBeNull();
  });
});
