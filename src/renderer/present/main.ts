import 'reveal.js/reveal.css';
import '../styles/theme.css';
import '../styles/present.css';
import type { DeckPayload } from '../../shared/contract';
import { followDeck } from '../deck-feed';
import { acceptFolderDrops } from '../folder-drop';
import { toggleFullScreen } from '../fullscreen';
import { getHost } from '../host';
import { t } from '../i18n';
import { setupPresentationKeys } from '../presentation-keys';
import { followPresentation } from '../presentation-feed';
import { applyDeckLook } from '../slide-dom';
import { mark, markTime } from '../test-probes';
import { AudienceStage } from './audience-stage';
import { deckArrived, initialAudience, presentationArrived, releaseHeld, type AudienceState } from './audience-state';
import { editUrlFor, setupEditShortcut } from './edit-shortcut';
import { setupHelpOverlay } from './help-overlay';
import { followSlideLinks, linkedSlide } from './slide-links';
import { setupViewMenu } from './view-menu';
import { windowTitle } from '../../core/window-title';

/** The audience page: wires the host's deck and presentation state to the stage. */
const host = getHost();
const slidesEl = document.querySelector<HTMLElement>('.reveal .slides')!;
/** The page's one state; changed only through audience-state.ts's transitions. */
let state: AudienceState = initialAudience;
const stage = new AudienceStage(
  slidesEl,
  () => state,
  (slide, fromOverview) => void host.dispatch({ type: 'goto', slide }).then(() => (fromOverview ? host.dispatch({ type: 'overview', on: false }) : undefined)),
);
/** A `#/n` the page was opened with, asked for once; taken from the address at once. */
const linked = linkedSlide(host);
/** A reloaded deck waiting for its position is shown anyway after HOLD_MS (the host may be gone). */
const HOLD_MS = 1000;
let holdTimer: number | undefined;

/** Shows a held deck, then the current position, in one task: no frame in between. */
function showReleased(payload: DeckPayload | null): void {
  window.clearTimeout(holdTimer);
  if (payload) stage.showDeck(payload, true);
  else stage.showPosition();
}

async function apply(payload: DeckPayload): Promise<void> {
  const [next, step] = deckArrived(state, payload);
  state = next;
  if (step === 'stale') return;
  const { deck } = payload;
  document.title = windowTitle(deck.config.title);
  applyDeckLook(deck);
  mark({ slideCount: deck.slides.length });
  // A large deck shows its first files while the rest loads (no chrome on the projector; the console says so).
  document.documentElement.toggleAttribute('data-loading', !!deck.loading);
  linked.deckShown(!deck.loading);
  if (step === 'first') {
    await stage.start(payload);
    mark({ ready: 'true' });
  } else if (step === 'hold') {
    window.clearTimeout(holdTimer);
    holdTimer = window.setTimeout(() => {
      const [after, held] = releaseHeld(state);
      state = after;
      if (held) showReleased(held);
    }, HOLD_MS);
  } else stage.showDeck(payload);
}

async function start(): Promise<void> {
  const help = setupHelpOverlay();
  setupViewMenu(host, { editUrl: () => editUrlFor(stage.currentSlide()), help: help.toggle, fullscreen: toggleFullScreen });
  followSlideLinks(slidesEl, host, () => state.presentation);
  setupPresentationKeys({
    dispatch: (action) => void host.dispatch(action),
    state: () => state.presentation,
    keymap: () => state.keymap,
    local: {
      fullscreen: toggleFullScreen,
      console: () => void host.windowCommand('openConsole'),
      swap: () => void host.windowCommand('swapDisplays'),
    },
  });
  void host.loadSettings().then((r) => {
    if (r.ok) state = { ...state, keymap: r.value.keymap };
  });
  void followPresentation(host, (snapshot) => {
    markTime('receivedAt');
    const [next, held] = presentationArrived(state, snapshot.state);
    state = next;
    showReleased(held);
  }).then(() => linked.presentationArrived());
  setupEditShortcut(() => stage.currentSlide());
  acceptFolderDrops(window);
  // Applied one at a time: a reload must not reach reveal.js while it is still initializing.
  let queue = Promise.resolve();
  const result = await followDeck(host, (payload) => {
    queue = queue.then(() => apply(payload)).catch((err: unknown) => console.error('lectern: could not show the deck', err));
  });
  if (!result.ok) {
    stage.showMessage(`${t.loadFailed}: ${result.error}`);
    mark({ ready: 'error' });
    return;
  }
  mark({ revision: state.revision });
}

void start();
