import { describe, expect, it } from 'vitest';
import { countFragmentSteps } from './fragments';

describe('countFragmentSteps', () => {
  it('counts one step per fragment and one per shared index', () => {
    expect(countFragmentSteps('<h1>T</h1><p>no steps</p>')).toBe(0);
    expect(countFragmentSteps('<p class="fragment">a</p><p class="fragment fade-up">b</p>')).toBe(2);
    expect(countFragmentSteps('<li class="fragment" data-fragment-index="1">a</li><li class="fragment" data-fragment-index="1">b</li><li class="fragment">c</li>')).toBe(2);
  });
  it('does not count classes that only contain the word', () => {
    expect(countFragmentSteps('<p class="fragmented not-fragment">x</p><p class=fragment>y</p>')).toBe(1);
  });
});
