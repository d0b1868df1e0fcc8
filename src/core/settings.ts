import { cleanKeyMap, type KeyMap } from './keymap';

/** How the windows are placed when only one display exists (Electron). */
type SingleDisplayMode = 'windows' | 'audience-only';

/** The presenter's remembered preferences (app data folder, never the deck folder). */
export interface PresenterSettings {
  /** Keys taught on the clicker screen. */
  keymap: KeyMap;
  /** Notes text size in the console, CSS px (30 by default: readable from a metre on a laptop). */
  notesFontSize: number;
  singleDisplay: SingleDisplayMode;
}

/** The settings of a fresh install. @internal */
export const DEFAULT_SETTINGS: PresenterSettings = { keymap: {}, notesFontSize: 30, singleDisplay: 'windows' };

/** Smallest and largest notes size the console offers. */
export const NOTES_FONT_RANGE = { min: 12, max: 48 } as const;

/** Settings from untrusted JSON (a file or a view): defaults for anything missing or wrong. */
export function cleanSettings(input: unknown): PresenterSettings {
  const o = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const size = typeof o.notesFontSize === 'number' && Number.isFinite(o.notesFontSize) ? Math.round(o.notesFontSize) : DEFAULT_SETTINGS.notesFontSize;
  return {
    keymap: cleanKeyMap(o.keymap),
    notesFontSize: Math.max(NOTES_FONT_RANGE.min, Math.min(NOTES_FONT_RANGE.max, size)),
    singleDisplay: o.singleDisplay === 'audience-only' ? 'audience-only' : 'windows',
  };
}
