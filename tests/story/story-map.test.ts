import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/analysis/random-play.ts';
import { StoryRunner } from '../../src/engine/runner.ts';
import { PERSPECTIVES } from '../../src/engine/perspectives.ts';
import { mapFrom, storyMap } from '../../src/engine/story-map.ts';
import { ENDING_SUMMARIES } from '../../src/reader/endings.ts';
import { scenesOf } from '../../src/reader/scenes-seen.ts';
import { realStoryJson } from '../helpers/real-story.ts';

/** The story map of the real story: every scene on it, every way between scenes that play takes drawn. */
describe('the story map of the real story', () => {
  const json = realStoryJson();
  const map = storyMap(json);
  const byName = new Map(map.scenes.map((scene) => [scene.name, scene]));

  it('has every ending as a scene, and every scene but the last leads on', () => {
    for (const ending of Object.keys(ENDING_SUMMARIES)) expect(byName.get(ending)?.knot.ending, ending).toBe(ending);
    const deadEnds = map.scenes.filter((scene) => scene.leadsTo.length === 0).map((scene) => scene.name);
    expect(deadEnds).toEqual(['kengir_epilogue']);
  });

  it('gives each perspective its own part: its first scene, its own endings, and the epilogue they share', () => {
    const parts = PERSPECTIVES.map((p) => mapFrom(map, p.entry));
    const endingsOf = (part: typeof map) => part.scenes.filter((scene) => scene.knot.ending).map((scene) => scene.name);
    for (const [i, part] of parts.entries()) {
      expect(part.scenes.map((scene) => scene.name)).toContain(PERSPECTIVES[i]!.entry ?? map.top);
      expect(endingsOf(part).length, PERSPECTIVES[i]!.id).toBeGreaterThanOrEqual(4);
      expect(part.scenes.some((scene) => scene.name === 'kengir_epilogue')).toBe(true);
    }
    // Every class vote is decided in one scene, which one perspective reaches (class results rely on it).
    const votesOf = (part: typeof map) => part.scenes.flatMap((scene) => scene.votes);
    const allVotes = parts.flatMap(votesOf);
    expect(new Set(allVotes).size).toBe(allVotes.length);
    expect(allVotes.toSorted()).toEqual(votesOf(map).toSorted());
    for (const part of parts) expect(votesOf(part).length).toBeGreaterThanOrEqual(2);
    // No perspective reaches another's ending, and together they cover the whole map.
    const allEndings = parts.flatMap(endingsOf);
    expect(new Set(allEndings).size).toBe(allEndings.length);
    expect(new Set(parts.flatMap((part) => part.scenes.map((scene) => scene.name))).size).toBe(map.scenes.length);
  });

  it.each(PERSPECTIVES.map((p) => [p.id, p.entry] as const))(
    'draws every step from scene to scene that seeded playthroughs take (%s)',
    (_, entry) => {
      const missing = new Set<string>();
      const random = seededRandom(1954);
      for (let run = 0; run < 40; run++) {
        const runner = new StoryRunner(json, { entry });
        while (!runner.current.ended) runner.choose(runner.current.choices[Math.floor(random() * runner.current.choices.length)]!.index);
        const knots = scenesOf(runner.history);
        for (let i = 1; i < knots.length; i++) {
          const [from, to] = [knots[i - 1]!, knots[i]!];
          if (from !== to && byName.has(from) && byName.has(to) && !byName.get(from)!.leadsTo.includes(to)) missing.add(`${from} -> ${to}`);
        }
      }
      expect([...missing]).toEqual([]);
    },
  );
});
