import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../../src/classroom/guide.ts';

describe('reading the teacher’s guide', () => {
  it('finds headings, paragraphs over several lines, list items and their fact markers, with line numbers', () => {
    const blocks = parseGuide(
      [
        '# Teacher’s guide',
        '',
        '## Background',
        'The strike began',
        'in May. {fact: breakthrough_three_nights, strike_start}',
        '',
        '### Segment one',
        '- Read for 20 minutes.',
        '- Ask why. {fact: demands_27may}',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'title', text: 'Teacher’s guide', facts: [], line: 1 },
      { kind: 'section', text: 'Background', facts: [], line: 3 },
      { kind: 'paragraph', text: 'The strike began in May.', facts: ['breakthrough_three_nights', 'strike_start'], line: 4 },
      { kind: 'subsection', text: 'Segment one', facts: [], line: 7 },
      { kind: 'item', text: 'Read for 20 minutes.', facts: [], line: 8 },
      { kind: 'item', text: 'Ask why.', facts: ['demands_27may'], line: 9 },
    ]);
  });

  it('leaves anything else as plain text', () => {
    expect(parseGuide('<b>not markup</b> and #not a heading')).toEqual([
      { kind: 'paragraph', text: '<b>not markup</b> and #not a heading', facts: [], line: 1 },
    ]);
  });
});
