import { expect, type Browser, type Page } from '@playwright/test';
import type { serveDeck } from './support/decks';

export type Served = Awaited<ReturnType<typeof serveDeck>>;

/** One element of a slide as laid out (unscaled CSS px: offset sizes ignore transforms). */
export interface Measured {
  tag: string;
  text: string;
  fontSize: string;
  fontWeight: string;
  color: string;
  width: number;
  height: number;
}

/**
 * Measures the headings, paragraphs and list items of the `.lectern-slide` found by `rootScript`
 * (run in the page; may return a slide inside a shadow root).
 */
export async function measureSlide(page: Page, find: string): Promise<Measured[]> {
  return page.evaluate((findSource) => {
    // oxlint-disable-next-line typescript/no-implied-eval -- test-only: the selector expression is our own code, run in the page
    const slide = new Function(`return (${findSource})`)() as HTMLElement | null;
    if (!slide) return [];
    return Array.from(slide.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, th, td, pre')).map((el) => {
      const style = getComputedStyle(el);
      return {
        tag: el.tagName,
        text: (el.textContent ?? '').trim().slice(0, 40),
        fontSize: style.fontSize,
        fontWeight: style.fontWeight,
        color: style.color,
        width: el.offsetWidth,
        height: el.offsetHeight,
      };
    });
  }, find);
}

/** The audience view's slide on screen. */
export const AUDIENCE_SLIDE = `document.querySelector('.reveal .slides > section.present .lectern-slide')`;
/** The slide inside a preview box: in its shadow root, or (older views) in the box itself. */
export const previewSlide = (selector: string): string =>
  `(document.querySelector(${JSON.stringify(selector)})?.shadowRoot ?? document.querySelector(${JSON.stringify(selector)}))?.querySelector('.lectern-slide')`;

/** Opens the audience view and the console as two pages of one browser context. */
export async function openViews(
  browser: Browser,
  host: Served,
  options: { locale?: string; width?: number; height?: number } = {},
): Promise<{ audience: Page; console: Page; close(): Promise<void> }> {
  const viewport = { width: options.width ?? 1280, height: options.height ?? 720 };
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport });
  const audience = await context.newPage();
  const consolePage = await context.newPage();
  const csp: string[] = [];
  for (const p of [audience, consolePage])
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
  await audience.goto(host.url);
  await consolePage.goto(host.pageUrl('console.html'));
  for (const p of [audience, consolePage]) await expect(p.locator('html')).toHaveAttribute('data-ready', 'true');
  for (const p of [audience, consolePage]) await p.evaluate(() => document.fonts.ready);
  return {
    audience,
    console: consolePage,
    close: async () => {
      expect(csp).toEqual([]);
      await context.close();
    },
  };
}
