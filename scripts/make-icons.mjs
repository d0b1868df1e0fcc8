#!/usr/bin/env node
// Rasterizes resources/icons/icon.svg into the icons the installers use: PNG 512 and 1024
// (Linux, and the source of the others), .ico (Windows) and .icns (macOS). Run after editing
// the SVG (`npm run icons`); the outputs are committed so `npm run dist` needs no rasterizer.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../resources/icons');
const svg = readFileSync(path.join(dir, 'icon.svg'));
const png = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

const big = png(1024);
// Named by size: electron-builder's Linux targets take every <size>x<size>.png of the folder.
writeFileSync(path.join(dir, '1024x1024.png'), big);
for (const size of [512, 256, 128, 64, 32]) writeFileSync(path.join(dir, `${size}x${size}.png`), png(size));
writeFileSync(path.join(dir, 'icon.ico'), png2icons.createICO(big, png2icons.BICUBIC2, 0, false, true));
writeFileSync(path.join(dir, 'icon.icns'), png2icons.createICNS(big, png2icons.BICUBIC2, 0));
console.log(`icons written to ${dir}`);
