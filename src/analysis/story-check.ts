import type { Diagnostic } from '../engine/compile.ts';
import { checkTag, splitTag, TAG_VOCABULARY, type TagName } from '../engine/tags.ts';
import { countWords, exploreStory, type EdgeVisit, type ExploreOptions, type ExploreResult } from './explore.ts';
import { pathMetrics } from './metrics.ts';
import { median, randomPlaythroughs } from './random-play.ts';
import { fleschKincaid, type Readability } from './readability.ts';
import { scanInkSources, type SourceLine, type SourceScan } from './source-scan.ts';

/** One thing wrong with the story, with where to find it. `line` is 0 when only a path is known. */
export interface Problem {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
  /** The choice path that shows the problem, when it was found by playing. */
  readonly choicePath?: readonly number[];
  /** Where that path starts: a perspective's entry knot (null or absent for the story's top). */
  readonly entry?: string | null;
}

/** Per-playthrough figures of one perspective (one start of the exploration). */
export interface PerspectiveFigures {
  /** The entry knot (null for the story's top). */
  readonly entry: string | null;
  /** The endings reachable from this start. */
  readonly endings: readonly string[];
  readonly choices: { readonly min: number; readonly median: number; readonly max: number | null };
  readonly words: { readonly min: number; readonly median: number; readonly max: number | null };
}

/** A check that runs over the explored story and its sources (the grounding rules plug in here). */
export interface StoryRule {
  readonly name: string;
  /** Called for every transition the explorer makes. */
  onEdge?(visit: EdgeVisit, locate: (text: string) => SourceLine | null): void;
  /** Called once after exploration; returns the rule's problems. */
  finish(context: RuleContext): readonly Problem[];
}

/** What a rule sees at the end. */
export interface RuleContext {
  readonly exploration: ExploreResult;
  readonly sources: SourceScan;
  readonly locate: (text: string) => SourceLine | null;
}

/** The full report of `npm run story:check`. */
export interface StoryCheckReport {
  readonly ok: boolean;
  readonly problems: readonly Problem[];
  readonly todos: readonly Diagnostic[];
  readonly exploration: {
    readonly states: number;
    readonly transitions: number;
    readonly elapsedMs: number;
    readonly statesPerSecond: number;
    readonly truncated: boolean;
    readonly knotsNeverReached: readonly string[];
  };
  readonly endings: readonly { readonly id: string; readonly paths: number; readonly reached: boolean }[];
  readonly playthrough: {
    readonly choices: { readonly min: number; readonly median: number; readonly max: number | null };
    readonly words: { readonly min: number; readonly median: number; readonly max: number | null };
    readonly randomRuns: number;
    readonly randomSeed: number;
  };
  /** The same figures for each start (each perspective). */
  readonly perspectives: readonly PerspectiveFigures[];
  /** Words of story text in the sources, over every branch. */
  readonly totalWords: number;
  /** Flesch–Kincaid grade over every line of story text in the sources. */
  readonly readability: Readability;
  /** The same, file by file. */
  readonly readabilityByFile: Readonly<Record<string, Readability>>;
  /** Extra sections added by rules (e.g. the grounding report). */
  readonly sections: Readonly<Record<string, unknown>>;
}

