/**
 * The story's tag vocabulary (the contract in story/README.md) and the parser that turns ink's raw
 * tag strings into typed data. The README's tables and {@link TAG_VOCABULARY} must list the same
 * tags; a test holds them together.
 */

export const ACTS = ['prologue', 'breakthrough', 'commission', 'forty_days', 'assault', 'aftermath', 'epilogue'] as const;
export type Act = (typeof ACTS)[number];

export const TIMES_OF_DAY = ['dawn', 'day', 'dusk', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export const PLACES = [
  'women_barrack',
  'women_zone',
  'service_yard',
  'wall',
  'men_zone',
  'canteen',
  'sick_bay',
  'workshop',
  'kitchen',
  'bathhouse',
  'construction_site',
  'column',
  'gate',
  'steppe',
  'interrogation_room',
  'transport',
  'elsewhere',
] as const;
export type Place = (typeof PLACES)[number];

export const SCENES = [
  'steppe',
  'barracks',
  'yard',
  'wall',
  'canteen',
  'workshop',
  'sick_bay',
  'construction',
  'gate',
  'kites',
  'assault',
  'steppe_after',
  'interrogation',
  'transport',
  'epilogue',
] as const;
export type SceneId = (typeof SCENES)[number];

export const BEATS = [
  'prelude',
  'breakthrough',
  'first_commission',
  'walls_rebuilt',
  'staff_expelled',
  'commission',
  'talks',
  'forty_days',
  'eve',
  'assault',
  'aftermath',
  'interrogation',
  'dispersal',
  'epilogue',
  'personal',
] as const;
export type BeatId = (typeof BEATS)[number];

export const INTENSITIES = ['1', '2', '3'] as const;
export type Intensity = 1 | 2 | 3;

/** Where a tag may stand. */
export type TagLevel = 'knot' | 'line' | 'choice';

/** How a tag's value is checked. `free` values are checked against a registry elsewhere. */
export type TagValueRule =
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'date' }
  | { readonly kind: 'id' }
  | { readonly kind: 'vote' }
  | { readonly kind: 'optional-note' };

/** Every tag the story may use, where it stands and what its value may be. */
export const TAG_VOCABULARY = {
  act: { level: 'knot', value: { kind: 'enum', values: ACTS } },
  date: { level: 'knot', value: { kind: 'date' } },
  time: { level: 'knot', value: { kind: 'enum', values: TIMES_OF_DAY } },
  place: { level: 'knot', value: { kind: 'enum', values: PLACES } },
  scene: { level: 'knot', value: { kind: 'enum', values: SCENES } },
  beat: { level: 'knot', value: { kind: 'enum', values: BEATS } },
  intensity: { level: 'knot', value: { kind: 'enum', values: INTENSITIES } },
  ending: { level: 'knot', value: { kind: 'id' } },
  fact: { level: 'line', value: { kind: 'id' } },
  speaker: { level: 'line', value: { kind: 'id' } },
  term: { level: 'line', value: { kind: 'id' } },
  fiction: { level: 'line', value: { kind: 'optional-note' } },
  vote: { level: 'choice', value: { kind: 'vote' } },
  discuss: { level: 'choice', value: { kind: 'id' } },
} as const satisfies Record<string, { level: TagLevel; value: TagValueRule }>;

export type TagName = keyof typeof TAG_VOCABULARY;

/** The knot tags every knot must carry (`ending` is only on endings). */
export const REQUIRED_KNOT_TAGS = ['act', 'date', 'time', 'place', 'scene', 'beat', 'intensity'] as const satisfies readonly TagName[];

/** One raw tag split into its name and value. */
export interface RawTag {
  readonly name: string;
  /** The trimmed value, or '' for a bare tag such as `fiction`. */
  readonly value: string;
}

