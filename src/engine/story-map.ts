import { InkSession } from './ink-session.ts';
import { applyKnotTags, EMPTY_KNOT_STATE, type KnotState } from './tags.ts';

/**
 * The story's scenes and the ways between them, for the story map (product.md: "a branch map of
 * the story's scenes with seen/unseen, percent explored and the current run highlighted").
 *
 * A scene is a top-level knot with knot tags (functions and helpers have none). Its ways out are
 * read from the compiled story: every divert or tunnel in the knot, its stitches and its choices
 * whose target lies in another scene. A way that only some states take is still a way: the map
 * shows what the story can do, not one run.
 */

export interface MapScene {
  /** The ink knot. */
  readonly name: string;
  readonly knot: KnotState;
  /** The scenes this one can lead to, in the order the story names them. */
  readonly leadsTo: readonly string[];
  /** The class votes decided in this scene (the decision ids of its choice tags `vote: id/option`). */
  readonly votes: readonly string[];
}

export interface StoryMap {
  /** Every scene, in the order the story's source lists them. */
  readonly scenes: readonly MapScene[];
  /** The scene the story's top leads to (the first perspective's start), or null. */
  readonly top: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Targets of the diverts and tunnels anywhere inside a compiled container (absolute paths only: relative ones stay inside). */
function divertTargets(node: Json, into: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) divertTargets(child, into);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    // "->" is a divert ("var": true makes its target a variable's value, found where the value is made),
    // "->t->" a tunnel, "^->" a divert target held in a variable (`~ next = -> ending_quiet`).
    if ((key === '->' || key === '->t->' || key === '^->') && typeof value === 'string' && node.var !== true) {
      if (!value.startsWith('.')) into.push(value.split('.')[0]!);
    } else if (typeof value === 'object') divertTargets(value, into);
  }
}

const VOTE_TAG = /"\^vote:\s*([^/"\s]+)\//g;

/** Builds the map of a compiled story (its JSON, as the build makes it). */
export function storyMap(storyJson: string): StoryMap {
  const compiled = JSON.parse(storyJson) as { root: Json[] };
  const named = compiled.root.at(-1);
  if (!named || typeof named !== 'object' || Array.isArray(named)) return { scenes: [], top: null };
  const session = new InkSession(storyJson);
  const knots = Object.keys(named).filter((name) => name !== 'global decl');
  const states = new Map(knots.map((name) => [name, applyKnotTags(EMPTY_KNOT_STATE, session.knotTags(name))] as const));
  const isScene = (name: string): boolean => (states.get(name)?.date ?? null) !== null;
  const scenes = knots.filter(isScene).map((name) => {
    const targets: string[] = [];
    divertTargets(named[name]!, targets);
    const leadsTo = [...new Set(targets)].filter((target) => target !== name && isScene(target));
    // A choice's tags are compiled as strings ("^vote: id/option") inside the knot's container.
    const votes = [...new Set([...JSON.stringify(named[name]).matchAll(VOTE_TAG)].map((match) => match[1]!))];
    return { name, knot: states.get(name)!, leadsTo, votes };
  });
  const fromTop: string[] = [];
  divertTargets(compiled.root.slice(0, -1), fromTop);
  return { scenes, top: fromTop.find(isScene) ?? null };
}

/**
 * The part of the map one perspective can see: the scenes reachable from its first scene (`start`,
 * or the story's top for null), in the map's order. Scenes every perspective shares (the grounded
 * epilogue) are on each part.
 */
export function mapFrom(map: StoryMap, start: string | null): StoryMap {
  const first = start ?? map.top;
  const byName = new Map(map.scenes.map((scene) => [scene.name, scene]));
  const reached = new Set<string>();
  const queue = first && byName.has(first) ? [first] : [];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (reached.has(name)) continue;
    reached.add(name);
    queue.push(...byName.get(name)!.leadsTo);
  }
  return { scenes: map.scenes.filter((scene) => reached.has(scene.name)), top: map.top };
}
