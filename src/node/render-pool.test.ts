import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderPool } from './render-pool';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../test/support/render-worker-stub.mjs');
const pools: RenderPool<string>[] = [];
const makePool = (timeoutMs = 400): RenderPool<string> => {
  const pool = new RenderPool<string>(SCRIPT, { timeoutMs, maxOldGenerationSizeMb: 48 });
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('RenderPool (rendering off the main thread with limits)', () => {
  it('renders every text in order', async () => {
    expect(await makePool().render(['a', 'b', 'c'])).toEqual(['A', 'B', 'C']);
    expect(await makePool().render([])).toEqual([]);
  });
  it('a text that takes too long is null; the ones after it still render; the main thread stays free', async () => {
    const pool = makePool();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = Date.now();
    const results = await pool.render(['a', 'hang', 'b']);
    clearInterval(ticker);
    expect(results).toEqual(['A', null, 'B']);
    // The event loop kept running while the worker spun (about 400 ms / 20 ms).
    expect(ticks).toBeGreaterThan(5);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
  it('a text that exhausts the worker heap is null and the next batch gets a fresh worker', async () => {
    const pool = makePool(20_000);
    expect(await pool.render(['x', 'oom', 'y'])).toEqual(['X', null, 'Y']);
    expect(await pool.render(['z'])).toEqual(['Z']);
  });
  it('a crashed worker is replaced', async () => {
    const pool = makePool();
    expect(await pool.render(['exit', 'after'])).toEqual([null, 'AFTER']);
  });
  it('a main thread that was itself busy does not blame texts whose results are queued', async () => {
    const pool = makePool(200);
    await pool.render(['warm-up']);
    const pending = pool.render(['a', 'b', 'c']);
    const until = Date.now() + 1000;
    while (Date.now() < until); // the host blocked for five timeouts
    expect(await pending).toEqual(['A', 'B', 'C']);
  });
  it('batches queue one after another', async () => {
    const pool = makePool();
    const [a, b] = await Promise.all([pool.render(['1', 'hang']), pool.render(['2'])]);
    expect(a).toEqual(['1', null]);
    expect(b).toEqual(['2']);
  });
});
