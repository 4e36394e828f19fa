import { StoryRuntimeError } from '../engine/errors.ts';
import { hashText } from '../engine/hash.ts';
import { DEFAULT_STORY_SEED, InkSession, type RawLine, type RawStep } from '../engine/ink-session.ts';
import { applyKnotTags, EMPTY_KNOT_STATE, isKnotTag, type KnotState } from '../engine/tags.ts';
import { canonicalStateOf } from './canonical.ts';
import { buildLiveness } from './liveness.ts';

/** A story state at a choice point (or at the end), after deduplication. */
export interface ExploredNode {
  readonly id: number;
  /** The knot-level state in force at this node. */
  readonly knot: KnotState;
  /** The knot the run started from (a perspective's entry; null for the story's top). */
  readonly entry: string | null;
  /** The shortest choice path from that start that reaches this node. */
  readonly path: readonly number[];
  /** Number of choices offered here (0 at an end). */
  readonly choiceCount: number;
  /** 'ending' when the story ended in a knot tagged `ending`; 'dead_end' when it ended elsewhere. */
  readonly terminal: 'ending' | 'dead_end' | null;
  readonly ending: string | null;
}

/** A transition: one choice taken from one node, and what it showed on the way to the next node. */
export interface ExploredEdge {
  readonly from: number;
  readonly to: number;
  readonly choice: number;
  readonly choiceText: string;
  readonly words: number;
  /** The beats (knot tag `beat`) entered on the way. */
  readonly beats: readonly string[];
}

/** A runtime error found during exploration, with the choices that lead to it. */
export interface ExploreError {
  readonly message: string;
  /** The start of the run (see {@link ExploredNode.entry}). */
  readonly entry: string | null;
  readonly choicePath: readonly number[];
}

/** What the explorer tells a visitor about each new transition, for checks over every line shown. */
export interface EdgeVisit {
  /** Node ids of the transition (`from` is -1 for the opening lines before the first choice). */
  readonly from: number;
  readonly to: number;
  readonly fromKnot: KnotState;
  readonly lines: readonly { readonly line: RawLine; readonly knot: KnotState }[];
  readonly choices: RawStep['choices'];
  /** The start of the run and the choice path from it that first produced this transition. */
  readonly entry: string | null;
  readonly path: readonly number[];
}

/** Options for {@link exploreStory}. */
export interface ExploreOptions {
  readonly seed?: number;
  /** The knot to start from (null, the default, for the story's top). */
  readonly entry?: string | null;
  /**
   * Several starts explored as one graph (a story with several perspectives): every state reached
   * from any of them. Overrides `entry`.
   */
  readonly entries?: readonly (string | null)[];
  /** Stop after this many unique states (the report says it stopped). Default 500,000. */
  readonly maxStates?: number;
  /** See {@link canonicalState}. */
  readonly visitCap?: number;
  /** Drop variables and visit counts that can no longer matter (default true; see liveness.ts). */
  readonly liveness?: boolean;
  /** Called once for every transition, with the lines it shows. */
  readonly onEdge?: (visit: EdgeVisit) => void;
  /** Stop after this many seconds (the report says it stopped). Default: no limit. */
  readonly maxSeconds?: number;
  /** Called about once a second with the states found so far. */
  readonly onProgress?: (states: number, transitions: number, elapsedMs: number) => void;
}

/** The explored state graph and what was found on the way. */
export interface ExploreResult {
  readonly nodes: readonly ExploredNode[];
  readonly edges: readonly ExploredEdge[];
  /** Words shown before the first choice (from the first start). */
  readonly openingWords: number;
  /** Each start explored: its entry knot (null for the story's top), its first node and the words before its first choice. */
  readonly roots: readonly { readonly entry: string | null; readonly node: number; readonly openingWords: number }[];
  readonly errors: readonly ExploreError[];
  readonly warnings: readonly ExploreError[];
  /** Every ink knot that produced at least one line. */
  readonly knotsReached: ReadonlySet<string>;
  /** All top-level containers in the story (knots and functions). */
  readonly knotNames: readonly string[];
  /** True when `maxStates` or `maxSeconds` stopped the exploration before it was complete. */
  readonly truncated: boolean;
  /**
   * For each variable, how many different values it had across the states found. When an
   * exploration is too large, the variables with the most values are what multiplies the states.
   */
  readonly variableSpread: Readonly<Record<string, number>>;
  readonly elapsedMs: number;
}

/** Counts words as a reader sees them. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}

function knotKey(knot: KnotState): string {
  return `${knot.act}|${knot.date}|${knot.time}|${knot.place}|${knot.scene}|${knot.beat}|${knot.intensity}|${knot.ending}`;
}

/**
 * Visits every reachable state of a compiled story, breadth first, deduplicating states by their
 * canonical form (plus the knot-level state, which the tags carry and ink does not).
 *
 * @example
 * const result = exploreStory(json);
 * const deadEnds = result.nodes.filter((n) => n.terminal === 'dead_end');
 */
