import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The player of the single-file HTML export: one IIFE script and one stylesheet, fonts inlined
// as data: URLs, so the exporter can put everything into one file (src/node/export-html.ts).
export default defineConfig({
  build: {
    outDir: 'out/standalone',
    emptyOutDir: true,
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    lib: { entry: resolve('src/renderer/standalone/player.ts'), formats: ['iife'], name: 'LecternPlayer', fileName: () => 'player.js', cssFileName: 'player' },
    minify: true,
  },
});
