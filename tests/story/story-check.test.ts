import { describe, expect, it } from 'vitest';
import { PERSPECTIVES } from '../../src/engine/perspectives.ts';
import type { GroundingReport } from '../../src/history/grounding.ts';
import { realStoryReport } from '../helpers/real-story.ts';

// The real story, explored exhaustively with every rule of `npm run story:check`.
describe('the real story', () => {
  const report = realStoryReport();
  const problems = report.problems.map(
    (p) => `${p.file}:${p.line} [${p.rule}] ${p.message}${p.choicePath ? ` (choices ${p.choicePath.join('.')})` : ''}`,
  );

  it('passes the story check: no compile problem, unknown tag, dead end, runtime error or unreachable ending', () => {
    expect(problems.filter((p) => !p.includes('[grounding-'))).toEqual([]);
  });

  it('passes every grounding rule', () => {
    expect(problems.filter((p) => p.includes('[grounding-'))).toEqual([]);
  });

  it('is explored completely', () => {
    expect(report.exploration.truncated).toBe(false);
    expect(report.exploration.knotsNeverReached).toEqual([]);
  });

  it('meets the first perspective targets: 5+ endings, 25+ choices on every path, 15,000+ words, grade 7–10', () => {
    const first = report.perspectives[0]!;
    expect(first.endings.length).toBeGreaterThanOrEqual(5);
    expect(first.choices.min).toBeGreaterThanOrEqual(25);
    expect(report.endings.length).toBeGreaterThanOrEqual(5);
    expect(report.endings.every((e) => e.reached)).toBe(true);
    expect(report.totalWords).toBeGreaterThanOrEqual(15_000);
    expect(report.readability.grade).toBeGreaterThanOrEqual(7);
    expect(report.readability.grade).toBeLessThanOrEqual(10);
  });

  it.each(PERSPECTIVES.map((p) => [p.id, p] as const))(
    'gives the %s perspective a full arc: the endings the reader lists, 4+ of them, 15+ choices and 5,000+ words on every path',
    (_, perspective) => {
      const figures = report.perspectives.find((q) => q.entry === perspective.entry);
      expect(figures, 'the story check explores every perspective').toBeDefined();
      expect(figures!.endings.toSorted()).toEqual(perspective.endings.toSorted());
      expect(figures!.endings.length).toBeGreaterThanOrEqual(4);
      expect(figures!.choices.min).toBeGreaterThanOrEqual(15);
      expect(figures!.words.min).toBeGreaterThanOrEqual(5_000);
    },
  );

  it('closes every ending with a grounded epilogue', () => {
    const grounding = report.sections.grounding as GroundingReport;
    expect(grounding.endings.map((e) => e.id).toSorted()).toEqual(report.endings.map((e) => e.id).toSorted());
    for (const ending of grounding.endings) expect(ending.factLines, ending.id).toBeGreaterThanOrEqual(4);
  });
});

describe('the classroom decisions', () => {
  it('has at least six decisions tagged for a class vote, each with two or more options', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const options = new Map<string, Set<string>>();
    for (const file of readdirSync('story').filter((f) => f.endsWith('.ink'))) {
      for (const m of readFileSync(`story/${file}`, 'utf8').matchAll(/#\s*vote:\s*([a-z0-9_]+)\/([a-z0-9_]+)/g)) {
        options.set(m[1]!, (options.get(m[1]!) ?? new Set()).add(m[2]!));
      }
    }
    expect(options.size).toBeGreaterThanOrEqual(6);
    for (const [id, keys] of options) expect(keys.size, id).toBeGreaterThanOrEqual(2);
  });
});
