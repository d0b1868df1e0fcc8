import Reveal from 'reveal.js';
import { SLIDE_BOX } from '../../core/print-layout';
import type { RevealApi } from 'reveal.js';
import 'reveal.js/reveal.css';
import '../styles/theme.css';
import '../styles/present.css';
import type { KeyMap } from '../../core/keymap';
import { audiencePosition } from '../../core/presentation';
import type { Slide } from '../../core/types';
import type { DeckPayload, PresentationState } from '../../shared/contract';
import { followDeck } from '../deck-feed';
import { getHost } from '../host';
import { t } from '../i18n';
import { applyFragmentStep } from '../fragment-steps';
import { acceptFolderDrops } from '../folder-drop';
import { setupPresentationKeys } from '../presentation-keys';
import { followPresentation } from '../presentation-feed';
import { UNNUMBERED_KINDS } from '../../core/slide-kind';
import { applyDeckLook, kindOfSlide } from '../slide-dom';
import { editUrlFor, setupEditShortcut } from './edit-shortcut';
import { MountedSlides } from './mounted-slides';
import { setupHelpOverlay } from './help-overlay';
import { OverviewGrid } from './overview-grid';
import { setupStageChrome, showProgress } from './stage-chrome';
import { setupViewMenu } from './view-menu';
import { followSlideLinks, LinkedSlide } from './slide-links';
import { windowTitle } from '../../core/window-title';

const host = getHost();
const slidesEl = document.querySelector<HTMLElement>('.reveal .slides')!;
let shown: Slide[] = [];
let revision = -1;
let reveal: RevealApi | null = null;
/** The latest presentation state from the host; the view only ever shows this. */
let presentation: PresentationState | null = null;
let keymap: KeyMap = {};
/** True while this view moves reveal.js itself, so those moves are not reported back as jumps. */
let applying = false;
/** The window of slides mounted in reveal.js's DOM (all of them in a small deck). */
const mounted = new MountedSlides(slidesEl);
/** The overview (O): our own grid of every slide, not reveal.js's strip of the mounted window. */
const overview = new OverviewGrid({
  slides: () => shown,
  versions: () => deckVersions,
  numberOf: (index) => mounted.numberOf(index),
  pick: (slide) => void host.dispatch({ type: 'goto', slide }).then(() => host.dispatch({ type: 'overview', on: false })),
});
let deckVersions: Record<string, number> = {};
let showProgressLine = false;
/** A `#/n` the page was opened with, asked for once; taken from the address at once. */
const linked = new LinkedSlide(host);

/** Where the audience view should be: the host's position, or the first slide before it is known. */
function targetSlide(): number {
  return presentation ? audiencePosition(presentation).slide : 0;
}

function showMessage(text: string): void {
  const section = document.createElement('section');
  const inner = document.createElement('div');
  inner.className = 'lectern-slide lectern-message';
  inner.textContent = text;
  section.append(inner);
  slidesEl.replaceChildren(section);
  mounted.clear();
}

async function apply(payload: DeckPayload): Promise<void> {
  if (payload.revision <= revision) return;
  revision = payload.revision;
  const { deck } = payload;
  document.title = windowTitle(deck.config.title);
  applyDeckLook(deck);
  deckVersions = deck.assetVersions;
  showProgressLine = deck.config.progress;
  document.documentElement.dataset.slideCount = String(deck.slides.length);
  // A large deck shows its first files while the rest loads (no chrome on the projector; the console says so).
  document.documentElement.toggleAttribute('data-loading', !!deck.loading);
  linked.deckShown(!deck.loading);
  if (!reveal) {
    mounted.setDeck(deck.slides, deck.assetVersions);
    if (deck.slides.length) mounted.mount(targetSlide(), false, true);
    else showMessage(t.noSlides);
    shown = deck.slides;
    reveal = new Reveal(document.querySelector<HTMLElement>('.reveal')!, {
      width: SLIDE_BOX.width,
      height: SLIDE_BOX.height,
      margin: 0.04,
      center: false,
      // The host's presentation state is the only source of the position (console and
      // audience must agree), so reveal.js neither reads nor writes the URL and takes no keys.
      hash: false,
      respondToHashChanges: false,
      keyboard: false,
      touch: false,
      // Counted over the whole deck, not the mounted window, and without hidden slides.
      slideNumber: (slide: HTMLElement | undefined) => {
        const number = mounted.numberOf(Number(slide?.dataset.index));
        // reveal.js prints the total only when it is a number, whatever its type says.
        return number ? ([String(number.n), '/', number.total] as unknown as [string, string, string]) : '';
      },
      showSlideNumber: 'all',
      controls: false,
      progress: false,
      help: false, // our own, localized: help-overlay.ts
      pause: true,
      transition: 'slide',
      transitionSpeed: 'fast',
      // Fragment steps are shown by showSteps(); see there why.
      fragments: false,
      preloadIframes: false,
      postMessage: false,
      postMessageEvents: false,
      viewDistance: 3,
    });
    await reveal.initialize();
    setupStageChrome(reveal);
    watchLocalMoves(reveal);
    showPosition(true);
    document.documentElement.dataset.ready = 'true';
    return;
  }
  // Slides added, removed or moved: the slide now at the current index is another one. Show
  // the new structure only together with the host's position in it (sent right after the deck),
  // so the projector never flashes a neighbouring slide.
  const structural = deck.slides.length !== shown.length || deck.slides.some((slide, i) => slide.id !== shown[i]!.id);
  if (structural && presentation) {
    holdUntilPosition(payload);
    return;
  }
  showDeck(payload);
}

