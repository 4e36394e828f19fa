import { describe, expect, it } from 'vitest';
import { markTerms, RevealClock, splitWords, typeset } from '../../../src/reader/text-marks.ts';

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

describe('the typewriter', () => {
  it('splits words keeping their spaces', () => {
    expect(splitWords('The lock  goes first.')).toEqual(['The ', 'lock  ', 'goes ', 'first.']);
    expect(splitWords('The lock  goes first.').join('')).toBe('The lock  goes first.');
    expect(splitWords('')).toEqual([]);
  });

  it('starts each word after the characters before it, with a pause between lines', () => {
    const clock = new RevealClock(10, 100);
    expect(clock.word('The ')).toBe(0);
    expect(clock.word('lock ')).toBe(30);
    clock.lineBreak();
    expect(clock.word('Next')).toBe(170);
    expect(clock.total).toBe(210);
  });

  it('shows everything at once at 0 ms per character', () => {
    const clock = new RevealClock(0);
    clock.word('anything');
    clock.lineBreak();
    expect(clock.word('more')).toBe(0);
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
