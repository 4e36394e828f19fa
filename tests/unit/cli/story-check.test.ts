import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function storyCheck(...args: string[]): { status: number; stdout: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/story-check.ts', ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, stdout };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, stdout: e.stdout };
  }
}

describe('npm run story:check', () => {
  it('exits non-zero on a flawed story and names the dead end, the unreachable ending and the unknown tag', () => {
    const { status, stdout } = storyCheck('tests/fixtures/ink/flawed.ink', '--no-grounding');
    expect(status).toBe(1);
    expect(stdout).toMatch(/\[dead-end\] the story stops without an ending.*\[choices 0\]/);
    expect(stdout).toMatch(/tests\/fixtures\/ink\/flawed\.ink:38 {2}\[unreachable-ending\] ending "ending_never" is never reached/);
    expect(stdout).toMatch(/tests\/fixtures\/ink\/flawed\.ink:11 {2}\[tag-vocabulary\] unknown tag "mood"/);
    expect(stdout).toMatch(/FAILED/);
  }, 30_000);

  it('exits non-zero on a compile error and names its file and line', () => {
    const { status, stdout } = storyCheck('tests/fixtures/ink/broken-include.ink', '--no-grounding');
    expect(status).toBe(1);
    expect(stdout).toMatch(/tests\/fixtures\/ink\/broken-part\.ink:3 {2}\[compile-error\]/);
  }, 30_000);

  it('prints the report as JSON for machines', () => {
    const { status, stdout } = storyCheck('tests/fixtures/ink/branching.ink', '--no-grounding', '--json', '--entry-knot=start');
    const report = JSON.parse(stdout);
    expect(report.exploration.states).toBe(5);
    expect(report.endings).toEqual([
      { id: 'ending_a', paths: 2, reached: true },
      { id: 'ending_b', paths: 2, reached: true },
    ]);
    expect(report.playthrough.choices).toMatchObject({ min: 2, max: 2, median: 2 });
    expect(status).toBe(0);
  }, 30_000);
});
