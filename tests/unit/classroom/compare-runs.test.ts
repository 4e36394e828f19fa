import { describe, expect, it } from 'vitest';
import { compareRuns, type RunComparison } from '../../../src/classroom/compare-runs.ts';
import { encodeRunCode } from '../../../src/engine/run-code.ts';
import { StoryRunner } from '../../../src/engine/runner.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

const story = compileFixture('engine');

function codeOf(choices: readonly number[], entry: string | null = null): string {
  const runner = new StoryRunner(story, { entry });
  for (const index of choices) runner.choose(index);
  return encodeRunCode(runner.run);
}

function compared(a: string, b: string): RunComparison {
  const outcome = compareRuns(story, a, b);
  if (!outcome.ok) throw new Error(`expected a comparison, got: ${outcome.message}`);
  return outcome.comparison;
}

describe('comparing two runs', () => {
  it('finds the first choice where the runs part, what each chose, and the class votes they split on', () => {
    const c = compared(codeOf([0, 0, 0]), codeOf([1, 0, 0]));
    expect(c.beganApart).toBe(false);
    expect(c.shared).toBe(1);
    expect(c.parting?.beat.turn).toBe(0);
    expect(c.parting?.a?.text).toBe('Share your bread');
    expect(c.parting?.b?.text).toBe('Keep it');
    expect(c.votesApart).toEqual([['bread', 'share', 'keep']]);
    expect([c.a.ending, c.b.ending]).toEqual(['ending_out', 'ending_out']);
  });

  it('counts the beats in common before a later parting, and ends each side at its own ending', () => {
    const c = compared(codeOf([0, 1, 0]), codeOf([0, 1, 1]));
    expect(c.shared).toBe(3);
    expect(c.parting?.beat.turn).toBe(2);
    expect([c.parting?.a?.text, c.parting?.b?.text]).toEqual(['Go out', 'Stay']);
    expect([c.a.ending, c.b.ending]).toEqual(['ending_out', 'ending_stay']);
    expect(c.votesApart).toEqual([]);
  });

  it('sees that the same run twice does not part', () => {
    const code = codeOf([1, 0, 1]);
    const c = compared(code, code);
    expect(c.parting).toBeNull();
    expect(c.same).toBe(true);
    expect(c.shared).toBe(c.a.beats.length);
  });

  it('marks where an unfinished run stops while the other goes on', () => {
    const c = compared(codeOf([0]), codeOf([0, 0, 0]));
    expect(c.parting?.beat.turn).toBe(1);
    expect(c.parting?.a).toBeNull();
    expect(c.parting?.b?.text).toBe('Sleep');
    expect(c.same).toBe(false);
    expect(c.a.ending).toBeNull();
  });

  it('shows runs that begin at different points whole', () => {
    const c = compared(codeOf([0, 0, 0]), codeOf([1], 'night'));
    expect(c.beganApart).toBe(true);
    expect(c.same).toBe(false);
    expect(c.shared).toBe(0);
    expect(c.parting).toBeNull();
  });

  it('says which code cannot be read, and why', () => {
    const good = codeOf([0]);
    expect(compareRuns(story, 'not a code', good)).toMatchObject({
      ok: false,
      which: 'a',
      message: expect.stringMatching(/cannot be read/),
    });
    expect(compareRuns(story, good, '1-zz')).toMatchObject({ ok: false, which: 'b', message: expect.stringMatching(/cannot be read/) });
  });

  it('replays a run from an earlier story version as far as its choices still fit, and says so', () => {
    const code = codeOf([0, 0, 0]);
    // The last choice's fingerprint no longer matches any offered choice: as if its text was rewritten.
    const edited = `${code.slice(0, -2)}${code.endsWith('00') ? '01' : '00'}`;
    const c = compared(edited, code);
    expect(c.a.partial).toBe(true);
    expect(c.a.ending).toBeNull();
    expect(c.b.partial).toBe(false);
  });
});
