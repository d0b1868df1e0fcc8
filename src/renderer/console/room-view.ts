import type { PresentationState } from '../../shared/contract';
import { ct } from './strings';

/**
 * Covers the "Now on screen" preview with what the room really sees: black, white, or the frozen
 * slide with a label. The preview itself already shows the audience's slide (frozen or not).
 */
export function showRoomState(overlay: HTMLElement, state: PresentationState): void {
  const kind = state.screen !== 'normal' ? state.screen : state.frozen ? 'frozen' : '';
  overlay.hidden = !kind;
  overlay.dataset.room = kind;
  overlay.textContent = kind === 'black' ? ct.roomBlack : kind === 'white' ? ct.roomWhite : kind === 'frozen' ? ct.roomFrozen(state.frozen!.slide + 1) : '';
}
