import { Story } from 'inkjs';
import type { INamedContent } from 'inkjs/engine/INamedContent';
import { StoryRuntimeError, StoryUsageError } from './errors.ts';
import type { Pacer } from './pacer.ts';

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

/** At most this many knots are built together: knots differ a lot in size, so a batch sized by the cost so far can overrun. */
const MAX_BATCH = 8;

/** The keys of a compiled container's named part that are flags, not content. */
const CONTAINER_FLAGS = new Set(['#f', '#n']);

/**
 * {@link prebuildStory} in short tasks, as `pace` allows (see pacer.ts), so that no task is a long
 * one on a slow machine (at 4× slowdown the whole build is 140–190 ms in one task).
 *
 * ink builds a story's objects from its JSON in one recursive pass over the root container. Here a
 * few knots at a time are built in a story of their own (a root holding only them, and the variable
 * declarations under another name, so that nothing runs when it is made) and then moved into the
 * root of the story that is kept, in the compiled order. The result is the same tree of objects as
 * `new Story(json)` builds (the tests compare their JSON), and the declarations run once, when the
 * kept story starts, as they do there.
 * Only inkjs's public API is used: its Story constructors and the root container's named content.
 *
 * A tree that is not a story's (no root, or a root without knots) is built in one step, so that ink
 * itself reports what is wrong with it, as {@link prebuildStory} would.
 */
export async function prebuildStoryInSteps(parsed: ParsedStory, pace: Pacer): Promise<void> {
  if (prebuilt.has(parsed)) return;
  let story: Story;
  try {
    story = await buildStoryInSteps(parsed.tree, pace);
  } catch (error) {
    // Nothing built ahead: the session builds the story itself, and its first line reports the
    // unbound function as a story built in one go reports it.
    if (error instanceof UnboundExternalError) return;
    throw error;
  }
  // Another call may have built it meanwhile (both started before either finished): the first one stands.
  if (!prebuilt.has(parsed)) prebuilt.set(parsed, story);
}

/** Thrown by {@link buildStoryInSteps} for a story that calls an external function with neither a binding nor an ink fallback. */
export class UnboundExternalError extends Error {}

/**
 * The story {@link prebuildStoryInSteps} builds, returned rather than kept (exported for the tests).
 * @throws UnboundExternalError when the story calls an external function it cannot run
 */
export async function buildStoryInSteps(tree: ParsedStory['tree'], pace: Pacer): Promise<Story> {
  const root = tree['root'];
  const named = Array.isArray(root) ? (root.at(-1) as unknown) : null;
  if (!Array.isArray(root) || named === null || typeof named !== 'object' || Array.isArray(named)) return new Story(tree);
  const content = named as Record<string, unknown>;
  const items = Object.keys(content).filter((key) => !CONTAINER_FLAGS.has(key));
  // A root holding the declarations under their own name would run them when its story is made; the
  // other name has a space and brackets, so no knot can have it.
  const builtAs = (key: string) => (key === 'global decl' ? 'global decl (built apart)' : key);

  // The kept story's root: the top of the story, with its flags, and nothing named yet.
  const flags = Object.fromEntries(Object.entries(content).filter(([key]) => CONTAINER_FLAGS.has(key)));
  const shell = new Story({ ...tree, root: [...root.slice(0, -1), flags] });
  const main = shell.mainContentContainer;
  const built = new Map<string, INamedContent>();
  // A few items at a time, as many as half a step holds at the average cost so far (a story of its
  // own for each knot alone would cost more than the knots; the first one is built alone, to learn
  // the cost). These stories need no lists: nothing runs in them.
  let buildMs = 0;
  let perItem = 0;
  for (let next = 0; next < items.length;) {
    const batch = next === 0 ? 1 : Math.max(1, Math.min(MAX_BATCH, Math.floor(pace.stepMs / 2 / perItem)));
    await pace.beforeWork(perItem * batch);
    const keys = items.slice(next, next + batch);
    const started = performance.now();
    const alone = new Story({
      inkVersion: tree['inkVersion'],
      root: [Object.fromEntries(keys.map((key) => [builtAs(key), content[key]]))],
    });
    for (const key of keys) {
      const object = alone.mainContentContainer.namedContent.get(builtAs(key));
      if (!object) continue;
      object.name = key;
      built.set(key, object);
    }
    next += keys.length;
    buildMs += performance.now() - started;
    perItem = Math.max(buildMs / next, 0.01);
  }
  await pace.beforeWork(perItem);
  // The root's named part in the compiled order, after any named content of its own, as ink builds it.
  for (const key of items) {
    const object = built.get(key);
    if (object) main.AddToNamedContentOnly(object);
  }
  const story = new Story(main, shell.listDefinitions?.lists ?? null);
  story.allowExternalFunctionFallbacks = true;
  // Two walks ink would otherwise make in one task with its first line, each in a task of its own:
  // running the variable declarations, and checking that every external function can run.
  await pace.beforeWork(pace.stepMs);
  story.ResetState();
  await pace.beforeWork(pace.stepMs);
  try {
    story.ValidateExternalBindings();
  } catch (cause) {
    // ink counts the check as made even when it fails, so this story would never report it: not kept.
    throw new UnboundExternalError('the story calls an external function it cannot run', { cause });
  }
  return story;
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
    // The game binds no external function: each one's ink fallback runs, as in Inky (see story/README.md).
    this.story.allowExternalFunctionFallbacks = true;
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
    const step = this.beginStep();
    while (this.story.canContinue) this.continueLine(step.lines);
    return this.endStep(step);
  }

  /**
   * {@link continueToChoice} in short tasks, as `pace` allows (see pacer.ts), between two lines: the
   * same lines and choices. Nothing else may use this session meanwhile.
   * @throws StoryRuntimeError when ink reports an error on the way
   */
  async continueToChoiceInSteps(pace: Pacer): Promise<RawStep> {
    const step = this.beginStep();
    // A line costs about what the last one did (the first of a job is dearer: ink's code is still cold).
    let lastLineMs = 1;
    while (this.story.canContinue) {
      await pace.beforeWork(lastLineMs);
      const started = performance.now();
      this.continueLine(step.lines);
      lastLineMs = performance.now() - started;
    }
    return this.endStep(step);
  }

  private beginStep(): { lines: RawLine[]; warningsBefore: number } {
    return { lines: [], warningsBefore: this.warnings.length };
  }

  private continueLine(lines: RawLine[]): void {
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
    if (trimmed.length === 0 && tags.length === 0) return;
    lines.push({ text: trimmed, tags: [...tags], knot: after ?? before, knotBefore: before });
  }

  private endStep(step: { lines: RawLine[]; warningsBefore: number }): RawStep {
    this.throwIfErrors();
    const choices = this.story.currentChoices.map((c) => ({ index: c.index, text: c.text.trim(), tags: [...(c.tags ?? [])] }));
    return { lines: step.lines, choices, warnings: this.warnings.slice(step.warningsBefore) };
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
