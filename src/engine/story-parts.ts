/**
 * One perspective's part of the compiled story: the knots a run from its entry can reach, and no
 * others. A player's page builds only this part (ink builds every knot of a story it is given before
 * the first line, the heaviest work of a page), while saves and run codes keep naming the whole
 * story's version: a run plays the same in its part as in the whole, so either replays it.
 *
 * The compiled JSON (ink's format, version 21) keeps each knot as a named container at the root.
 * Every way of leaving a knot names its target by path: diverts (`->`), function calls (`f()`),
 * tunnels (`->t->`), choices (`*`), divert targets held in variables (`^->`) and visit counts read
 * (`CNT?`). A path's first part is the knot. Relative paths (`.^.x`) stay inside their own knot, and
 * a divert to a variable (`"var": true`) goes where a divert target value sent it, which is itself
 * one of the paths above. The variables' declarations run however a story starts, so what they
 * name is in every part.
 */

/** The JSON keys whose values are paths to content (see above; `x()` names an external function's ink fallback). */
const PATH_KEYS = ['->', 'f()', '->t->', '*', '^->', 'CNT?', 'x()'] as const;

/** The root's container of variable declarations, run when a story starts from anywhere. */
const GLOBALS = 'global decl';

/** How a part is named where a name must be text (an import's query, a cache's key): its entry knot, or `top`. */
export const partName = (entry: string | null): string => entry ?? 'top';

/** The entry knot a {@link partName} names. */
export const partEntry = (name: string): string | null => (name === 'top' ? null : name);

export class StoryPartError extends Error {
  override readonly name = 'StoryPartError';
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The knots named by absolute paths anywhere inside `node`. */
function knotsNamed(node: Json, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) knotsNamed(item, into);
  } else if (node !== null && typeof node === 'object') {
    // A divert marked `var` goes where a variable points: its string is the variable's name.
    const toVariable = node['var'] === true;
    for (const [key, value] of Object.entries(node)) {
      if (!toVariable && (PATH_KEYS as readonly string[]).includes(key) && typeof value === 'string' && !value.startsWith('.')) {
        into.add(value.split('.')[0]!);
      }
      knotsNamed(value, into);
    }
  }
}

/**
 * The part of `storyJson` a run from `entry` can reach (`null`: the story's top), as compiled JSON
 * text. For an entry knot, the top of the part diverts straight to it, unless the part names a place
 * in the story's top, which it then keeps as it is (a run from the entry never plays it).
 *
 * @throws StoryPartError if the text is not compiled ink JSON this function can read losslessly, or
 *   `entry` is not a knot of the story.
 */
export function storyPart(storyJson: string, entry: string | null): string {
  let story: { root?: Json[]; [key: string]: Json | undefined };
  try {
    story = JSON.parse(storyJson) as typeof story;
  } catch (cause) {
    throw new StoryPartError('story part: the story is not JSON', { cause });
  }
  // Ink tells an integer from a float by how it is written (2 and 2.0); parsing loses that, so the
  // part is only made from text that parsing gives back exactly.
  if (JSON.stringify(story) !== storyJson) throw new StoryPartError('story part: the story JSON does not survive parsing unchanged');
  const root = story.root;
  const named = root?.at(-1);
  if (!root || root.length < 2 || named === null || typeof named !== 'object' || Array.isArray(named) || named === undefined) {
    throw new StoryPartError('story part: the story has no root container of named knots');
  }
  const knots = named;
  if (entry !== null && !Object.hasOwn(knots, entry)) throw new StoryPartError(`story part: there is no knot "${entry}" to start from`);

  const reached = new Set<string>();
  const waiting = new Set<string>([GLOBALS]);
  // The story's own top: where a part from the top starts, and kept in any part that names a place in
  // it (a path starting with its index, such as a labelled gather before the first knot).
  let topKept = entry === null;
  if (topKept) knotsNamed(root[0]!, waiting);
  else waiting.add(entry!);
  for (const knot of waiting) {
    // A Set visits what is added while it is being walked: this runs until nothing new is named.
    if (/^\d+$/.test(knot) && !topKept) {
      topKept = true;
      knotsNamed(root[0]!, waiting);
    }
    if (reached.has(knot) || !Object.hasOwn(knots, knot)) continue;
    reached.add(knot);
    knotsNamed(knots[knot]!, waiting);
  }
  const top: Json = topKept ? root[0]! : [{ '->': entry }, null];
  // Flags and names (keys starting with #) are the container's own, not knots.
  const kept = Object.fromEntries(Object.entries(knots).filter(([name]) => name.startsWith('#') || reached.has(name)));
  return JSON.stringify({ ...story, root: [top, ...root.slice(1, -1), kept] });
}
