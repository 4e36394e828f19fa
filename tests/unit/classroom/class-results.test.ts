import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classResults, ENDING_SUMMARIES, readRunCodes } from '../../../src/classroom/class-results.ts';
import { encodeRunCode } from '../../../src/engine/run-code.ts';
import { StoryRunner } from '../../../src/engine/runner.ts';
import { PERSPECTIVES } from '../../../src/engine/perspectives.ts';
import { parseClassroom, type ClassVote } from '../../../src/history/classroom-registry.ts';
import { compileFixture } from '../../helpers/fixtures.ts';
import { realStoryJson } from '../../helpers/real-story.ts';

const story = compileFixture('engine');

/** The fixture's one vote (choice tags `vote: bread/share` and `vote: bread/keep`). */
const BREAD: ClassVote = {
  kind: 'vote',
  id: 'bread',
  chapter: 'fixture',
  question: 'Share the bread or keep it?',
  options: [
    { key: 'share', label: 'Share it', case: 'She is hungrier than you are.' },
    { key: 'keep', label: 'Keep it', case: 'You will need your strength tomorrow.' },
  ],
  history: 'Not history: a fixture.',
  facts: [],
};

function codeOf(choices: readonly number[]): string {
  const runner = new StoryRunner(story);
  for (const index of choices) runner.choose(index);
  return encodeRunCode(runner.run);
}

describe('reading pasted run codes', () => {
  it('finds codes one or more a line, bare or inside a game address, with their line numbers', () => {
    const text = '1-aaa 1-bbb,1-ccc\n\n  http://localhost:5173/#run=1-ddd  \n1-eee';
    expect(readRunCodes(text)).toEqual([
      { line: 1, code: '1-aaa' },
      { line: 1, code: '1-bbb' },
      { line: 1, code: '1-ccc' },
      { line: 3, code: '1-ddd' },
      { line: 4, code: '1-eee' },
    ]);
    expect(readRunCodes('  \n ')).toEqual([]);
  });
});

describe('class results', () => {
  it('counts endings and the option chosen at each vote, and says which codes it could not read', () => {
    const shareOut = codeOf([0, 0, 0]);
    const keepStay = codeOf([1, 0, 1]);
    const unfinished = codeOf([1]);
    const pasted = [shareOut, shareOut, keepStay, `http://x/#run=${unfinished}`, 'not-a-code', '1-0123456789abcd-zz-_-0'].join('\n');
    const results = classResults(story, pasted, [BREAD]);

    expect(results.runs).toHaveLength(4);
    expect(results.unreadable.map((u) => u.line)).toEqual([5, 6]);
    expect(results.unreadable[0]!.message).toMatch(/cannot be read/);
    expect(results.endings).toEqual([
      { ending: 'ending_out', summary: 'ending_out', count: 2 },
      { ending: 'ending_stay', summary: 'ending_stay', count: 1 },
    ]);
    expect(results.unfinished).toBe(1);
    expect(results.votes).toHaveLength(1);
    expect(results.votes[0]!.reached).toBe(4);
    expect(results.votes[0]!.options.map((o) => [o.option.key, o.count])).toEqual([
      ['share', 2],
      ['keep', 2],
    ]);
  });

  it('replays a run from a revised story as far as it fits, and says so', () => {
    // A code whose second choice has a fingerprint no choice has: it stops after the first.
    const good = codeOf([0, 0, 0]);
    const altered = `${good.slice(0, -6)}0zz${good.slice(-3)}`;
    const [run] = classResults(story, altered, [BREAD]).runs;
    expect(run!.partial).toBe(true);
    expect(run!.choices).toBe(1);
    expect(run!.ending).toBeNull();
  });

  it('has a summary for every ending the real story has, so teachers never see a bare knot name', () => {
    const endings = new Set<string>();
    for (const file of readdirSync('story').filter((name) => name.endsWith('.ink'))) {
      for (const match of readFileSync(`story/${file}`, 'utf8').matchAll(/#\s*ending:\s*([a-z_0-9]+)/g)) endings.add(match[1]!);
    }
    expect(endings.size).toBeGreaterThan(0);
    const missing = [...endings].filter((ending) => !(ending in ENDING_SUMMARIES));
    expect(missing, 'add a line for each to ENDING_SUMMARIES in src/classroom/class-results.ts').toEqual([]);
  });

  it('leaves out the votes of a perspective nobody in the class played', () => {
    const json = realStoryJson();
    const classroom = parseClassroom('story/classroom.yaml', readFileSync('story/classroom.yaml', 'utf8'));
    const allVotes = classroom.filter((entry) => entry.kind === 'vote').map((entry) => entry.id);
    const codeFrom = (entry: string | null) => {
      const runner = new StoryRunner(json, { entry });
      runner.choose(0);
      return encodeRunCode(runner.run);
    };
    const [daryna, fyodor] = PERSPECTIVES.map((p) => codeFrom(p.entry));
    const onlyDaryna = classResults(json, daryna!, classroom).votes.map((v) => v.vote.id);
    const onlyFyodor = classResults(json, fyodor!, classroom).votes.map((v) => v.vote.id);
    expect(onlyDaryna).toContain('cross_yard');
    expect(onlyDaryna).not.toContain('teach_squads');
    expect(onlyFyodor).toEqual(['teach_squads', 'fyodor_interrogation']);
    // Together they are every vote, each once; a mixed class sees all of them.
    expect([...onlyDaryna, ...onlyFyodor].toSorted()).toEqual(allVotes.toSorted());
    expect(classResults(json, `${daryna}\n${fyodor}`, classroom).votes.map((v) => v.vote.id)).toEqual(allVotes);
  });
});
