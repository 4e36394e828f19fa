import { describe, expect, it } from 'vitest';
import { EMPTY_KNOT_STATE, PLACES, SCENES, type KnotState } from '../../../src/engine/tags.ts';
import { compositionFor, compositionKey, PLACE_SCENES } from '../../../src/scenes/composition.ts';

const knot = (over: Partial<KnotState>): KnotState => ({ ...EMPTY_KNOT_STATE, ...over });

describe('compositionFor', () => {
  it('falls back to the open steppe by day when a knot says nothing', () => {
    expect(compositionFor(EMPTY_KNOT_STATE)).toMatchObject({ scene: 'steppe', time: 'day', intensity: 1 });
  });

  it('maps every place to a scene the layer can paint', () => {
    for (const place of PLACES) expect(SCENES).toContain(PLACE_SCENES[place]);
    expect(compositionFor(knot({ place: 'interrogation_room' })).scene).toBe('interrogation');
  });

  it('prefers the scene tag over the place', () => {
    expect(compositionFor(knot({ place: 'gate', scene: 'kites' })).scene).toBe('kites');
  });

  it('shows the breach in the wall only between the breakthrough and the assault', () => {
    expect(compositionFor(knot({ scene: 'wall', act: 'prologue' })).breach).toBe(false);
    expect(compositionFor(knot({ scene: 'wall', act: 'breakthrough' })).breach).toBe(true);
    expect(compositionFor(knot({ scene: 'wall', act: 'aftermath' })).breach).toBe(false);
  });

  it('does not fade between beats that show the same picture', () => {
    const a = compositionFor(knot({ scene: 'sick_bay', act: 'commission', time: 'day' }));
    const b = compositionFor(knot({ scene: 'sick_bay', act: 'forty_days', time: 'day', date: '1954-06-01' }));
    expect(compositionKey(a)).toBe(compositionKey(b));
    expect(compositionKey(a)).not.toBe(compositionKey({ ...a, time: 'night' }));
  });
});
