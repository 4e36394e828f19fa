import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { buildStoryInSteps, parseStory, prebuildStoryInSteps, UnboundExternalError } from '../../../src/engine/ink-session.ts';
import { pacer } from '../../../src/engine/pacer.ts';
import { resumeRun, StoryRunner, type Beat } from '../../../src/engine/runner.ts';
import { storyPart } from '../../../src/engine/story-parts.ts';
import { PERSPECTIVES } from '../../../src/engine/perspectives.ts';
import { compileFixture } from '../../helpers/fixtures.ts';
import { realStoryJson } from '../../helpers/real-story.ts';

const noPause = pacer(() => Promise.resolve(), 0);

/** ink's own build and the stepped one, serialised: the same text means the same tree of objects. */
async function bothBuilds(json: string, stepMs = 0) {
  let pauses = 0;
  const stepped = await buildStoryInSteps(
    JSON.parse(json) as Record<string, unknown>,
    pacer(() => (pauses++, Promise.resolve()), stepMs),
  );
  return { whole: new Story(json).ToJson()!, stepped: stepped.ToJson()!, pauses };
}

function play(runner: StoryRunner): Beat[] {
  const beats: Beat[] = [runner.current];
  while (!runner.current.ended) beats.push(runner.choose(runner.current.choices.at(-1)!.index));
  return beats;
}

describe('a story built in steps', () => {
  it.each(['engine', 'story-parts', 'stepped-build'])('builds the same objects as ink does from the %s fixture', async (fixture) => {
    const json = compileFixture(fixture);
    const { whole, stepped, pauses } = await bothBuilds(json);
    expect(stepped).toBe(whole);
    // Given time, several knots (and the declarations) are built together, and still the same.
    expect((await bothBuilds(json, 1000)).stepped).toBe(whole);
    // With no time allowed per task, the thread is given back before every knot (and the variable
    // declarations), before the story is put together, before the declarations run and before the
    // external functions are checked.
    const items = Object.keys((JSON.parse(json) as { root: Record<string, unknown>[] }).root.at(-1)!).filter(
      (key) => !['#f', '#n'].includes(key),
    );
    expect(items.length).toBeGreaterThan(2);
    expect(pauses).toBe(items.length + 3);
  });

  it('builds the same objects as ink does from the real story and from each perspective’s part', async () => {
    const whole = realStoryJson();
    for (const json of [whole, ...PERSPECTIVES.map((p) => storyPart(whole, p.entry))]) {
      // One knot a step, and up to eight a step: the same objects either way. (How many pauses a
      // time budget gives depends on the machine's speed at that moment, so it is not counted here.)
      const oneByOne = await bothBuilds(json, 0);
      expect(oneByOne.stepped).toBe(oneByOne.whole);
      expect(oneByOne.pauses).toBeGreaterThan(10);
      expect((await bothBuilds(json, 1000)).stepped).toBe(oneByOne.whole);
    }
  }, 60_000);

  it('serves the next run made from its parse, which plays as a run from the text does', async () => {
    const json = compileFixture('engine');
    const parsed = parseStory(json);
    await prebuildStoryInSteps(parsed, noPause);
    const expected = play(new StoryRunner(json));
    expect(play(new StoryRunner(parsed))).toEqual(expected);
    // A replay on the same parse builds its own story and plays the same.
    const run = new StoryRunner(json).run;
    expect(play(resumeRun(parsed, run).runner)).toEqual(expected);
  });

  it('plays an external function by its ink fallback, built in steps or not', async () => {
    const json = compileFixture('external-fallback');
    // Built ahead, not left to the session: the fallback counts as a way to run the function.
    await expect(buildStoryInSteps(JSON.parse(json) as Record<string, unknown>, noPause)).resolves.toBeDefined();
    const parsed = parseStory(json);
    await prebuildStoryInSteps(parsed, noPause);
    const stepped = play(new StoryRunner(parsed));
    expect(stepped).toEqual(play(new StoryRunner(json)));
    expect(stepped.flatMap((beat) => beat.lines.map((line) => line.text))).toEqual([
      'The sky over the yard is dark.',
      'By noon it is grey.',
    ]);
  });

  it('reports an external function it cannot run as a story built in one go does, on its first line', async () => {
    const json = compileFixture('external-unbound');
    await expect(buildStoryInSteps(JSON.parse(json) as Record<string, unknown>, noPause)).rejects.toBeInstanceOf(UnboundExternalError);
    const parsed = parseStory(json);
    await prebuildStoryInSteps(parsed, noPause);
    const failure = (source: string | ReturnType<typeof parseStory>) => {
      try {
        return { started: new StoryRunner(source).current.turn };
      } catch (error) {
        return { error: String(error) };
      }
    };
    const inOneGo = failure(json);
    expect(inOneGo.error).toMatch(/nothere/);
    expect(failure(parsed)).toEqual(inOneGo);
  });

  it('leaves to ink the report on a tree that is not a story', async () => {
    await expect(buildStoryInSteps({ inkVersion: 21 }, noPause)).rejects.toThrow(/Root node for ink not found/);
    await expect(buildStoryInSteps({ root: [[], 'done', {}] }, noPause)).rejects.toThrow(/ink version number not found/);
  });
});
