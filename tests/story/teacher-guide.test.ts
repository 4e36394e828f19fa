import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_SECTIONS, parseGuide } from '../../src/classroom/guide.ts';
import { textGroundingProblems } from '../../src/history/grounding.ts';
import { loadRegistryFromDir } from '../../src/history/load-registry-node.ts';

/**
 * The teacher's guide is held to the story's own standard: every historical claim cites registry
 * facts, its dates and numbers are the facts' values, and disputed or legendary facts say who
 * says them. Each message names the guide's line.
 */
const FILE = 'story/teacher-guide.md';
const registry = loadRegistryFromDir('story');

describe('the teacher’s guide', () => {
  const source = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  const blocks = parseGuide(source);

  it('exists and has every section teachers need, in order', () => {
    expect(source.length, `${FILE} is missing or empty`).toBeGreaterThan(0);
    expect(blocks[0]).toMatchObject({ kind: 'title', text: "Teacher's guide" });
    const sections = blocks.filter((b) => b.kind === 'section').map((b) => b.text);
    expect(sections).toEqual([...GUIDE_SECTIONS]);
  });

  it('grounds every historical claim in the registry (ids, dates and numbers, attribution)', () => {
    const problems = blocks
      .filter((b) => b.kind === 'paragraph' || b.kind === 'item')
      .flatMap((block) =>
        // A block with no fact marker states no history: its numbers are lesson logistics.
        textGroundingProblems(registry, block.text, block.facts, block.facts.length === 0).map(
          (p) => `${FILE}:${block.line} [${p.rule}] ${p.message}`,
        ),
      );
    expect(problems).toEqual([]);
  });

  it('cites facts throughout its background, and uses no markup the page would not show as text', () => {
    const background = blocks.slice(
      blocks.findIndex((b) => b.text === 'Background for the teacher'),
      blocks.findIndex((b) => b.text === 'Content advisory'),
    );
    expect(background.filter((b) => b.facts.length > 0).length).toBeGreaterThanOrEqual(4);
    const stray = blocks.filter((b) => /<[a-z/]|\*\*|__|\[[^\]]*\]\(|\{fact/.test(b.text)).map((b) => `${FILE}:${b.line}`);
    expect(stray).toEqual([]);
  });
});
