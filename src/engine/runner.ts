import { SaveError, StoryUsageError } from './errors.ts';
import { hashText } from './hash.ts';
import { DEFAULT_STORY_SEED, InkSession, type ParsedStory, type RawStep } from './ink-session.ts';
import type { Pacer } from './pacer.ts';
import {
  applyKnotTags,
  EMPTY_KNOT_STATE,
  isKnotTag,
  parseChoiceTags,
  parseLineTags,
  type ChoiceTags,
  type KnotState,
  type LineTags,
} from './tags.ts';

/** A line of story text with its parsed tags. */
export interface StoryLine {
  readonly text: string;
  readonly tags: LineTags;
  /** Every tag on the line as written, knot tags included. */
  readonly rawTags: readonly string[];
  /** The knot-level state in force when the line was shown. */
  readonly knot: KnotState;
  /** The ink knot the line came from, when known. */
  readonly knotName: string | null;
}

/** A choice the player can make. */
export interface StoryChoice {
  readonly index: number;
  readonly text: string;
  readonly tags: ChoiceTags;
  readonly rawTags: readonly string[];
}

/**
 * Everything since the last choice: the lines, the choices now offered, and the knot state.
 * `turn` counts the choices made before this beat (0 for the first beat).
 */
export interface Beat {
  readonly turn: number;
  readonly lines: readonly StoryLine[];
  readonly choices: readonly StoryChoice[];
  readonly knot: KnotState;
  /** True when the story has reached its end (no choices follow). */
  readonly ended: boolean;
  /** The ending id reached, when the story ended in a knot tagged `ending`. */
  readonly ending: string | null;
  /** The choice made at the end of this beat, once made. */
  readonly chosen: StoryChoice | null;
}

/** One choice in a run, with enough to recognise it on an edited story. */
export interface RunStep {
  readonly index: number;
  /** The text of the choice as it was offered ('' when only a fingerprint is known, as in a run code). */
  readonly text: string;
  /** A short fingerprint of the text (see {@link choiceFingerprint}), used when the text is not known. */
  readonly fingerprint?: string;
}

/** Two base-36 characters that recognise a choice's text in a run code (1,296 values). */
export function choiceFingerprint(text: string): string {
  return (parseInt(hashText(text).slice(-6), 16) % 1296).toString(36).padStart(2, '0');
}

function sameChoice(step: RunStep, offeredText: string): boolean {
  if (step.text) return step.text === offeredText;
  return step.fingerprint !== undefined && step.fingerprint === choiceFingerprint(offeredText);
}

/** The choices made from the start: from this, the whole state replays exactly. */
export interface RunRecord {
  /** Hash of the compiled story the run was made on. */
  readonly storyHash: string;
  readonly seed: number;
  /** The knot the run started from, or null for the story's top. */
  readonly entry: string | null;
  readonly steps: readonly RunStep[];
}

/** How a replay went: whether every recorded choice was still there, and where it stopped if not. */
export interface ReplayReport {
  readonly complete: boolean;
  /** How many recorded choices were replayed. */
  readonly replayed: number;
  readonly recorded: number;
  /** Why the replay stopped early, for people; null when complete. */
  readonly stoppedBecause: string | null;
}

/** Set by {@link StoryRunner.startInSteps}: the constructor leaves the first step to it. */
const FIRST_STEP_LATER = Symbol('first step later');
type StartOptions = RunOptions & { readonly [FIRST_STEP_LATER]?: true };

/** Options for a new run. */
export interface RunOptions {
  readonly seed?: number;
  readonly entry?: string | null;
  /** `hashText(storyJson)` when it is already known (the build computes it), to skip hashing the whole story. */
  readonly storyHash?: string;
}

/**
 * Plays a compiled ink story and hands out plain readonly data. It keeps every beat (the backlog),
 * the run record, and can rewind to any earlier choice.
 *
 * @example
 * const runner = new StoryRunner(storyJson);
 * let beat = runner.current;
 * while (!beat.ended) beat = runner.choose(beat.choices[0]!.index);
 */
export class StoryRunner {
  /** Hash of the compiled story, which saves and run codes carry. */
  readonly storyHash: string;
  readonly seed: number;
  readonly entry: string | null;
  private session: InkSession;
  private beats: Beat[] = [];
  private steps: RunStep[] = [];
  private readonly listeners = new Set<(beat: Beat) => void>();

