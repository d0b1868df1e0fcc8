import '../styles/theme.css';
import '../styles/print.css';
import { getHost } from '../host';
import { applyDeckLook, renderSlideInto } from '../slide-dom';

/**
 * Links to files inside the deck point at a host that is gone once the PDF is written: keep
 * their text, drop the dead link. Web links stay clickable.
 */
function unwrapDeckLinks(page: HTMLElement): void {
  for (const a of Array.from(page.querySelectorAll<HTMLAnchorElement>('a[href^="/deck/"]'))) {
    const span = document.createElement('span');
    span.className = 'deck-link';
    span.append(...Array.from(a.childNodes));
    a.replaceWith(span);
  }
}

/**
 * The print view: every slide as one 1280x720 page, fragments in their final state. Signals
 * readiness on <html data-ready> only after fonts and images are loaded, so the printer never
 * catches a half-laid-out page.
 */
async function start(): Promise<void> {
  const root = document.documentElement;
  const result = await getHost().loadDeck();
  if (!result.ok) {
    root.dataset.error = result.error;
    root.dataset.ready = 'error';
    return;
  }
  const { deck } = result.value;
  document.title = deck.config.title;
  applyDeckLook(deck.config.theme, deck.config.lang);
  const pages = document.getElementById('pages')!;
  const total = deck.slides.length;
  deck.slides.forEach((slide, i) => {
    const page = document.createElement('section');
    page.className = 'page';
    renderSlideInto(page, slide, deck.assetVersions);
    unwrapDeckLinks(page);
    const number = document.createElement('div');
    number.className = 'page-number';
    number.textContent = `${i + 1} / ${total}`;
    page.append(number);
    pages.append(page);
  });
  // Force layout so the browser requests the font subsets the text needs, then wait for them.
  void pages.offsetHeight;
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await Promise.all(Array.from(document.images).map((img) => (img.complete ? null : img.decode().catch(() => null))));
  root.dataset.ready = 'true';
}

void start();
