import { countFragmentSteps } from './fragments';
import type { Deck } from './types';

/** One slide as the single-file HTML export carries it (HTML still unsanitized: the page cleans it). */
export interface StandaloneSlide {
  title: string;
  html: string;
  notesHtml: string;
  /** Fragment steps, counted like the app counts them. */
  steps: number;
  hidden?: boolean;
  /** Title of the file (section) the slide belongs to, for the speaker view. */
  section: string;
}

/** What the single-file HTML export embeds as JSON: the deck, nothing about the machine it came from. */
export interface StandaloneDeck {
  title: string;
  lang: string;
  theme: 'light' | 'dark';
  /** Planned talk length in seconds (deck.yaml `duration`), 0 when unset. */
  duration: number;
  slides: StandaloneSlide[];
}

/** The deck as the exported page needs it. `inline` rewrites a slide's HTML (images inlined). */
export function toStandaloneDeck(deck: Deck, inline: (html: string) => string = (h) => h): StandaloneDeck {
  const sectionOf = (i: number): string => deck.sections.find((s) => i >= s.firstSlide && i < s.firstSlide + s.slideCount)?.title ?? '';
  return {
    title: deck.config.title,
    lang: deck.config.lang,
    theme: deck.config.theme,
    duration: deck.config.duration,
    slides: deck.slides.map((s, i) => {
      const html = inline(s.html);
      const slide: StandaloneSlide = { title: s.title, html, notesHtml: inline(s.notesHtml), steps: countFragmentSteps(html), section: sectionOf(i) };
      if (s.hidden) slide.hidden = true;
      return slide;
    }),
  };
}

/**
 * JSON safe inside `<script type="application/json">`: `<`, `>` and `&` escaped so no slide text
 * can close the element or start a comment, and U+2028/2029 escaped for old parsers.
 */
export function embeddableJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
