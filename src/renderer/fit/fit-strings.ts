import { FIT_MIN_SCALE } from '../../core/fit';
import { uiLanguage } from '../i18n';

const PERCENT = `${Math.round(FIT_MIN_SCALE * 100)}%`;

/** UI text about slides that do not fit, for the console and the editor. */
const en = {
  /** Problem text of one slide (1-based number in the deck, or in the file when `inFile`). */
  overflow: (n: number, inFile?: boolean) => `${inFile ? 'This file’s slide' : 'Slide'} ${n} does not fit even shrunk to ${PERCENT}: its end is cut off. Split it or shorten it.`,
  /** The console's line listing every such slide. */
  listTitle: (count: number) => `${count === 1 ? 'A slide does' : `${count} slides do`} not fit even shrunk to ${PERCENT}:`,
  /** The console's mark on the slide on screen. */
  currentOverflows: `This slide does not fit even shrunk to ${PERCENT}: the room does not see its end.`,
  /** Where a slide is: file and line. */
  at: (file: string, line: number) => `${file}, line ${line}`,
};

const ru: typeof en = {
  overflow: (n, inFile) => `${inFile ? 'Слайд файла' : 'Слайд'} ${n} не помещается даже при уменьшении до ${PERCENT}: его конец обрезан. Разделите или сократите его.`,
  listTitle: (count) => `Не помещаются даже при уменьшении до ${PERCENT} (слайдов: ${count}):`,
  currentOverflows: `Этот слайд не помещается даже при уменьшении до ${PERCENT}: зал не видит его конец.`,
  at: (file, line) => `${file}, строка ${line}`,
};

/** Strings for this window's language. */
export const ft = uiLanguage === 'ru' ? ru : en;
