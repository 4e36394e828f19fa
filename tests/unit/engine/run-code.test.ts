import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/analysis/random-play.ts';
import { SaveError } from '../../../src/engine/errors.ts';
import { decodeRunCode, encodeRunCode } from '../../../src/engine/run-code.ts';
import { resumeRun, StoryRunner } from '../../../src/engine/runner.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

const story = compileFixture('engine');

describe('run codes', () => {
  it('reproduce a run exactly', () => {
    const runner = new StoryRunner(story);
    runner.choose(0);
    runner.choose(1);
    runner.choose(0);
    const code = encodeRunCode(runner.run);
    expect(code).toMatch(/^1-[0-9a-f]{14}-[0-9a-z]+-_-([0-9a-z]{3}){3}$/);
    const resumed = resumeRun(story, decodeRunCode(code));
    expect(resumed.report.complete).toBe(true);
    expect(resumed.runner.current.ending).toBe(runner.current.ending);
    expect(resumed.runner.history.flatMap((b) => b.lines.map((l) => l.text))).toEqual(
      runner.history.flatMap((b) => b.lines.map((l) => l.text)),
    );
  });

  it('stop at the first choice that changed in an edited story', () => {
    const runner = new StoryRunner(story);
    runner.choose(0);
    const resumed = resumeRun(compileFixture('engine-edited-text'), decodeRunCode(encodeRunCode(runner.run)));
    expect(resumed.report).toMatchObject({ complete: false, replayed: 0 });
    expect(resumed.notice).toMatch(/choice 1 is no longer in the story/);
  });

  it.each([
    ['', 'wrong number of parts'],
    ['1-xyz-1-_-', 'story version'],
    ['1-0123456789abcd-1-_-0a', 'choices'],
    ['1-0123456789abcd-1-Bad Knot-', 'starting point'],
    ['this-is-not-a-code', 'does not begin like a run code'],
  ])('refuse %j with a clear message', (code, why) => {
    expect(() => decodeRunCode(code)).toThrow(SaveError);
    expect(() => decodeRunCode(code)).toThrow(new RegExp(why));
  });

  it('never crash on random bytes (seeded fuzz, 500 cases): a clear SaveError or a valid record', () => {
    const random = seededRandom(20260627);
    const runner = new StoryRunner(story);
    runner.choose(1);
    const valid = encodeRunCode(runner.run);
    for (let i = 0; i < 500; i++) {
      const chars = [...valid];
      const mutations = 1 + Math.floor(random() * 4);
      for (let m = 0; m < mutations; m++) chars[Math.floor(random() * chars.length)] = String.fromCharCode(Math.floor(random() * 128));
      const code = chars.join('');
      try {
        const record = decodeRunCode(code);
        // A code that still decodes replays as far as it stays valid, without throwing.
        const resumed = resumeRun(story, record);
        expect(resumed.report.replayed).toBeLessThanOrEqual(record.steps.length);
      } catch (error) {
        expect(error, `seed 20260627, case ${i}: ${JSON.stringify(code)}`).toBeInstanceOf(SaveError);
      }
    }
  });
});
