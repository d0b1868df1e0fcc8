import { formatClock } from '../../core/pacing';
import { clockElapsed, nextUp, type PresentationAction, type PresentationState } from '../../core/presentation';
import type { StandaloneDeck } from '../../core/standalone-deck';
import { toggleFullScreen } from '../fullscreen';
import { el } from '../dom';
import { mark } from '../test-probes';
import { setupHelp } from '../help-box';
import { setupPresentationKeys } from '../presentation-keys';
import { toast } from './toast';
import { post, readStateMessage } from './messages';
import { notesElement, showInFrame, slideElement, watchFrames } from './stage';
import { s } from './strings';
import { formatTime } from '../../core/i18n';
import { uiLanguage } from '../i18n';

/**
 * The speaker window (S in the audience window): the current slide at its step, the next step or
 * slide, the notes, the talk clock and the wall clock. It shows the state the audience window
 * sends and sends it actions; it never changes the state itself, so the two cannot disagree.
 */
export function startSpeaker(deck: StandaloneDeck): void {
  document.documentElement.classList.add('speaker');
  const audience = window.opener as Window | null;
  const where = el('span', { id: 'where' });
  const section = el('span', { id: 'section' });
  const talk = el('span', { id: 'talk' });
  const wall = el('span', { id: 'wall' });
  const startBtn = el('button', { id: 'clock-toggle', textContent: s.start });
  const resetBtn = el('button', { id: 'clock-reset', textContent: s.reset });
  const now = el('div', { id: 'now' });
  const next = el('div', { id: 'next' });
  const notes = el('section', { id: 'notes' });
  document.body.append(
    el('header', { id: 'bar' }, where, section, talk, startBtn, resetBtn, wall),
    el('div', { id: 'left' }, el('h2', { id: 'now-label', textContent: s.now }), now),
    el('div', { id: 'right' }, el('h2', { id: 'next-label', textContent: s.next }), next, el('h2', { id: 'notes-label', textContent: s.notes }), notes),
  );
  watchFrames(now, next);

  let state: PresentationState | null = null;
  const send = (action: PresentationAction): void => {
    if (audience && !audience.closed) post(audience, { lectern: 'action', action });
    else toast(s.noAudience);
  };
  startBtn.addEventListener('click', () => send({ type: 'clock', op: 'toggle' }));
  resetBtn.addEventListener('click', () => send({ type: 'clock', op: 'reset' }));

  const visible = deck.slides.flatMap((x, i) => (x.hidden ? [] : [i]));
  const tick = (): void => {
    wall.textContent = formatTime(uiLanguage, new Date());
    if (!state) return;
    talk.textContent = `${s.clock} ${formatClock(clockElapsed(state.clock, Date.now()))}${deck.duration ? ` / ${formatClock(deck.duration * 1000)}` : ''}`;
    startBtn.textContent = state.clock.status === 'running' ? s.pause : s.start;
  };
  let shown = '';
  const render = (): void => {
    if (!state) return;
    const { slide, step } = state.position;
    mark({ slide, step });
    document.documentElement.dataset.screen = state.screen;
    tick();
    const key = `${slide}/${step}`;
    if (key === shown) return;
    shown = key;
    const current = deck.slides[slide];
    const following = nextUp(state.position, current?.steps ?? 0, deck.slides);
    showInFrame(now, slideElement(current, step));
    showInFrame(next, slideElement(following ? deck.slides[following.slide] : undefined, following?.step ?? 0));
    notes.replaceChildren(notesElement(current));
    const n = visible.indexOf(slide);
    where.textContent = s.slideOf(n >= 0 ? n + 1 : slide + 1, visible.length);
    section.textContent = current?.section ?? '';
  };

  window.addEventListener('message', (e) => {
    if (!audience || e.source !== audience) return;
    const incoming = readStateMessage(e.data);
    if (!incoming || (state && incoming.seq < state.seq)) return;
    state = incoming;
    render();
  });
  setupHelp(s.helpTitle, s.shortcuts);
  setupPresentationKeys({ dispatch: send, state: () => state, local: { fullscreen: toggleFullScreen } });
  setInterval(tick, 500);
  tick();
  if (audience) post(audience, { lectern: 'hello' });
  else toast(s.noAudience);
  mark({ ready: 'true' });
}
