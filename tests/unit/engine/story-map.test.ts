import { describe, expect, it } from 'vitest';
import { storyMap } from '../../../src/engine/story-map.ts';
import { compileInk } from '../../../src/engine/compile.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

function compiled(source: string): string {
  const result = compileInk('map.ink', () => source);
  if (!result.json) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.json;
}

const TAGS = (date: string) =>
  `# act: prologue\n# date: ${date}\n# time: day\n# place: gate\n# scene: gate\n# beat: prelude\n# intensity: 1\n`;

describe('the story map', () => {
  it('lists the tagged knots as scenes, with the scenes each can lead to', () => {
    const map = storyMap(compileFixture('engine'));
    expect(map.scenes.map((s) => s.name)).toEqual(['start', 'night', 'ending_out', 'ending_stay']);
    expect(map.scenes.find((s) => s.name === 'start')?.leadsTo).toEqual(['night']);
    expect(map.scenes.find((s) => s.name === 'night')?.leadsTo).toEqual(['ending_out', 'ending_stay']);
    expect(map.scenes.find((s) => s.name === 'night')?.knot).toMatchObject({
      date: '1954-05-16',
      place: 'service_yard',
      act: 'breakthrough',
    });
    expect(map.scenes.find((s) => s.name === 'ending_out')?.knot.ending).toBe('ending_out');
  });

  it('follows tunnels and divert targets kept in variables, and leaves out functions and the knot itself', () => {
    const json = compiled(
      [
        'VAR go = -> b',
        '-> a',
        `=== a ===\n${TAGS('1954-05-01')}{helper()}\n~ temp next = -> c\n-> b ->\n-> next`,
        `=== b ===\n${TAGS('1954-05-02')}In b.\n->->`,
        `=== c ===\n${TAGS('1954-05-03')}In c.\n* [Again] -> c\n* [On] -> END`,
        '=== function helper ===\n~ return 1',
      ].join('\n'),
    );
    const map = storyMap(json);
    expect(map.scenes.map((s) => s.name)).toEqual(['a', 'b', 'c']);
    expect(map.scenes[0]!.leadsTo).toEqual(['c', 'b']);
    expect(map.scenes[2]!.leadsTo).toEqual([]);
  });
});
