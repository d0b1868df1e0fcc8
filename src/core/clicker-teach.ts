import { commandForKey, DEFAULT_KEYMAP, type KeyCommand, type KeyMap } from './keymap';

/** Keys that can never be taught: Esc cancels the Teach dialog itself. */
export const UNTEACHABLE_KEYS: readonly string[] = ['Escape'];

/** Every key that does `command` now: taught keys first, then defaults not taught away. */
export function keysForCommand(command: KeyCommand, custom: KeyMap): string[] {
  const taught = Object.keys(custom).filter((k) => custom[k] === command);
  const defaults = Object.keys(DEFAULT_KEYMAP).filter((k) => DEFAULT_KEYMAP[k] === command && !Object.hasOwn(custom, k));
  return [...taught, ...defaults];
}

/** What a captured key already does, when that is something else than `command` (null: free or the same). */
export function conflictOf(name: string, command: KeyCommand, custom: KeyMap): KeyCommand | null {
  const now = commandForKey(name, custom);
  return now && now !== command ? now : null;
}

/** The mapping with `name` doing `command` (one key does one thing). */
export function teachKey(custom: KeyMap, name: string, command: KeyCommand): KeyMap {
  return { ...custom, [name]: command };
}

/** A key name as a presenter reads it: arrows and space spelled out, letters upper-cased. */
export function displayKey(name: string): string {
  const named: Record<string, string> = { ' ': 'Space', ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };
  return named[name] ?? (name.length === 1 ? name.toUpperCase() : name);
}
