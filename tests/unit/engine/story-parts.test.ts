import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/analysis/explore.ts';
import { partEntry, partName, storyPart, StoryPartError } from '../../../src/engine/story-parts.ts';
import { StoryRunner } from '../../../src/engine/runner.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

const whole = compileFixture('story-parts');
const knotsOf = (json: string) =>
  Object.keys((JSON.parse(json) as { root: Record<string, unknown>[] }).root.at(-1)!)
    .filter((name) => !name.startsWith('#'))
    .toSorted();

describe('storyPart', () => {
  it('keeps the knots the top reaches by every kind of path, and drops the rest', () => {
    // first → count_heads (function), tunnel_kitchen (tunnel), thread_window (thread, where the visit
    // counts of rumour and seen_guard are read), rumour (choice), yard (a divert target in a variable), first again
    // (TURNS_SINCE), shared_epilogue (divert).
    expect(knotsOf(storyPart(whole, null))).toEqual(
      [
        'count_heads',
        'first',
        'global decl',
        'rumour',
        'seen_guard',
        'shared_epilogue',
        'thread_window',
        'tunnel_kitchen',
        'yard',
      ].toSorted(),
    );
  });

  it("keeps an entry knot's own knots, and what the variables point at from the start", () => {
    expect(knotsOf(storyPart(whole, 'second'))).toEqual(['global decl', 'second', 'shared_epilogue', 'yard']);
  });

  it('sends the top of a part with an entry straight to it', () => {
    const root = (JSON.parse(storyPart(whole, 'second')) as { root: unknown[] }).root;
    expect(root[0]).toEqual([{ '->': 'second' }, null]);
  });

  it.each([null, 'second'])('leaves no path from %s to a knot it dropped', (entry) => {
    // Written apart from the implementation: every absolute path in the part's text, by ink's keys
    // for them, must name a knot the part kept (a missing one would hang ink, not fail it).
    const part = storyPart(whole, entry);
    const targets = [...part.matchAll(/"(->|f\(\)|->t->|\*|\^->|CNT\?)":"([^".][^"]*)"(,"var":true)?/g)]
      .filter((match) => match[3] === undefined)
      .map((match) => match[2]!.split('.')[0]!);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((knot) => !knotsOf(part).includes(knot))).toEqual([]);
  });

  it.each([null, 'second'])('plays from %s exactly as the whole story does: the same states, choices and lines', (entry) => {
    const lines = (json: string) => {
      const seen: string[] = [];
      const result = exploreStory(json, {
        entry,
        liveness: false,
        onEdge: (visit) => seen.push(JSON.stringify(visit)),
      });
      expect(result.errors).toEqual([]);
      expect(result.truncated).toBe(false);
      return { nodes: result.nodes.length, edges: result.edges.length, seen: seen.toSorted() };
    };
    const fromWhole = lines(whole);
    expect(fromWhole.edges).toBeGreaterThanOrEqual(2);
    expect(lines(storyPart(whole, entry))).toEqual(fromWhole);
  });

  it("keeps the story's top in a part that names a place in it, and plays as the whole does", () => {
    const withTop = compileFixture('story-parts-top');
    const part = storyPart(withTop, 'second');
    const root = (json: string) => (JSON.parse(json) as { root: unknown[] }).root;
    expect(root(part)[0]).toEqual(root(withTop)[0]);
    // The top diverts to `first`, so `first` stays too: the part is the whole story here.
    expect(knotsOf(part)).toEqual(['first', 'second']);
    const opening = (json: string) => new StoryRunner(json, { entry: 'second' }).current.lines.map((line) => line.text);
    expect(opening(part)).toEqual(['He slept through the count.']);
    expect(opening(part)).toEqual(opening(withTop));
  });

  it('names a part for a query or a key, and back', () => {
    expect(partName(null)).toBe('top');
    expect(partName('second')).toBe('second');
    expect(partEntry(partName(null))).toBeNull();
    expect(partEntry(partName('second'))).toBe('second');
  });

  it('refuses what it cannot split faithfully, saying why', () => {
    expect(() => storyPart(whole, 'no_such_knot')).toThrow(new StoryPartError('story part: there is no knot "no_such_knot" to start from'));
    expect(() => storyPart('{"root": [', null)).toThrow(/not JSON/);
    // 2.0 is a float to ink and would come back from parsing as the integer 2.
    expect(() => storyPart('{"inkVersion":21,"root":[[2.0,null],"done",{}]}', null)).toThrow(/does not survive parsing/);
    expect(() => storyPart('{"inkVersion":21,"root":[]}', null)).toThrow(/no root container/);
  });
});