export function exploreStory(storyJson: string, options: ExploreOptions = {}): ExploreResult {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_STORY_SEED;
  const maxStates = options.maxStates ?? 500_000;
  const entries = options.entries ?? [options.entry ?? null];
  const session = new InkSession(storyJson, seed, entries[0] ?? null);
  const knotNames = session.knotNames();
  const liveness = options.liveness === false ? undefined : buildLiveness(storyJson);
  const nodes: ExploredNode[] = [];
  const edges: ExploredEdge[] = [];
  const errors: ExploreError[] = [];
  const warnings: ExploreError[] = [];
  const knotsReached = new Set<string>();
  const index = new Map<string, number>();
  const frontier: { id: number; entry: string | null; state: string; choiceTexts: readonly string[] }[] = [];
  let truncated = false;
  const spread = new Map<string, Set<string>>();
  const deadline = options.maxSeconds ? started + options.maxSeconds * 1000 : Infinity;
  let nextProgress = started + 1000;

  const walk = (step: RawStep, fromKnot: KnotState) => {
    let knot = fromKnot;
    const lines: { line: RawLine; knot: KnotState }[] = [];
    const beats: string[] = [];
    let words = 0;
    for (const line of step.lines) {
      if (line.tags.some(isKnotTag)) {
        const next = applyKnotTags(knot, line.tags);
        if (next.beat && next.beat !== knot.beat) beats.push(next.beat);
        knot = next;
      }
      if (line.knot) knotsReached.add(line.knot);
      if (line.knotBefore) knotsReached.add(line.knotBefore);
      words += countWords(line.text);
      lines.push({ line, knot });
    }
    return { knot, lines, beats, words };
  };

  const addNode = (step: RawStep, knot: KnotState, entry: string | null, path: readonly number[]): number => {
    const ended = step.choices.length === 0;
    // Once the story has ended nothing more can happen, so ends differ only by their knot state.
    const stateJson = ended ? '' : session.stateJson();
    const parsed = ended ? null : (JSON.parse(stateJson) as { [key: string]: never });
    // Copied before canonicalisation drops the dead ones: the spread report counts every variable.
    const variables: Record<string, unknown> = { ...(parsed?.variablesState as Record<string, unknown> | undefined) };
    const key = parsed
      ? `${hashText(canonicalStateOf(parsed, { visitCap: options.visitCap, liveness }))}:${knotKey(knot)}`
      : `end:${knotKey(knot)}`;
    const known = index.get(key);
    if (known !== undefined) return known;
    const id = nodes.length;
    const terminal = ended ? (knot.ending ? 'ending' : 'dead_end') : null;
    // ink reports no position after the last line of a story, so an ending knot (whose name is its
    // ending id, by the story contract) is marked reached here.
    if (ended && knot.ending) knotsReached.add(knot.ending);
    nodes.push({ id, knot, entry, path, choiceCount: step.choices.length, terminal, ending: ended ? knot.ending : null });
    index.set(key, id);
    if (!ended) {
      frontier.push({ id, entry, state: stateJson, choiceTexts: step.choices.map((c) => c.text) });
      for (const [name, value] of Object.entries(variables)) {
        const values = spread.get(name) ?? new Set<string>();
        values.add(JSON.stringify(value));
        spread.set(name, values);
      }
    }
    return id;
  };

  let openingWords = 0;
  const roots: { entry: string | null; node: number; openingWords: number }[] = [];
  for (const [i, entry] of entries.entries()) {
    if (i > 0) session.reset(seed, entry);
    const first = session.continueToChoice();
    const opening = walk(first, EMPTY_KNOT_STATE);
    if (i === 0) openingWords = opening.words;
    for (const w of first.warnings) warnings.push({ message: w, entry, choicePath: [] });
    const root = addNode(first, opening.knot, entry, []);
    roots.push({ entry, node: root, openingWords: opening.words });
    options.onEdge?.({ from: -1, to: root, fromKnot: EMPTY_KNOT_STATE, lines: opening.lines, choices: first.choices, entry, path: [] });
  }

  for (let cursor = 0; cursor < frontier.length; cursor++) {
    const { id, entry, state, choiceTexts } = frontier[cursor]!;
    frontier[cursor] = { id, entry, state: '', choiceTexts: [] };
    const node = nodes[id]!;
    for (let choice = 0; choice < node.choiceCount; choice++) {
      if (nodes.length >= maxStates || performance.now() > deadline) {
        truncated = true;
        break;
      }
      if (options.onProgress && performance.now() > nextProgress) {
        nextProgress = performance.now() + 1000;
        options.onProgress(nodes.length, edges.length, performance.now() - started);
      }
      const path = [...node.path, choice];
      session.loadState(state, node.path);
      let step: RawStep;
      try {
        session.choose(choice);
        step = session.continueToChoice();
      } catch (cause) {
        if (cause instanceof StoryRuntimeError) {
          errors.push({ message: cause.message, entry, choicePath: path });
          continue;
        }
        throw cause;
      }
      for (const w of step.warnings) warnings.push({ message: w, entry, choicePath: path });
      const walked = walk(step, node.knot);
      const to = addNode(step, walked.knot, entry, path);
      options.onEdge?.({ from: id, to, fromKnot: node.knot, lines: walked.lines, choices: step.choices, entry, path });
      edges.push({ from: id, to, choice, choiceText: choiceTexts[choice] ?? '', words: walked.words, beats: walked.beats });
    }
    if (truncated) break;
  }

  return {
    nodes,
    edges,
    openingWords,
    roots,
    errors,
    warnings,
    knotsReached,
    knotNames,
    truncated,
    variableSpread: Object.fromEntries([...spread].map(([name, values]) => [name, values.size])),
    elapsedMs: performance.now() - started,
  };
}
