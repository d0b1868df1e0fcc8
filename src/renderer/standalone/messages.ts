import { parsePresentationAction } from '../../core/presentation-action';
import type { PresentationAction, PresentationState } from '../../core/presentation';

/**
 * Messages between the audience window and the speaker window it opened (window.opener /
 * window.open references with postMessage: unlike BroadcastChannel this needs no shared origin,
 * and files opened from file:// have none). Both sides check the sender window first.
 */
export type PlayerMessage = { lectern: 'hello' } | { lectern: 'action'; action: PresentationAction } | { lectern: 'state'; state: PresentationState };

/** The speaker's request, checked like any action from a view; null for anything else. */
export function readSpeakerMessage(data: unknown): { lectern: 'hello' } | { lectern: 'action'; action: PresentationAction } | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.lectern === 'hello') return { lectern: 'hello' };
  if (m.lectern !== 'action') return null;
  const action = parsePresentationAction(m.action);
  return action ? { lectern: 'action', action } : null;
}

/** The state the audience window sent, or null when the message is something else. */
export function readStateMessage(data: unknown): PresentationState | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  const st = m.state as PresentationState | undefined;
  if (m.lectern !== 'state' || !st || typeof st.seq !== 'number' || !st.position || typeof st.position.slide !== 'number') return null;
  return st;
}

/** Posts to another window of this file. `*`: a file:// page's origin is opaque ("null"). */
export function post(target: Window, message: PlayerMessage): void {
  target.postMessage(message, '*');
}
