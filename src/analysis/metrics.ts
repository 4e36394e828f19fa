import type { ExploreResult } from './explore.ts';

/** Smallest and largest value over all complete paths; `max` is null when a loop makes it unbounded. */
export interface Range {
  readonly min: number;
  readonly max: number | null;
}

/** Per-playthrough figures computed over the whole explored graph. */
export interface PathMetrics {
  /** Choices made from the start to an end. */
  readonly choices: Range;
  /** Words read from the start to an end. */
  readonly words: Range;
  /** How many distinct choice paths reach each ending (dead ends under the key `(dead end)`). */
  readonly pathsPerEnding: Readonly<Record<string, number>>;
  /** True when the state graph has a cycle (a loop the player can go round). */
  readonly hasCycle: boolean;
}

/**
 * Computes min/max choices and words per playthrough, and the number of paths to each ending, by
 * dynamic programming over the explored graph (it never enumerates paths, which can be billions).
 */
export function pathMetrics(result: ExploreResult, entry?: string | null): PathMetrics {
  const out = new Map<number, { to: number; words: number }[]>();
  for (const edge of result.edges) {
    const list = out.get(edge.from) ?? [];
    list.push({ to: edge.to, words: edge.words });
    out.set(edge.from, list);
  }
  type Summary = { minC: number; maxC: number; minW: number; maxW: number; paths: Map<string, number> };
  const memo = new Map<number, Summary>();
  const onStack = new Set<number>();
  let hasCycle = false;
  const unreachable: Summary = { minC: Infinity, maxC: -Infinity, minW: Infinity, maxW: -Infinity, paths: new Map() };

  // Iterative post-order DFS: the graph can be deep enough to overflow the call stack.
  const visit = (root: number): Summary => {
    const stack: { id: number; next: number }[] = [{ id: root, next: 0 }];
    onStack.add(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = out.get(frame.id) ?? [];
      if (frame.next < edges.length) {
        const child = edges[frame.next++]!.to;
        if (memo.has(child)) continue;
        if (onStack.has(child)) {
          hasCycle = true;
          continue;
        }
        onStack.add(child);
        stack.push({ id: child, next: 0 });
        continue;
      }
      stack.pop();
      onStack.delete(frame.id);
      const node = result.nodes[frame.id]!;
      if (node.terminal) {
        memo.set(frame.id, { minC: 0, maxC: 0, minW: 0, maxW: 0, paths: new Map([[node.ending ?? '(dead end)', 1]]) });
        continue;
      }
      const summary: Summary = { minC: Infinity, maxC: -Infinity, minW: Infinity, maxW: -Infinity, paths: new Map() };
      for (const edge of edges) {
        const child = memo.get(edge.to) ?? unreachable;
        summary.minC = Math.min(summary.minC, 1 + child.minC);
        summary.maxC = Math.max(summary.maxC, 1 + child.maxC);
        summary.minW = Math.min(summary.minW, edge.words + child.minW);
        summary.maxW = Math.max(summary.maxW, edge.words + child.maxW);
        for (const [ending, count] of child.paths) summary.paths.set(ending, (summary.paths.get(ending) ?? 0) + count);
      }
      memo.set(frame.id, summary);
    }
    return memo.get(root)!;
  };

  // Every start, or only the one asked for; several starts are summed (any path from any start).
  const starts = result.roots.filter((r) => entry === undefined || r.entry === entry);
  const root: Summary = { minC: Infinity, maxC: -Infinity, minW: Infinity, maxW: -Infinity, paths: new Map() };
  for (const start of starts) {
    const summary = visit(start.node);
    root.minC = Math.min(root.minC, summary.minC);
    root.maxC = Math.max(root.maxC, summary.maxC);
    root.minW = Math.min(root.minW, summary.minW + start.openingWords);
    root.maxW = Math.max(root.maxW, summary.maxW + start.openingWords);
    for (const [ending, count] of summary.paths) root.paths.set(ending, (root.paths.get(ending) ?? 0) + count);
  }
  const finite = (n: number) => (Number.isFinite(n) ? n : 0);
  return {
    choices: { min: finite(root.minC), max: hasCycle ? null : finite(root.maxC) },
    words: { min: finite(root.minW), max: hasCycle ? null : finite(root.maxW) },
    pathsPerEnding: Object.fromEntries(root.paths),
    hasCycle,
  };
}