/** A problem with one tag: unknown name, or a value the vocabulary does not allow. */
export interface TagProblem {
  readonly tag: string;
  readonly message: string;
}

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
const VOTE_PATTERN = /^[a-z][a-z0-9_]*\/[a-z][a-z0-9_]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Splits `key: value` (or a bare `key`). Whitespace around both is ignored. */
export function splitTag(raw: string): RawTag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon === -1) return { name: text.toLowerCase(), value: '' };
  return { name: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Checks one raw tag against the vocabulary. Returns null when it is valid.
 * `expectedLevel` is where the tag was found; a knot tag on a choice is a problem, for example.
 */
export function checkTag(raw: string, expectedLevel?: TagLevel): TagProblem | null {
  const { name, value } = splitTag(raw);
  if (!(name in TAG_VOCABULARY)) return { tag: raw, message: `unknown tag "${name}" (story/README.md lists the tags)` };
  const spec = TAG_VOCABULARY[name as TagName];
  if (expectedLevel && spec.level !== expectedLevel && !(expectedLevel === 'line' && spec.level === 'knot')) {
    return { tag: raw, message: `"${name}" is a ${spec.level} tag and cannot stand on a ${expectedLevel}` };
  }
  const rule: TagValueRule = spec.value;
  switch (rule.kind) {
    case 'enum':
      return rule.values.includes(value)
        ? null
        : { tag: raw, message: `"${name}" must be one of ${rule.values.join(', ')}; got "${value}"` };
    case 'date':
      return isIsoDate(value) ? null : { tag: raw, message: `"${name}" must be a date YYYY-MM-DD; got "${value}"` };
    case 'id':
      return ID_PATTERN.test(value) ? null : { tag: raw, message: `"${name}" needs an id in snake_case; got "${value}"` };
    case 'vote':
      return VOTE_PATTERN.test(value) ? null : { tag: raw, message: `"${name}" must be <decision>/<option>; got "${value}"` };
    case 'optional-note':
      return null;
  }
}

/** The parsed tags of a line of story text. */
export interface LineTags {
  readonly facts: readonly string[];
  readonly speaker: string | null;
  readonly terms: readonly string[];
  /** True when the line's dates and numbers are marked as invented. */
  readonly fiction: boolean;
}

/** The parsed tags of a choice. */
export interface ChoiceTags {
  /** The classroom vote this option belongs to, if any. */
  readonly vote: { readonly decision: string; readonly option: string } | null;
  readonly discuss: string | null;
}

/** The knot-level state, carried from the knot tags most recently seen. */
export interface KnotState {
  readonly act: Act | null;
  /** In-story date, YYYY-MM-DD. */
  readonly date: string | null;
  readonly time: TimeOfDay | null;
  readonly place: Place | null;
  readonly scene: SceneId | null;
  readonly beat: BeatId | null;
  readonly intensity: Intensity | null;
  readonly ending: string | null;
}

export const EMPTY_KNOT_STATE: KnotState = Object.freeze({
  act: null,
  date: null,
  time: null,
  place: null,
  scene: null,
  beat: null,
  intensity: null,
  ending: null,
});

const KNOT_TAG_NAMES = new Set<string>(['act', 'date', 'time', 'place', 'scene', 'beat', 'intensity', 'ending']);

/** True for tags that describe the knot rather than the line they happen to arrive with. */
export function isKnotTag(raw: string): boolean {
  return KNOT_TAG_NAMES.has(splitTag(raw).name);
}

/** Parses line tags. Knot tags and unknown tags are ignored here; the story check reports unknown ones. */
export function parseLineTags(raw: readonly string[]): LineTags {
  const facts: string[] = [];
  const terms: string[] = [];
  let speaker: string | null = null;
  let fiction = false;
  for (const tag of raw) {
    const { name, value } = splitTag(tag);
    if (name === 'fact' && value) facts.push(value);
    else if (name === 'term' && value) terms.push(value);
    else if (name === 'speaker' && value) speaker = value;
    else if (name === 'fiction') fiction = true;
  }
  return { facts, speaker, terms, fiction };
}

/** Parses choice tags. */
export function parseChoiceTags(raw: readonly string[]): ChoiceTags {
  let vote: ChoiceTags['vote'] = null;
  let discuss: string | null = null;
  for (const tag of raw) {
    const { name, value } = splitTag(tag);
    if (name === 'vote' && VOTE_PATTERN.test(value)) {
      const [decision = '', option = ''] = value.split('/');
      vote = { decision, option };
    } else if (name === 'discuss' && value) discuss = value;
  }
  return { vote, discuss };
}

/**
 * Applies any knot tags in `raw` to `previous`. Tags not present keep their previous value; an
 * `ending`, once reached, stays (an ending knot may go on into a shared epilogue knot).
 */
export function applyKnotTags(previous: KnotState, raw: readonly string[]): KnotState {
  const knotTags = raw.map(splitTag).filter((t) => KNOT_TAG_NAMES.has(t.name));
  if (knotTags.length === 0) return previous;
  const next: { -readonly [K in keyof KnotState]: KnotState[K] } = { ...previous };
  for (const { name, value } of knotTags) {
    switch (name) {
      case 'act':
        if ((ACTS as readonly string[]).includes(value)) next.act = value as Act;
        break;
      case 'date':
        if (isIsoDate(value)) next.date = value;
        break;
      case 'time':
        if ((TIMES_OF_DAY as readonly string[]).includes(value)) next.time = value as TimeOfDay;
        break;
      case 'place':
        if ((PLACES as readonly string[]).includes(value)) next.place = value as Place;
        break;
      case 'scene':
        if ((SCENES as readonly string[]).includes(value)) next.scene = value as SceneId;
        break;
      case 'beat':
        if ((BEATS as readonly string[]).includes(value)) next.beat = value as BeatId;
        break;
      case 'intensity':
        if ((INTENSITIES as readonly string[]).includes(value)) next.intensity = Number(value) as Intensity;
        break;
      case 'ending':
        next.ending = value || null;
        break;
    }
  }
  return Object.freeze(next);
}
