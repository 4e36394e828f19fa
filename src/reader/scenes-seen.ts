/**
 * The story's scenes (ink knots) this device has shown, for the story map: knot names only, nothing
 * about the player. Kept under the storage prefix like the endings found.
 */

import type { Beat } from '../engine/runner.ts';

export const SCENES_SEEN_KEY = 'scenes-seen';

/** The scenes (ink knots) the beats' lines came from, in order, with repeats. */
export function scenesOf(beats: readonly Beat[]): string[] {
  return beats.flatMap((beat) => beat.lines.flatMap((line) => (line.knotName ? [line.knotName] : [])));
}

/** The scenes seen, from storage text; anything unreadable is left out, never an error. */
export function parseScenesSeen(text: string | null): readonly string[] {
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string' && /^[A-Za-z_][\w]*$/.test(name)) : [];
  } catch {
    return [];
  }
}

/** The list with `names` added once each, in the order seen; the same list when nothing is new. */
export function withScenesSeen(seen: readonly string[], names: Iterable<string>): readonly string[] {
  const fresh = [...new Set(names)].filter((name) => !seen.includes(name));
  return fresh.length === 0 ? seen : [...seen, ...fresh];
}
