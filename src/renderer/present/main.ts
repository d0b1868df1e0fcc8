import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import 'reveal.js/reveal.css';
import '../styles/theme.css';
import '../styles/present.css';
import type { Slide } from '../../core/types';
import type { DeckPayload } from '../../shared/contract';
import { followDeck } from '../deck-feed';
import { showDiagnostics } from '../diagnostics-panel';
import { getHost } from '../host';
import { t } from '../i18n';
import { applyDeckLook, renderSlideInto, slideRenderKey } from '../slide-dom';
import { noticeDrafts, setupEditShortcut } from './edit-shortcut';
import { setupHelpOverlay } from './help-overlay';
import { reloadTarget } from './reload-target';

const host = getHost();
const slidesEl = document.querySelector<HTMLElement>('.reveal .slides')!;
let shown: Slide[] = [];
let revision = -1;
let reveal: RevealApi | null = null;
/** What each section currently shows (see slideRenderKey): unchanged sections are not touched. */
const renderKeys = new WeakMap<HTMLElement, string>();

/**
 * Brings the slide sections in line with `slides`, touching only the slides whose content
 * changed. Same count: changed sections are re-rendered in place (reveal.js keeps its state
 * classes) and returned. Slides added or removed: sections are matched by content, so slides
 * that only moved are reused, and null is returned (reveal.js must re-sync the structure).
 */
function patchSlides(slides: Slide[], versions: Record<string, number>): HTMLElement[] | null {
  const sections = Array.from(slidesEl.children) as HTMLElement[];
  const render = (section: HTMLElement, slide: Slide, key: string): HTMLElement => {
    renderSlideInto(section, slide, versions);
    renderKeys.set(section, key);
    return section;
  };
  if (sections.length === slides.length) {
    const changed: HTMLElement[] = [];
    slides.forEach((slide, i) => {
      const key = slideRenderKey(slide, versions);
      if (renderKeys.get(sections[i]!) !== key) changed.push(render(sections[i]!, slide, key));
    });
    return changed;
  }
  const byKey = new Map<string, HTMLElement[]>();
  for (const section of sections) {
    const key = renderKeys.get(section);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), section]);
  }
  const ordered = slides.map((slide) => {
    const key = slideRenderKey(slide, versions);
    return byKey.get(key)?.shift() ?? render(document.createElement('section'), slide, key);
  });
  slidesEl.replaceChildren(...ordered);
  return null;
}

function showMessage(text: string): void {
  const section = document.createElement('section');
  const inner = document.createElement('div');
  inner.className = 'lectern-slide lectern-message';
  inner.textContent = text;
  section.append(inner);
  slidesEl.replaceChildren(section);
}

async function apply(payload: DeckPayload): Promise<void> {
  if (payload.revision <= revision) return;
  revision = payload.revision;
  const { deck } = payload;
  document.title = `${deck.config.title} — Lectern`;
  applyDeckLook(deck.config.theme, deck.config.lang);
  showDiagnostics(deck.diagnostics);
  if (!reveal) {
    if (deck.slides.length) patchSlides(deck.slides, deck.assetVersions);
    else showMessage(t.noSlides);
    shown = deck.slides;
    reveal = new Reveal(document.querySelector<HTMLElement>('.reveal')!, {
      width: 1280,
      height: 720,
      margin: 0.04,
      center: false,
      hash: true,
      respondToHashChanges: true,
      slideNumber: 'c/t',
      showSlideNumber: 'all',
      controls: true,
      controlsLayout: 'edges',
      progress: true,
      help: false, // our own, localized: help-overlay.ts
      pause: true,
      transition: 'slide',
      transitionSpeed: 'fast',
      preloadIframes: false,
      postMessage: false,
      postMessageEvents: false,
      viewDistance: 3,
    });
    await reveal.initialize();
    document.documentElement.dataset.ready = 'true';
    return;
  }
  const { h, f } = reveal.getIndices();
  const target = reloadTarget(shown, deck.slides, h);
  const changed = deck.slides.length ? patchSlides(deck.slides, deck.assetVersions) : null;
  if (!deck.slides.length) showMessage(t.noSlides);
  shown = deck.slides;
  // A full sync walks every slide; when only contents changed, refreshing those is enough.
  if (changed) changed.forEach((section) => reveal!.syncSlide(section));
  else reveal.sync();
  // Navigating re-lays out every slide (tens of ms at 500): skip it when the view stays on the
  // same slide and that slide has no fragment steps to restore.
  const current = slidesEl.children[target.index];
  const needsNavigation = !changed || target.index !== h || !target.sameSlide || !!current?.querySelector('.fragment');
  // The fragment step is kept only on the same slide, never carried to a neighbour.
  if (needsNavigation) reveal.slide(target.index, 0, target.sameSlide ? f : undefined);
  document.documentElement.dataset.revision = String(revision);
}

async function start(): Promise<void> {
  setupHelpOverlay();
  setupEditShortcut(() => (reveal ? shown[reveal.getIndices().h] : undefined));
  void noticeDrafts(host);
  // Applied one at a time: a reload must not reach reveal.js while it is still initializing.
  let queue = Promise.resolve();
  const result = await followDeck(host, (payload) => {
    queue = queue.then(() => apply(payload)).catch((err: unknown) => console.error('lectern: could not show the deck', err));
  });
  if (!result.ok) {
    showMessage(`${t.loadFailed}: ${result.error}`);
    document.documentElement.dataset.ready = 'error';
    return;
  }
  document.documentElement.dataset.revision = String(revision);
}

void start();
