import type { StoryMap, MapScene } from '../engine/story-map.ts';
import type { Act } from '../engine/tags.ts';
import { h } from './dom.ts';
import { ENDING_SUMMARIES } from './endings.ts';
import { formatStoryDate, PLACE_NAMES } from './labels.ts';

export { mapFrom, storyMap } from '../engine/story-map.ts';

const ACT_NAMES: Readonly<Record<Act, string>> = {
  prologue: 'Before the walls come down',
  breakthrough: 'The breakthrough',
  commission: 'The commission',
  forty_days: 'The forty days',
  assault: 'The assault',
  aftermath: 'After the assault',
  epilogue: 'Endings and epilogue',
};

export interface StoryMapInput {
  readonly map: StoryMap;
  /** Scenes shown on this device, in any run. */
  readonly seen: ReadonlySet<string>;
  /** Scenes of the run being played (empty when there is none). */
  readonly current: ReadonlySet<string>;
}

type SceneStatus = 'current' | 'seen' | 'unseen';

const STATUS_TEXT: Readonly<Record<SceneStatus, string>> = {
  current: 'in this run',
  seen: 'seen in another run',
  unseen: 'not seen yet',
};

function sceneItem(scene: MapScene, status: (name: string) => SceneStatus): HTMLElement {
  const own = status(scene.name);
  const date = scene.knot.date ? formatStoryDate(scene.knot.date) : '';
  // An unseen scene shows only its date: where it happens, and which ending it is, would give it away.
  const what =
    own === 'unseen'
      ? date
      : [
          date,
          scene.knot.place ? PLACE_NAMES[scene.knot.place] : null,
          scene.knot.ending ? (ENDING_SUMMARIES[scene.knot.ending] ?? null) : null,
        ]
          .filter(Boolean)
          .join(' — ');
  const item = h(
    'li',
    { class: `map-scene map-scene--${own}` },
    h('span', { class: 'map-marker', 'aria-hidden': 'true' }),
    h('span', { class: 'map-scene-text', text: what }),
    h('span', { class: 'map-status', text: ` · ${STATUS_TEXT[own]}` }),
  );
  if (scene.leadsTo.length > 1) {
    const seenWays = scene.leadsTo.filter((name) => status(name) !== 'unseen').length;
    item.append(h('span', { class: 'map-ways', text: ` · leads to ${scene.leadsTo.length} scenes (${seenWays} of them seen)` }));
  }
  return item;
}

/**
 * The story map: every scene by act, marked as in this run, seen in another run, or not seen yet
 * (in words, not only in colour), with how many scenes each branching scene leads to and how many
 * of those have been seen, and the share of the story explored on this device.
 */
export function buildStoryMap(container: HTMLElement, input: StoryMapInput): void {
  const { map, current } = input;
  const names = new Set(map.scenes.map((scene) => scene.name));
  const seen = new Set([...input.seen, ...current].filter((name) => names.has(name)));
  const status = (name: string): SceneStatus => (current.has(name) ? 'current' : seen.has(name) ? 'seen' : 'unseen');
  const total = map.scenes.length;
  const share = total === 0 ? 0 : Math.round((seen.size / total) * 100);
  container.append(
    h('p', {
      class: 'map-summary',
      text: `You have seen ${seen.size} of the story’s ${total} scenes on this device (${share} % explored).`,
    }),
    h(
      'ul',
      { class: 'map-legend', 'aria-label': 'Key' },
      ...(['current', 'seen', 'unseen'] as const).map((s) =>
        h('li', { class: `map-scene--${s}` }, h('span', { class: 'map-marker', 'aria-hidden': 'true' }), ` ${STATUS_TEXT[s]}`),
      ),
    ),
  );
  const acts = new Map<Act, MapScene[]>();
  for (const scene of map.scenes) {
    const act = scene.knot.act ?? 'prologue';
    acts.set(act, [...(acts.get(act) ?? []), scene]);
  }
  for (const [act, scenes] of acts) {
    const seenHere = scenes.filter((scene) => seen.has(scene.name)).length;
    container.append(
      h(
        'section',
        { class: 'map-act' },
        // The map sits in a dialog whose title is the h2.
        h('h3', {}, ACT_NAMES[act], h('span', { class: 'map-act-count', text: ` (${seenHere} of ${scenes.length} seen)` })),
        h('ol', { class: 'map-scenes' }, ...scenes.map((scene) => sceneItem(scene, status))),
      ),
    );
  }
}
