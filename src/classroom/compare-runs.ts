import { SaveError, StoryUsageError } from '../engine/errors.ts';
import { decodeRunCode } from '../engine/run-code.ts';
import { StoryRunner, type Beat, type StoryChoice } from '../engine/runner.ts';

/**
 * Two runs side by side (product.md, "Replay and compare"): both run codes are replayed on this
 * story, and the comparison says how far they went together, where they parted and what each chose
 * there, and what followed on each side. Computed on this device; the codes are not kept.
 */

export interface ComparedRun {
  readonly code: string;
  /** Every beat of the replayed run, oldest first; the last is where the run stands. */
  readonly beats: readonly Beat[];
  readonly ending: string | null;
  /** The run was made on an earlier version of the story and replayed only as far as its choices still fit. */
  readonly partial: boolean;
}

export interface RunComparison {
  readonly a: ComparedRun;
  readonly b: ComparedRun;
  /** How many beats the two runs have in common (the same text, then the same choice). */
  readonly shared: number;
  /**
   * Where they parted: the beat both saw last in common, and what each chose there (null when a
   * run stops at that beat). Null when the runs did not part by a choice: the same all the way, or
   * apart from the start, or told differently after the same choices (the story's chance).
   */
  readonly parting: { readonly beat: Beat; readonly a: StoryChoice | null; readonly b: StoryChoice | null } | null;
  /** The same beats and choices from start to end. */
  readonly same: boolean;
  /** The runs began at different starting points (another perspective) or with different chance. */
  readonly beganApart: boolean;
  /** Class votes (by decision id) at which the runs chose differently: [decision, option in A, option in B]. */
  readonly votesApart: readonly (readonly [string, string, string])[];
}

export type Comparison =
  { readonly ok: true; readonly comparison: RunComparison } | { readonly ok: false; readonly which: 'a' | 'b'; readonly message: string };

function replay(storyJson: string, code: string, storyHash?: string): ComparedRun | string {
  try {
    const run = decodeRunCode(code);
    const runner = new StoryRunner(storyJson, { seed: run.seed, entry: run.entry, storyHash });
    const report = runner.replay(run);
    return {
      code: code.trim(),
      beats: runner.history,
      ending: runner.current.ended ? runner.current.ending : null,
      partial: !report.complete,
    };
  } catch (error) {
    if (error instanceof SaveError) return error.message;
    if (error instanceof StoryUsageError) return 'This run code starts from a part of the story that this version does not have.';
    throw error;
  }
}

const sameText = (x: Beat, y: Beat): boolean =>
  x.lines.length === y.lines.length && x.lines.every((line, i) => line.text === y.lines[i]!.text);

function votes(run: ComparedRun): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const beat of run.beats) if (beat.chosen?.tags.vote) chosen.set(beat.chosen.tags.vote.decision, beat.chosen.tags.vote.option);
  return chosen;
}

/**
 * Replays two run codes and compares them.
 * @param storyHash the story's hash when known (the build computes it), to skip hashing it here
 */
export function compareRuns(storyJson: string, codeA: string, codeB: string, storyHash?: string): Comparison {
  const a = replay(storyJson, codeA, storyHash);
  if (typeof a === 'string') return { ok: false, which: 'a', message: a };
  const b = replay(storyJson, codeB, storyHash);
  if (typeof b === 'string') return { ok: false, which: 'b', message: b };

  let shared = 0;
  let parting: RunComparison['parting'] = null;
  const beganApart = !sameText(a.beats[0]!, b.beats[0]!);
  if (!beganApart) {
    for (let i = 0; i < Math.min(a.beats.length, b.beats.length); i++) {
      const x = a.beats[i]!;
      const y = b.beats[i]!;
      if (!sameText(x, y)) break;
      shared = i + 1;
      const sameChoice = x.chosen?.index === y.chosen?.index && x.chosen?.text === y.chosen?.text;
      if (!sameChoice) {
        parting = { beat: x, a: x.chosen, b: y.chosen };
        break;
      }
    }
  }

  const votesA = votes(a);
  const votesB = votes(b);
  const votesApart = [...votesA]
    .filter(([decision, option]) => votesB.has(decision) && votesB.get(decision) !== option)
    .map(([decision, option]) => [decision, option, votesB.get(decision)!] as const);
  const same = !beganApart && parting === null && shared === a.beats.length && shared === b.beats.length;
  return { ok: true, comparison: { a, b, shared, parting, same, beganApart, votesApart } };
}
