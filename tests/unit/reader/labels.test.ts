import { describe, expect, it } from 'vitest';
import { EMPTY_KNOT_STATE } from '../../../src/engine/tags.ts';
import { formatStoryDate, placeAndDate, saveFileName } from '../../../src/reader/labels.ts';
import { PERSPECTIVES, perspectiveForEntry } from '../../../src/engine/perspectives.ts';
import { describeError } from '../../../src/reader/error-text.ts';

describe('labels', () => {
  it('write story dates the way people do', () => {
    expect(formatStoryDate('1954-05-16')).toBe('16 May 1954');
    expect(formatStoryDate('1954-06-26')).toBe('26 June 1954');
    expect(formatStoryDate('spring')).toBe('spring');
    expect(formatStoryDate('1954-13-01')).toBe('1954-13-01');
  });

  it('caption a knot by date and place', () => {
    expect(placeAndDate({ ...EMPTY_KNOT_STATE, date: '1954-05-27', place: 'canteen' })).toBe('27 May 1954 — the canteen');
    expect(placeAndDate({ ...EMPTY_KNOT_STATE, place: 'steppe' })).toBe('the steppe');
    expect(placeAndDate(EMPTY_KNOT_STATE)).toBe('');
  });

  it('name an exported save by when it was made', () => {
    expect(saveFileName(new Date(2026, 10, 27, 14, 5))).toBe('forty-days-save-2026-11-27-1405.json');
  });
});

describe('perspectives', () => {
  it('start with Daryna in the women’s section, at the story’s top', () => {
    expect(PERSPECTIVES[0]).toMatchObject({ name: 'Daryna Kovalchuk', section: "women's section", entry: null, speaker: 'daryna' });
    expect(perspectiveForEntry(null).id).toBe('daryna');
    expect(perspectiveForEntry('no_such_knot').id).toBe('daryna');
    expect(new Set(PERSPECTIVES.map((p) => p.id)).size).toBe(PERSPECTIVES.length);
  });
});

describe('error descriptions', () => {
  it('say what went wrong in plain words and keep the technical chain', () => {
    const cause = new TypeError('x is undefined');
    const error = new Error('render failed', { cause });
    const { summary, details } = describeError(error);
    expect(summary).toMatch(/problem it did not expect/);
    expect(details).toContain('Error: render failed');
    expect(details).toContain('Caused by TypeError: x is undefined');
    const story = new Error('ink');
    story.name = 'StoryRuntimeError';
    expect(describeError(story).summary).toMatch(/mistake in its own script/);
    expect(describeError('just a string').details).toBe('just a string');
  });
});
