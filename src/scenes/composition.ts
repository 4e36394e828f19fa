import type { Act, KnotState, Place, SceneId, TimeOfDay } from '../engine/tags.ts';

/** What the layer paints for one beat: everything that changes the picture, and nothing else. */
export interface CompositionSpec {
  readonly scene: SceneId;
  readonly time: TimeOfDay;
  readonly intensity: 1 | 2 | 3;
  /** The zone walls stand broken through (from the breakthrough until the assault). */
  readonly breach: boolean;
  /** The red-cross flag and the prisoners' banners of the forty days are up. */
  readonly selfGovernment: boolean;
}

export const DEFAULT_SCENE: SceneId = 'steppe';
export const DEFAULT_TIME: TimeOfDay = 'day';
const DEFAULT_INTENSITY = 1;

/** When a knot names a place but no scene, the place decides what is drawn. */
export const PLACE_SCENES: Readonly<Record<Place, SceneId>> = {
  women_barrack: 'barracks',
  women_zone: 'yard',
  service_yard: 'yard',
  wall: 'wall',
  men_zone: 'barracks',
  canteen: 'canteen',
  sick_bay: 'sick_bay',
  workshop: 'workshop',
  kitchen: 'canteen',
  bathhouse: 'barracks',
  construction_site: 'construction',
  column: 'gate',
  gate: 'gate',
  steppe: 'steppe',
  interrogation_room: 'interrogation',
  transport: 'transport',
  elsewhere: 'epilogue',
};

const BREACH_ACTS: ReadonlySet<Act> = new Set(['breakthrough', 'commission', 'forty_days', 'assault']);
const SELF_GOVERNMENT_ACTS: ReadonlySet<Act> = new Set(['commission', 'forty_days', 'assault']);

/** Scenes whose picture shows the broken walls, and those that show the flag. */
const SHOWS_BREACH: ReadonlySet<SceneId> = new Set(['wall', 'assault', 'yard']);
const SHOWS_FLAG: ReadonlySet<SceneId> = new Set(['yard', 'barracks', 'kites', 'assault', 'canteen']);

/** Resolves a knot state (any field may be null) to the composition to paint. */
export function compositionFor(knot: KnotState): CompositionSpec {
  const scene = knot.scene ?? (knot.place ? PLACE_SCENES[knot.place] : DEFAULT_SCENE);
  const act = knot.act;
  return {
    scene,
    time: knot.time ?? DEFAULT_TIME,
    intensity: knot.intensity ?? DEFAULT_INTENSITY,
    breach: act !== null && SHOWS_BREACH.has(scene) && BREACH_ACTS.has(act),
    selfGovernment: act !== null && SHOWS_FLAG.has(scene) && SELF_GOVERNMENT_ACTS.has(act),
  };
}

/** Two beats with the same key show the same picture, and the layer does not fade between them. */
export function compositionKey(spec: CompositionSpec): string {
  return [spec.scene, spec.time, spec.intensity, spec.breach ? 'breach' : 'whole', spec.selfGovernment ? 'flag' : 'bare'].join('|');
}
