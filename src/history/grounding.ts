import type { EdgeVisit } from '../analysis/explore.ts';
import type { SourceLine } from '../analysis/source-scan.ts';
import type { Problem, RuleContext, StoryRule } from '../analysis/story-check.ts';
import { parseLineTags, splitTag, type KnotState } from '../engine/tags.ts';
import type { ClassroomEntry } from './classroom-registry.ts';
import { findMentions, isVouched, needsGrounding, type Vouched } from './numbers.ts';
import { peopleNamedIn, type Fact, type Person, type Registry } from './registry.ts';

/**
 * The grounding rules: every historical claim in the story is traceable to a sourced fact, and
 * every ending closes with a grounded epilogue. Each rule runs over every line the explorer shows
 * on every path, and the text rules also over every line of the ink source.
 */

/** Rule names, as they appear in problems and in the report. */
export const GROUNDING_RULES = {
  ids: 'grounding-1-ids',
  epilogue: 'grounding-2-epilogue',
  numbers: 'grounding-3-numbers',
  attribution: 'grounding-4-attribution',
  people: 'grounding-5-people',
  chronology: 'grounding-6-chronology',
} as const;

/**
 * What every ending's epilogue must state, each group satisfied by any one of its facts. The
 * historical people's fates are added to this for every historical person the story shows.
 */
export const EPILOGUE_REQUIREMENTS: readonly { readonly what: string; readonly facts: readonly string[] }[] = [
  { what: 'the date of the assault', facts: ['assault_date'] },
  { what: 'the forces of the assault', facts: ['assault_forces'] },
  { what: 'the official casualty figures', facts: ['official_killed'] },
  { what: "the survivors' casualty figures", facts: ['prisoner_estimates', 'solzh_casualty_claim'] },
  { what: 'the arrests', facts: ['arrests_436'] },
  { what: 'the dispersal', facts: ['dispersal_1000'] },
];

/** The fixed beats every complete path must pass, each satisfied by any one of its beat ids. */
export const FIXED_BEATS: readonly { readonly what: string; readonly beats: readonly string[] }[] = [
  { what: 'the breakthrough', beats: ['breakthrough'] },
  { what: 'the commission', beats: ['commission'] },
  { what: 'the talks of 27 May', beats: ['talks'] },
  { what: 'the assault of 26 June', beats: ['assault'] },
  { what: 'the aftermath (arrests and dispersal)', beats: ['aftermath', 'interrogation', 'dispersal', 'epilogue'] },
];

const MIN_EPILOGUE_FACT_LINES = 4;

/** The grounding section of the story-check report. */
export interface GroundingReport {
  readonly factsUsed: number;
  readonly factsTotal: number;
  readonly unusedFacts: readonly string[];
  readonly endings: readonly { readonly id: string; readonly facts: readonly string[]; readonly factLines: number }[];
  readonly summary: readonly string[];
}

interface LineForRule {
  readonly text: string;
  readonly tags: readonly string[];
  readonly file: string;
  readonly line: number;
}

interface Guaranteed {
  readonly facts: Set<string>;
  readonly lines: number;
}

/** What every one of several paths guarantees: the facts all share, and the fewest fact lines. */
function meet(a: Guaranteed | null, b: Guaranteed): Guaranteed {
  if (!a) return b;
  return { facts: new Set([...a.facts].filter((f) => b.facts.has(f))), lines: Math.min(a.lines, b.lines) };
}

function vouchedBy(facts: readonly Fact[]): Vouched {
  return { dates: facts.flatMap((f) => f.values.dates), numbers: facts.flatMap((f) => f.values.numbers) };
}

