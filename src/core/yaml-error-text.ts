/**
 * What the YAML parser's error codes mean, in Russian, so a settings mistake is explained in the
 * UI language; a code not listed is shown with the parser's own English words.
 */
export const YAML_ERRORS_RU: Readonly<Record<string, string | undefined>> = {
  ALIAS_PROPS: 'у ссылки-псевдонима не может быть тега или якоря',
  BAD_ALIAS: 'неверная ссылка-псевдоним',
  BAD_DIRECTIVE: 'неверная директива',
  BAD_DQ_ESCAPE: 'неверная escape-последовательность в строке в двойных кавычках',
  BAD_INDENT: 'неверный отступ',
  BAD_PROP_ORDER: 'тег и якорь стоят не в том порядке',
  BAD_SCALAR_START: 'значение не может начинаться с этого символа; возьмите его в кавычки',
  BLOCK_AS_IMPLICIT_KEY: 'блок нельзя использовать как ключ',
  BLOCK_IN_FLOW: 'блочная запись внутри записи в скобках',
  DUPLICATE_KEY: 'ключ повторяется',
  IMPOSSIBLE: 'внутренняя ошибка разбора',
  MISSING_CHAR: 'не хватает закрывающего символа (кавычки или скобки)',
  MULTILINE_IMPLICIT_KEY: 'ключ не может занимать несколько строк; проверьте двоеточия и кавычки',
  MULTIPLE_ANCHORS: 'у значения несколько якорей',
  MULTIPLE_DOCS: 'в блоке настроек несколько документов',
  MULTIPLE_TAGS: 'у значения несколько тегов',
  NON_STRING_KEY: 'ключ должен быть текстом',
  RESOURCE_EXHAUSTION: 'слишком много ссылок-псевдонимов',
  TAB_AS_INDENT: 'табуляция в отступе; используйте пробелы',
  TAG_RESOLVE_FAILED: 'не удалось прочитать значение с тегом',
  UNEXPECTED_TOKEN: 'неожиданный символ',
  BAD_COLLECTION_TYPE: 'тип списка или словаря не подходит',
};
