/**
 * Canonical form of an ink state, so that two states with the same future hash the same.
 * Without it, exploration never terminates: ink keeps counters that grow on every turn.
 *
 * What is dropped or normalised (see docs in story/README.md and toolchain notes):
 * - `turnIdx`, `previousRandom`, `storySeed`, the version fields and each flow's `outputStream`;
 * - `callstack.threadCounter`; thread ids are renumbered in order of first appearance;
 * - visit counts are saturated at `visitCap` (a story that tests larger counts must raise it);
 * - `turnIndices` become "turns since", capped at `visitCap`.
 * Object keys are sorted, so insertion order does not matter.
 */

/** Options for {@link canonicalState}. */
export interface CanonicalOptions {
  /** Largest visit count the story distinguishes. Default 5. */
  readonly visitCap?: number;
  /** When given, variables and visit counts that can no longer matter are dropped (see liveness.ts). */
  readonly liveness?: Liveness;
}

import { currentKnots, type Liveness } from './liveness.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).toSorted()) out[key] = sortKeys(value[key]!);
    return out;
  }
  return value;
}

/** Returns the canonical JSON text of an ink state JSON text. */
export function canonicalState(stateJson: string, options: CanonicalOptions = {}): string {
  return canonicalStateOf(JSON.parse(stateJson) as { [key: string]: Json }, options);
}

/** As {@link canonicalState}, for a state already parsed (it is changed in place). */
export function canonicalStateOf(state: { [key: string]: Json }, options: CanonicalOptions = {}): string {
  const cap = options.visitCap ?? 5;
  const live = options.liveness?.liveFrom(currentKnots(state as { flows?: Record<string, unknown> }));
  if (live) {
    const variables = (state.variablesState ?? {}) as { [key: string]: Json };
    for (const name of Object.keys(variables)) if (!live.variables.has(name)) delete variables[name];
    for (const table of ['visitCounts', 'turnIndices']) {
      const counts = (state[table] ?? {}) as { [key: string]: Json };
      for (const path of Object.keys(counts)) if (!live.knots.has(path.split('.')[0] ?? '')) delete counts[path];
    }
  }
  const turnIdx = typeof state.turnIdx === 'number' ? state.turnIdx : 0;
  for (const key of ['turnIdx', 'previousRandom', 'storySeed', 'inkSaveVersion', 'inkFormatVersion']) delete state[key];

  const visits = (state.visitCounts ?? {}) as { [key: string]: Json };
  for (const key of Object.keys(visits)) visits[key] = Math.min(Number(visits[key]), cap);
  const turns = (state.turnIndices ?? {}) as { [key: string]: Json };
  for (const key of Object.keys(turns)) turns[key] = Math.min(turnIdx - Number(turns[key]), cap);

  const flows = (state.flows ?? {}) as { [key: string]: Json };
  for (const flow of Object.values(flows)) {
    if (!flow || typeof flow !== 'object' || Array.isArray(flow)) continue;
    delete flow.outputStream;
    const renumber = new Map<number, number>();
    const idFor = (old: number): number => {
      if (!renumber.has(old)) renumber.set(old, renumber.size);
      return renumber.get(old)!;
    };
    const callstack = flow.callstack as { [key: string]: Json } | undefined;
    if (callstack) {
      delete callstack.threadCounter;
      for (const thread of (callstack.threads ?? []) as { [key: string]: Json }[]) {
        thread.threadIndex = idFor(Number(thread.threadIndex));
      }
    }
    for (const choice of (flow.currentChoices ?? []) as { [key: string]: Json }[]) {
      choice.originalThreadIndex = idFor(Number(choice.originalThreadIndex));
    }
    const choiceThreads = flow.choiceThreads as { [key: string]: { [key: string]: Json } } | undefined;
    if (choiceThreads) {
      const renamed: { [key: string]: Json } = {};
      for (const [key, thread] of Object.entries(choiceThreads)) {
        const id = idFor(Number(key));
        thread.threadIndex = idFor(Number(thread.threadIndex));
        renamed[String(id)] = thread;
      }
      flow.choiceThreads = renamed;
    }
  }
  return JSON.stringify(sortKeys(state));
}
