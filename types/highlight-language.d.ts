// A highlight.js language module, opaque to core (see highlight-core.d.ts).
declare const language: (hljs: object) => object;
export default language;
