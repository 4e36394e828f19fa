import { describe, expect, it } from 'vitest';
import { parseScenesSeen, withScenesSeen } from '../../../src/reader/scenes-seen.ts';

describe('scenes seen on this device', () => {
  it('reads knot names back, and treats anything unreadable as nothing seen', () => {
    expect(parseScenesSeen('["prologue","gate_search"]')).toEqual(['prologue', 'gate_search']);
    expect(parseScenesSeen('["prologue", 3, "<img>", null]')).toEqual(['prologue']);
    expect(parseScenesSeen('{"a":1}')).toEqual([]);
    expect(parseScenesSeen('not json')).toEqual([]);
    expect(parseScenesSeen(null)).toEqual([]);
  });

  it('adds new names once, in order, and keeps the same list when nothing is new', () => {
    const seen = ['prologue'];
    expect(withScenesSeen(seen, ['prologue'])).toBe(seen);
    expect(withScenesSeen(seen, ['gate_search', 'prologue', 'gate_search', 'wall_saturday'])).toEqual([
      'prologue',
      'gate_search',
      'wall_saturday',
    ]);
  });
});