/** Input to {@link checkStory}. */
export interface StoryCheckInput {
  readonly json: string | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly sourceFiles: readonly { readonly name: string; readonly text: string }[];
  readonly rules?: readonly StoryRule[];
  readonly explore?: ExploreOptions;
  readonly randomRuns?: number;
  readonly randomSeed?: number;
  /** Lets rules add sections to the report. */
  readonly sections?: Record<string, unknown>;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Finds the source line a shown line most likely came from. */
export function makeLocator(sources: SourceScan): (text: string) => SourceLine | null {
  const candidates = sources.lines.filter((l) => l.kind === 'text' || l.kind === 'choice').map((l) => ({ l, n: normalise(l.text) }));
  const cache = new Map<string, SourceLine | null>();
  return (text: string) => {
    const key = normalise(text);
    if (cache.has(key)) return cache.get(key)!;
    let best: SourceLine | null = null;
    let bestScore = 0;
    for (const { l, n } of candidates) {
      if (n.length === 0) continue;
      let score = 0;
      if (n === key) score = 1e6;
      else if (key.includes(n)) score = n.length;
      else if (n.includes(key)) score = key.length;
      else if (key.slice(0, 24) && n.startsWith(key.slice(0, 24))) score = 24;
      if (score > bestScore) {
        bestScore = score;
        best = l;
      }
    }
    cache.set(key, best);
    return best;
  };
}

/**
 * Checks a compiled story: compile diagnostics, tags in the sources and on every shown line,
 * exhaustive exploration (dead ends, runtime errors, unreachable endings and knots), per-playthrough
 * figures, and any extra rules (the grounding rules). `ok` is false when any problem was found.
 */
export function checkStory(input: StoryCheckInput): StoryCheckReport {
  const problems: Problem[] = [];
  const todos = input.diagnostics.filter((d) => d.severity === 'todo');
  for (const d of input.diagnostics) {
    if (d.severity !== 'todo')
      problems.push({ rule: d.severity === 'error' ? 'compile-error' : 'compile-warning', file: d.file, line: d.line, message: d.message });
  }
  const sources = scanInkSources(input.sourceFiles);
  problems.push(...sources.problems);
  const totalWords = sources.lines.filter((l) => l.kind === 'text' || l.kind === 'choice').reduce((sum, l) => sum + countWords(l.text), 0);
  const sections: Record<string, unknown> = input.sections ?? {};
  const readability = fleschKincaid(sources.lines.filter((l) => l.kind === 'text').map((l) => l.text));
  const readabilityByFile = Object.fromEntries(
    input.sourceFiles.map((f) => [
      f.name,
      fleschKincaid(sources.lines.filter((l) => l.kind === 'text' && l.file === f.name).map((l) => l.text)),
    ]),
  );
  const emptyReport: StoryCheckReport = {
    ok: false,
    problems,
    todos,
    exploration: { states: 0, transitions: 0, elapsedMs: 0, statesPerSecond: 0, truncated: false, knotsNeverReached: [] },
    endings: [],
    playthrough: { choices: { min: 0, median: 0, max: 0 }, words: { min: 0, median: 0, max: 0 }, randomRuns: 0, randomSeed: 0 },
    perspectives: [],
    totalWords,
    readability,
    readabilityByFile,
    sections,
  };
  if (input.json === null) return emptyReport;

  const locate = makeLocator(sources);
  const rules = input.rules ?? [];
  const seenTags = new Set<string>();
  const tagProblem = (raw: string, level: 'line' | 'choice', text: string, entry: string | null, path: readonly number[]) => {
    const key = `${level}|${raw}`;
    if (seenTags.has(key)) return;
    seenTags.add(key);
    const { name } = splitTag(raw);
    // ink copies a choice's tags onto its output line when the tag stands outside the brackets.
    if (level === 'line' && name in TAG_VOCABULARY && TAG_VOCABULARY[name as TagName].level === 'choice') return;
    const problem = checkTag(raw, level);
    if (!problem) return;
    const where = locate(text);
    problems.push({
      rule: 'tag-vocabulary',
      file: where?.file ?? '',
      line: where?.line ?? 0,
      message: problem.message,
      choicePath: path,
      entry,
    });
  };

  const exploration = exploreStory(input.json, {
    ...input.explore,
    onEdge: (visit) => {
      for (const { line } of visit.lines) for (const raw of line.tags) tagProblem(raw, 'line', line.text, visit.entry, visit.path);
      for (const choice of visit.choices) for (const raw of choice.tags) tagProblem(raw, 'choice', choice.text, visit.entry, visit.path);
      for (const rule of rules) rule.onEdge?.(visit, locate);
      input.explore?.onEdge?.(visit);
    },
  });

  for (const error of exploration.errors)
    problems.push({ rule: 'runtime-error', file: '', line: 0, message: error.message, choicePath: error.choicePath, entry: error.entry });
  const warned = new Set<string>();
  for (const warning of exploration.warnings) {
    if (warned.has(warning.message)) continue;
    warned.add(warning.message);
    problems.push({
      rule: 'runtime-warning',
      file: '',
      line: 0,
      message: warning.message,
      choicePath: warning.choicePath,
      entry: warning.entry,
    });
  }
  const deadEnds = exploration.nodes.filter((n) => n.terminal === 'dead_end');
  for (const node of deadEnds) {
    problems.push({
      rule: 'dead-end',
      file: '',
      line: 0,
      message: `the story stops without an ending (last knot tags: act ${node.knot.act}, date ${node.knot.date}, place ${node.knot.place})`,
      choicePath: node.path,
      entry: node.entry,
    });
  }
  if (exploration.truncated)
    problems.push({
      rule: 'exploration-incomplete',
      file: '',
      line: 0,
      message: `exploration stopped at ${exploration.nodes.length} states`,
    });

  const metrics = pathMetrics(exploration);
  const declaredEndings = sources.knots.filter((k) => k.knotTags.some((t) => t.name === 'ending'));
  const endings = declaredEndings.map((k) => ({
    id: k.name,
    paths: metrics.pathsPerEnding[k.name] ?? 0,
    reached: (metrics.pathsPerEnding[k.name] ?? 0) > 0,
  }));
  for (const ending of endings) {
    if (!ending.reached) {
      const knot = declaredEndings.find((k) => k.name === ending.id)!;
      problems.push({ rule: 'unreachable-ending', file: knot.file, line: knot.line, message: `ending "${ending.id}" is never reached` });
    }
  }
  const knotsNeverReached = sources.knots.filter((k) => !k.isFunction && !exploration.knotsReached.has(k.name)).map((k) => k.name);
  for (const name of knotsNeverReached) {
    const knot = sources.knots.find((k) => k.name === name)!;
    if (!declaredEndings.includes(knot))
      problems.push({ rule: 'unreachable-knot', file: knot.file, line: knot.line, message: `knot "${name}" is never reached` });
  }
  if (declaredEndings.length === 0)
    problems.push({
      rule: 'no-ending',
      file: input.sourceFiles[0]?.name ?? '',
      line: 0,
      message: 'the story declares no ending (a knot tagged # ending)',
    });

  const randomRuns = input.randomRuns ?? 200;
  const randomSeed = input.randomSeed ?? 1954;
  const entries = input.explore?.entries ?? [input.explore?.entry ?? null];
  // The seeded runs are shared out between the starts; each start plays the same seed.
  const randomByEntry = entries.map((entry) => ({
    entry,
    report: randomPlaythroughs(input.json!, Math.ceil(randomRuns / entries.length), randomSeed, entry),
  }));
  for (const { entry, report } of randomByEntry) {
    for (const run of report.runs) {
      if (run.error && !problems.some((p) => p.rule === 'runtime-error')) {
        problems.push({
          rule: 'runtime-error',
          file: '',
          line: 0,
          message: `${run.error} (random seed ${randomSeed})`,
          choicePath: run.path,
          entry,
        });
      }
    }
  }
  const allRuns = randomByEntry.flatMap(({ report }) => report.runs);
  const perspectives: PerspectiveFigures[] = randomByEntry.map(({ entry, report }) => {
    const own = pathMetrics(exploration, entry);
    return {
      entry,
      endings: Object.keys(own.pathsPerEnding).filter((ending) => ending !== '(dead end)'),
      choices: { min: own.choices.min, median: report.medianChoices, max: own.choices.max },
      words: { min: own.words.min, median: report.medianWords, max: own.words.max },
    };
  });

  const context: RuleContext = { exploration, sources, locate };
  for (const rule of rules) problems.push(...rule.finish(context));

  // A tag problem found both in the sources and on a played line is one problem.
  const unique = new Map<string, Problem>();
  for (const p of problems) {
    const key = p.file ? `${p.rule}|${p.file}|${p.line}|${p.message}` : `${p.rule}|${p.message}|${p.choicePath?.join('.')}`;
    if (!unique.has(key)) unique.set(key, p);
  }
  const found = [...unique.values()];
  return {
    ok: found.length === 0,
    problems: found,
    todos,
    exploration: {
      states: exploration.nodes.length,
      transitions: exploration.edges.length,
      elapsedMs: exploration.elapsedMs,
      statesPerSecond: exploration.elapsedMs > 0 ? exploration.nodes.length / (exploration.elapsedMs / 1000) : 0,
      truncated: exploration.truncated,
      knotsNeverReached,
    },
    endings,
    playthrough: {
      choices: { min: metrics.choices.min, median: median(allRuns.map((r) => r.choices)), max: metrics.choices.max },
      words: { min: metrics.words.min, median: median(allRuns.map((r) => r.words)), max: metrics.words.max },
      randomRuns: allRuns.length,
      randomSeed,
    },
    perspectives,
    totalWords,
    readability,
    readabilityByFile,
    sections,
  };
}
