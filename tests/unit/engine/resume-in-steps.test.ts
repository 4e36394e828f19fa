import { describe, expect, it } from 'vitest';
import { randomPlaythroughs } from '../../../src/analysis/random-play.ts';
import { SaveError } from '../../../src/engine/errors.ts';
import { pacer } from '../../../src/engine/pacer.ts';
import { PERSPECTIVES } from '../../../src/engine/perspectives.ts';
import { resumeRun, resumeRunInSteps, StoryRunner, type ResumedRun } from '../../../src/engine/runner.ts';
import { compileFixture } from '../../helpers/fixtures.ts';
import { realStoryJson } from '../../helpers/real-story.ts';

/** What a resumed run is: every beat, the report and what the player is told. */
function summary(resumed: ResumedRun) {
  return {
    history: resumed.runner.history,
    run: resumed.runner.run,
    report: resumed.report,
    sameStory: resumed.sameStory,
    notice: resumed.notice,
  };
}

describe('a run resumed in steps', () => {
  const story = compileFixture('engine');

  it('comes back as resumeRun brings it back, giving the thread back between lines', async () => {
    const runner = new StoryRunner(story);
    while (!runner.current.ended) runner.choose(runner.current.choices.at(-1)!.index);
    let pauses = 0;
    const stepped = await resumeRunInSteps(
      story,
      runner.run,
      {},
      pacer(() => (pauses++, Promise.resolve()), 0),
    );
    expect(summary(stepped)).toEqual(summary(resumeRun(story, runner.run)));
    // With no time allowed per task, a pause before every line ink continues to.
    const lines = runner.history.reduce((sum, beat) => sum + beat.lines.length, 0);
    expect(pauses).toBeGreaterThanOrEqual(lines);
  });

  it('stops where resumeRun stops on a revised story, and says the same', async () => {
    const runner = new StoryRunner(story);
    runner.choose(0);
    const edited = compileFixture('engine-edited-text');
    const stepped = await resumeRunInSteps(
      edited,
      runner.run,
      {},
      pacer(() => Promise.resolve(), 0),
    );
    expect(stepped.report).toMatchObject({ complete: false, replayed: 0 });
    expect(summary(stepped)).toEqual(summary(resumeRun(edited, runner.run)));
  });

  it('refuses a run from a knot the story does not have, as a damaged save', async () => {
    const run = { ...new StoryRunner(story).run, entry: 'no_such_knot' };
    await expect(
      resumeRunInSteps(
        story,
        run,
        {},
        pacer(() => Promise.resolve()),
      ),
    ).rejects.toBeInstanceOf(SaveError);
  });

  it.each(PERSPECTIVES)(
    "brings back $name's runs in the real story exactly",
    async (perspective) => {
      const json = realStoryJson();
      const runs = randomPlaythroughs(json, 3, 1954, perspective.entry).runs;
      for (const played of runs) {
        const runner = new StoryRunner(json, { entry: perspective.entry });
        for (const index of played.path) runner.choose(index);
        const stepped = await resumeRunInSteps(
          json,
          runner.run,
          {},
          pacer(() => Promise.resolve(), 1),
        );
        expect(summary(stepped)).toEqual(summary(resumeRun(json, runner.run)));
      }
    },
    60_000,
  );
});
