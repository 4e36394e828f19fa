import type { Beat } from '../engine/runner.ts';

/** The glossary ids the player has met, in the order they first appeared. */
export function termsSeen(history: readonly Beat[]): readonly string[] {
  const seen = new Set<string>();
  for (const beat of history) for (const line of beat.lines) for (const term of line.tags.terms) seen.add(term);
  return [...seen];
}

/** The fact ids of the lines the player has read, in the order they first appeared. */
export function factsSeen(history: readonly Beat[]): readonly string[] {
  const seen = new Set<string>();
  for (const beat of history) for (const line of beat.lines) for (const fact of line.tags.facts) seen.add(fact);
  return [...seen];
}
