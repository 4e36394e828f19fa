import { SaveError, StoryUsageError } from '../engine/errors.ts';
import { decodeRunCode } from '../engine/run-code.ts';
import { StoryRunner, type RunRecord } from '../engine/runner.ts';
import { mapFrom, storyMap, type StoryMap } from '../engine/story-map.ts';
import type { ClassroomEntry, ClassVote, VoteOption } from '../history/classroom-registry.ts';
import { ENDING_SUMMARIES, endingLabel } from '../reader/endings.ts';

export { ENDING_SUMMARIES };

/**
 * Class results from run codes the students handed in, computed on the teacher's device: which
 * endings the class reached and how it chose at each classroom vote. Nothing is stored or sent,
 * and a run code holds nothing about the student who made it.
 */

/** A run code found in the pasted text, with the line it is on (1-based). */
export interface PastedCode {
  readonly line: number;
  readonly code: string;
}

/** A run that was read and replayed. */
export interface ReadRun extends PastedCode {
  /** The perspective's entry knot (null for the story's top). */
  readonly entry: string | null;
  readonly ending: string | null;
  readonly choices: number;
  /** The story changed since the run was made: it was replayed only as far as its choices still fit. */
  readonly partial: boolean;
  /** The option chosen at each classroom vote the run reached, by vote id. */
  readonly votes: ReadonlyMap<string, string>;
}

/** A pasted code that is not a run of this story, and why, for the teacher. */
export interface UnreadableRun extends PastedCode {
  readonly message: string;
}

export interface VoteResult {
  readonly vote: ClassVote;
  /** How many runs came to this decision. */
  readonly reached: number;
  readonly options: readonly { readonly option: VoteOption; readonly count: number }[];
}

export interface ClassResults {
  readonly runs: readonly ReadRun[];
  readonly unreadable: readonly UnreadableRun[];
  /** Every ending with how many runs reached it (most first); unfinished runs are counted apart. */
  readonly endings: readonly { readonly ending: string; readonly summary: string; readonly count: number }[];
  readonly unfinished: number;
  /** The votes in the order of classroom.yaml, but those of perspectives no run played. */
  readonly votes: readonly VoteResult[];
}

/**
 * Finds run codes in pasted text: one or more a line, separated by spaces or commas, bare or as
 * a game address ending in `#run=<code>`.
 * @example readRunCodes('1-abc…\nhttp://host/#run=1-def…') // [{ line: 1, code: '1-abc…' }, { line: 2, code: '1-def…' }]
 */
export function readRunCodes(text: string): readonly PastedCode[] {
  const found: PastedCode[] = [];
  text.split(/\r?\n/).forEach((row, i) => {
    for (const token of row.split(/[\s,;]+/)) {
      if (!token) continue;
      const marker = token.indexOf('#run=');
      found.push({ line: i + 1, code: marker >= 0 ? token.slice(marker + '#run='.length) : token });
    }
  });
  return found;
}

function decode(code: string): RunRecord {
  try {
    return decodeRunCode(decodeURIComponent(code));
  } catch (error) {
    if (error instanceof URIError) return decodeRunCode(code);
    throw error;
  }
}

let mapCache: { readonly json: string; readonly map: StoryMap } | null = null;

/** The story map, built once per story: a teacher may press "Show the results" many times. */
function mapOf(storyJson: string): StoryMap {
  if (mapCache?.json !== storyJson) mapCache = { json: storyJson, map: storyMap(storyJson) };
  return mapCache.map;
}

/**
 * Replays every pasted run code on the story and counts endings and votes.
 * @param storyHash the story's hash when known (the build computes it), to skip hashing it here
 */
export function classResults(storyJson: string, pasted: string, classroom: readonly ClassroomEntry[], storyHash?: string): ClassResults {
  const runners = new Map<string, StoryRunner>();
  const runs: ReadRun[] = [];
  const unreadable: UnreadableRun[] = [];
  for (const { line, code } of readRunCodes(pasted)) {
    try {
      const run = decode(code);
      const key = `${run.seed}/${run.entry ?? ''}`;
      let runner = runners.get(key);
      if (!runner) {
        runner = new StoryRunner(storyJson, { seed: run.seed, entry: run.entry, storyHash });
        runners.set(key, runner);
      }
      const report = runner.replay(run);
      const votes = new Map<string, string>();
      for (const beat of runner.history)
        if (beat.chosen?.tags.vote) votes.set(beat.chosen.tags.vote.decision, beat.chosen.tags.vote.option);
      runs.push({
        line,
        code,
        entry: run.entry,
        ending: runner.current.ended ? runner.current.ending : null,
        choices: report.replayed,
        partial: !report.complete,
        votes,
      });
    } catch (error) {
      if (error instanceof SaveError) unreadable.push({ line, code, message: error.message });
      else if (error instanceof StoryUsageError) {
        unreadable.push({ line, code, message: 'This run code starts from a part of the story that this version does not have.' });
      } else throw error;
    }
  }

  const endingCounts = new Map<string, number>();
  for (const run of runs) if (run.ending) endingCounts.set(run.ending, (endingCounts.get(run.ending) ?? 0) + 1);
  const endings = [...endingCounts]
    .map(([ending, count]) => ({ ending, summary: endingLabel(ending), count }))
    .toSorted((a, b) => b.count - a.count || a.summary.localeCompare(b.summary));

  // A vote only the perspectives nobody in the class played can reach is left out (a class that played
  // Daryna does not see Fyodor's votes); a vote whose scene is not on the map stays, to be safe.
  const map = mapOf(storyJson);
  const located = new Set(map.scenes.flatMap((scene) => scene.votes));
  const played = new Set(runs.map((run) => run.entry));
  const reachable = new Set([...played].flatMap((entry) => mapFrom(map, entry).scenes.flatMap((scene) => scene.votes)));
  const votes = classroom
    .filter((entry): entry is ClassVote => entry.kind === 'vote')
    .filter((vote) => runs.length === 0 || reachable.has(vote.id) || !located.has(vote.id))
    .map((vote) => {
      const chosen = runs.map((run) => run.votes.get(vote.id)).filter((option): option is string => option !== undefined);
      return {
        vote,
        reached: chosen.length,
        options: vote.options.map((option) => ({ option, count: chosen.filter((key) => key === option.key).length })),
      };
    });
  return { runs, unreadable, endings, unfinished: runs.filter((run) => run.ending === null).length, votes };
}