  /**
   * Starts a new run at the story's top (or at `options.entry`).
   * @throws Error when `storyJson` is not a compiled ink story
   * @throws StoryRuntimeError when the story fails before its first choice
   */
  constructor(storyJson: string | ParsedStory, options: RunOptions = {}) {
    this.storyHash = options.storyHash ?? hashText(typeof storyJson === 'string' ? storyJson : storyJson.json);
    this.seed = options.seed ?? DEFAULT_STORY_SEED;
    this.entry = options.entry ?? null;
    this.session = new InkSession(storyJson, this.seed, this.entry);
    if ((options as StartOptions)[FIRST_STEP_LATER]) return;
    this.beats.push(this.toBeat(this.session.continueToChoice(), EMPTY_KNOT_STATE));
  }

  /**
   * A new run, as the constructor starts it, in short tasks as `pace` allows (see pacer.ts): for a
   * page that must stay responsive while a story starts on a slow machine.
   */
  static async startInSteps(storyJson: string | ParsedStory, options: RunOptions, pace: Pacer): Promise<StoryRunner> {
    await pace.beforeWork();
    const runner = new StoryRunner(storyJson, { ...options, [FIRST_STEP_LATER]: true } as StartOptions);
    runner.beats.push(runner.toBeat(await runner.session.continueToChoiceInSteps(pace), EMPTY_KNOT_STATE));
    return runner;
  }

  /** The beat the player is at now. */
  get current(): Beat {
    return this.beats[this.beats.length - 1]!;
  }

  /** Every beat so far, oldest first; the last one is {@link current}. */
  get history(): readonly Beat[] {
    return this.beats;
  }

  /** The run record: replaying it on the same story reproduces this run exactly. */
  get run(): RunRecord {
    return { storyHash: this.storyHash, seed: this.seed, entry: this.entry, steps: [...this.steps] };
  }

