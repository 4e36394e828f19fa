import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyKnotTags,
  checkTag,
  EMPTY_KNOT_STATE,
  isIsoDate,
  parseChoiceTags,
  parseLineTags,
  splitTag,
  TAG_VOCABULARY,
} from '../../../src/engine/tags.ts';

describe('tag parsing', () => {
  it('splits key and value, and bare tags', () => {
    expect(splitTag(' fact:  assault_date ')).toEqual({ name: 'fact', value: 'assault_date' });
    expect(splitTag('fiction')).toEqual({ name: 'fiction', value: '' });
    expect(splitTag('Speaker: ona')).toEqual({ name: 'speaker', value: 'ona' });
  });

  it('parses line tags, several facts included', () => {
    expect(parseLineTags(['fact: a', 'fact: b', 'speaker: ona', 'term: zek', 'fiction: barrack number'])).toEqual({
      facts: ['a', 'b'],
      speaker: 'ona',
      terms: ['zek'],
      fiction: true,
    });
  });

  it('parses choice tags', () => {
    expect(parseChoiceTags(['vote: surrender/hold', 'discuss: why_hold'])).toEqual({
      vote: { decision: 'surrender', option: 'hold' },
      discuss: 'why_hold',
    });
    expect(parseChoiceTags(['vote: not-a-vote'])).toEqual({ vote: null, discuss: null });
  });

  it('carries knot state forward; an ending, once reached, stays', () => {
    const a = applyKnotTags(EMPTY_KNOT_STATE, ['act: assault', 'date: 1954-06-26', 'time: dawn', 'intensity: 3', 'ending: ending_x']);
    expect(a).toMatchObject({ act: 'assault', date: '1954-06-26', time: 'dawn', intensity: 3, ending: 'ending_x' });
    const b = applyKnotTags(a, ['act: epilogue']);
    expect(b).toMatchObject({ act: 'epilogue', date: '1954-06-26', ending: 'ending_x' });
    expect(applyKnotTags(b, ['fact: x'])).toBe(b);
  });

  it('checks real calendar dates', () => {
    expect(isIsoDate('1954-06-26')).toBe(true);
    expect(isIsoDate('1954-06-31')).toBe(false);
    expect(isIsoDate('26 June 1954')).toBe(false);
  });

  it.each([
    ['mood: grim', /unknown tag "mood"/],
    ['act: interlude', /"act" must be one of/],
    ['date: 1954-5-16', /YYYY-MM-DD/],
    ['intensity: 4', /"intensity" must be one of 1, 2, 3/],
    ['fact: Assault Date', /snake_case/],
    ['vote: surrender', /<decision>\/<option>/],
  ])('rejects %s', (raw, message) => {
    expect(checkTag(raw)?.message).toMatch(message);
  });

  it('rejects a tag on the wrong level', () => {
    expect(checkTag('vote: a/b', 'line')?.message).toMatch(/choice tag/);
    expect(checkTag('fact: a', 'choice')?.message).toMatch(/line tag/);
    expect(checkTag('fact: assault_date', 'line')).toBeNull();
  });
});

describe('the tag contract in story/README.md', () => {
  const readme = readFileSync('story/README.md', 'utf8');
  const documented = new Set([...readme.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]!));

  it('documents every tag the engine knows', () => {
    for (const name of Object.keys(TAG_VOCABULARY)) expect(documented, `story/README.md does not document "${name}"`).toContain(name);
  });

  it('lists no tag the engine does not know', () => {
    const tagTables = readme.slice(readme.indexOf('## Tags'), readme.indexOf('## History on the page'));
    const names = [...tagTables.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]!);
    for (const name of names)
      expect(Object.keys(TAG_VOCABULARY), `"${name}" is documented but unknown to src/engine/tags.ts`).toContain(name);
  });

  it('documents the same places and scenes the engine accepts', () => {
    const places = readme.match(/^Places: (.*?)\.$/ms)?.[1] ?? '';
    const scenes = readme.match(/^Scenes: (.*?)\.$/ms)?.[1] ?? '';
    const listed = (text: string) => [...text.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);
    expect(listed(places)).toEqual(TAG_VOCABULARY.place.value.values);
    expect(listed(scenes)).toEqual(TAG_VOCABULARY.scene.value.values);
  });
});
