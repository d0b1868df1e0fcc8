import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { importsOf, layerViolations } from './layers.mjs';

const rel = (file: string, spec: string) => path.posix.join(path.posix.dirname(file), spec);

describe('layering rule', () => {
  it('finds static, side-effect, dynamic and require imports', () => {
    expect(importsOf(`import a from 'x';\nimport 'y.css';\nexport { b } from "./z";\nconst c = await import('w');\nrequire('v');`)).toEqual(['x', 'y.css', './z', 'w', 'v']);
  });
  it('keeps core pure', () => {
    expect(layerViolations('src/core/a.ts', `import fs from 'node:fs';`, rel)).toHaveLength(1);
    expect(layerViolations('src/core/a.ts', `import { x } from '../node/y';`, rel)).toHaveLength(1);
    expect(layerViolations('src/core/a.ts', `import { Marked } from 'marked';\nimport { b } from './b';\nimport hljs from 'highlight.js/lib/core';`, rel)).toEqual([]);
    // A package whose name merely starts with an allowed one is not allowed.
    expect(layerViolations('src/core/a.ts', `import x from 'yaml-evil';`, rel)).toHaveLength(1);
  });
  it('keeps the renderer away from node and electron, and the preload to electron and shared', () => {
    expect(layerViolations('src/renderer/a.ts', `import { ipcRenderer } from 'electron';`, rel)).toHaveLength(1);
    expect(layerViolations('src/renderer/a.ts', `import { readFile } from 'fs';`, rel)).toHaveLength(1);
    expect(layerViolations('src/preload/index.ts', `import { loadDeck } from '../node/read-deck';`, rel)).toHaveLength(1);
    expect(layerViolations('src/preload/index.ts', `import { contextBridge } from 'electron';\nimport { Channels } from '../shared/contract';`, rel)).toEqual([]);
  });
  it('keeps electron out of node', () => {
    expect(layerViolations('src/node/a.ts', `import { app } from 'electron';`, rel)).toHaveLength(1);
  });
});
