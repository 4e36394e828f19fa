import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryOf, playScript, scriptOf, transcript } from '../../src/analysis/transcript.ts';
import { StoryRunner } from '../../src/engine/runner.ts';
import { realStoryJson } from '../helpers/real-story.ts';

// Golden transcripts: scripted runs to different endings, reviewed like code. A diff here is a diff
// in the story that someone meant: run `npm run story:golden` to rewrite them, and review the diff.
const dir = 'tests/golden';
const goldens = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];

describe('golden transcripts', () => {
  it('cover at least three different endings', () => {
    const endings = new Set(goldens.map((f) => /\[END (\S+)\]/.exec(readFileSync(`${dir}/${f}`, 'utf8'))?.[1]));
    expect(goldens.length).toBeGreaterThanOrEqual(3);
    expect(endings.size).toBeGreaterThanOrEqual(3);
  });

  it.each(goldens)('%s replays to exactly the same text', (file) => {
    const golden = readFileSync(`${dir}/${file}`, 'utf8');
    const entry = entryOf(golden);
    const runner = new StoryRunner(realStoryJson(), { entry });
    const played = playScript(runner, scriptOf(golden));
    expect(played, 'the script no longer fits the story: run npm run story:golden and review the diff').toEqual({ ok: true });
    expect(transcript(runner.history, entry)).toBe(golden);
  });
});
