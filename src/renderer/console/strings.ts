import type { KeyCommand } from '../../core/keymap';
import { uiLanguage } from '../i18n';

/** UI text of the presenter console. */
export interface ConsoleStrings {
  title: string;
  current: string;
  next: string;
  endOfDeck: string;
  /** Marks a hidden slide (skipped by next/previous, shown only by a jump). */
  hidden: string;
  /** Shown while a large deck's later files are still loading. */
  loading: (files: number, total: number) => string;
  notes: string;
  noNotes: string;
  topic: (index: number, count: number, title: string) => string;
  slide: (n: number, total: number) => string;
  step: (n: number, total: number) => string;
  clock: string;
  elapsed: string;
  remaining: string;
  overall: string;
  section: string;
  ahead: (time: string) => string;
  behind: (time: string) => string;
  onTime: string;
  plan: (time: string) => string;
  lastRun: (time: string) => string;
  badges: { black: string; white: string; frozen: string; overview: string; paused: string; rehearsal: string; idle: string };
  buttons: {
    prev: string;
    next: string;
    black: string;
    white: string;
    freeze: string;
    grid: string;
    pause: string;
    resume: string;
    start: string;
    reset: string;
    rehearse: string;
    stopRehearsal: string;
    clicker: string;
    audience: string;
    swap: string;
    smaller: string;
    larger: string;
    help: string;
  };
  endAt: string;
  grid: { title: string; hint: string; go: string; cancel: string; audienceHere: string };
  clicker: { title: string; hint: string; teach: string; press: string; reset: string; done: string; unset: string };
  commands: Partial<Record<KeyCommand, string>>;
  shortcuts: [string, string][];
}

const en: ConsoleStrings = {
  title: 'Presenter console',
  current: 'Now on screen',
  next: 'Next',
  endOfDeck: 'End of the deck',
  hidden: 'hidden',
  loading: (files, total) => `loading: ${files} of ${total} files`,
  notes: 'Notes',
  noNotes: 'No notes for this slide.',
  topic: (i, n, title) => `Topic ${i}/${n} — ${title}`,
  slide: (n, total) => `Slide ${n}/${total}`,
  step: (n, total) => `step ${n}/${total}`,
  clock: 'Clock',
  elapsed: 'Elapsed',
  remaining: 'Left',
  overall: 'Talk',
  section: 'Topic',
  ahead: (time) => `${time} ahead`,
  behind: (time) => `${time} behind`,
  onTime: 'on time',
  plan: (time) => `plan ${time}`,
  lastRun: (time) => `last run ${time}`,
  badges: { black: 'BLACK SCREEN', white: 'WHITE SCREEN', frozen: 'AUDIENCE FROZEN', overview: 'OVERVIEW', paused: 'PAUSED', rehearsal: 'REHEARSAL', idle: 'not started' },
  buttons: {
    prev: '◀ Previous',
    next: 'Next ▶',
    black: 'Black (B)',
    white: 'White (W)',
    freeze: 'Freeze (Z)',
    grid: 'Go to… (G)',
    pause: 'Pause',
    resume: 'Resume',
    start: 'Start',
    reset: 'Reset',
    rehearse: 'Rehearse',
    stopRehearsal: 'End rehearsal',
    clicker: 'Clicker keys…',
    audience: 'Audience view',
    swap: 'Swap displays (D)',
    smaller: 'A−',
    larger: 'A+',
    help: 'Keys (?)',
  },
  endAt: 'End at',
  grid: { title: 'Go to a slide', hint: 'Type a number or use the arrows; Enter shows it to the audience, Esc cancels.', go: 'Show to audience', cancel: 'Cancel', audienceHere: 'on screen' },
  clicker: {
    title: 'Clicker keys',
    hint: 'Press "Teach", then the button on your clicker. Keys that already work need no teaching.',
    teach: 'Teach',
    press: 'Press the clicker button now…',
    reset: 'Forget taught keys',
    done: 'Done',
    unset: 'default keys',
  },
  commands: { next: 'Next', prev: 'Previous', black: 'Black screen', start: 'Start / resume', escape: 'Back out (Esc)' },
  shortcuts: [
    ['→  ↓  Space  PageDown  N', 'Next slide or step'],
    ['←  ↑  PageUp  P', 'Previous slide or step'],
    ['Home  /  End', 'First / last slide'],
    ['G, number, Enter', 'Go to a slide (the audience moves on Enter)'],
    ['B  or  .   /   W  or  ,', 'Black / white screen'],
    ['Z', 'Freeze the audience view'],
    ['O', 'Overview on the audience screen'],
    ['F5', 'Start the talk clock'],
    ['+  /  −', 'Larger / smaller notes'],
    ['D', 'Swap displays (desktop app)'],
    ['?', 'This help'],
  ],
};

