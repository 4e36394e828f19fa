import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../../src/engine/runner.ts';
import { factsSeen, termsSeen } from '../../../src/reader/glossary.ts';
import { realStoryJson } from '../../helpers/real-story.ts';

describe('the glossary and facts seen', () => {
  it('collect terms and facts in the order they first appear, each once, from the real story', () => {
    const runner = new StoryRunner(realStoryJson());
    while (!runner.current.ended && runner.current.turn < 6) runner.choose(runner.current.choices[0]!.index);
    const terms = termsSeen(runner.history);
    const facts = factsSeen(runner.history);
    const tagged = runner.history.flatMap((b) => b.lines.flatMap((l) => l.tags.terms));
    expect(terms).toEqual([...new Set(tagged)]);
    expect(facts).toEqual([...new Set(runner.history.flatMap((b) => b.lines.flatMap((l) => l.tags.facts)))]);
    expect(terms.length).toBeGreaterThan(0);
    expect(facts.length).toBeGreaterThan(0);
  });
});
