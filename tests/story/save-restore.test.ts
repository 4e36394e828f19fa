import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../src/analysis/explore.ts';
import { resumeRun, StoryRunner, type Beat } from '../../src/engine/runner.ts';
import { makeSave, parseSave, serialiseSave } from '../../src/engine/save.ts';
import { realStoryJson } from '../helpers/real-story.ts';

/** How many choice points are round-tripped; every one when the story has no more than this. */
const MAX_CHECKED = 4000;

const view = (beat: Beat) => ({ lines: beat.lines, choices: beat.choices, knot: beat.knot, ended: beat.ended, ending: beat.ending });

describe('a save taken at a choice point of the real story', () => {
  it('restores into a fresh runner that continues identically', () => {
    const json = realStoryJson();
    const points = exploreStory(json).nodes.filter((n) => !n.terminal);
    const stride = Math.max(1, Math.ceil(points.length / MAX_CHECKED));
    let checked = 0;
    for (let i = 0; i < points.length; i += stride) {
      const node = points[i]!;
      const original = new StoryRunner(json);
      for (const index of node.path) original.choose(index);
      const text = serialiseSave(makeSave(original.run, `node ${node.id}`));
      const restored = resumeRun(json, parseSave(text).run);
      expect(restored.report.complete, `choices ${node.path.join('.')}`).toBe(true);
      expect(view(restored.runner.current)).toEqual(view(original.current));
      const last = original.current.choices.length - 1;
      expect(view(restored.runner.choose(last))).toEqual(view(original.choose(last)));
      checked++;
    }
    expect(checked).toBe(Math.ceil(points.length / stride));
    console.log(`save-restore: ${checked} of ${points.length} choice points round-tripped`);
  }, 300_000);
});
