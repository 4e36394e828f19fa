import { describe, expect, it } from 'vitest';
import { PERSPECTIVES } from '../../../src/engine/perspectives.ts';
import { ENDING_SUMMARIES, endingLabel, parseEndingsFound, withEndingFound } from '../../../src/reader/endings.ts';

describe('the endings found on this device', () => {
  it('reads what was stored, leaving out anything unreadable or unknown', () => {
    expect(parseEndingsFound(null)).toEqual([]);
    expect(parseEndingsFound('not json')).toEqual([]);
    expect(parseEndingsFound('{"a":1}')).toEqual([]);
    expect(parseEndingsFound('["ending_quiet", 3, "ending_from_an_old_version", "ending_letters"]')).toEqual([
      'ending_quiet',
      'ending_letters',
    ]);
  });

  it('adds an ending once, in the order found, and ignores ids the story does not have', () => {
    const one = withEndingFound([], 'ending_named');
    expect(one).toEqual(['ending_named']);
    expect(withEndingFound(one, 'ending_named')).toBe(one);
    expect(withEndingFound(one, 'ending_nowhere')).toBe(one);
    expect(withEndingFound(one, 'ending_killed')).toEqual(['ending_named', 'ending_killed']);
  });

  it('names whose ending it is where perspectives mix, and has a summary for every perspective’s endings', () => {
    expect(endingLabel('ending_dispersed')).toBe('Daryna: sent east with the transports');
    expect(endingLabel('ending_fyodor_east')).toBe('Fyodor: sent east with the transports');
    expect(endingLabel('ending_from_nowhere')).toBe('ending_from_nowhere');
    expect(PERSPECTIVES.flatMap((p) => p.endings).toSorted()).toEqual(Object.keys(ENDING_SUMMARIES).toSorted());
  });
});
