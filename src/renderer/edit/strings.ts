import { pickLanguage, userLanguages } from '../i18n';

/** The editor's UI strings, in English and Russian. */
export interface EditStrings {
  title: string;
  /** Shown when the page is opened by a host that has no editing (e.g. a read-only host). */
  noEditing: string;
  files: string;
  slides: string;
  newFile: string;
  newFileName: string;
  rename: string;
  trash: string;
  confirmTrash: string;
  trashed: (where: string) => string;
  save: string;
  saveAs: string;
  saveAsName: string;
  present: string;
  saved: string;
  unsaved: string;
  saving: string;
  problems: string;
  noProblems: string;
  notes: string;
  noNotes: string;
  noSlideHere: string;
  settingsFile: string;
  conflict: string;
  keepMine: string;
  takeTheirs: string;
  compare: string;
  closeCompare: string;
  mineLabel: string;
  theirsLabel: string;
  deleted: string;
  draftFound: (file: string, when: string) => string;
  draftChangedOnDisk: string;
  restore: string;
  discard: string;
  saveFailed: string;
  mixedEol: string;
  guessedEncoding: (name: string) => string;
  encoding: string;
  encodingAuto: (name: string, guessed: boolean) => string;
  encodingAutoAgain: string;
  encodingChosen: (name: string) => string;
  damagedText: (count: number) => string;
  saveDamagedAsk: string;
  saveDamagedYes: string;
  saveDamagedNo: string;
  reopenDirtyAsk: (name: string) => string;
  reopenDiscard: string;
  cancel: string;
  draftsWaiting: (files: string) => string;
  openEditor: string;
}

const EN: EditStrings = {
  title: 'Editor',
  noEditing: 'This window cannot edit files.',
  files: 'Files',
  slides: 'Slides in this file',
  newFile: 'New file',
  newFileName: 'Name of the new file (ends in .md)',
  rename: 'Rename',
  trash: 'Delete',
  confirmTrash: 'Delete?',
  trashed: (w) => `Moved to ${w}.`,
  save: 'Save',
  saveAs: 'Save as…',
  saveAsName: 'Save a copy as (name ending in .md)',
  present: 'Present',
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  problems: 'Problems',
  noProblems: 'No problems',
  notes: 'Speaker notes',
  noNotes: 'No notes on this slide',
  noSlideHere: 'No slide here yet: type some Markdown.',
  settingsFile: 'deck.yaml holds the deck’s settings (title, theme, order…); its problems are listed below.',
  conflict: 'This file was changed on disk while you had unsaved edits. Nothing is lost: choose which text to keep.',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  compare: 'Compare',
  closeCompare: 'Close comparison',
  mineLabel: 'Mine (in the editor)',
  theirsLabel: 'Theirs (on disk)',
  deleted: 'This file was deleted on disk. Your text is still here; Save creates the file again.',
  draftFound: (f, w) => `Unsaved text of ${f} from ${w} was kept after Lectern closed.`,
  draftChangedOnDisk: 'The file has changed on disk since then.',
  restore: 'Restore',
  discard: 'Discard',
  saveFailed: 'Not saved:',
  mixedEol: 'This file mixes line endings; saving writes them all the same way.',
  guessedEncoding: (n) => `Encoding guessed: ${n}. If the text looks wrong, pick the file’s encoding in the Encoding menu above: it is read again from disk (the file is not changed).`,
  encoding: 'Encoding',
  encodingAuto: (n, g) => `Automatic: ${n}${g ? ' (guessed)' : ''}`,
  encodingAutoAgain: 'Automatic (detect again)',
  encodingChosen: (n) => `Read as ${n}, as you chose (remembered for this file). Saving writes ${n}. Automatic in the Encoding menu detects it again.`,
  damagedText: (c) => `This file is not valid UTF-8: ${c} damaged byte sequence(s) are shown as \ufffd. If it is in another encoding, pick it in the Encoding menu above.`,
  saveDamagedAsk: 'Saving writes \ufffd in place of the damaged bytes, and they are lost for good. Save anyway, or first pick another encoding in the Encoding menu?',
  saveDamagedYes: 'Save anyway',
  saveDamagedNo: 'Don’t save',
  reopenDirtyAsk: (n) => `Reopen this file as ${n}? Your unsaved edits in it will be discarded.`,
  reopenDiscard: 'Reopen and discard my edits',
  cancel: 'Cancel',
  draftsWaiting: (f) => `Unsaved edits were kept after Lectern closed: ${f}.`,
  openEditor: 'Open the editor',
};

