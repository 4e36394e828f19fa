import { Story } from 'inkjs';
import { StoryRuntimeError, StoryUsageError } from './errors.ts';

/** A line as ink produced it: text without its trailing newline, raw tags, and where it came from. */
export interface RawLine {
  readonly text: string;
  readonly tags: readonly string[];
  /** The knot ink was in after producing the line (where the line came from, in nearly every case). */
  readonly knot: string | null;
  /** The knot ink was in before producing the line (differs when a divert led into the line). */
  readonly knotBefore: string | null;
}

/** A choice as ink offered it. */
export interface RawChoice {
  readonly index: number;
  readonly text: string;
  readonly tags: readonly string[];
}

/** What one continue produced: the lines up to the next choice point, and that choice point. */
export interface RawStep {
  readonly lines: readonly RawLine[];
  readonly choices: readonly RawChoice[];
  /** Ink warnings raised while continuing (the story check fails on them; the game carries on). */
  readonly warnings: readonly string[];
}

/**
 * A compiled story's JSON text and that text parsed. Reading a large story is two steps of about equal
 * cost, parsing the text and building ink's objects from it; with the parse done first (and the
 * thread given back between), neither is one long task on a slow machine. inkjs only reads the tree.
 */
export interface ParsedStory {
  readonly json: string;
  readonly tree: Readonly<Record<string, unknown>>;
}

/** Parses a compiled story's JSON text for {@link InkSession} (and StoryRunner, resumeRun), which take either. */
export function parseStory(json: string): ParsedStory {
  return { json, tree: JSON.parse(json) as Record<string, unknown> };
}

/** ink's objects built ahead from a parsed story, waiting for the first session made from it. */
const prebuilt = new WeakMap<ParsedStory, Story>();

/**
 * Builds ink's objects from a parsed story now, so that the next session made from it (a new run, a
 * resume) only plays: the build and the replay are then separate tasks on a slow machine, neither as
 * long as both. Only that first session uses them; each one after builds its own.
 */
export function prebuildStory(parsed: ParsedStory): void {
  if (!prebuilt.has(parsed)) prebuilt.set(parsed, new Story(parsed.tree));
}

/** ink's story for a new session: the one built ahead, once, or a new one. */
function storyFor(source: string | ParsedStory): Story {
  if (typeof source === 'string') return new Story(source);
  const ready = prebuilt.get(source);
  prebuilt.delete(source);
  return ready ?? new Story(source.tree);
}

/** The fixed seed for ink's RANDOM and shuffles, so that every run replays exactly. */
export const DEFAULT_STORY_SEED = 1954;

function knotOf(path: string | null): string | null {
  if (!path) return null;
  const first = path.split('.')[0];
  return first && !/^\d+$/.test(first) ? first : null;
}

/**
 * The one place that holds an inkjs `Story`. Everything outside engine/ sees only the plain data
 * it returns. `onError` is set before the first `Continue()`, so ink never throws a pile of
 * unhandled errors: they come back as a {@link StoryRuntimeError} naming the choice path.
 */
export class InkSession {
  private readonly story: Story;
  private readonly errors: string[] = [];
  private readonly warnings: string[] = [];
  private readonly choicePath: number[] = [];

  /**
   * @param storyJson the compiled story (ink JSON text), or that text already parsed (see {@link parseStory})
   * @param seed seed for ink's random functions
   * @param entry a knot to start from instead of the story's top (a perspective's first knot)
   * @throws Error when the JSON is not a compiled ink story
   * @throws StoryUsageError when `entry` is not a knot of the story
   */
  constructor(storyJson: string | ParsedStory, seed: number = DEFAULT_STORY_SEED, entry: string | null = null) {
    this.story = storyFor(storyJson);
    this.story.onError = (message, type) => {
      // ErrorType.Warning === 1; anything else is an error.
      if (type === 1) this.warnings.push(message);
      else this.errors.push(message);
    };
    this.story.state.storySeed = seed;
    this.startAt(entry);
  }

