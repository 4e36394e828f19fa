import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaid } from '../../../src/analysis/readability.ts';

describe('readability', () => {
  it.each([
    ['cat', 1],
    ['water', 2],
    ['barrack', 2],
    ['commission', 3],
    ['soldiers', 2],
    ['tired', 1],
  ])('counts syllables in %s', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });

  it('scores plain short sentences low and long learned ones high', () => {
    const plain = fleschKincaid(['The door is cold. You wait. The guard looks at you.']);
    const learned = fleschKincaid([
      'The administration’s systematic reorganisation of correctional institutions necessitated comprehensive documentation of prisoners’ individual circumstances.',
    ]);
    expect(plain.grade).toBeLessThan(3);
    expect(learned.grade).toBeGreaterThan(16);
    expect(plain).toMatchObject({ words: 11, sentences: 3 });
  });
});
