import { describe, expect, it } from 'vitest';
import { markTerms, RevealClock, typeset } from '../../../src/reader/text-marks.ts';

describe('marking glossary terms', () => {
  it('marks the first appearance of each term, whole words, any case', () => {
    expect(markTerms('The Zek and the zeks: a zek again.', [{ id: 'zek', forms: ['zek', 'zeks'] }])).toEqual([
      { text: 'The ', term: null },
      { text: 'Zek', term: 'zek' },
      { text: ' and the zeks: a zek again.', term: null },
    ]);
  });

  it('prefers the longest form and never matches inside a word', () => {
    expect(markTerms('two lagpunkts', [{ id: 'lagpunkt', forms: ['lagpunkt', 'lagpunkts'] }])).toEqual([
      { text: 'two ', term: null },
      { text: 'lagpunkts', term: 'lagpunkt' },
    ]);
    expect(markTerms('a zekological study', [{ id: 'zek', forms: ['zek'] }])).toEqual([{ text: 'a zekological study', term: null }]);
  });

  it('handles several terms, regex characters and missing terms', () => {
    const segments = markTerms('On the vagonki, the (nadziratel) watched.', [
      { id: 'warder', forms: ['(nadziratel)'] },
      { id: 'vagonki', forms: ['vagonki'] },
      { id: 'absent', forms: ['kum'] },
      { id: 'empty', forms: [] },
    ]);
    expect(segments.map((s) => s.term)).toEqual([null, 'vagonki', null, 'warder', null]);
    expect(segments.map((s) => s.text).join('')).toBe('On the vagonki, the (nadziratel) watched.');
  });

  it('keeps empty text as one segment', () => {
    expect(markTerms('', [])).toEqual([{ text: '', term: null }]);
  });
});

describe('the reveal clock', () => {
  it('starts each line after the characters before it (spaces not counted), with a pause between lines', () => {
    const clock = new RevealClock(10, 100);
    expect(clock.line('The lock.')).toBe(0);
    expect(clock.line('Next')).toBe(180);
    expect(clock.total).toBe(220);
  });

  it('has nothing to wait for before the first line or after an empty story', () => {
    expect(new RevealClock(10, 100).total).toBe(0);
  });

  it('shows everything at once at 0 ms per character', () => {
    const clock = new RevealClock(0);
    clock.line('anything');
    expect(clock.line('more')).toBe(0);
    expect(clock.total).toBe(0);
  });
});

describe('typesetting', () => {
  it('curls quotes and apostrophes', () => {
    expect(typeset(`"I'll remember the water, sister," he says.`)).toBe('“I’ll remember the water, sister,” he says.');
    expect(typeset(`She said 'no' -- twice...`)).toBe('She said ‘no’ – twice…');
    expect(typeset(`the men's zone, 'the wall'`)).toBe('the men’s zone, ‘the wall’');
  });
});
