/** The app's own faces (styles/fonts.css), by CSS font shorthand. */
const FACES = ['400 16px "PT Sans"', 'italic 400 16px "PT Sans"', '700 16px "PT Sans"', 'italic 700 16px "PT Sans"', '400 16px "JetBrains Mono"', '700 16px "JetBrains Mono"'];

/**
 * Starts loading the app's faces for Latin and Cyrillic text while the print page still waits
 * for the deck. Otherwise the browser asks for a font file only when the first layout of the
 * pages meets its text, and lays every page out again once it arrives. A face the deck does not
 * use costs one small local file and is not embedded in the PDF (only glyphs drawn are).
 */
export function preloadFonts(): void {
  for (const face of FACES) void document.fonts?.load(face, 'AaЯя').catch(() => undefined);
}
