import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/analysis/random-play.ts';
import { SaveError } from '../../../src/engine/errors.ts';
import { resumeRun, StoryRunner } from '../../../src/engine/runner.ts';
import { makeSave, parseSave, serialiseSave } from '../../../src/engine/save.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

const SEED = 19540626;
const story = compileFixture('engine');

describe('a save file fuzzed with random bytes (seeded, 600 cases)', () => {
  it('is refused with a clear SaveError, or read and resumed as far as it is valid; nothing else escapes', () => {
    const runner = new StoryRunner(story);
    runner.choose(0);
    runner.choose(1);
    const valid = serialiseSave(makeSave(runner.run, 'fuzz'));
    const random = seededRandom(SEED);
    let refused = 0;
    let resumed = 0;
    for (let i = 0; i < 600; i++) {
      const bytes = [...valid];
      const kind = i % 3;
      if (kind === 0)
        for (let m = 0; m < 1 + Math.floor(random() * 6); m++)
          bytes[Math.floor(random() * bytes.length)] = String.fromCharCode(Math.floor(random() * 256));
      if (kind === 1) bytes.length = Math.floor(random() * bytes.length);
      if (kind === 2)
        bytes.splice(
          Math.floor(random() * bytes.length),
          0,
          ...Array.from({ length: 8 }, () => String.fromCharCode(Math.floor(random() * 128))),
        );
      const text = bytes.join('');
      try {
        const save = parseSave(text);
        const result = resumeRun(story, save.run);
        expect(result.report.replayed).toBeLessThanOrEqual(save.run.steps.length);
        resumed++;
      } catch (error) {
        expect(error, `seed ${SEED}, case ${i}: ${JSON.stringify(text)}`).toBeInstanceOf(SaveError);
        expect((error as SaveError).message.length).toBeGreaterThan(20);
        refused++;
      }
    }
    expect(refused + resumed).toBe(600);
    expect(refused).toBeGreaterThan(0);
  });
});
