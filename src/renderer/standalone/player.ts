import '../styles/theme.css';
import './player.css';
import type { StandaloneDeck } from '../../core/standalone-deck';
import { startAudience } from './audience';
import { startSpeaker } from './speaker';
import { s } from './strings';
import { windowTitle } from '../../core/window-title';

/**
 * Entry of the single-file HTML export (docs/html-export.md): the deck is JSON in
 * `<script type="application/json" id="lectern-deck">`; `?view=speaker` is the speaker window.
 */
function start(): void {
  const deck = JSON.parse(document.getElementById('lectern-deck')?.textContent ?? 'null') as StandaloneDeck;
  document.documentElement.dataset.theme = deck.theme === 'dark' ? 'dark' : 'light';
  document.documentElement.lang = deck.lang || 'en';
  const speaker = new URLSearchParams(location.search).get('view') === 'speaker';
  document.title = speaker ? windowTitle(deck.title, s.speakerTitle) : windowTitle(deck.title);
  if (speaker) startSpeaker(deck);
  else startAudience(deck);
}

start();
