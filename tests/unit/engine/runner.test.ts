import { describe, expect, it } from 'vitest';
import { StoryRuntimeError, StoryUsageError } from '../../../src/engine/errors.ts';
import { resumeRun, StoryRunner, type Beat } from '../../../src/engine/runner.ts';
import { hashText } from '../../../src/engine/hash.ts';
import { parseStory, prebuildStory } from '../../../src/engine/ink-session.ts';
import { makeSave, parseSave, serialiseSave } from '../../../src/engine/save.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

const engineStory = compileFixture('engine');

type Mode = 'direct' | 'save-restore';

/**
 * Plays through a runner. In save-restore mode every choice is followed by a save, serialised to
 * text, parsed, and resumed into a fresh runner, the way ink's own tests round-trip their stories.
 */
function player(mode: Mode, json: string) {
  let runner = new StoryRunner(json);
  return {
    get runner() {
      return runner;
    },
    choose(index: number): Beat {
      const beat = runner.choose(index);
      if (mode === 'direct') return beat;
      const text = serialiseSave(makeSave(runner.run, 'test'));
      const resumed = resumeRun(json, parseSave(text).run);
      expect(resumed.report.complete).toBe(true);
      expect(resumed.notice).toBeNull();
      runner = resumed.runner;
      return runner.current;
    },
  };
}

describe.each<Mode>(['direct', 'save-restore'])('StoryRunner (%s)', (mode) => {
  it('hands out the first beat: lines with parsed tags, the knot state and the choices', () => {
    const p = player(mode, engineStory);
    const beat = p.runner.current;
    expect(beat.turn).toBe(0);
    expect(beat.lines.map((l) => l.text)).toEqual(['The barrack is cold.', 'Ona speaks.']);
    expect(beat.lines[0]!.tags.facts).toEqual(['special_camp_regime']);
    expect(beat.lines[1]!.tags).toMatchObject({ speaker: 'ona', terms: ['zek'], fiction: false });
    expect(beat.knot).toMatchObject({ act: 'prologue', date: '1954-03-01', place: 'women_barrack', scene: 'barracks', intensity: 1 });
    expect(beat.choices.map((c) => c.text)).toEqual(['Share your bread', 'Keep it']);
    expect(beat.choices[0]!.tags.vote).toEqual({ decision: 'bread', option: 'share' });
    expect(beat.choices[1]!.tags).toEqual({ vote: { decision: 'bread', option: 'keep' }, discuss: 'hunger' });
    expect(Object.isFrozen(beat)).toBe(true);
  });

  it('follows a choice, carries variables forward and updates the knot state', () => {
    const p = player(mode, engineStory);
    p.choose(0);
    const night = p.choose(1);
    expect(night.lines.map((l) => l.text)).toEqual(['Noise from the yard. Ona takes your hand.']);
    expect(night.knot).toMatchObject({ act: 'breakthrough', date: '1954-05-16', time: 'night', scene: 'yard', intensity: 2 });
    expect(p.runner.run.steps).toEqual([
      { index: 0, text: 'Share your bread' },
      { index: 1, text: 'Watch the door' },
    ]);
  });

  it('reaches an ending and names it', () => {
    const p = player(mode, engineStory);
    p.choose(1);
    p.choose(0);
    const end = p.choose(1);
    expect(end.ended).toBe(true);
    expect(end.ending).toBe('ending_stay');
    expect(end.choices).toEqual([]);
  });

  it('keeps every beat in its history, with the choice made at each', () => {
    const p = player(mode, engineStory);
    p.choose(1);
    p.choose(0);
    const history = p.runner.history;
    expect(history.map((b) => b.turn)).toEqual([0, 1, 2]);
    expect(history[0]!.chosen?.text).toBe('Keep it');
    expect(history[1]!.chosen?.text).toBe('Sleep');
    expect(history[2]!.chosen).toBeNull();
  });

  it('rewinds to an earlier choice as if the later ones were never made', () => {
    const p = player(mode, engineStory);
    p.choose(0);
    p.choose(0);
    const back = p.runner.rewind(1);
    expect(back.turn).toBe(1);
    expect(p.runner.run.steps).toEqual([{ index: 0, text: 'Share your bread' }]);
    expect(p.runner.history).toHaveLength(2);
    p.runner.rewind(0);
    const night = (p.runner.choose(1), p.runner.choose(0));
    expect(night.lines[0]!.text).toBe('Noise from the yard.');
  });

  it('refuses a choice that is not offered, and stays where it was', () => {
    const p = player(mode, engineStory);
    expect(() => p.runner.choose(5)).toThrow(StoryUsageError);
    expect(() => p.runner.rewind(3)).toThrow(StoryUsageError);
    expect(p.runner.current.turn).toBe(0);
  });
});

