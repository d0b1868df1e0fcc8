/** Width of the slide's content box in CSS px (1280 minus the theme's side padding). */
const CONTENT_WIDTH = 1120;

/**
 * Inline style that makes a Marp `<!-- fit -->` heading fill the slide's width: the font size
 * from the text's estimated width (wide CJK and capital letters count more), between 40 and
 * 220 px. Computed here, as text, so the projector, previews and every PDF layout agree
 * without measuring in each view.
 */
export function fitHeadingStyle(text: string): string {
  let ems = 0;
  for (const ch of text) {
    if (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)) ems += 1;
    else if (/[A-ZА-ЯЁ0-9]/.test(ch)) ems += 0.62;
    else if (ch === ' ') ems += 0.28;
    else ems += 0.5;
  }
  const size = Math.max(40, Math.min(220, Math.floor(CONTENT_WIDTH / Math.max(ems, 1))));
  return `font-size: ${size}px`;
}
