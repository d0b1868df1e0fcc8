/**
 * Names of the text encodings Lectern reads and writes back. Shared by the decoder (which detects
 * them), the editor (which keeps them on save) and the UI (which shows a guessed one to the user).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r' | 'latin1';

/** How a file's bytes map to its text: encoding, whether it had a BOM, and whether the encoding was guessed. */
export interface TextFormat {
  encoding: TextEncodingName;
  bom: boolean;
  /** True when no BOM, NUL pattern or strict UTF-8 decided it (a legacy 8-bit guess): shown to the user. */
  guessed: boolean;
}
