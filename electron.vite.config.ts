import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

// One build for the three Electron targets. The CLI shares the main (Node) build: it is plain
// Node code and must not depend on Electron being installable.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve('src/main/index.ts'), cli: resolve('src/cli/index.ts'), bench: resolve('bench/run.ts'), 'render-worker': resolve('src/node/render-worker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file that requires nothing but electron.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    build: {
      outDir: 'out/renderer',
      emptyOutDir: true,
      assetsInlineLimit: 0,
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          print: resolve('src/renderer/print.html'),
          console: resolve('src/renderer/console.html'),
          edit: resolve('src/renderer/edit.html'),
          export: resolve('src/renderer/export.html'),
        },
      },
    },
  },
});
