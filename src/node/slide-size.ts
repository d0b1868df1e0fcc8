import { SLIDE_BOX } from '../core/print-layout';

/** Slide size in CSS pixels (16:9), from core's one definition. PDF pages of the `slides` layout have exactly this size. */
export const SLIDE_WIDTH = SLIDE_BOX.width;
export const SLIDE_HEIGHT = SLIDE_BOX.height;
/** The same size in inches (96 CSS px per inch), for Electron's printToPDF. */
export const SLIDE_WIDTH_IN = SLIDE_WIDTH / 96;
export const SLIDE_HEIGHT_IN = SLIDE_HEIGHT / 96;

/** Playwright page.pdf options of the `slides` layout: page = slide, no margins, backgrounds on. */
export const SLIDE_PDF_OPTIONS = {
  width: `${SLIDE_WIDTH}px`,
  height: `${SLIDE_HEIGHT}px`,
  printBackground: true,
  preferCSSPageSize: true,
  margin: { top: '0', right: '0', bottom: '0', left: '0' },
} as const;
