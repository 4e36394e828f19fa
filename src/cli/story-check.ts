/**
 * `npm run story:check [-- story/main.ink] [--json] [--entry-knot=knot ...]`: compiles the story,
 * explores every reachable state from every perspective's entry (or from the given knots), checks
 * tags and history, prints a report, and exits non-zero on any problem.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkStory, type StoryCheckReport, type StoryRule } from '../analysis/story-check.ts';
import { compileStoryFile } from '../engine/compile-node.ts';
import { PERSPECTIVE_ENTRIES } from '../engine/perspectives.ts';
import { loadGroundingRules } from './grounding-rules.ts';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const entryArg = args.find((a) => !a.startsWith('--'));
const entry = entryArg ?? 'story/main.ink';
const folder = dirname(entry);
const registryArg = args.find((a) => a.startsWith('--registry='));
const registryDir = registryArg ? registryArg.slice('--registry='.length) : folder;
const knotArgs = args.filter((a) => a.startsWith('--entry-knot=')).map((a) => a.slice('--entry-knot='.length));
// The game's own story starts at every perspective's entry; another file (a fixture) at its top.
const isGameStory = relative('.', entry) === join('story', 'main.ink');
const entries: readonly (string | null)[] = knotArgs.length > 0 ? knotArgs : isGameStory ? PERSPECTIVE_ENTRIES : [null];

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const compiled = compileStoryFile(entry);
const sourceFiles = compiled.files.map((name) => {
  let text = '';
  try {
    text = readFileSync(join(folder, name), 'utf8');
  } catch {
    // A missing INCLUDE is already a compile error with the file named.
  }
  return { name: relative('.', join(folder, name)), text };
});
const diagnostics = compiled.diagnostics.map((d) => ({ ...d, file: relative('.', join(folder, d.file)) }));

const sections: Record<string, unknown> = {};
let rules: StoryRule[] = [];
const setupProblems: { rule: string; file: string; line: number; message: string }[] = [];
if (!args.includes('--no-grounding')) {
  try {
    rules = loadGroundingRules(registryDir, sections);
  } catch (cause) {
    setupProblems.push({ rule: 'registry', file: registryDir, line: 0, message: cause instanceof Error ? cause.message : String(cause) });
  }
}

const report = checkStory({
  json: compiled.json,
  diagnostics,
  sourceFiles,
  rules,
  sections,
  explore: {
    entries,
    // The budget is 60 s on one core; well past that (or a busy machine), stop and say which variables multiply the states.
    maxSeconds: Number(args.find((a) => a.startsWith('--max-seconds='))?.slice('--max-seconds='.length) ?? 300),
    maxStates: 400_000,
    onProgress: asJson
      ? undefined
      : (states, transitions, ms) =>
          process.stderr.write(`\r  exploring… ${fmt(states)} states, ${fmt(transitions)} transitions, ${(ms / 1000).toFixed(0)} s`),
  },
});
const problems = [...setupProblems, ...report.problems];
const finalReport: StoryCheckReport = { ...report, problems, ok: report.ok && setupProblems.length === 0 };

function printHuman(r: StoryCheckReport): void {
  process.stderr.write('\r\x1b[K');
  const out: string[] = [];
  out.push(`Story check: ${entry}`);
  out.push(`  compile      ${compiled.json ? 'ok' : 'FAILED'} (${compiled.files.length} files)`);
  if (compiled.json) {
    const e = r.exploration;
    out.push(
      `  exploration  ${fmt(e.states)} states, ${fmt(e.transitions)} transitions in ${(e.elapsedMs / 1000).toFixed(1)} s (${fmt(e.statesPerSecond)} states/s)${e.truncated ? ' — INCOMPLETE' : ''}`,
    );
    out.push(`  endings      ${r.endings.length} declared, ${r.endings.filter((x) => x.reached).length} reached`);
    for (const ending of r.endings)
      out.push(
        `                 ${ending.id.padEnd(28)} ${ending.reached ? `${fmt(ending.paths)} path${ending.paths === 1 ? '' : 's'}` : 'NEVER REACHED'}`,
      );
    const p = r.playthrough;
    out.push(`  choices      per playthrough: min ${p.choices.min} · median ${p.choices.median} · max ${p.choices.max ?? '∞ (loop)'}`);
    out.push(
      `  words        per playthrough: min ${fmt(p.words.min)} · median ${fmt(p.words.median)} · max ${p.words.max === null ? '∞' : fmt(p.words.max)} (median of ${p.randomRuns} seeded runs, seed ${p.randomSeed})`,
    );
    if (r.perspectives.length > 1)
      for (const q of r.perspectives)
        out.push(
          `  from ${(q.entry ?? 'the top').padEnd(22)} ${q.endings.length} endings · choices min ${q.choices.min}, median ${q.choices.median} · words min ${fmt(q.words.min)}, median ${fmt(q.words.median)}`,
        );
    out.push(`  total words  ${fmt(r.totalWords)} in the sources, all branches`);
    out.push(
      `  reading      Flesch–Kincaid grade ${r.readability.grade} (${fmt(r.readability.words)} words, ${fmt(r.readability.sentences)} sentences)`,
    );
    out.push(`  knots        ${e.knotsNeverReached.length === 0 ? 'all reached' : `never reached: ${e.knotsNeverReached.join(', ')}`}`);
  }
  const grounding = r.sections.grounding as { summary?: string[] } | undefined;
  if (grounding?.summary) out.push('', 'Grounding', ...grounding.summary.map((l) => `  ${l}`));
  if (r.todos.length > 0) {
    out.push('', `Author TODOs (${r.todos.length}, listed, not failed):`);
    for (const t of r.todos) out.push(`  ${t.file}:${t.line}  ${t.message}`);
  }
  if (r.problems.length > 0) {
    out.push('', `Problems (${r.problems.length}):`);
    for (const p of r.problems) {
      const where = p.file ? `${p.file}:${p.line}` : '(found by playing)';
      const from = p.entry ? `from ${p.entry}, ` : '';
      const path = p.choicePath ? `  [${from}choices ${p.choicePath.join('.') || 'none'}]` : '';
      out.push(`  ${where}  [${p.rule}] ${p.message}${path}`);
    }
  }
  out.push('', r.ok ? 'OK' : `FAILED: ${r.problems.length} problem(s)`);
  console.log(out.join('\n'));
}

if (asJson) console.log(JSON.stringify(finalReport, null, 2));
else printHuman(finalReport);
process.exitCode = finalReport.ok ? 0 : 1;