  /**
   * Goes back to the very start without parsing the story again (a restart, a rewind or a replay
   * would otherwise rebuild the whole story from its JSON each time).
   */
  reset(seed: number, entry: string | null): void {
    this.story.ResetState();
    this.story.state.storySeed = seed;
    this.errors.length = 0;
    this.warnings.length = 0;
    this.choicePath.length = 0;
    this.startAt(entry);
  }

  private startAt(entry: string | null): void {
    if (!entry) return;
    if (!this.knotNames().includes(entry)) throw new StoryUsageError(`the story has no knot "${entry}" to start from`);
    this.story.ChoosePathString(entry);
  }

  /** The choice indices chosen so far, from the start. */
  get path(): readonly number[] {
    return this.choicePath;
  }

  /**
   * Continues to the next choice point or the end, collecting every non-blank line.
   * @throws StoryRuntimeError when ink reports an error on the way
   */
  continueToChoice(): RawStep {
    const lines: RawLine[] = [];
    const warningsBefore = this.warnings.length;
    while (this.story.canContinue) {
      const before = knotOf(this.story.state.currentPathString);
      let text: string | null;
      try {
        text = this.story.Continue();
      } catch (cause) {
        throw this.runtimeError(cause);
      }
      this.throwIfErrors();
      const after = knotOf(this.story.state.currentPathString) ?? knotOf(this.story.state.previousPointer.path?.toString() ?? null);
      const tags = this.story.currentTags ?? [];
      const trimmed = (text ?? '').trim();
      if (trimmed.length === 0 && tags.length === 0) continue;
      lines.push({ text: trimmed, tags: [...tags], knot: after ?? before, knotBefore: before });
    }
    this.throwIfErrors();
    const choices = this.story.currentChoices.map((c) => ({ index: c.index, text: c.text.trim(), tags: [...(c.tags ?? [])] }));
    return { lines, choices, warnings: this.warnings.slice(warningsBefore) };
  }

  /**
   * Takes choice `index` of the current choice point.
   * @throws StoryUsageError when no such choice is offered
   */
  choose(index: number): void {
    const offered = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= offered) {
      throw new StoryUsageError(`choice ${index} is not offered (there are ${offered})`);
    }
    try {
      this.story.ChooseChoiceIndex(index);
    } catch (cause) {
      throw this.runtimeError(cause);
    }
    this.choicePath.push(index);
  }

  /** ink's own state JSON, for the explorer. */
  stateJson(): string {
    return this.story.state.ToJson();
  }

  /** Loads a state JSON produced by {@link stateJson} on the same story. */
  loadState(json: string, choicePath: readonly number[]): void {
    this.story.state.LoadJson(json);
    this.choicePath.length = 0;
    this.choicePath.push(...choicePath);
  }

  /** The tags at the top of a knot (its knot tags), or [] when it has none or does not exist. */
  knotTags(knot: string): readonly string[] {
    try {
      return this.story.TagsForContentAtPath(knot) ?? [];
    } catch {
      return [];
    }
  }

  /** Names of all top-level knots in the compiled story. */
  knotNames(): readonly string[] {
    const named = this.story.mainContentContainer.namedOnlyContent;
    return named ? [...named.keys()].filter((name) => name !== 'global decl') : [];
  }

  private throwIfErrors(): void {
    if (this.errors.length === 0) return;
    const messages = this.errors.splice(0);
    throw new StoryRuntimeError(`ink runtime error: ${messages.join('; ')}`, messages, [...this.choicePath]);
  }

  private runtimeError(cause: unknown): StoryRuntimeError {
    const messages = [...this.errors.splice(0), cause instanceof Error ? cause.message : String(cause)];
    return new StoryRuntimeError(`ink runtime error: ${messages.join('; ')}`, messages, [...this.choicePath], { cause });
  }
}
