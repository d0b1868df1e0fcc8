import { audiencePosition, clampPosition, initialPresentation, reducePresentation, type PresentationAction, type PresentationDeck, type PresentationState } from '../../core/presentation';
import type { StandaloneDeck } from '../../core/standalone-deck';
import { el } from '../dom';
import { toggleFullScreen } from '../fullscreen';
import { slideMessage } from '../slide-message';
import { mark } from '../test-probes';
import { setupHelp } from '../help-box';
import { slideOfHash } from '../present/slide-links';
import { setupPresentationKeys } from '../presentation-keys';
import { toast } from './toast';
import { post, readSpeakerMessage } from './messages';
import { showInFrame, slideElement, watchFrames } from './stage';
import { s } from './strings';

/**
 * The audience window of an exported file. It holds the one presentation state (the same pure
 * reducer as the app) and sends every change to the speaker window, which only asks for actions.
 */
export function startAudience(deck: StandaloneDeck): void {
  const pdeck: PresentationDeck = { ids: deck.slides.map((_, i) => String(i)), steps: deck.slides.map((x) => x.steps), hidden: deck.slides.map((x) => !!x.hidden) };
  let state: PresentationState = initialPresentation();
  // `#/n` (0-based, as in the app and reveal.js) opens that slide; opening does not start the clock.
  const linked = slideOfHash(location.hash);
  if (linked) state = { ...state, position: clampPosition(linked, pdeck) };
  let speaker: Window | null = null;

  const frame = el('div', { id: 'stage' });
  const number = el('div', { id: 'slide-number' });
  const grid = el('div', { id: 'overview' });
  document.body.append(frame, number, grid, el('div', { className: 'lectern-screen' }));
  watchFrames(frame);
  const visible = deck.slides.flatMap((x, i) => (x.hidden ? [] : [i]));

  let shown = '';
  const render = (): void => {
    const at = audiencePosition(state);
    const key = `${at.slide}/${at.step}`;
    if (key !== shown) {
      shown = key;
      showInFrame(frame, deck.slides.length ? slideElement(deck.slides[at.slide], at.step) : slideMessage(s.noSlides));
      const n = visible.indexOf(at.slide);
      number.textContent = n >= 0 ? `${n + 1} / ${visible.length}` : '';
      history.replaceState(null, '', `#/${at.slide}${at.step ? `/${at.step}` : ''}`);
      mark({ slide: at.slide, step: at.step });
    }
    document.documentElement.dataset.screen = state.screen;
    renderOverview(grid, deck, state, (i) => dispatch({ type: 'goto', slide: i }, { type: 'overview', on: false }));
    if (speaker && !speaker.closed) post(speaker, { lectern: 'state', state });
  };
  const dispatch = (...actions: PresentationAction[]): void => {
    let next = state;
    for (const a of actions) next = reducePresentation(next, a, pdeck, Date.now());
    if (next === state) return;
    state = next;
    render();
  };

  const openSpeaker = (): void => {
    if (speaker && !speaker.closed) {
      speaker.focus();
      return;
    }
    const url = new URL(location.href);
    url.hash = '';
    url.search = '?view=speaker';
    speaker = window.open(url.href, 'lectern-speaker', 'popup,width=1280,height=800');
    if (!speaker) toast(s.popupBlocked);
  };

  setupHelp(s.helpTitle, s.shortcuts);
  setupPresentationKeys({ dispatch, state: () => state, local: { fullscreen: toggleFullScreen, console: openSpeaker } });
  // A `#/n` typed into the address bar (or a link) moves the talk there, as on opening.
  window.addEventListener('hashchange', () => {
    const m = slideOfHash(location.hash);
    if (m) dispatch({ type: 'goto', ...m });
  });
  window.addEventListener('message', (e) => {
    if (!speaker || e.source !== speaker) return;
    const m = readSpeakerMessage(e.data);
    if (m?.lectern === 'action') dispatch(m.action);
    else if (m?.lectern === 'hello') post(speaker, { lectern: 'state', state });
  });
  render();
  mark({ ready: 'true' });
}

/** The O overview: every slide as a thumbnail, the current one marked; a click goes there. */
function renderOverview(grid: HTMLElement, deck: StandaloneDeck, state: PresentationState, pick: (i: number) => void): void {
  document.documentElement.classList.toggle('overview', state.overview);
  if (!state.overview) {
    grid.replaceChildren();
    return;
  }
  if (!grid.childElementCount) {
    deck.slides.forEach((slide, i) => {
      const tile = el('button', { className: 'tile', title: slide.title });
      tile.addEventListener('click', () => pick(i));
      grid.append(tile);
      showInFrame(tile, slideElement(slide, slide.steps));
    });
  }
  Array.from(grid.children).forEach((tile, i) => tile.classList.toggle('current', i === state.position.slide));
  grid.children[state.position.slide]?.scrollIntoView({ block: 'nearest' });
}
