import { KEY_ROWS, uiLanguage } from '../i18n';

/** The player's help: the audience view's keys it has, in its own order, and S for its speaker window. */
const playerKeys = (k: typeof KEY_ROWS.en, speaker: string): [string, string][] => [k.next, k.prev, k.ends, k.black, k.white, k.overview, k.full, ['S', speaker], k.clock, k.help];

const en = {
  helpTitle: 'Keyboard shortcuts',
  shortcuts: playerKeys(KEY_ROWS.en, 'Presenter console with notes and timer, in a second window'),
  now: 'Now',
  next: 'Next',
  notes: 'Notes',
  noNotes: 'No notes for this slide.',
  end: 'End of the deck',
  clock: 'Talk',
  start: 'Start',
  pause: 'Pause',
  reset: 'Reset',
  slideOf: (n: number, total: number) => `Slide ${n} of ${total}`,
  noAudience: 'This presenter console has no audience window. Open the file, then press S there.',
  popupBlocked: 'The browser blocked the presenter console: allow pop-ups for this file, then press S again.',
  noSlides: 'This file has no slides.',
  /** The speaker window's name in its title. */
  speakerTitle: 'Presenter console',
};

/** Texts of the single-file HTML player, in the reader's language (English or Russian). */
export type PlayerStrings = typeof en;

const STRINGS: Record<'en' | 'ru', PlayerStrings> = {
  en,
  ru: {
    helpTitle: 'Сочетания клавиш',
    shortcuts: playerKeys(KEY_ROWS.ru, 'Режим докладчика с заметками и таймером, во втором окне'),
    now: 'Сейчас',
    next: 'Далее',
    notes: 'Заметки',
    noNotes: 'К этому слайду заметок нет.',
    end: 'Конец презентации',
    clock: 'Выступление',
    start: 'Старт',
    pause: 'Пауза',
    reset: 'Сброс',
    slideOf: (n, total) => `Слайд ${n} из ${total}`,
    noAudience: 'У этого режима докладчика нет окна для зрителей. Откройте файл и нажмите там S.',
    popupBlocked: 'Браузер не дал открыть режим докладчика: разрешите всплывающие окна для этого файла и нажмите S ещё раз.',
    noSlides: 'В этом файле нет слайдов.',
    speakerTitle: 'Режим докладчика',
  },
};

/** The player's strings for this reader. */
export const s: PlayerStrings = STRINGS[uiLanguage];
