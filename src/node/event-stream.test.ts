import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { makeDeckUpdateSteps, runSteps } from '../core/deck-update-steps';
import { eventSender } from './event-stream';
import { jsonParts } from './sliced-json';

const deck = (texts: string[]) => buildDeck({ files: texts.map((text, i) => ({ name: `${i}.md`, text })), config: 'title: T\n', folderName: 'd' });

describe('server-sent events of a large deck', () => {
  it('a deck update made in slices parses to the same value as one JSON.stringify', async () => {
    const first = { deck: deck(Array.from({ length: 600 }, (_, i) => `# S${i}\n\ntext "${i}" \\ é`)), folderName: 'Итоги', revision: 1 };
    const whole = runSteps(makeDeckUpdateSteps(null, first));
    expect(JSON.parse((await jsonParts(whole)).join(''))).toEqual(JSON.parse(JSON.stringify(whole)));
    const next = runSteps(makeDeckUpdateSteps(first, { ...first, deck: { ...first.deck, slides: first.deck.slides.slice(1) }, revision: 2 }));
    expect(JSON.parse((await jsonParts(next)).join(''))).toEqual(JSON.parse(JSON.stringify(next)));
  });

  it('the position sent after a deck update reaches clients after that update', async () => {
    const written: string[] = [];
    const send = eventSender(new Set([{ write: (chunk: Uint8Array) => written.push(Buffer.from(chunk).toString('utf8')) }]));
    const update = runSteps(makeDeckUpdateSteps(null, { deck: deck(Array.from({ length: 2000 }, (_, i) => `# S${i}`)), folderName: 'd', revision: 1 }));
    send({ name: 'deck', value: update });
    send({ name: 'presentation', value: { now: 1, lastRun: null } as never });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const events = written.join('').split('\n\n').slice(0, -1);
    expect(events.map((e) => e.slice(0, e.indexOf('\n')))).toEqual(['event: deck', 'event: presentation']);
    expect(JSON.parse(events[0]!.slice(events[0]!.indexOf('data: ') + 6))).toEqual(JSON.parse(JSON.stringify(update)));
  });
});