/** A reloaded deck waiting for its position; shown anyway after HOLD_MS (the host may be gone). */
let held: DeckPayload | null = null;
let heldTimer: number | undefined;
const HOLD_MS = 1000;

function holdUntilPosition(payload: DeckPayload): void {
  held = payload;
  window.clearTimeout(heldTimer);
  heldTimer = window.setTimeout(releaseHeld, HOLD_MS);
}

/** Shows a held deck, then the current position, in one task: no frame in between. */
function releaseHeld(): void {
  const payload = held;
  held = null;
  window.clearTimeout(heldTimer);
  if (payload) showDeck(payload, true);
}

/** Puts a reloaded deck into reveal.js, touching only what changed, and shows the position. */
function showDeck(payload: DeckPayload, forceNavigation = false): void {
  const { deck } = payload;
  const changed = mounted.setDeck(deck.slides, deck.assetVersions);
  if (!deck.slides.length) showMessage(t.noSlides);
  else if (!changed) mounted.mount(targetSlide(), false, true);
  shown = deck.slides;
  overview.invalidate();
  // A full sync walks every mounted slide; when only contents changed, refreshing those is enough.
  applying = true;
  try {
    // A slide hidden or shown renumbers the others: sync() redraws the slide number too.
    if (changed && !mounted.numbersChanged) changed.forEach((section) => reveal!.syncSlide(section));
    else reveal!.sync();
  } finally {
    applying = false;
  }
  showPosition(forceNavigation || !changed || changed.some((section) => section.querySelector('.fragment')));
  document.documentElement.dataset.revision = String(payload.revision);
}

/**
 * Brings reveal.js to the audience position of the presentation state: slide, fragment step,
 * overview, and a black or white screen over everything. `force` re-navigates even when the
 * indices match (after a structural deck change).
 */
function showPosition(force = false): void {
  const state = presentation;
  const root = document.documentElement;
  if (!state) return;
  root.dataset.screen = state.screen;
  root.dataset.frozen = String(state.frozen !== null);
  if (!reveal || !shown.length) return;
  const target = audiencePosition(state);
  applying = true;
  try {
    // Slides that came into the window must be known to reveal.js before it moves to them.
    const remounted = mounted.mount(target.slide, false);
    if (remounted) reveal.sync();
    overview.show(state.overview, target.slide);
    const local = target.slide - mounted.start;
    if (force || remounted || reveal.getIndices().h !== local) reveal.slide(local, 0);
    showSteps(target.slide, target.step);
  } finally {
    applying = false;
  }
  root.dataset.position = `${mounted.start + reveal.getIndices().h}.${target.step}`;
  // Title and closing slides carry no number; the progress line (deck.yaml `progress: true`) follows.
  const kind = kindOfSlide(shown[target.slide]);
  root.dataset.slideKind = kind;
  root.toggleAttribute('data-unnumbered', UNNUMBERED_KINDS.includes(kind));
  showProgress(showProgressLine, target.slide, shown.length);
  root.dataset.shownAt = String(performance.timeOrigin + performance.now());
}

/** The section whose fragments were last set to a step, and its index. */
let stepped: { section: HTMLElement; index: number } | null = null;

/**
 * Shows fragment steps ourselves (reveal.js runs with `fragments: false`): reveal.js would query
 * the fragments of every slide on every move, which at 500 slides cost more than the move itself.
 * Only the slide left and the slide shown are touched: the one left keeps all its steps when
 * the talk went forward and none when it went back, as reveal.js shows them.
 */
function showSteps(index: number, step: number): void {
  const section = mounted.sectionAt(index);
  if (stepped && stepped.section !== section && stepped.section.isConnected) applyFragmentStep(stepped.section, stepped.index < index ? Infinity : 0);
  if (section) applyFragmentStep(section, step);
  stepped = section ? { section, index } : null;
}

/**
 * reveal.js still moves by itself when a slide is clicked in the overview or a `#/3` link is
 * followed; such moves are sent to the host as a jump, so every view follows.
 */
function watchLocalMoves(api: RevealApi): void {
  const report = (): void => {
    const state = presentation;
    if (applying || !state || state.frozen) return;
    const h = mounted.start + api.getIndices().h;
    if (h !== state.position.slide) void host.dispatch({ type: 'goto', slide: h });
  };
  api.on('slidechanged', report);
}

function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

async function start(): Promise<void> {
  const help = setupHelpOverlay();
  setupViewMenu(host, {
    editUrl: () => editUrlFor(reveal ? shown[mounted.start + reveal.getIndices().h] : undefined),
    help: help.toggle,
    fullscreen: toggleFullScreen,
  });
  followSlideLinks(slidesEl, host, () => presentation);
  setupPresentationKeys({
    host,
    state: () => presentation,
    keymap: () => keymap,
    local: {
      fullscreen: toggleFullScreen,
      console: () => void host.windowCommand('openConsole'),
      swap: () => void host.windowCommand('swapDisplays'),
    },
  });
  void host.loadSettings().then((r) => {
    if (r.ok) keymap = r.value.keymap;
  });
  void followPresentation(host, (snapshot) => {
    document.documentElement.dataset.receivedAt = String(performance.timeOrigin + performance.now());
    presentation = snapshot.state;
    if (held) releaseHeld();
    else showPosition();
  }).then(() => linked.presentationArrived());
  setupEditShortcut(() => (reveal ? shown[mounted.start + reveal.getIndices().h] : undefined));
  acceptFolderDrops(window);
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
