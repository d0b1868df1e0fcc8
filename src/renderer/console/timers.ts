import { computePace, formatClock, type PaceReading } from '../../core/pacing';
import { formatTime } from '../../core/i18n';
import { uiLanguage } from '../i18n';
import type { Deck } from '../../core/types';
import type { PresentationSnapshot } from '../../shared/contract';
import { ct } from './strings';

/** Deltas within this many ms count as on time (a pace display that flickers helps no one). */
const ON_TIME_MS = 15_000;

function paceText(reading: PaceReading | null): { text: string; state: string } {
  if (!reading) return { text: '—', state: 'none' };
  if (Math.abs(reading.delta) < ON_TIME_MS) return { text: ct.onTime, state: 'on-time' };
  const time = formatClock(Math.abs(reading.delta));
  return reading.delta > 0 ? { text: ct.behind(time), state: 'behind' } : { text: ct.ahead(time), state: 'ahead' };
}

function field(root: HTMLElement, name: string): HTMLElement {
  let el = root.querySelector<HTMLElement>(`[data-field="${name}"]`);
  if (!el) {
    el = document.createElement('span');
    el.dataset.field = name;
    root.append(el);
  }
  return el;
}

/**
 * Fills the console's timer bar: wall clock, talk clock, time left, and ahead/behind for the talk
 * and the current topic (with its plan and last rehearsal). Called every few hundred ms.
 */
export function renderTimers(root: HTMLElement, snapshot: PresentationSnapshot, clockOffset: number, deck: Deck): void {
  const now = Date.now() + clockOffset;
  const { state } = snapshot;
  const ids = deck.slides.map((s) => s.id);
  const pace = computePace(state, deck.sections, ids, deck.config.duration, now);
  field(root, 'clock').textContent = formatTime(uiLanguage, new Date());
  const elapsed = field(root, 'elapsed');
  elapsed.textContent = `${ct.elapsed} ${formatClock(pace.elapsed)}${state.clock.status === 'idle' ? ` (${ct.badges.idle})` : ''}`;
  elapsed.dataset.status = state.clock.status;
  field(root, 'remaining').textContent = pace.remaining === null ? '' : `${ct.remaining} ${formatClock(pace.remaining)}`;
  // Before the talk starts there is no pace to speak of, only the plan.
  const started = state.clock.status !== 'idle';
  const overall = paceText(started ? pace.overall : null);
  const overallEl = field(root, 'pace-overall');
  overallEl.textContent = `${ct.overall}: ${overall.text}`;
  overallEl.dataset.pace = overall.state;
  const section = deck.sections[pace.sectionIndex];
  const sectionPace = paceText(started ? pace.section : null);
  const sectionEl = field(root, 'pace-section');
  const extras = [
    section?.duration ? ct.plan(formatClock(section.duration * 1000)) : '',
    section && snapshot.lastRun?.[section.file] !== undefined ? ct.lastRun(formatClock(snapshot.lastRun[section.file]!)) : '',
  ].filter(Boolean);
  sectionEl.textContent = `${ct.section}: ${sectionPace.text}${extras.length ? ` (${extras.join(', ')})` : ''}`;
  sectionEl.dataset.pace = sectionPace.state;
}
