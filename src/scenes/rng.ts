/** A seeded random source: the same seed paints the same picture, so a resize does not reshuffle a scene. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  range(min: number, max: number): number;
  /** A float in [-spread, spread). */
  jitter(spread: number): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
}

/** mulberry32: small, fast and good enough for brush strokes. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    jitter: (spread) => (next() * 2 - 1) * spread,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}

/** FNV-1a over a string, for turning a composition key into a seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
