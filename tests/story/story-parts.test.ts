import { describe, expect, it } from 'vitest';
import { randomPlaythroughs } from '../../src/analysis/random-play.ts';
import { PERSPECTIVES } from '../../src/engine/perspectives.ts';
import { storyPart } from '../../src/engine/story-parts.ts';
import { realStoryJson } from '../helpers/real-story.ts';

/** Each perspective's part of the real story: what a player's page builds (see engine/story-parts.ts). */
describe.each(PERSPECTIVES)("$name's part of the real story", (perspective) => {
  const whole = realStoryJson();
  const part = storyPart(whole, perspective.entry);
  const knots = Object.keys((JSON.parse(part) as { root: Record<string, unknown>[] }).root.at(-1)!);

  it('plays as the whole story does: 100 seeded runs take the same choices, words and endings', () => {
    const runs = randomPlaythroughs(whole, 100, 1954, perspective.entry);
    expect(runs.runs.every((run) => run.error === null && run.ending !== null)).toBe(true);
    expect(randomPlaythroughs(part, 100, 1954, perspective.entry)).toEqual(runs);
  }, 60_000);

  it("holds the perspective's own endings and no other's", () => {
    for (const ending of perspective.endings) expect(knots).toContain(ending);
    const others = PERSPECTIVES.filter((p) => p !== perspective).flatMap((p) => p.endings);
    expect(knots.filter((knot) => others.includes(knot))).toEqual([]);
  });

  it('is well under the whole (a path into another perspective would pull that one in)', () => {
    expect(part.length / whole.length).toBeLessThan(0.65);
  });
});
