import { describe, expect, it } from 'vitest';
import { encodeRunCode } from '../../../src/engine/run-code.ts';
import { StoryRunner } from '../../../src/engine/runner.ts';
import { markdownTranscript } from '../../../src/reader/transcript-markdown.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

const story = compileFixture('engine');

function playedRun(choices: readonly number[]): StoryRunner {
  const runner = new StoryRunner(story);
  for (const index of choices) runner.choose(index);
  return runner;
}

describe('the Markdown transcript', () => {
  it('has the text in order, a heading at each new date and place, every choice, and the run code', () => {
    const runner = playedRun([0, 1]);
    const code = encodeRunCode(runner.run);
    const text = markdownTranscript({ history: runner.history, perspective: 'Ona, women’s section', runCode: code });
    expect(text).toContain(`Run code: \`${code}\``);
    expect(text).toContain('Perspective: Ona, women’s section');
    const order = [
      '## 1 March 1954 — the women’s barrack',
      'The barrack is cold.',
      '> **You chose:** Share your bread',
      'You break it in two.',
      '> **You chose:** Watch the door',
      '## 16 May 1954 — the service yard',
      'Noise from the yard. Ona takes your hand.',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual(positions.toSorted((a, b) => a - b));
    expect(text).toContain('the story goes on');
    // No tags and nothing about the player.
    expect(text).not.toMatch(/fact:|speaker:|#\s*term/);
  });

  it('says when the run reached an ending', () => {
    const runner = playedRun([0, 0, 0]);
    expect(runner.current.ended).toBe(true);
    const text = markdownTranscript({ history: runner.history, perspective: 'Ona', runCode: encodeRunCode(runner.run) });
    expect(text).toContain('reached one of the story’s endings after 3 choices');
  });

  it('keeps story text as text: Markdown characters are escaped', () => {
    const runner = playedRun([]);
    const beat = runner.current;
    const odd = { ...beat, lines: [{ ...beat.lines[0]!, text: '# not a heading *or* a `code`' }] };
    const text = markdownTranscript({ history: [odd], perspective: 'Ona', runCode: 'x' });
    expect(text).toContain('\\# not a heading \\*or\\* a \\`code\\`');
  });
});
