import { StoryRuntimeError } from '../engine/errors.ts';
import { StoryRunner } from '../engine/runner.ts';
import { countWords } from './explore.ts';

/** A small, fast seeded generator (mulberry32): the same seed gives the same playthroughs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random playthrough. */
export interface Playthrough {
  readonly choices: number;
  readonly words: number;
  readonly ending: string | null;
  /** The choice path taken (for reproducing a failure). */
  readonly path: readonly number[];
  readonly error: string | null;
}

/** Summary of many random playthroughs. */
export interface RandomPlayReport {
  readonly seed: number;
  readonly runs: readonly Playthrough[];
  readonly medianChoices: number;
  readonly medianWords: number;
  readonly endings: Readonly<Record<string, number>>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Plays the story `count` times, choosing uniformly at random with a seeded generator. For stories
 * too large to exhaust, and for the median figures. A failure names the seed and the path.
 */
export function randomPlaythroughs(
  storyJson: string,
  count: number,
  seed: number,
  entry: string | null = null,
  maxTurns = 2000,
): RandomPlayReport {
  const random = seededRandom(seed);
  const runs: Playthrough[] = [];
  for (let i = 0; i < count; i++) {
    const runner = new StoryRunner(storyJson, { entry });
    const path: number[] = [];
    let words = runner.current.lines.reduce((sum, l) => sum + countWords(l.text), 0);
    let error: string | null = null;
    try {
      while (!runner.current.ended && path.length < maxTurns) {
        const choices = runner.current.choices;
        const pick = choices[Math.floor(random() * choices.length)]!;
        path.push(pick.index);
        const beat = runner.choose(pick.index);
        words += beat.lines.reduce((sum, l) => sum + countWords(l.text), 0);
      }
    } catch (cause) {
      if (!(cause instanceof StoryRuntimeError)) throw cause;
      error = cause.message;
    }
    runs.push({ choices: path.length, words, ending: runner.current.ending, path, error });
  }
  const endings: Record<string, number> = {};
  for (const run of runs) {
    const key = run.ending ?? (run.error ? '(error)' : '(dead end)');
    endings[key] = (endings[key] ?? 0) + 1;
  }
  return { seed, runs, medianChoices: median(runs.map((r) => r.choices)), medianWords: median(runs.map((r) => r.words)), endings };
}
