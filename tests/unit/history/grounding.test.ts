import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStory, type Problem } from '../../../src/analysis/story-check.ts';
import { compileStoryFile } from '../../../src/engine/compile-node.ts';
import { parseClassroom } from '../../../src/history/classroom-registry.ts';
import { GROUNDING_RULES, groundingRules } from '../../../src/history/grounding.ts';
import { loadRegistryFromDir } from '../../../src/history/load-registry-node.ts';

const dir = 'tests/fixtures/grounding';
const registry = loadRegistryFromDir(dir);
const classroom = parseClassroom(`${dir}/classroom.yaml`, readFileSync(`${dir}/classroom.yaml`, 'utf8'));

function check(name: string): { problems: readonly Problem[]; sections: Record<string, unknown> } {
  const file = `${dir}/${name}.ink`;
  const compiled = compileStoryFile(file);
  const sections: Record<string, unknown> = {};
  const report = checkStory({
    json: compiled.json,
    diagnostics: compiled.diagnostics,
    sourceFiles: [{ name: file, text: readFileSync(file, 'utf8') }],
    rules: groundingRules(registry, classroom, sections),
    randomRuns: 5,
  });
  return { problems: report.problems, sections };
}

describe('the grounding rules', () => {
  it('pass a fixture story that keeps every rule, and report each ending with its facts', () => {
    const { problems, sections } = check('grounded');
    expect(problems).toEqual([]);
    expect(sections.grounding).toMatchObject({
      factsUsed: 10,
      unusedFacts: [],
      endings: [{ id: 'ending_fixture', factLines: 6 }],
    });
  });

  // Each fixture changes one line of grounded.ink; exactly that rule fails, naming the file and line.
  it.each([
    ['broken-ids', GROUNDING_RULES.ids, 12, /term "no_such_term" is not in story\/glossary\.yaml/],
    ['broken-epilogue', GROUNDING_RULES.epilogue, 47, /ending "ending_fixture" does not state the official casualty figures/],
    ['broken-numbers', GROUNDING_RULES.numbers, 57, /"1,600" is not grounded \(the tagged facts say: 1700, 5\)/],
    [
      'broken-attribution',
      GROUNDING_RULES.attribution,
      59,
      /fact "prisoner_estimates" is disputed: the line must attribute it \(one of: survivors, former prisoners\)/,
    ],
    ['broken-people', GROUNDING_RULES.people, 61, /a line naming Kapiton Kuznetsov says "executed", which contradicts the registry/],
    ['broken-chronology', GROUNDING_RULES.chronology, 24, /the in-story date goes back from 1954-05-16 to 1954-05-10/],
  ])('%s breaks only %s, at its line', (name, rule, line, message) => {
    const { problems } = check(name);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.rule).toBe(rule);
      expect(problem.file).toBe(`${dir}/${name}.ink`);
    }
    expect(problems.some((p) => p.line === line && message.test(p.message))).toBe(true);
  });
});
