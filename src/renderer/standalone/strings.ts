import { uiLanguage } from '../i18n';

const en = {
  helpTitle: 'Keyboard shortcuts',
  shortcuts: [
    ['→  ↓  Space  PageDown  N', 'Next slide or step'],
    ['←  ↑  PageUp  P', 'Previous slide or step'],
    ['Home  /  End', 'First / last slide'],
    ['B  or  .', 'Black screen (press again to return)'],
    ['W  or  ,', 'White screen'],
    ['O', 'Overview of all slides (Esc leaves it)'],
    ['F', 'Full screen'],
    ['S', 'Presenter console with notes and timer, in a second window'],
    ['F5', 'Start the talk clock'],
    ['?', 'This help (Esc closes it)'],
  ] as [string, string][],
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
    shortcuts: [
      ['→  ↓  Пробел  PageDown  N', 'Следующий слайд или шаг'],
      ['←  ↑  PageUp  P', 'Предыдущий слайд или шаг'],
      ['Home  /  End', 'Первый / последний слайд'],
      ['B  или  .', 'Чёрный экран (ещё раз — вернуться)'],
      ['W  или  ,', 'Белый экран'],
      ['O', 'Обзор всех слайдов (Esc — выйти)'],
      ['F', 'Полный экран'],
      ['S', 'Режим докладчика с заметками и таймером, во втором окне'],
      ['F5', 'Запустить таймер выступления'],
      ['?', 'Эта справка (Esc — закрыть)'],
    ],
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
