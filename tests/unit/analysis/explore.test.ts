import { describe, expect, it } from 'vitest';
import { canonicalState } from '../../../src/analysis/canonical.ts';
import { exploreStory } from '../../../src/analysis/explore.ts';
import { pathMetrics } from '../../../src/analysis/metrics.ts';
import { randomPlaythroughs } from '../../../src/analysis/random-play.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

describe('exploreStory on fixtures with known answers', () => {
  it('counts the states of a two-by-two story and finds both endings', () => {
    const result = exploreStory(compileFixture('branching'), { entry: 'start' });
    // start; after sharing; after keeping (trust and visit counts differ); two distinct ends.
    expect(result.nodes).toHaveLength(5);
    expect(result.edges).toHaveLength(6);
    expect(
      result.nodes
        .filter((n) => n.terminal === 'ending')
        .map((n) => n.ending)
        .toSorted(),
    ).toEqual(['ending_a', 'ending_b']);
    expect(result.errors).toEqual([]);
    expect([...result.knotsReached].toSorted()).toEqual(['ending_a', 'ending_b', 'start']);
    const metrics = pathMetrics(result);
    expect(metrics.choices).toEqual({ min: 2, max: 2 });
    expect(metrics.pathsPerEnding).toEqual({ ending_a: 2, ending_b: 2 });
  });

  it('explores several starts as one graph, and counts each start on its own', () => {
    const result = exploreStory(compileFixture('two-perspectives'), { entries: [null, 'second'] });
    expect(result.roots.map((r) => r.entry)).toEqual([null, 'second']);
    expect(result.nodes.find((n) => n.ending === 'ending_first')?.entry).toBeNull();
    expect(result.nodes.find((n) => n.ending === 'ending_second')?.entry).toBe('second');
    expect(pathMetrics(result, null)).toMatchObject({ choices: { min: 1, max: 1 }, pathsPerEnding: { ending_first: 1 } });
    expect(pathMetrics(result, 'second')).toMatchObject({ choices: { min: 2, max: 2 }, pathsPerEnding: { ending_second: 2 } });
    expect(pathMetrics(result).pathsPerEnding).toEqual({ ending_first: 1, ending_second: 2 });
    // From the top alone, the second perspective is never reached.
    expect([...exploreStory(compileFixture('two-perspectives')).knotsReached]).not.toContain('second');
  });

  it('finds a planted dead end and names the choices that lead there', () => {
    const result = exploreStory(compileFixture('flawed'));
    const deadEnds = result.nodes.filter((n) => n.terminal === 'dead_end');
    expect(deadEnds).toHaveLength(1);
    expect(deadEnds[0]!.path).toEqual([0]);
  });

  it('reports a runtime error with its choice path and keeps exploring', () => {
    const result = exploreStory(compileFixture('runtime-error'));
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.choicePath).toEqual([1]);
    expect(result.nodes.some((n) => n.terminal)).toBe(true);
  });

  it('terminates on a hub the player can go round, counting once-only options', () => {
    const result = exploreStory(compileFixture('hub-loop'));
    // Hub states: none asked, Ona asked, Vera asked, both asked; plus the one ending.
    expect(result.nodes.filter((n) => !n.terminal)).toHaveLength(4);
    expect(result.nodes.filter((n) => n.terminal === 'ending')).toHaveLength(1);
    const metrics = pathMetrics(result);
    expect(metrics.choices).toEqual({ min: 1, max: 3 });
    expect(metrics.pathsPerEnding).toEqual({ ending_left: 5 });
  });

  it('stops at maxStates and says so', () => {
    const result = exploreStory(compileFixture('hub-loop'), { maxStates: 2 });
    expect(result.truncated).toBe(true);
  });
});

describe('canonicalState', () => {
  it('ignores turn counters, random state, output and thread numbering', () => {
    const state = (turnIdx: number, thread: number, output: string[]) =>
      JSON.stringify({
        flows: {
          DEFAULT_FLOW: {
            callstack: { threads: [{ callstack: [], threadIndex: thread }], threadCounter: thread + 5 },
            outputStream: output,
            choiceThreads: { [String(thread + 1)]: { callstack: [], threadIndex: thread + 1 } },
            currentChoices: [{ text: 'a', originalThreadIndex: thread + 1 }],
          },
        },
        variablesState: { trust_ona: 1 },
        visitCounts: { 'a.c-0': 1 },
        turnIndices: {},
        turnIdx,
        storySeed: 3,
        previousRandom: turnIdx * 7,
        inkSaveVersion: 10,
      });
    expect(canonicalState(state(3, 4, ['^x'])) === canonicalState(state(9, 11, ['^y', '\n']))).toBe(true);
  });

  it('keeps what changes the future: variables and visit counts (saturated)', () => {
    const base = { flows: {}, variablesState: { trust_ona: 1 }, visitCounts: { k: 7 }, turnIndices: {}, turnIdx: 0 };
    const other = { ...base, variablesState: { trust_ona: 2 } };
    expect(canonicalState(JSON.stringify(base))).not.toBe(canonicalState(JSON.stringify(other)));
    const many = { ...base, visitCounts: { k: 70 } };
    expect(canonicalState(JSON.stringify(base))).toBe(canonicalState(JSON.stringify(many)));
  });
});

describe('randomPlaythroughs', () => {
  it('is reproducible from its seed and reaches endings', () => {
    const json = compileFixture('engine');
    const a = randomPlaythroughs(json, 20, 42);
    const b = randomPlaythroughs(json, 20, 42);
    expect(a.runs.map((r) => r.path)).toEqual(b.runs.map((r) => r.path));
    expect(a.medianChoices).toBe(3);
    expect(Object.keys(a.endings).toSorted()).toEqual(['ending_out', 'ending_stay']);
  });
});

describe('liveness', () => {
  it('merges states that differ only in what can no longer matter', () => {
    const json = compileFixture('liveness');
    const withLiveness = exploreStory(json);
    const without = exploreStory(json, { liveness: false });
    // one; after smiling; after frowning; then chapter two once (merged) instead of twice; one end.
    expect(without.nodes.filter((n) => !n.terminal)).toHaveLength(5);
    expect(withLiveness.nodes.filter((n) => !n.terminal)).toHaveLength(4);
    expect(pathMetrics(withLiveness).pathsPerEnding).toEqual({ ending_slept: 2 });
  });
});
