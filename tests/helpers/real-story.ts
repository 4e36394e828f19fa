import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStory, type StoryCheckReport } from '../../src/analysis/story-check.ts';
import { loadGroundingRules } from '../../src/cli/grounding-rules.ts';
import { compileStoryFile } from '../../src/engine/compile-node.ts';
import { PERSPECTIVE_ENTRIES } from '../../src/engine/perspectives.ts';

let compiled: string | null = null;
let report: StoryCheckReport | null = null;

/** The real story, compiled once per test file. */
export function realStoryJson(): string {
  if (compiled === null) {
    const result = compileStoryFile('story/main.ink');
    if (result.json === null) throw new Error(`story/main.ink does not compile: ${JSON.stringify(result.diagnostics, null, 2)}`);
    compiled = result.json;
  }
  return compiled;
}

/** The full story check of the real story (exploration, tags, grounding), run once per test file. */
export function realStoryReport(): StoryCheckReport {
  if (report) return report;
  const result = compileStoryFile('story/main.ink');
  const sections: Record<string, unknown> = {};
  report = checkStory({
    json: result.json,
    diagnostics: result.diagnostics,
    sourceFiles: result.files.map((name) => ({ name: join('story', name), text: readFileSync(join('story', name), 'utf8') })),
    rules: loadGroundingRules('story', sections),
    sections,
    explore: { entries: PERSPECTIVE_ENTRIES },
  });
  return report;
}