  /** Calls `listener` after every new beat (choose, rewind, replay). Returns the unsubscribe function. */
  onBeat(listener: (beat: Beat) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Makes choice `index` of the current beat and continues to the next choice point.
   * @throws StoryUsageError when the choice is not offered
   * @throws StoryRuntimeError when the story fails on the way
   */
  choose(index: number): Beat {
    const beat = this.takeChoice(index);
    return this.arrive(this.session.continueToChoice(), beat);
  }

  /** {@link choose} in short tasks, as `pace` allows (see {@link startInSteps}). */
  async chooseInSteps(index: number, pace: Pacer): Promise<Beat> {
    const beat = this.takeChoice(index);
    return this.arrive(await this.session.continueToChoiceInSteps(pace), beat);
  }

  private takeChoice(index: number): Beat {
    const beat = this.current;
    const choice = beat.choices.find((c) => c.index === index);
    if (!choice) throw new StoryUsageError(`choice ${index} is not offered at turn ${beat.turn}`);
    this.session.choose(index);
    this.steps.push({ index, text: choice.text });
    this.beats[this.beats.length - 1] = { ...beat, chosen: choice };
    return beat;
  }

  private arrive(step: RawStep, from: Beat): Beat {
    const next = this.toBeat(step, from.knot);
    this.beats.push(next);
    this.emit(next);
    return next;
  }

  /**
   * Goes back to the beat at `turn` (0 is the start), as if the later choices had never been made.
   * @throws StoryUsageError when `turn` is not an earlier or current turn
   */
  rewind(turn: number): Beat {
    if (!Number.isInteger(turn) || turn < 0 || turn > this.steps.length) {
      throw new StoryUsageError(`cannot rewind to turn ${turn}; the run has ${this.steps.length} choices`);
    }
    const keep = this.steps.slice(0, turn);
    this.restart();
    for (const step of keep) this.choose(step.index);
    this.emit(this.current);
    return this.current;
  }

  /** Starts this run over from the beginning. */
  restart(): Beat {
    this.session.reset(this.seed, this.entry);
    this.steps = [];
    this.beats = [this.toBeat(this.session.continueToChoice(), EMPTY_KNOT_STATE)];
    this.emit(this.current);
    return this.current;
  }

  /**
   * Replays a run record on this story, from the start, as far as it stays valid. A recorded choice
   * is followed only when the choice at its index still has the same text: a reworded, removed or
   * reordered choice stops the replay there rather than taking the wrong branch.
   * @throws StoryRuntimeError when the story fails during the replay
   */
  replay(run: RunRecord): ReplayReport {
    this.beginReplay();
    let replayed = 0;
    let stoppedBecause: string | null = null;
    for (const step of run.steps) {
      stoppedBecause = this.replayStopsAt(step, replayed);
      if (stoppedBecause !== null) break;
      this.choose(step.index);
      replayed++;
    }
    return { complete: stoppedBecause === null, replayed, recorded: run.steps.length, stoppedBecause };
  }

  /** {@link replay} in short tasks, as `pace` allows (see {@link startInSteps}). */
  async replayInSteps(run: RunRecord, pace: Pacer): Promise<ReplayReport> {
    this.beginReplay();
    let replayed = 0;
    let stoppedBecause: string | null = null;
    for (const step of run.steps) {
      stoppedBecause = this.replayStopsAt(step, replayed);
      if (stoppedBecause !== null) break;
      await this.chooseInSteps(step.index, pace);
      replayed++;
    }
    return { complete: stoppedBecause === null, replayed, recorded: run.steps.length, stoppedBecause };
  }

  private beginReplay(): void {
    // A runner that has not moved is already at the start: resetting it would play the opening twice.
    if (this.steps.length > 0) this.restart();
    else this.emit(this.current);
  }

  /** Why the replay cannot take `step` as the next choice, or null when it can. */
  private replayStopsAt(step: RunStep, replayed: number): string | null {
    const beat = this.current;
    if (beat.ended) return `the story now ends before choice ${replayed + 1}`;
    const offered = beat.choices.find((c) => c.index === step.index);
    if (offered && sameChoice(step, offered.text)) return null;
    const found = beat.choices.some((c) => sameChoice(step, c.text));
    const named = step.text ? ` ("${step.text}")` : '';
    return found
      ? `choice ${replayed + 1}${named} has moved in the current story`
      : `choice ${replayed + 1}${named} is no longer in the story`;
  }

  private toBeat(step: RawStep, previousKnot: KnotState): Beat {
    let knot = previousKnot;
    const lines: StoryLine[] = [];
    for (const raw of step.lines) {
      if (raw.tags.some(isKnotTag)) knot = applyKnotTags(knot, raw.tags);
      if (raw.text.length === 0) continue;
      lines.push({ text: raw.text, tags: parseLineTags(raw.tags), rawTags: raw.tags, knot, knotName: raw.knot });
    }
    const choices = step.choices.map((c) => ({ index: c.index, text: c.text, tags: parseChoiceTags(c.tags), rawTags: c.tags }));
    const ended = choices.length === 0;
    return Object.freeze({
      turn: this.steps.length,
      lines: Object.freeze(lines),
      choices: Object.freeze(choices),
      knot,
      ended,
      ending: ended ? knot.ending : null,
      chosen: null,
    });
  }

  private emit(beat: Beat): void {
    for (const listener of this.listeners) listener(beat);
  }
}

/** A run brought back from a save or a run code, and what the player should be told about it. */
export interface ResumedRun {
  readonly runner: StoryRunner;
  readonly report: ReplayReport;
  /** True when the save was made on exactly this story. */
  readonly sameStory: boolean;
  /** A message for the player when the replay did not reach the saved point; null otherwise. */
  readonly notice: string | null;
}

/**
 * Brings a run back on the current story by replaying its choices. A run from another version of
 * the story resumes at the furthest point its choices still reach, with a notice saying where.
 * @throws SaveError when the run starts from a knot the story does not have
 * @throws StoryRuntimeError when the story fails during the replay
 */
export function resumeRun(storyJson: string | ParsedStory, run: RunRecord, known: { readonly storyHash?: string } = {}): ResumedRun {
  let runner: StoryRunner;
  try {
    runner = new StoryRunner(storyJson, { seed: run.seed, entry: run.entry, storyHash: known.storyHash });
  } catch (cause) {
    throw asSaveError(cause);
  }
  return resumed(runner, run, runner.replay(run));
}

/**
 * {@link resumeRun} in short tasks, as `pace` allows (see pacer.ts), so that a page resuming a long
 * run on a slow machine is not held by one long task. The same run comes back.
 */
export async function resumeRunInSteps(
  storyJson: string | ParsedStory,
  run: RunRecord,
  known: { readonly storyHash?: string },
  pace: Pacer,
): Promise<ResumedRun> {
  let runner: StoryRunner;
  try {
    runner = await StoryRunner.startInSteps(storyJson, { seed: run.seed, entry: run.entry, storyHash: known.storyHash }, pace);
  } catch (cause) {
    throw asSaveError(cause);
  }
  return resumed(runner, run, await runner.replayInSteps(run, pace));
}

function asSaveError(cause: unknown): unknown {
  return cause instanceof StoryUsageError
    ? new SaveError('This saved run starts from a part of the story that no longer exists.', 'damaged', { cause })
    : cause;
}

function resumed(runner: StoryRunner, run: RunRecord, report: ReplayReport): ResumedRun {
  const sameStory = run.storyHash === runner.storyHash;
  let notice: string | null = null;
  if (!report.complete) {
    notice =
      `The story has been revised since this save. Your choices were replayed up to choice ${report.replayed} of ${report.recorded}` +
      ` (${report.stoppedBecause}). You continue from there.`;
  }
  return { runner, report, sameStory, notice };
}