const RU: EditStrings = {
  title: 'Редактор',
  noEditing: 'В этом окне нельзя править файлы.',
  files: 'Файлы',
  slides: 'Слайды этого файла',
  newFile: 'Новый файл',
  newFileName: 'Имя нового файла (оканчивается на .md)',
  rename: 'Переименовать',
  trash: 'Удалить',
  confirmTrash: 'Удалить?',
  trashed: (w) => `Перемещено: ${w}.`,
  save: 'Сохранить',
  saveAs: 'Сохранить как…',
  saveAsName: 'Сохранить копию как (имя на .md)',
  present: 'Показ',
  saved: 'Сохранено',
  unsaved: 'Есть несохранённые изменения',
  saving: 'Сохранение…',
  problems: 'Проблемы',
  noProblems: 'Проблем нет',
  notes: 'Заметки докладчика',
  noNotes: 'У этого слайда нет заметок',
  noSlideHere: 'Здесь пока нет слайда: напишите текст в Markdown.',
  settingsFile: 'В deck.yaml — настройки презентации (название, тема, порядок…); его проблемы перечислены ниже.',
  conflict: 'Файл изменили на диске, пока у вас были несохранённые правки. Ничего не потеряно: выберите, какой текст оставить.',
  keepMine: 'Оставить мой',
  takeTheirs: 'Взять с диска',
  compare: 'Сравнить',
  closeCompare: 'Закрыть сравнение',
  mineLabel: 'Мой (в редакторе)',
  theirsLabel: 'С диска',
  deleted: 'Файл удалён на диске. Ваш текст остался здесь; «Сохранить» создаст файл заново.',
  draftFound: (f, w) => `Несохранённый текст файла ${f} от ${w} сохранился после закрытия Lectern.`,
  draftChangedOnDisk: 'С тех пор файл на диске изменился.',
  restore: 'Восстановить',
  discard: 'Отбросить',
  saveFailed: 'Не сохранено:',
  mixedEol: 'В файле смешаны концы строк; при сохранении все станут одинаковыми.',
  guessedEncoding: (n) => `Кодировка угадана: ${n}. Если текст выглядит неверно, выберите кодировку файла в меню «Кодировка» выше: файл будет заново прочитан с диска (сам файл не меняется).`,
  encoding: 'Кодировка',
  encodingAuto: (n, g) => `Автоматически: ${n}${g ? ' (угадана)' : ''}`,
  encodingAutoAgain: 'Автоматически (определить заново)',
  encodingChosen: (n) => `Прочитан как ${n} по вашему выбору (запомнено для этого файла). Сохранение запишет ${n}. «Автоматически» в меню «Кодировка» определит её заново.`,
  damagedText: (c) => `Файл не является корректным UTF-8: повреждённых последовательностей байтов — ${c}, они показаны как \ufffd. Если файл в другой кодировке, выберите её в меню «Кодировка» выше.`,
  saveDamagedAsk: 'При сохранении на месте повреждённых байтов будет записан \ufffd, и они пропадут навсегда. Сохранить всё равно или сначала выбрать другую кодировку в меню «Кодировка»?',
  saveDamagedYes: 'Всё равно сохранить',
  saveDamagedNo: 'Не сохранять',
  reopenDirtyAsk: (n) => `Открыть файл заново как ${n}? Несохранённые правки в нём будут отброшены.`,
  reopenDiscard: 'Открыть заново, отбросив правки',
  cancel: 'Отмена',
  draftsWaiting: (f) => `Несохранённые правки сохранились после закрытия Lectern: ${f}.`,
  openEditor: 'Открыть редактор',
};

/** Editor strings for this window. */
export const es: EditStrings = pickLanguage(userLanguages) === 'ru' ? RU : EN;