const ru: ConsoleStrings = {
  title: 'Режим докладчика',
  current: 'Сейчас на экране',
  next: 'Далее',
  endOfDeck: 'Конец презентации',
  hidden: 'скрытый',
  loading: (files, total) => `загрузка: ${files} из ${total} файлов`,
  notes: 'Заметки',
  noNotes: 'К этому слайду заметок нет.',
  topic: (i, n, title) => `Тема ${i}/${n} — ${title}`,
  slide: (n, total) => `Слайд ${n}/${total}`,
  step: (n, total) => `шаг ${n}/${total}`,
  clock: 'Время',
  elapsed: 'Прошло',
  remaining: 'Осталось',
  overall: 'Доклад',
  section: 'Тема',
  ahead: (time) => `опережение ${time}`,
  behind: (time) => `отставание ${time}`,
  onTime: 'по плану',
  plan: (time) => `план ${time}`,
  lastRun: (time) => `прогон ${time}`,
  badges: { black: 'ЧЁРНЫЙ ЭКРАН', white: 'БЕЛЫЙ ЭКРАН', frozen: 'ЭКРАН ЗАМОРОЖЕН', overview: 'ОБЗОР', paused: 'ПАУЗА', rehearsal: 'РЕПЕТИЦИЯ', idle: 'не начато' },
  buttons: {
    prev: '◀ Назад',
    next: 'Вперёд ▶',
    black: 'Чёрный (B)',
    white: 'Белый (W)',
    freeze: 'Заморозить (Z)',
    grid: 'Перейти… (G)',
    pause: 'Пауза',
    resume: 'Продолжить',
    start: 'Старт',
    reset: 'Сброс',
    rehearse: 'Репетиция',
    stopRehearsal: 'Закончить репетицию',
    clicker: 'Кнопки кликера…',
    audience: 'Экран зрителей',
    swap: 'Поменять экраны (D)',
    smaller: 'A−',
    larger: 'A+',
    help: 'Сочетания клавиш (?)',
  },
  endAt: 'Закончить в',
  grid: { title: 'Перейти к слайду', hint: 'Наберите номер или листайте стрелками; Enter — показать зрителям, Esc — отмена.', go: 'Показать зрителям', cancel: 'Отмена', audienceHere: 'на экране' },
  clicker: {
    title: 'Кнопки кликера',
    hint: 'Нажмите «Обучить», затем кнопку на кликере. Кнопки, которые уже работают, обучать не нужно.',
    teach: 'Обучить',
    press: 'Нажмите кнопку на кликере…',
    reset: 'Забыть обученные кнопки',
    done: 'Готово',
    unset: 'стандартные клавиши',
  },
  commands: { next: 'Вперёд', prev: 'Назад', black: 'Чёрный экран', start: 'Старт / продолжить', escape: 'Отмена (Esc)' },
  shortcuts: [
    ['→  ↓  Пробел  PageDown  N', 'Следующий слайд или шаг'],
    ['←  ↑  PageUp  P', 'Предыдущий слайд или шаг'],
    ['Home  /  End', 'Первый / последний слайд'],
    ['G, номер, Enter', 'Перейти к слайду (зрители увидят после Enter)'],
    ['B  или  .   /   W  или  ,', 'Чёрный / белый экран'],
    ['Z', 'Заморозить экран зрителей'],
    ['O', 'Обзор на экране зрителей'],
    ['F5', 'Запустить таймер выступления'],
    ['+  /  −', 'Крупнее / мельче заметки'],
    ['D', 'Поменять экраны (в приложении)'],
    ['?', 'Эта справка'],
  ],
};

/** Console strings in this window's language. */
export const ct: ConsoleStrings = uiLanguage === 'ru' ? ru : en;

/** Both languages, for tests that check they stay in step. @internal */
export const CONSOLE_STRINGS = { en, ru } as const;
