import { describe, expect, it } from 'vitest';
import { findMentions, isVouched, needsGrounding } from '../../../src/history/numbers.ts';

const grounded = (line: string) => findMentions(line).filter(needsGrounding);

describe('findMentions', () => {
  it('finds digits with thousands separators and years', () => {
    expect(grounded('About 1,700 soldiers came in 1954.')).toEqual([
      { text: '1,700', kind: 'number', value: 1700 },
      { text: '1954', kind: 'year', value: 1954 },
    ]);
  });

  it('finds number words, compound and scaled', () => {
    expect(grounded('Forty days, twenty-five years, one thousand seven hundred men.').map((m) => m.value)).toEqual([40, 25, 1700]);
  });

  it('finds dates in several forms', () => {
    expect(grounded('On 26 June 1954, and on June 26, and on the sixteenth of May, and in June 1954.').map((m) => m.date)).toEqual([
      '1954-06-26',
      '06-26',
      '05-16',
      '1954-06',
    ]);
  });

  it('finds ordinals and skips small numbers and times of day', () => {
    expect(grounded('The third night, at 18:25, two women and the twenty-sixth.').map((m) => [m.kind, m.value])).toEqual([['ordinal', 26]]);
  });

  it('does not mistake words that contain number words', () => {
    expect(grounded('Often, someone, tone, tenant, nineteenth-century.').map((m) => m.value)).toEqual([19]);
  });
});

describe('isVouched', () => {
  const vouched = { dates: ['1954-06-26', '1956-09'], numbers: [1700, 98, 5] };
  it('matches numbers, years and dates against the facts', () => {
    const [soldiers, year] = findMentions('1,700 soldiers in 1956');
    expect(isVouched(soldiers!, vouched)).toBe(true);
    expect(isVouched(year!, vouched)).toBe(true);
    expect(isVouched(findMentions('the twenty-sixth of June')[0]!, vouched)).toBe(true);
    expect(isVouched(findMentions('the twenty-sixth')[0]!, vouched)).toBe(true);
  });
  it('refuses what the facts do not say', () => {
    expect(isVouched(findMentions('1,600 soldiers')[0]!, vouched)).toBe(false);
    expect(isVouched(findMentions('25 June')[0]!, vouched)).toBe(false);
    expect(isVouched(findMentions('in 1955')[0]!, vouched)).toBe(false);
  });
});
