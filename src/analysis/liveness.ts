/**
 * Static liveness over a compiled ink story, for the explorer's canonical states: a variable that no
 * knot reachable from here mentions cannot change what the player will see, so two states that
 * differ only in it have the same future. The same holds for the visit counts of knots that can
 * never be entered again. Dropping them is what keeps exhaustive exploration of a story with many
 * chapter-local variables and once-only choices within budget.
 *
 * The analysis reads the compiled JSON: diverts, tunnels, threads, function calls and choice targets
 * give the knot graph; `VAR?`/`VAR=` and read counts give each knot's variables. A divert to a
 * variable target could go anywhere, so a story that has one gets no pruning at all.
 */

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What is still relevant from a set of current knots. */
export interface Live {
  readonly variables: ReadonlySet<string>;
  readonly knots: ReadonlySet<string>;
}

/** Liveness queries over one compiled story. */
export interface Liveness {
  /** What is live from the knots on the call stack and the choice targets of a state; null means "keep everything". */
  liveFrom(knots: readonly string[]): Live | null;
}

const DIVERT_KEYS = ['->', 'f()', '->t->', 'x()', '*'];

function topKnot(path: string, current: string): string | null {
  if (path.startsWith('.')) return current;
  const first = path.split('.')[0] ?? '';
  return first.length > 0 && !/^\d+$/.test(first) ? first : null;
}

/** Builds the liveness analysis of a compiled story (ink JSON text). */
export function buildLiveness(storyJson: string): Liveness {
  const story = JSON.parse(storyJson) as { root: JsonValue[] };
  const root = story.root;
  const named = root[root.length - 1];
  const knots = named && typeof named === 'object' && !Array.isArray(named) ? (named as Record<string, JsonValue>) : {};
  const edges = new Map<string, Set<string>>();
  const mentions = new Map<string, Set<string>>();
  let anywhere = false;

  const visit = (value: JsonValue, knot: string) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, knot);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const key of DIVERT_KEYS) {
      const target = value[key];
      if (typeof target !== 'string') continue;
      if (value.var === true) {
        anywhere = true;
        continue;
      }
      const to = topKnot(target, knot);
      if (to && to !== knot) edges.get(knot)!.add(to);
    }
    for (const key of ['VAR?', 'VAR=']) {
      const name = value[key];
      if (typeof name === 'string') mentions.get(knot)!.add(name);
    }
    const counted = value['CNT?'];
    if (typeof counted === 'string') {
      const to = topKnot(counted, knot);
      if (to) edges.get(knot)!.add(to);
    }
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('#') || DIVERT_KEYS.includes(key)) continue;
      visit(child, knot);
    }
  };

  for (const name of Object.keys(knots)) {
    if (name === 'global decl' || name.startsWith('#')) continue;
    edges.set(name, new Set());
    mentions.set(name, new Set());
  }
  for (const name of edges.keys()) visit(knots[name]!, name);

  const cache = new Map<string, Live | null>();
  return {
    liveFrom(current: readonly string[]): Live | null {
      if (anywhere || current.length === 0 || current.some((k) => !edges.has(k))) return null;
      const key = [...new Set(current)].toSorted().join('|');
      const known = cache.get(key);
      if (known !== undefined) return known;
      const reached = new Set<string>();
      const stack = [...current];
      while (stack.length > 0) {
        const knot = stack.pop()!;
        if (reached.has(knot)) continue;
        reached.add(knot);
        for (const next of edges.get(knot) ?? []) if (!reached.has(next)) stack.push(next);
      }
      const variables = new Set<string>();
      for (const knot of reached) for (const v of mentions.get(knot) ?? []) variables.add(v);
      const live = { variables, knots: reached };
      cache.set(key, live);
      return live;
    },
  };
}

/** The knots a state is in: every call-stack frame, thread and pending choice, by top-level name. */
export function currentKnots(state: { flows?: Record<string, unknown> }): string[] {
  const knots: string[] = [];
  const add = (path: unknown) => {
    if (typeof path !== 'string' || path.length === 0) return;
    const first = path.split('.')[0] ?? '';
    knots.push(/^\d+$/.test(first) ? '' : first);
  };
  const threads = (callstack: unknown): unknown[] => {
    const list = (callstack as { threads?: unknown[] } | undefined)?.threads;
    return Array.isArray(list) ? list : [];
  };
  for (const flow of Object.values(state.flows ?? {})) {
    const f = flow as {
      callstack?: unknown;
      choiceThreads?: Record<string, unknown>;
      currentChoices?: { targetPath?: string; originalChoicePath?: string }[];
    };
    const allThreads = [...threads(f.callstack), ...Object.values(f.choiceThreads ?? {})];
    for (const thread of allThreads) {
      const t = thread as { callstack?: { cPath?: string }[]; previousContentObject?: string };
      for (const frame of t.callstack ?? []) add(frame.cPath);
    }
    for (const choice of f.currentChoices ?? []) {
      add(choice.targetPath);
      add(choice.originalChoicePath);
    }
  }
  return knots;
}
