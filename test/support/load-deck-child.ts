/**
 * A child process for resource-limit tests (`prlimit --nofile=1024`): opens a deck the way
 * `lectern serve` does (first part, the rest in the background, the watcher) and prints what came
 * of it as JSON. argv: <deck>
 */
import { DeckSession } from '../../src/node/deck-session';

const session = new DeckSession(process.argv[2]!);
await session.open();
await session.watch();
const { deck } = await session.payload();
console.log(JSON.stringify({ slides: deck.slides.length, assets: Object.keys(deck.assetVersions).length, diagnostics: deck.diagnostics.map((d) => `${d.code}: ${d.file} ${d.message}`) }));
await session.close();
