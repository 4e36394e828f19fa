import { describe, expect, it } from 'vitest';
import { SaveError } from '../../../src/engine/errors.ts';
import { resumeRun, StoryRunner } from '../../../src/engine/runner.ts';
import { makeSave, parseSave, SAVE_FORMAT, serialiseSave } from '../../../src/engine/save.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

const original = compileFixture('engine');

function savedRun(choices: number[]) {
  const runner = new StoryRunner(original);
  for (const index of choices) runner.choose(index);
  return serialiseSave(makeSave(runner.run, 'a label', new Date('2026-01-02T03:04:05Z')));
}

describe('save files', () => {
  it('round-trips a save through text', () => {
    const text = savedRun([0, 1]);
    const save = parseSave(text);
    expect(save).toMatchObject({ format: SAVE_FORMAT, label: 'a label', savedAt: '2026-01-02T03:04:05.000Z' });
    expect(save.run.steps).toEqual([
      { index: 0, text: 'Share your bread' },
      { index: 1, text: 'Watch the door' },
    ]);
  });

  it('keeps the autosave’s copy of the page through text, and drops a damaged copy without failing the save', () => {
    const runner = new StoryRunner(original);
    runner.choose(0);
    const [previous, beat] = runner.history.slice(-2);
    const page = { beat: beat!, previous: previous! };
    const text = serialiseSave(makeSave(runner.run, 'a label', new Date(0), page));
    expect(parseSave(text).page).toEqual(page);
    // A plain save has none.
    expect(parseSave(savedRun([0])).page).toBeUndefined();

    const damaged = (edit: (page: Record<string, unknown>) => void) => {
      const value = JSON.parse(text) as { page: Record<string, unknown> };
      edit(value.page);
      return parseSave(JSON.stringify(value));
    };
    for (const edit of [
      (p: Record<string, unknown>) => (p.beat = 'text'),
      (p: Record<string, unknown>) => ((p.beat as { lines: unknown }).lines = [{ text: 3 }]),
      (p: Record<string, unknown>) => ((p.beat as { choices: unknown }).choices = [{ index: 'first', text: 'x', tags: {} }]),
      (p: Record<string, unknown>) => delete p.previous,
    ]) {
      const save = damaged(edit);
      expect(save.page).toBeUndefined();
      expect(save.run.steps).toEqual(runner.run.steps);
    }
  });

  it.each([
    ['not JSON at all', '{"format": 1, "run": ', 'not-json'],
    ['JSON that is not a save', '{"hello": "world"}', 'not-a-save'],
    ['a save from a newer game', JSON.stringify({ format: SAVE_FORMAT + 1, run: { storyHash: 'x', seed: 1, steps: [] } }), 'newer-format'],
    [
      'a damaged choice record',
      JSON.stringify({ format: 1, run: { storyHash: 'x', seed: 1, steps: [{ index: -1, text: 'x' }] } }),
      'damaged',
    ],
    ['a missing story hash', JSON.stringify({ format: 1, run: { seed: 1, steps: [] } }), 'damaged'],
  ])('refuses %s with a message for people', (_name, text, reason) => {
    let error: unknown;
    try {
      parseSave(text);
    } catch (cause) {
      error = cause;
    }
    expect(error).toBeInstanceOf(SaveError);
    expect((error as SaveError).reason).toBe(reason);
    expect((error as SaveError).message).toMatch(/save|version|data/i);
  });

  it('does not change the text it was given when it refuses it', () => {
    const text = '{"format": 1, "run": {"storyHash": "x", "seed": 1, "steps": "broken"}}';
    const copy = String(text);
    expect(() => parseSave(text)).toThrow(SaveError);
    expect(text).toBe(copy);
  });
});

describe('resuming a save on an edited story', () => {
  it('resumes exactly on the same story', () => {
    const resumed = resumeRun(original, parseSave(savedRun([0, 1, 0])).run);
    expect(resumed).toMatchObject({ sameStory: true, notice: null, report: { complete: true, replayed: 3 } });
    expect(resumed.runner.current.ending).toBe('ending_out');
  });

  it('stops at a reworded choice instead of taking the wrong branch, and says where', () => {
    const edited = compileFixture('engine-edited-text');
    const resumed = resumeRun(edited, parseSave(savedRun([0, 1, 0])).run);
    expect(resumed.sameStory).toBe(false);
    expect(resumed.report).toMatchObject({ complete: false, replayed: 0, recorded: 3 });
    expect(resumed.notice).toMatch(/replayed up to choice 0 of 3/);
    expect(resumed.notice).toMatch(/no longer in the story/);
    expect(resumed.runner.current.turn).toBe(0);
  });

  it('replays up to a removed choice and continues from the furthest valid point', () => {
    const edited = compileFixture('engine-choice-removed');
    const resumed = resumeRun(edited, parseSave(savedRun([1, 1, 0])).run);
    expect(resumed.report).toMatchObject({ complete: false, replayed: 1 });
    expect(resumed.notice).toMatch(/"Watch the door"\) has moved/);
    expect(resumed.runner.current.choices.map((c) => c.text)).toEqual(['Watch the door']);
  });
});
