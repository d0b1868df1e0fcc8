/**
 * Keys to commands, shared by the audience view and the console so a clicker works in both.
 * Defaults follow reveal.js and PowerPoint; a presenter's own mapping (from the "press your
 * clicker's buttons" screen) is layered on top and saved in the settings.
 * @internal
 */
export const KEY_COMMANDS = ['next', 'prev', 'first', 'last', 'black', 'white', 'freeze', 'overview', 'start', 'escape', 'fullscreen', 'help', 'goto', 'console', 'swap'] as const;

/** Something a key can do. */
export type KeyCommand = (typeof KEY_COMMANDS)[number];

/** Key name (see `keyName`) to command. */
export type KeyMap = Record<string, KeyCommand>;

/** The built-in mapping: reveal.js keys, PowerPoint keys and what clickers send. */
export const DEFAULT_KEYMAP: Readonly<KeyMap> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  n: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  p: 'prev',
  Backspace: 'prev',
  Home: 'first',
  End: 'last',
  b: 'black',
  '.': 'black',
  w: 'white',
  ',': 'white',
  z: 'freeze',
  o: 'overview',
  Escape: 'escape',
  F5: 'start',
  'Shift+F5': 'start',
  f: 'fullscreen',
  '?': 'help',
  g: 'goto',
  s: 'console',
  d: 'swap',
};

/** The commands a presenter can teach from a clicker (the rest stay on the keyboard). */
export const CLICKER_COMMANDS: readonly KeyCommand[] = ['next', 'prev', 'black', 'start', 'escape'];

/**
 * A stable name for a key press: printable keys lower-cased (so Caps Lock does not matter),
 * named keys as the browser names them, Shift kept only on named keys. Presses with Ctrl, Alt
 * or Meta are left to the browser and the OS (null).
 */
export function keyName(e: { key: string; shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }): string | null {
  if (e.ctrlKey || e.altKey || e.metaKey || !e.key || e.key === 'Unidentified') return null;
  if (e.key === 'Shift' || e.key === 'Control' || e.key === 'Alt' || e.key === 'Meta') return null;
  if (e.key.length === 1) return e.key.toLowerCase();
  return e.shiftKey ? `Shift+${e.key}` : e.key;
}

/** The command for a key: the presenter's own mapping first, then the defaults. */
export function commandForKey(name: string | null, custom: KeyMap = {}): KeyCommand | null {
  if (name === null) return null;
  if (Object.hasOwn(custom, name)) return custom[name]!;
  return Object.hasOwn(DEFAULT_KEYMAP, name) ? DEFAULT_KEYMAP[name]! : null;
}

/** A saved mapping with anything unknown dropped (settings files are edited by hand too). */
export function cleanKeyMap(input: unknown): KeyMap {
  const out: KeyMap = {};
  if (!input || typeof input !== 'object') return out;
  for (const [key, cmd] of Object.entries(input as Record<string, unknown>)) {
    if (key.length <= 40 && (KEY_COMMANDS as readonly string[]).includes(cmd as string)) out[key] = cmd as KeyCommand;
  }
  return out;
}
