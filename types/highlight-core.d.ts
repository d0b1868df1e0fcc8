// The part of highlight.js that src/core/highlight.ts uses, for tsconfig.core.json only:
// highlight.js's own typings reference the DOM library, which would give core `document`.
type LanguageDefinition = import('./highlight-language').default;
declare const hljs: {
  registerLanguage(name: string, language: LanguageDefinition): void;
  getLanguage(name: string): object | undefined;
  highlight(code: string, options: { language: string; ignoreIllegals?: boolean }): { value: string };
};
export default hljs;
