import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/analysis/random-play.ts';
import { markTerms, RevealClock, typeset, type TermForms } from '../../../src/reader/text-marks.ts';

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

  it('marks a shorter form where the longer one runs on into a word', () => {
    expect(markTerms('Gen.X and Gen. Y', [{ id: 'general', forms: ['Gen.', 'Gen'] }])).toEqual([
      { text: 'Gen', term: 'general' },
      { text: '.X and Gen. Y', term: null },
    ]);
  });

  it('finds what one pattern with Unicode word edges finds, in hundreds of seeded texts', () => {
    // The plain reading of "whole words, any case": a letter or digit on neither side of the form.
    const reference = (text: string, term: TermForms) => {
      const forms = term.forms.filter((f) => f.trim().length > 0).toSorted((a, b) => b.length - a.length);
      if (forms.length === 0) return null;
      const escaped = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const found = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu').exec(text);
      return found ? text.slice(found.index, found.index + found[0].length) : null;
    };
    const random = seededRandom(1954);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    // Among them characters that case folding treats apart: a Kelvin sign, a long s, a combining
    // ypogegrammeni (a mark that folds to a letter), and a letter outside the Basic Multilingual Plane.
    const pieces = [
      'zek',
      'Zek',
      'ZEKS',
      'зэк',
      'Зэки',
      'lag',
      'punkt',
      'é',
      '2',
      '.',
      '-',
      ' ',
      ' ',
      '’',
      '(',
      '𝐀',
      '\u212A',
      'ſ',
      '\u0345',
    ];
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(pieces)).join('');
      const forms = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(pieces)).join(''),
      );
      const term = { id: 't', forms };
      const marked = markTerms(text, [term]).find((segment) => segment.term === 't')?.text ?? null;
      expect({ text, forms, marked }).toEqual({ text, forms, marked: reference(text, term) });
    }
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
