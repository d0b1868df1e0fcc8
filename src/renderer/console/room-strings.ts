import type { KeyCommand } from '../../core/keymap';
import { uiLanguage } from '../i18n';

const en = {
  roomBlack: 'The room sees a black screen (B to return)',
  roomWhite: 'The room sees a white screen (W to return)',
  roomFrozen: (n: number) => `The room sees slide ${n}, frozen (Z to follow again)`,
  notesMore: 'More below ↓',
  more: 'More ▾',
  /** Every command by name, to say what a captured key already does. */
  commandNames: {
    next: 'next',
    prev: 'previous',
    first: 'first slide',
    last: 'last slide',
    black: 'black screen',
    white: 'white screen',
    freeze: 'freeze',
    overview: 'overview',
    start: 'start the clock',
    escape: 'back out',
    fullscreen: 'full screen',
    help: 'help',
    goto: 'go to a slide',
    console: 'presenter console',
    swap: 'swap displays',
  } satisfies Record<KeyCommand, string>,
  teach: {
    captured: (key: string) => `You pressed ${key}.`,
    conflict: (key: string, does: string) => `${key} already means "${does}". Keep it for this command instead?`,
    keep: 'Keep',
    retry: 'Retry',
    cancel: 'Cancel',
    escHint: 'Esc cancels.',
  },
};

/** Console strings for what the room sees, the notes cue, the More menu and the Teach dialog. */
export type RoomStrings = typeof en;

const ru: RoomStrings = {
  roomBlack: 'Зрители видят чёрный экран (B — вернуть)',
  roomWhite: 'Зрители видят белый экран (W — вернуть)',
  roomFrozen: (n) => `Зрители видят слайд ${n}, экран заморожен (Z — снова следовать)`,
  notesMore: 'Дальше ещё ↓',
  more: 'Ещё ▾',
  commandNames: {
    next: 'вперёд',
    prev: 'назад',
    first: 'первый слайд',
    last: 'последний слайд',
    black: 'чёрный экран',
    white: 'белый экран',
    freeze: 'заморозить',
    overview: 'обзор',
    start: 'запустить таймер',
    escape: 'отмена',
    fullscreen: 'полный экран',
    help: 'справка',
    goto: 'перейти к слайду',
    console: 'режим докладчика',
    swap: 'поменять экраны',
  },
  teach: {
    captured: (key) => `Вы нажали ${key}.`,
    conflict: (key, does) => `${key} уже означает «${does}». Назначить её этой команде?`,
    keep: 'Оставить',
    retry: 'Ещё раз',
    cancel: 'Отмена',
    escHint: 'Esc — отмена.',
  },
};

/** Strings in this window's language. */
export const rt: RoomStrings = uiLanguage === 'ru' ? ru : en;

/** Both languages, for tests that check they stay in step. @internal */
export const ROOM_STRINGS = { en, ru } as const;