function containsCue(text: string, cue: string): boolean {
  const escaped = cue.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}`, 'u').test(text.toLowerCase());
}

/** A problem the text rules find in one piece of text. */
export interface TextProblem {
  readonly rule: string;
  readonly message: string;
}

/**
 * Rules 1 (fact ids), 3 (dates and numbers) and 4 (attribution) on one piece of text and the facts
 * it cites: a story line, or a paragraph of the teacher's guide. `fiction` text (a barrack number,
 * a lesson's minutes) states no history, so its numbers need no fact.
 * @example textGroundingProblems(registry, 'On 26 June 1954 tanks entered the camp.', ['assault_date', 'assault_forces'])
 */
export function textGroundingProblems(registry: Registry, text: string, factIds: readonly string[], fiction = false): TextProblem[] {
  const problems: TextProblem[] = [];
  const facts: Fact[] = [];
  for (const id of factIds) {
    const fact = registry.factsById.get(id);
    if (fact) facts.push(fact);
    else problems.push({ rule: GROUNDING_RULES.ids, message: `fact "${id}" is not in story/facts.yaml` });
  }
  if (!fiction) {
    const vouched = vouchedBy(facts);
    for (const mention of findMentions(text).filter(needsGrounding)) {
      if (isVouched(mention, vouched)) continue;
      const expected = facts.length
        ? ` (the tagged facts say: ${[...vouched.dates, ...vouched.numbers.map(String)].join(', ') || 'no dates or numbers'})`
        : ' (tag the fact that says it, or mark the line # fiction)';
      problems.push({ rule: GROUNDING_RULES.numbers, message: `"${mention.text}" is not grounded${expected}` });
    }
  }
  for (const fact of facts) {
    if (fact.status === 'established') continue;
    if (!fact.attribution.some((cue) => containsCue(text, cue))) {
      problems.push({
        rule: GROUNDING_RULES.attribution,
        message: `fact "${fact.id}" is ${fact.status}: the line must attribute it (one of: ${fact.attribution.join(', ')})`,
      });
    }
  }
  return problems;
}

/** Compares partial ISO dates: is `a` after `b` for sure? ("1956-09" is after "1954-06-26"). */
function definitelyAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/**
 * Builds the grounding rules over a registry and the classroom data.
 * `sections.grounding` receives the {@link GroundingReport}.
 */
export function groundingRules(registry: Registry, classroom: readonly ClassroomEntry[], sections: Record<string, unknown>): StoryRule[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const report = (p: Problem) => {
    const key = `${p.rule}|${p.file}|${p.line}|${p.message}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push(p);
  };
  const factsUsed = new Set<string>();
  const votes = new Map(classroom.filter((e) => e.kind === 'vote').map((e) => [e.id, e]));
  const prompts = new Set(classroom.filter((e) => e.kind === 'prompt').map((e) => e.id));
  const historicalShown = new Map<string, Person>();

  // Per-edge facts inside an ending's epilogue, and beats, for the path rules at the end.
  const endingEdges = new Map<string, { from: number; to: number; facts: string[]; factLines: number; entry: boolean }[]>();

  // The explorer shows the same line from many states: check each distinct line once.
  const checkedLines = new Set<string>();
  const checkedPeople = new Set<string>();
  const checkedChoices = new Set<string>();

  /** Rules 1, 3 and 4 on one line (from the source or from play). */
  const checkText = (line: LineForRule, path?: readonly number[]) => {
    const seenKey = `${line.text}\u0000${line.tags.join('\u0001')}`;
    if (checkedLines.has(seenKey)) return;
    checkedLines.add(seenKey);
    const tags = parseLineTags(line.tags);
    const where = { file: line.file, line: line.line, ...(path ? { choicePath: path } : {}) };
    for (const id of tags.facts) if (registry.factsById.has(id)) factsUsed.add(id);
    if (tags.speaker && !registry.peopleById.has(tags.speaker)) {
      report({ rule: GROUNDING_RULES.ids, ...where, message: `speaker "${tags.speaker}" is not in story/people.yaml` });
    }
    for (const term of tags.terms) {
      if (!registry.glossaryById.has(term))
        report({ rule: GROUNDING_RULES.ids, ...where, message: `term "${term}" is not in story/glossary.yaml` });
    }
    for (const problem of textGroundingProblems(registry, line.text, tags.facts, tags.fiction)) report({ ...problem, ...where });
  };

  /** Rule 5 on a played line, which has a date and a scene. */
  const checkPeople = (text: string, rawTags: readonly string[], knot: KnotState, file: string, line: number, path: readonly number[]) => {
    const seenKey = `${text}\u0000${rawTags.join('\u0001')}\u0000${knot.date}|${knot.place}|${knot.act}|${knot.beat}`;
    if (checkedPeople.has(seenKey)) return;
    checkedPeople.add(seenKey);
    const tags = parseLineTags(rawTags);
    const named = peopleNamedIn(registry, text);
    const speaker = tags.speaker ? registry.peopleById.get(tags.speaker) : undefined;
    const people = new Map<string, Person>(named.map((p) => [p.id, p]));
    if (speaker) people.set(speaker.id, speaker);
    for (const person of people.values()) {
      if (person.kind !== 'historical') continue;
      const isEpilogue = knot.beat === 'epilogue' || knot.act === 'epilogue';
      // A person appears in a scene when they speak, or are named in a line that is not a sourced
      // statement about them ("since Stalin died" with its fact is history, not an appearance).
      const appears = person === speaker || (!isEpilogue && tags.facts.length === 0);
      if (appears) historicalShown.set(person.id, person);
      if (appears && person.died && knot.date && definitelyAfter(knot.date, person.died)) {
        report({
          rule: GROUNDING_RULES.people,
          file,
          line,
          choicePath: path,
          message: `${person.name} appears on ${knot.date}, after their recorded death (${person.died})`,
        });
      }
      if (person === speaker && person.atKengir === false && knot.place !== 'elsewhere') {
        report({
          rule: GROUNDING_RULES.people,
          file,
          line,
          choicePath: path,
          message: `${person.name} speaks at Kengir, where the registry says they never were`,
        });
      }
      if (!person.forbiddenFates?.length) continue;
      const lower = text.toLowerCase();
      for (const phrase of person.forbiddenFates) {
        if (containsCue(lower, phrase)) {
          report({
            rule: GROUNDING_RULES.people,
            file,
            line,
            choicePath: path,
            message: `a line naming ${person.name} says "${phrase}", which contradicts the registry (${person.fate ?? 'no fate recorded'})`,
          });
        }
      }
    }
  };

  const sourceRule: StoryRule = {
    name: 'grounding',
    onEdge(visit: EdgeVisit, locate: (text: string) => SourceLine | null) {
      let previousDate = visit.fromKnot.date;
      let endingEntry = false;
      const endingFacts: string[] = [];
      let endingFactLines = 0;
      let ending: string | null = visit.fromKnot.ending;
      for (const { line, knot } of visit.lines) {
        const where = locate(line.text);
        const file = where?.file ?? '';
        const lineNo = where?.line ?? 0;
        checkText({ text: line.text, tags: line.tags, file, line: lineNo }, visit.path);
        checkPeople(line.text, line.tags, knot, file, lineNo, visit.path);
        if (knot.date && previousDate && knot.date < previousDate) {
          report({
            rule: GROUNDING_RULES.chronology,
            file,
            line: lineNo,
            choicePath: visit.path,
            message: `the in-story date goes back from ${previousDate} to ${knot.date}`,
          });
        }
        previousDate = knot.date ?? previousDate;
        if (knot.ending) {
          if (!ending) endingEntry = true;
          ending = knot.ending;
          const facts = line.tags
            .map(splitTag)
            .filter((t) => t.name === 'fact')
            .map((t) => t.value);
          if (facts.length > 0) endingFactLines++;
          endingFacts.push(...facts);
        }
      }
      for (const choice of visit.choices) {
        const choiceKey = `${choice.text}\u0000${choice.tags.join('\u0001')}`;
        if (checkedChoices.has(choiceKey)) continue;
        checkedChoices.add(choiceKey);
        for (const raw of choice.tags) {
          const { name, value } = splitTag(raw);
          const where = locate(choice.text);
          const at = { file: where?.file ?? '', line: where?.line ?? 0, choicePath: visit.path };
          if (name === 'vote') {
            const [decision = '', option = ''] = value.split('/');
            const vote = votes.get(decision);
            if (!vote) report({ rule: GROUNDING_RULES.ids, ...at, message: `vote "${decision}" is not in story/classroom.yaml` });
            else if (vote.kind === 'vote' && !vote.options.some((o) => o.key === option)) {
              report({ rule: GROUNDING_RULES.ids, ...at, message: `vote "${decision}" has no option "${option}" in story/classroom.yaml` });
            }
          } else if (name === 'discuss' && !prompts.has(value) && !votes.has(value)) {
            report({ rule: GROUNDING_RULES.ids, ...at, message: `discussion prompt "${value}" is not in story/classroom.yaml` });
          }
        }
      }
      if (ending) {
        const list = endingEdges.get(ending) ?? [];
        list.push({ from: visit.from, to: visit.to, facts: endingFacts, factLines: endingFactLines, entry: endingEntry });
        endingEdges.set(ending, list);
      }
    },
    finish(context: RuleContext): readonly Problem[] {
      // Rules 1, 3, 4 over every line of the source, including branches no state reaches.
      for (const line of context.sources.lines) {
        if (line.kind !== 'text' && line.kind !== 'choice') continue;
        const tags = line.tags.filter((t) => t.level !== 'choice').map((t) => t.raw);
        checkText({ text: line.text, tags, file: line.file, line: line.line });
      }
      // Facts in the registry that cite facts of their own (fate facts) must exist: the registry checks that.
      // Rules 2 and 6 speak of every path: on a partial exploration they would report what was
      // simply not explored yet (the story check already fails on the incomplete exploration).
      if (context.exploration.truncated) {
        sections.grounding = {
          factsUsed: factsUsed.size,
          factsTotal: registry.facts.length,
          unusedFacts: [],
          endings: [],
          summary: ['path rules (2, 6) skipped: the exploration did not finish'],
        };
        return problems;
      }
      // Rule 2: every ending's epilogue, on every path into it, carries the required facts.
      const { nodes, edges } = context.exploration;
      const required = [
        ...EPILOGUE_REQUIREMENTS,
        ...[...historicalShown.values()]
          .filter((p) => p.fateFacts.length > 0 && p.atKengir === true)
          .map((p) => ({ what: `the fate of ${p.name}`, facts: p.fateFacts })),
      ];
      const endingIds = new Set(nodes.filter((n) => n.terminal === 'ending').map((n) => n.ending!));
      const endingsReport: { id: string; facts: string[]; factLines: number }[] = [];
      for (const id of [...endingIds].toSorted()) {
        const list = endingEdges.get(id) ?? [];
        // guaranteed(node): facts on every path from node to the end, within the ending's edges.
        const byFrom = new Map<number, typeof list>();
        for (const e of list) byFrom.set(e.from, [...(byFrom.get(e.from) ?? []), e]);
        const memo = new Map<number, Guaranteed>();
        const guaranteed = (node: number, depth = 0): Guaranteed => {
          const known = memo.get(node);
          if (known) return known;
          const out = byFrom.get(node) ?? [];
          let acc: Guaranteed | null = null;
          if (depth < 10_000) {
            for (const e of out) {
              const child = guaranteed(e.to, depth + 1);
              acc = meet(acc, { facts: new Set([...e.facts, ...child.facts]), lines: e.factLines + child.lines });
            }
          }
          const result = acc ?? { facts: new Set<string>(), lines: 0 };
          memo.set(node, result);
          return result;
        };
        let total: Guaranteed | null = null;
        for (const entry of list.filter((e) => e.entry)) {
          const child = guaranteed(entry.to);
          total = meet(total, { facts: new Set([...entry.facts, ...child.facts]), lines: entry.factLines + child.lines });
        }
        const facts = total?.facts ?? new Set<string>();
        const lines = total?.lines ?? 0;
        endingsReport.push({ id, facts: [...facts].toSorted(), factLines: lines });
        const knot = context.sources.knots.find((k) => k.name === id);
        const at = { file: knot?.file ?? '', line: knot?.line ?? 0 };
        if (lines < MIN_EPILOGUE_FACT_LINES) {
          report({
            rule: GROUNDING_RULES.epilogue,
            ...at,
            message: `ending "${id}" closes with ${lines} fact-tagged lines; it needs at least ${MIN_EPILOGUE_FACT_LINES}`,
          });
        }
        for (const need of required) {
          if (!need.facts.some((f) => facts.has(f))) {
            report({
              rule: GROUNDING_RULES.epilogue,
              ...at,
              message: `ending "${id}" does not state ${need.what} (tag one of: ${need.facts.join(', ')})`,
            });
          }
        }
      }
      // Rule 6: every complete path passes the fixed beats.
      const out = new Map<number, { to: number; beats: readonly string[] }[]>();
      for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), { to: e.to, beats: e.beats }]);
      const ahead = new Map<number, Set<string>>();
      const order: number[] = [];
      const seen = new Set<number>();
      const stack: { id: number; i: number }[] = nodes.length ? [{ id: 0, i: 0 }] : [];
      if (nodes.length) seen.add(0);
      while (stack.length) {
        const top = stack[stack.length - 1]!;
        const list = out.get(top.id) ?? [];
        if (top.i < list.length) {
          const child = list[top.i++]!.to;
          if (!seen.has(child)) {
            seen.add(child);
            stack.push({ id: child, i: 0 });
          }
        } else {
          order.push(top.id);
          stack.pop();
        }
      }
      for (const id of order) {
        const list = out.get(id) ?? [];
        let acc: Guaranteed | null = null;
        for (const e of list) acc = meet(acc, { facts: new Set([...e.beats, ...(ahead.get(e.to) ?? [])]), lines: 0 });
        ahead.set(id, acc?.facts ?? new Set());
      }
      const rootBeats = new Set([...(ahead.get(0) ?? []), ...(nodes[0]?.knot.beat ? [nodes[0].knot.beat] : [])]);
      for (const fixed of FIXED_BEATS) {
        if (!fixed.beats.some((b) => rootBeats.has(b))) {
          report({
            rule: GROUNDING_RULES.chronology,
            file: context.sources.lines[0]?.file ?? '',
            line: 0,
            message: `some complete path skips ${fixed.what} (no knot with beat ${fixed.beats.join(' or ')} on it)`,
          });
        }
      }
      const unused = registry.facts.map((f) => f.id).filter((id) => !factsUsed.has(id));
      const grounding: GroundingReport = {
        factsUsed: factsUsed.size,
        factsTotal: registry.facts.length,
        unusedFacts: unused,
        endings: endingsReport,
        summary: [
          `facts        ${factsUsed.size} of ${registry.facts.length} used; ${registry.sources.length} sources, ${registry.people.length} people, ${registry.glossary.length} glossary terms`,
          ...endingsReport.map((e) => `${e.id.padEnd(24)} ${e.factLines} fact lines on every path: ${e.facts.join(', ') || '(none)'}`),
          `violations   ${problems.length}`,
        ],
      };
      sections.grounding = grounding;
      return problems;
    },
  };
  return [sourceRule];
}
