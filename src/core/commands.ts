import type { KeyCommand } from './keymap';
import type { PresentationAction, PresentationState } from './presentation';

/**
 * The presentation action a key command stands for, in the current state; null for commands a
 * view handles itself (full screen, help, go-to, opening the console, swapping displays).
 * Esc backs out of one thing at a time: overview, then a black or white screen.
 */
export function actionForCommand(command: KeyCommand, state: PresentationState): PresentationAction | null {
  switch (command) {
    case 'next':
    case 'prev':
    case 'first':
    case 'last':
      return { type: command };
    case 'black':
    case 'white':
      return { type: 'toggleScreen', mode: command };
    case 'freeze':
      return { type: 'freeze' };
    case 'overview':
      return { type: 'overview' };
    case 'start':
      // A clicker's "start show" button: the talk clock runs (PowerPoint starts its timer on F5).
      return state.clock.status === 'running' ? null : { type: 'clock', op: 'start' };
    case 'escape':
      if (state.overview) return { type: 'overview', on: false };
      if (state.screen !== 'normal') return { type: 'screen', mode: 'normal' };
      return null;
    default:
      return null;
  }
}
