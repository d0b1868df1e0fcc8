import { app } from 'electron';

/** Strings of the desktop shell's own dialogs (drops, opening deck files, smoke mode, placement). */
export interface DesktopStrings {
  edit: string;
  dropNotFolder: string;
  dropFailed: string;
  openFileTitle: string;
  openFileDetail: (name: string) => string;
  openButton: string;
  cancelButton: string;
  refusedFileTitle: string;
  refusedFileDetail: (name: string) => string;
  cannotPlaceTitle: string;
  cannotPlaceDetail: string;
}

const en: DesktopStrings = {
  edit: '&Edit',
  dropNotFolder: 'Drop a deck folder here to open it; that is not a folder',
  dropFailed: 'The dropped folder could not be opened',
  openFileTitle: 'Open this file from the deck?',
  openFileDetail: (name) => `${name} will open in its usual app on this computer. Open only files from decks you trust.`,
  openButton: 'Open',
  cancelButton: 'Cancel',
  refusedFileTitle: 'Lectern does not open this kind of file',
  refusedFileDetail: (name) => `${name} could run a program. Lectern opens only documents, images, audio and video from a deck; open it yourself if you trust it.`,
  cannotPlaceTitle: 'Lectern cannot move its windows on this desktop',
  cannotPlaceDetail:
    'The window system (Wayland) does not let apps choose a display. Drag the audience view to the projector and press F for full screen, or log in with an X11 session (for example "Ubuntu on Xorg") before presenting.',
};

const ru: DesktopStrings = {
  edit: '&Правка',
  dropNotFolder: 'Чтобы открыть презентацию, перетащите сюда её папку; это не папка',
  dropFailed: 'Не удалось открыть перетащенную папку',
  openFileTitle: 'Открыть этот файл из презентации?',
  openFileDetail: (name) => `${name} откроется в обычной программе этого компьютера. Открывайте только файлы из презентаций, которым доверяете.`,
  openButton: 'Открыть',
  cancelButton: 'Отмена',
  refusedFileTitle: 'Lectern не открывает такие файлы',
  refusedFileDetail: (name) => `${name} может запустить программу. Lectern открывает из презентации только документы, изображения, аудио и видео; если доверяете файлу, откройте его сами.`,
  cannotPlaceTitle: 'Lectern не может переместить свои окна на этом рабочем столе',
  cannotPlaceDetail:
    'Оконная система (Wayland) не позволяет программам выбирать экран. Перетащите окно зрителей на проектор и нажмите F, или перед докладом войдите в сеанс X11 (например, «Ubuntu on Xorg»).',
};

/** Strings for a locale such as `ru-RU`; English for everything that is not Russian. */
function desktopStringsFor(locale: string): DesktopStrings {
  return locale.toLowerCase().startsWith('ru') ? ru : en;
}

/** Strings for the system locale (after `ready`). */
export function desktopStrings(): DesktopStrings {
  return desktopStringsFor(app.getLocale());
}
