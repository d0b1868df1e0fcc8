import { stat } from 'node:fs/promises';
import { diagnostic } from '../core/diagnostic-text';
import { lineOf } from '../core/front-matter-checks';
import type { Deck } from '../core/types';
import { checkImageFile, type ImageProblem } from './image-header';
import { resolveInsideDeck } from './paths';

/**
 * Checks that every file a slide refers to is a regular file inside the deck folder `root` with a
 * sound image header: stamps the found ones in `deck.assetVersions` (views reload them when the
 * stamp changes) and adds a diagnostic at the line of each reference that is missing, special or
 * refused.
 */
export async function checkDeckAssets(deck: Deck, root: string): Promise<void> {
  const refs = deck.slides.flatMap((slide) => slide.assets.map((asset) => ({ slide, asset })));
  // One look-up per distinct file: a logo on 500 slides is checked once per reload.
  const distinct = [...new Set(refs.map((r) => r.asset))];
  const special = new Set<string>();
  const refused = new Map<string, ImageProblem>();
  // Each file's modification stamp, or null when it is not a regular file inside the deck.
  const found = new Map(
    await Promise.all(
      distinct.map(async (asset) => {
        const real = await resolveInsideDeck(root, asset);
        // Only regular files count as found: a FIFO or device named `logo.png` is never opened.
        const info = real ? await stat(real).catch(() => null) : null;
        if (info && !info.isFile()) special.add(asset);
        const stamp = info?.isFile() ? info.mtimeMs : null;
        // Images whose header is broken or promises a bomb are not shown (no version: a placeholder).
        const problem = real && stamp !== null ? await checkImageFile(real, stamp).catch(() => null) : null;
        if (problem) refused.set(asset, problem);
        return [asset, stamp] as const;
      }),
    ),
  );
  for (const [asset, stamp] of found) if (stamp !== null && !refused.has(asset)) deck.assetVersions[asset] = stamp;
  refs.forEach(({ slide, asset }) => {
    // The line of the reference itself: the written path, or failing that its file name.
    const at = Math.max(lineOf(slide.source, asset), lineOf(slide.source, asset.split('/').pop() ?? asset));
    const problem = refused.get(asset);
    if (!problem && found.get(asset) !== null) return;
    const { code } = problem ?? (special.has(asset) ? { code: 'asset-not-regular' } : { code: 'asset-missing' });
    deck.diagnostics.push(diagnostic({ severity: code === 'image-too-large' ? 'error' : 'warning', code, file: slide.file, line: slide.line + at, params: { asset, ...problem?.params } }));
  });
}
