/**
 * The teacher's guide (story/teacher-guide.md), read as a small, fixed subset of Markdown: `#`,
 * `##` and `###` headings, paragraphs, `- ` list items, and a fact marker `{fact: id, id}` at the
 * end of any paragraph or item that states history. Nothing else is markup, so the page never
 * renders anything the writers did not mean as text.
 */

export type GuideBlockKind = 'title' | 'section' | 'subsection' | 'paragraph' | 'item';

export interface GuideBlock {
  readonly kind: GuideBlockKind;
  readonly text: string;
  /** The facts the block cites (empty: it states no history). */
  readonly facts: readonly string[];
  /** The line in the file the block starts on (1-based), for messages. */
  readonly line: number;
}

const MARKER = /\s*\{fact:\s*([^}]*)\}\s*$/;

function withFacts(kind: GuideBlockKind, raw: string, line: number): GuideBlock {
  const marker = MARKER.exec(raw);
  const text = (marker ? raw.slice(0, marker.index) : raw).trim();
  const facts = marker
    ? marker[1]!
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)
    : [];
  return { kind, text, facts, line };
}

/**
 * Splits the guide into blocks. A paragraph runs until a blank line; a list item is one line.
 * @example parseGuide('## Objectives\n\n- Explain why.\n') // [{ kind: 'section', text: 'Objectives', … }, { kind: 'item', text: 'Explain why.', … }]
 */
export function parseGuide(source: string): readonly GuideBlock[] {
  const blocks: GuideBlock[] = [];
  let paragraph: { lines: string[]; line: number } | null = null;
  const flush = (): void => {
    if (paragraph) blocks.push(withFacts('paragraph', paragraph.lines.join(' '), paragraph.line));
    paragraph = null;
  };
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const number = i + 1;
    if (line === '') return flush();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const kind: GuideBlockKind = heading[1]!.length === 1 ? 'title' : heading[1]!.length === 2 ? 'section' : 'subsection';
      blocks.push({ kind, text: heading[2]!.trim(), facts: [], line: number });
      return;
    }
    if (line.startsWith('- ')) {
      flush();
      blocks.push(withFacts('item', line.slice(2), number));
      return;
    }
    if (paragraph) paragraph.lines.push(line);
    else paragraph = { lines: [line], line: number };
  });
  flush();
  return blocks;
}

/** The sections every guide has, in this order (classroom.md: what teachers need). */
export const GUIDE_SECTIONS = [
  'At a glance',
  'Learning objectives',
  'Historical thinking',
  'Background for the teacher',
  'Content advisory',
  'Lesson plan: three 20-minute segments',
  'Discussion questions by act',
  'Class vote mode and role-play',
  'Debrief: setting the record straight',
  'Assessment: a written reflection',
  'Rubric',
  'Letter to families',
  'Handing in and class results',
  'Sources and further reading',
] as const;