describe('StoryRunner determinism and errors', () => {
  it('gives the same text for the same run, RANDOM included', () => {
    const a = new StoryRunner(engineStory);
    const b = new StoryRunner(engineStory);
    expect(a.choose(0).lines).toEqual(b.choose(0).lines);
  });

  it('turns an ink runtime error into a StoryRuntimeError that names the choice path', () => {
    const runner = new StoryRunner(compileFixture('runtime-error'));
    let error: unknown;
    try {
      runner.choose(1);
    } catch (cause) {
      error = cause;
    }
    expect(error).toBeInstanceOf(StoryRuntimeError);
    expect((error as StoryRuntimeError).choicePath).toEqual([1]);
    expect((error as StoryRuntimeError).inkErrors.length).toBeGreaterThan(0);
  });

  it('tells listeners about every new beat', () => {
    const runner = new StoryRunner(engineStory);
    const turns: number[] = [];
    const stop = runner.onBeat((beat) => turns.push(beat.turn));
    runner.choose(0);
    runner.rewind(0);
    stop();
    runner.choose(1);
    expect(turns).toEqual([1, 0, 0]);
  });
});

describe('the story hash', () => {
  it('is the hash of the story text, unless the build already knows it', () => {
    expect(new StoryRunner(engineStory).storyHash).toBe(hashText(engineStory));
    expect(new StoryRunner(engineStory, { storyHash: 'from-the-build' }).storyHash).toBe('from-the-build');
    const run = new StoryRunner(engineStory).run;
    // A save of this very story resumes as the same story when the known hash is passed on.
    expect(resumeRun(engineStory, run, { storyHash: hashText(engineStory) }).sameStory).toBe(true);
  });
});

describe('a story parsed ahead', () => {
  it('plays as its text does, keeps the same hash, and can be used for more than one run', () => {
    const parsed = parseStory(engineStory);
    const play = (runner: StoryRunner) => {
      const beats: Beat[] = [runner.current];
      while (!runner.current.ended) beats.push(runner.choose(runner.current.choices.at(-1)!.index));
      return beats;
    };
    const fromText = new StoryRunner(engineStory);
    const fromTree = new StoryRunner(parsed);
    expect(fromTree.storyHash).toBe(fromText.storyHash);
    const expected = play(fromText);
    expect(play(fromTree)).toEqual(expected);
    // inkjs only reads the tree: a second run on it (a replay, say) plays the same.
    const resumed = resumeRun(parsed, new StoryRunner(engineStory).run);
    expect(play(resumed.runner)).toEqual(expected);
  });

  it('built ahead, serves one run; the next run on it starts afresh rather than where that one is', () => {
    const parsed = parseStory(engineStory);
    prebuildStory(parsed);
    const fresh = new StoryRunner(engineStory).current;
    const first = new StoryRunner(parsed);
    expect(first.current).toEqual(fresh);
    first.choose(first.current.choices[0]!.index);
    // Had the second run been given the first one's ink story, it would start a choice in.
    const second = new StoryRunner(parsed);
    expect(second.current).toEqual(fresh);
    expect(second.choose(second.current.choices[0]!.index)).toEqual(first.current);
    // Built ahead again (a second resume from the same parse), it still plays from the start.
    prebuildStory(parsed);
    expect(resumeRun(parsed, first.run).runner.current).toEqual(first.current);
  });
});
