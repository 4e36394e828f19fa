import { describe, expect, it } from 'vitest';
import { exploreStory, type ExploredNode } from '../../src/analysis/explore.ts';
import { resumeRun, StoryRunner, type Beat } from '../../src/engine/runner.ts';
import { PERSPECTIVE_ENTRIES } from '../../src/engine/perspectives.ts';
import { makeSave, parseSave, serialiseSave } from '../../src/engine/save.ts';
import { realStoryJson } from '../helpers/real-story.ts';

/**
 * Saves of the real story, round-tripped. Every choice point's save goes through text and back
 * losslessly; a full restore-and-continue (a replay from the start, so it costs a whole run) is
 * checked at the first choice point of every scene and at evenly spaced points besides.
 */
const FULL_CHECKS = 400;

const view = (beat: Beat) => ({ lines: beat.lines, choices: beat.choices, knot: beat.knot, ended: beat.ended, ending: beat.ending });

describe('saves of the real story', () => {
  const json = realStoryJson();
  const points = exploreStory(json, { entries: PERSPECTIVE_ENTRIES }).nodes.filter((n) => !n.terminal);

  it('go through text and back unchanged at every choice point', () => {
    for (const node of points) {
      const run = { storyHash: 'h', seed: 1954, entry: node.entry, steps: node.path.map((index) => ({ index, text: `choice ${index}` })) };
      expect(parseSave(serialiseSave(makeSave(run, 'x'))).run).toEqual(run);
    }
  });

  it('restore into a fresh runner that continues identically, in every scene', () => {
    const firstOfScene = new Map<string, ExploredNode>();
    for (const node of points) {
      const key = `${node.entry}|${node.knot.act}|${node.knot.date}|${node.knot.place}|${node.knot.scene}|${node.knot.beat}`;
      if (!firstOfScene.has(key)) firstOfScene.set(key, node);
    }
    const stride = Math.max(1, Math.ceil(points.length / FULL_CHECKS));
    const chosen = new Set<ExploredNode>([...firstOfScene.values(), ...points.filter((_, i) => i % stride === 0)]);
    for (const node of chosen) {
      const original = new StoryRunner(json, { entry: node.entry });
      for (const index of node.path) original.choose(index);
      const restored = resumeRun(json, parseSave(serialiseSave(makeSave(original.run, `node ${node.id}`))).run);
      expect(restored.report.complete, `choices ${node.path.join('.')}`).toBe(true);
      expect(view(restored.runner.current)).toEqual(view(original.current));
      const last = original.current.choices.length - 1;
      expect(view(restored.runner.choose(last))).toEqual(view(original.choose(last)));
    }
    expect(chosen.size).toBeGreaterThanOrEqual(firstOfScene.size);
  }, 240_000);
});
