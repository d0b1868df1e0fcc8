import { YAML_ERRORS_RU } from './yaml-error-text';

/**
 * The text of every diagnostic code in each UI language, built from the diagnostic's params.
 * English repeats the `message` the checks write (the CLI's language); Russian says the same in
 * Russian, with file names, settings and code left as written.
 */

/** Reads one parameter of a diagnostic: as text, as `code`, as a number. */
export interface ParamReader {
  v(key: string): string;
  c(key: string): string;
  n(key: string): number;
}

/** A text of one code (or of one of its variants). */
type DiagnosticTemplate = (p: ParamReader) => string;

/** A code's text in one language: one template, or one per `reason` param. @internal */
export type DiagnosticTexts = DiagnosticTemplate | Readonly<Record<string, DiagnosticTemplate>>;

/** Each code's text in English and in Russian. */
export interface DiagnosticEntry {
  en: DiagnosticTexts;
  ru: DiagnosticTexts;
}

const NOT_SHOWN_RU = 'не показано';

/** Every diagnostic code Lectern produces. */
export const DIAGNOSTIC_CATALOGUE: Readonly<Record<string, DiagnosticEntry>> = {
  'asset-missing': { en: (p) => `${p.c('asset')} is missing (or outside the deck folder, or hidden)`, ru: (p) => `${p.c('asset')} не найден (или лежит вне папки презентации, или скрыт)` },
  'asset-not-regular': {
    en: (p) => `${p.c('asset')} is not a regular file (a named pipe, socket, device or folder); it is not shown`,
    ru: (p) => `${p.c('asset')} — не обычный файл (именованный канал, сокет, устройство или папка); он ${NOT_SHOWN_RU}`,
  },
  'compare-config': {
    en: {
      entry: () => 'each `compare` entry should be a name, or `Name: colour`',
      list: () => '`compare` should list the subjects, e.g. `compare: [Flask, Django]`',
      twice: (p) => `\`compare\` names ${p.v('name')} twice`,
      colour: (p) => `unknown colour ${p.c('colour')} for ${p.v('name')}; use one of ${p.v('colours')}`,
      'too-few': () => '`compare` needs at least 2 subjects',
      'too-many': (p) => `\`compare\` has ${p.v('count')} subjects; at most ${p.v('max')} fit side by side, the rest are ignored`,
    },
    ru: {
      entry: () => 'каждый элемент `compare` — это название или `Название: цвет`',
      list: () => '`compare` должен перечислять сравниваемое, например `compare: [Flask, Django]`',
      twice: (p) => `\`compare\` называет ${p.v('name')} дважды`,
      colour: (p) => `неизвестный цвет ${p.c('colour')} для ${p.v('name')}; допустимы: ${p.v('colours')}`,
      'too-few': () => '`compare` нужно не меньше 2 вариантов',
      'too-many': (p) => `в \`compare\` вариантов: ${p.v('count')}; рядом помещается не больше ${p.v('max')}, остальные не учитываются`,
    },
  },
  'compare-missing-verdict': { en: (p) => `\`summary\` has no verdict for ${p.v('subjects')}`, ru: (p) => `в \`summary\` нет вывода для ${p.v('subjects')}` },
  'compare-summary-type': {
    en: (p) => `\`summary\` should give a short verdict per subject, e.g. ${p.c('example')}`,
    ru: (p) => `\`summary\` должен дать короткий вывод для каждого варианта, например ${p.c('example')}`,
  },
  'compare-undeclared': {
    en: {
      summary: () => '`summary` needs the subjects declared in deck.yaml, e.g. `compare: [Flask, Django]`; ignored',
      block: () => '`::: summary` needs the subjects declared in deck.yaml, e.g. `compare: [Flask, Django]`',
    },
    ru: {
      summary: () => 'для `summary` сравниваемое нужно объявить в `deck.yaml`, например `compare: [Flask, Django]`; пропущено',
      block: () => 'для `::: summary` сравниваемое нужно объявить в `deck.yaml`, например `compare: [Flask, Django]`',
    },
  },
  'compare-unknown-subject': {
    en: {
      heading: (p) =>
        `heading ${p.c('name')} follows the ${p.v('cards')} cards at their level but deck.yaml does not declare it (compare: ${p.v('subjects')}); it is shown under the cards, not as a card`,
      summary: (p) => `\`summary\` names ${p.v('name')}, which deck.yaml does not declare (compare: ${p.v('subjects')})`,
    },
    ru: {
      heading: (p) =>
        `заголовок ${p.c('name')} стоит после карточек ${p.v('cards')} на их уровне, но в \`deck.yaml\` его нет (\`compare\`: ${p.v('subjects')}); он показан под карточками, а не карточкой`,
      summary: (p) => `\`summary\` называет ${p.v('name')}, но в \`deck.yaml\` этого нет (\`compare\`: ${p.v('subjects')})`,
    },
  },
  'config-duration': {
    en: (p) => `cannot read duration ${p.c('value')}; write e.g. 20m or 1h30m`,
    ru: (p) => `не удалось прочитать длительность ${p.c('value')}; пишите, например, \`20m\` или \`1h30m\``,
  },
  'config-theme': { en: (p) => `unknown theme ${p.c('value')}; use light or dark`, ru: (p) => `неизвестная тема ${p.c('value')}; используйте \`light\` или \`dark\`` },
  'config-type': {
    en: { text: (p) => `${p.c('key')} should be text; ignored`, list: (p) => `${p.c('key')} should be a list of file names`, flag: (p) => `${p.c('key')} should be true or false` },
    ru: { text: (p) => `${p.c('key')} должен быть текстом; пропущено`, list: (p) => `${p.c('key')} должен быть списком имён файлов`, flag: (p) => `${p.c('key')} должен быть \`true\` или \`false\`` },
  },
  'config-unknown-key': { en: (p) => `unknown setting ${p.c('key')} (known: ${p.v('known')})`, ru: (p) => `неизвестная настройка ${p.c('key')} (известные: ${p.v('known')})` },
  'deck-empty': { en: () => 'the deck has no slides: add a .md file to the folder', ru: () => 'в презентации нет слайдов: добавьте в папку файл `.md`' },
  'file-empty': {
    en: {
      empty: () => 'is empty: it adds no slides',
      separators: () => 'has only slide separators (---) and no content: it adds no slides',
      settings: () => 'has settings but no content: it adds no slides',
    },
    ru: {
      empty: () => 'пуст: слайдов не добавляет',
      separators: () => 'содержит только разделители слайдов (`---`): слайдов не добавляет',
      settings: () => 'содержит настройки, но не текст: слайдов не добавляет',
    },
  },
  'file-encoding': {
    en: {
      nul: () => 'is a binary file (it contains NUL bytes), not Markdown text; it was skipped',
      control: () => 'is a binary file (control bytes no text has), not Markdown text; it was skipped',
      utf8: () => 'is not valid UTF-8; save it as UTF-8',
      utf16: (p) => `is not valid ${p.v('encoding')} (odd length or a broken surrogate pair); save it as UTF-8`,
    },
    ru: {
      nul: () => 'двоичный файл (в нём есть нулевые байты), а не текст Markdown; пропущен',
      control: () => 'двоичный файл (в нём управляющие байты, которых нет в тексте), а не текст Markdown; пропущен',
      utf8: () => 'это не корректный UTF-8; сохраните его в UTF-8',
      utf16: (p) => `это не корректный ${p.v('encoding')} (нечётная длина или разорванная суррогатная пара); сохраните его в UTF-8`,
    },
  },
  'file-encoding-chosen': {
    en: (p) => `read as ${p.v('encoding')} (chosen); pick Automatic in the editor's Encoding menu to detect it again`,
    ru: (p) => `прочитан как ${p.v('encoding')} (выбрано); чтобы определять кодировку снова, выберите «Автоматически» в меню «Кодировка» редактора`,
  },
  'file-encoding-guessed': {
    en: {
      guess: (p) => `is not UTF-8: read as ${p.v('encoding')} (a guess from its letters); if the text looks wrong, choose its encoding in the editor's Encoding menu (or save the file as UTF-8)`,
      damaged: (p) =>
        `is not valid UTF-8: ${p.v('damaged')} damaged byte sequence(s) are shown as \ufffd; the rest was read as UTF-8; if the file is in another encoding, choose it in the editor's Encoding menu`,
      chosen: (p) => `is not valid ${p.v('chosen')}, the encoding chosen for it: read as ${p.v('encoding')} instead; choose its encoding again in the editor`,
    },
    ru: {
      guess: (p) => `не в UTF-8: прочитан как ${p.v('encoding')} (догадка по буквам); если текст выглядит неверно, выберите кодировку в меню «Кодировка» редактора (или сохраните файл в UTF-8)`,
      damaged: (p) =>
        `не корректный UTF-8: повреждённых последовательностей байтов — ${p.v('damaged')}, они показаны как \ufffd; остальное прочитано как UTF-8; если файл в другой кодировке, выберите её в меню «Кодировка» редактора`,
      chosen: (p) => `не подходит к выбранной для него кодировке ${p.v('chosen')}: прочитан как ${p.v('encoding')}; выберите кодировку в редакторе ещё раз`,
    },
  },
  'file-link-loop': { en: () => 'is a symbolic link that leads back to itself (a loop) and was not read', ru: () => 'символическая ссылка, ведущая сама на себя (петля); не прочитан' },
  'file-not-regular': {
    en: {
      pipe: () => 'is a named pipe (FIFO), not a regular file; it was not read',
      socket: () => 'is a socket, not a regular file; it was not read',
      device: () => 'is a device, not a regular file; it was not read',
      special: () => 'is a special file, not a regular file; it was not read',
    },
    ru: {
      pipe: () => 'именованный канал, а не обычный файл; не прочитан',
      socket: () => 'сокет, а не обычный файл; не прочитан',
      device: () => 'устройство, а не обычный файл; не прочитан',
      special: () => 'особый файл, а не обычный; не прочитан',
    },
  },
  'file-outside-deck': {
    en: () => 'is a link to a file outside the deck folder (or a broken link) and was not read',
    ru: () => 'ссылка на файл вне папки презентации (или битая ссылка); не прочитан',
  },
  'file-too-large': {
    en: (p) => `is ${p.v('size')} MB; slide files over ${p.v('limit')} MB are not opened`,
    ru: (p) => `размер ${p.v('size')} МБ; файлы слайдов больше ${p.v('limit')} МБ не открываются`,
  },
  'file-unreadable': { en: (p) => `cannot be read: ${p.v('error')}`, ru: (p) => `не удалось прочитать: ${p.v('error')}` },
  'font-missing': {
    en: (p) =>
      `${p.v('script')} text (${p.c('sample')}) has no font on this machine, so it shows as empty boxes on screen and in PDFs; install one that covers it (on Debian/Ubuntu: apt-get install ${p.v('package')})`,
    ru: (p) => `для текста ${p.c('sample')} на этом компьютере нет шрифта: на экране и в PDF он будет пустыми квадратами; установите подходящий шрифт (в Debian и Ubuntu — пакет ${p.c('package')})`,
  },
  'front-matter-duration': { en: (p) => `cannot read duration ${p.c('value')}; write e.g. 5m`, ru: (p) => `не удалось прочитать длительность ${p.c('value')}; пишите, например, \`5m\`` },
  'front-matter-flag': { en: (p) => `${p.c('key')} should be true or false, not ${p.c('value')}`, ru: (p) => `${p.c('key')} должен быть \`true\` или \`false\`, а не ${p.c('value')}` },
  'front-matter-foreign-key': {
    en: (p) => `${p.c('key')} (a Marp, reveal-md or Slidev setting) is understood but not applied by Lectern`,
    ru: (p) => `${p.c('key')} (настройка другой программы показа слайдов) понятна, но Lectern её не применяет`,
  },
  'front-matter-language': {
    en: (p) => `front matter in ${p.c('language')} is never run; use YAML between --- lines`,
    ru: (p) => `настройки на ${p.c('language')} никогда не выполняются; пишите YAML между строками \`---\``,
  },
  'front-matter-unknown-key': { en: (p) => `unknown front-matter key ${p.c('key')} (known: ${p.v('known')})`, ru: (p) => `неизвестный ключ настроек файла ${p.c('key')} (известные: ${p.v('known')})` },
  'heading-divider': {
    en: () => '`headingDivider` should be a heading level from 1 to 6 or a list of levels; ignored',
    ru: () => '`headingDivider` должен быть уровнем заголовка от 1 до 6 или списком уровней; пропущено',
  },
  'image-corrupt': {
    en: (p) => `${p.c('asset')} is not a readable ${p.v('format')} image (damaged or misnamed); it is not shown`,
    ru: (p) => `${p.c('asset')} — не читаемое изображение ${p.v('format')} (повреждено или названо не так); оно ${NOT_SHOWN_RU}`,
  },
  'image-remote': {
    en: {
      image: (p) => `${p.c('url')} is not shown: Lectern never loads from the network; save the image into the deck folder and link it relatively`,
      background: (p) => `background ${p.c('url')} is not shown: Lectern never loads from the network; save the image into the deck folder and name it relatively`,
    },
    ru: {
      image: (p) => `${p.c('url')} не показано: Lectern ничего не загружает из сети; сохраните изображение в папку презентации и укажите относительный путь`,
      background: (p) => `фон ${p.c('url')} не показан: Lectern ничего не загружает из сети; сохраните изображение в папку презентации и укажите относительный путь`,
    },
  },
  'image-too-large': {
    en: (p) => `${p.c('asset')} is ${p.v('width')} × ${p.v('height')} pixels; images over ${p.v('limit')} megapixels are not shown (decoding it could exhaust memory)`,
    ru: (p) => `${p.c('asset')}: ${p.v('width')} × ${p.v('height')} пикселей; изображения больше ${p.v('limit')} мегапикселей не показываются (на их распаковку может не хватить памяти)`,
  },
  'import-missing': {
    en: {
      outside: (p) => `\`src: ${p.v('src')}\` is not a .md file inside the deck folder; its slides are left out`,
      depth: (p) => `\`src: ${p.v('src')}\` nests imports more than ${p.v('depth')} deep; its slides are left out`,
      missing: (p) => `\`src: ${p.v('src')}\` is missing or could not be read; its slides are left out`,
    },
    ru: {
      outside: (p) => `\`src: ${p.v('src')}\` — не файл \`.md\` в папке презентации; его слайды пропущены`,
      depth: (p) => `\`src: ${p.v('src')}\` вкладывает подключения глубже ${p.v('depth')} уровней; его слайды пропущены`,
      missing: (p) => `\`src: ${p.v('src')}\` не найден или не читается; его слайды пропущены`,
    },
  },
  'interrupted-rename': {
    en: (p) => `is hidden as ${p.c('hidden')} by a reorder or rename that was interrupted; opening the deck in Lectern (present or serve) puts it back`,
    ru: (p) => `спрятан под именем ${p.c('hidden')} прерванной перестановкой или переименованием; открытие презентации в Lectern вернёт его на место`,
  },
  'link-refused': {
    en: (p) => `the link to ${p.c('url')} points outside the deck folder or uses a scheme Lectern does not open; its text is shown without the link`,
    ru: (p) => `ссылка на ${p.c('url')} ведёт за пределы папки презентации или использует схему, которую Lectern не открывает; её текст показан без ссылки`,
  },
  'math-error': {
    en: (p) => `cannot typeset ${p.c('tex')}: ${p.v('error')}; it is shown as written`,
    ru: (p) => `не удалось набрать формулу ${p.c('tex')} (${p.v('error')}); она показана как написана`,
  },
  'nested-decks': {
    en: {
      only: (p) =>
        `this folder has no slide files of its own, but its subfolders ${p.v('folders')}${p.n('more') ? ` and ${p.v('more')} more` : ''} are decks: open one of them (e.g. \`lectern present ${p.v('first')}\`)`,
      also: (p) => `the subfolders ${p.v('folders')}${p.n('more') ? ` and ${p.v('more')} more` : ''} hold slide files of their own; they are separate decks and not part of this one`,
    },
    ru: {
      only: (p) => `в этой папке нет своих файлов слайдов, но её подпапки ${p.v('folders')}${p.n('more') ? ` и ещё ${p.v('more')}` : ''} — презентации: откройте одну из них (${p.v('first')})`,
      also: (p) => `в подпапках ${p.v('folders')}${p.n('more') ? ` и ещё ${p.v('more')}` : ''} свои файлы слайдов; это отдельные презентации, не часть этой`,
    },
  },
  'order-missing-file': { en: (p) => `\`order\` lists ${p.v('name')}, which is not in the deck`, ru: (p) => `в \`order\` указан ${p.v('name')}, а такого файла в презентации нет` },
  'separator-refused': {
    en: {
      'not-text': (p) => `${p.c('key')} should be a regular expression written as text; the default is used instead`,
      long: (p) => `${p.c('key')} is longer than ${p.v('max')} characters; the default is used instead`,
      invalid: (p) => `${p.c('key')} is not a valid regular expression (${p.v('error')}); the default is used instead`,
      slow: (p) => `${p.c('key')} could take exponential time on some text (nested repetition such as \`(a+)+\`); simplify it; the default is used instead`,
      empty: (p) => `${p.c('key')} matches empty text, so it would cut everywhere; the default is used instead`,
    },
    ru: {
      'not-text': (p) => `${p.c('key')} должен быть регулярным выражением, записанным текстом; используется значение по умолчанию`,
      long: (p) => `${p.c('key')} длиннее ${p.v('max')} символов; используется значение по умолчанию`,
      invalid: (p) => `${p.c('key')} — некорректное регулярное выражение (${p.v('error')}); используется значение по умолчанию`,
      slow: (p) => `${p.c('key')} может работать экспоненциально долго (вложенное повторение вроде \`(a+)+\`); упростите его; используется значение по умолчанию`,
      empty: (p) => `${p.c('key')} совпадает с пустым текстом и резал бы везде; используется значение по умолчанию`,
    },
  },
  'slide-empty': { en: () => 'empty slide skipped', ru: () => 'пустой слайд пропущен' },
  'slide-overflow': {
    en: {
      deck: (p) => `slide ${p.v('slide')} does not fit even shrunk to ${p.v('scale')}%: its end is cut off. Split it or shorten it.`,
      file: (p) => `this file’s slide ${p.v('slide')} does not fit even shrunk to ${p.v('scale')}%: its end is cut off. Split it or shorten it.`,
    },
    ru: {
      deck: (p) => `слайд ${p.v('slide')} не помещается даже при уменьшении до ${p.v('scale')}%: его конец обрезан. Разделите или сократите его.`,
      file: (p) => `слайд ${p.v('slide')} этого файла не помещается даже при уменьшении до ${p.v('scale')}%: его конец обрезан. Разделите или сократите его.`,
    },
  },
  'slide-too-complex': {
    en: () => 'this slide is too complex to render (it took too long or too much memory); simplify its Markdown',
    ru: () => 'слайд слишком сложен для отображения (слишком долго или слишком много памяти); упростите его разметку',
  },
  'url-refused': {
    en: (p) => `${p.c('url')} points outside the deck folder or uses a scheme Lectern does not load; only files inside the deck, http(s) and mailto links are allowed`,
    ru: (p) => `${p.c('url')} ведёт за пределы папки презентации или использует схему, которую Lectern не загружает; разрешены только файлы презентации и ссылки \`http(s)\` и \`mailto\``,
  },
  'vue-component': {
    en: (p) => `\`<${p.v('name')}>\` is a Vue component, which Lectern cannot run: its text is shown as plain content`,
    ru: (p) => `\`<${p.v('name')}>\` — компонент Vue, Lectern не может его выполнить: его текст показан как обычное содержимое`,
  },
  'yaml-aliases': { en: (p) => `YAML refused: ${p.v('error')}`, ru: (p) => `YAML отклонён: ${p.v('error')}` },
  'yaml-not-mapping': { en: () => 'settings must be a list of `key: value` lines', ru: () => 'настройки должны быть строками вида `ключ: значение`' },
  'yaml-syntax': { en: (p) => `invalid YAML: ${p.v('error')}`, ru: (p) => `ошибка в YAML: ${YAML_ERRORS_RU[p.v('yamlCode')] ?? p.v('error')}` },
  'yaml-too-large': { en: (p) => `settings block is larger than ${p.v('limit')} KB and was ignored`, ru: (p) => `блок настроек больше ${p.v('limit')} КБ и пропущен` },
};
