import type { LecternHost, PresentationState } from '../../shared/contract';
import { button, el } from '../dom';
import { ct } from './strings';
import { timeField } from './time-field';

/** The console's buttons; `update` reflects the state (pressed toggles, clock button label). */
export interface Toolbar {
  update(state: PresentationState): void;
}

/** Minutes since midnight as the next such time, ms since the epoch. @internal */
export function nextTimeOfDay(minutes: number, now = new Date()): number {
  const at = new Date(now);
  at.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  // A time already past today means tomorrow (a talk that runs past midnight).
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** Builds the toolbar: navigation, screen modes, clock, rehearsal, end time and setup. */
export function buildToolbar(root: HTMLElement, host: LecternHost, open: { openGrid(): void; openClicker(): void }): Toolbar {
  const send = (action: Parameters<LecternHost['dispatch']>[0]) => () => void host.dispatch(action);
  const b = ct.buttons;
  const black = button(b.black, send({ type: 'toggleScreen', mode: 'black' }), 'black');
  const white = button(b.white, send({ type: 'toggleScreen', mode: 'white' }), 'white');
  const freeze = button(b.freeze, send({ type: 'freeze' }), 'freeze');
  let state: PresentationState | null = null;
  const clock = button(b.start, () => void host.dispatch({ type: 'clock', op: state?.clock.status === 'running' ? 'pause' : state?.clock.status === 'paused' ? 'resume' : 'start' }), 'clock');
  const rehearse = button(b.rehearse, () => void host.dispatch({ type: 'rehearsal', on: !state?.rehearsal }), 'rehearse');
  const end = timeField((minutes) => void host.dispatch({ type: 'setEnd', at: minutes === null ? null : nextTimeOfDay(minutes) }));
  const endLabel = el('label', {}, `${ct.endAt} `, end);
  // One row: what a talk needs every minute stays in the bar; setup goes into "More".
  const more = el('details', { id: 'lx-more' });
  const summary = el('summary', { textContent: ct.more });
  const menu = el('div', { className: 'lx-menu' });
  const clicker = button(
    b.clicker,
    () => {
      more.open = false;
      open.openClicker();
    },
    'clicker',
  );
  menu.append(button(b.reset, send({ type: 'clock', op: 'reset' })), endLabel, rehearse, clicker);
  // Placing windows on displays is the desktop app's: the browser cannot, so no button that does nothing.
  if (host.kind !== 'browser') menu.append(button(b.swap, () => void host.windowCommand('swapDisplays')));
  more.append(summary, menu);
  // A pick closes the menu; the summary takes no focus (Space must keep meaning "next").
  menu.addEventListener('click', (e) => {
    if ((e.target as Element).closest('button')) more.open = false;
  });
  summary.addEventListener('mousedown', (e) => e.preventDefault());
  root.append(
    button(b.prev, send({ type: 'prev' })),
    button(b.next, send({ type: 'next' })),
    button(b.grid, open.openGrid, 'grid'),
    black,
    white,
    freeze,
    clock,
    el('span', { className: 'lx-spacer' }),
    button(b.audience, () => void host.windowCommand('openAudience')),
    more,
  );
  return {
    update(s) {
      state = s;
      black.setAttribute('aria-pressed', String(s.screen === 'black'));
      white.setAttribute('aria-pressed', String(s.screen === 'white'));
      freeze.setAttribute('aria-pressed', String(s.frozen !== null));
      rehearse.setAttribute('aria-pressed', String(s.rehearsal));
      rehearse.textContent = s.rehearsal ? b.stopRehearsal : b.rehearse;
      clock.textContent = s.clock.status === 'running' ? b.pause : s.clock.status === 'paused' ? b.resume : b.start;
    },
  };
}
