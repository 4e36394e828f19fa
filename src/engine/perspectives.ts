/**
 * The perspectives a player can take: each is a prisoner with her or his own entry point into the
 * one ink story (the first at the story's top). The reader offers them on the title screen; the
 * story check explores the story from every entry.
 */
export interface Perspective {
  readonly id: string;
  /** The prisoner's name, as the select screen shows it. */
  readonly name: string;
  /** Where in the camp the perspective is set, e.g. "women's section". */
  readonly section: string;
  /** Two or three plain sentences: who they are, what they carry. */
  readonly summary: string;
  /** The ink knot the run starts from; null for the story's top. */
  readonly entry: string | null;
  /** The people-registry id of the protagonist, whose own lines get no speaker label. */
  readonly speaker: string;
  /** The personal endings this perspective can reach, by knot name (a story test checks them against the story). */
  readonly endings: readonly string[];
}

export const PERSPECTIVES: readonly Perspective[] = [
  {
    id: 'daryna',
    name: 'Daryna Kovalchuk',
    section: "women's section",
    summary:
      'Twenty-four, from a village near Ternopil, serving twenty-five years for carrying bread to the insurgents. ' +
      'She lays bricks in a women’s brigade. Her brother is somewhere beyond the wall.',
    entry: null,
    speaker: 'daryna',
    endings: ['ending_killed', 'ending_dispersed', 'ending_named', 'ending_hospital', 'ending_quiet', 'ending_letters'],
  },
  {
    id: 'fyodor',
    name: 'Fyodor Zimin',
    section: "men's section, lagpunkt 3",
    summary:
      'Thirty-six, from Yaroslavl, a former artillery captain and Party member, serving twenty-five years for a letter. ' +
      'He breaks stone in a quarry brigade and still believes Moscow would put things right if it knew.',
    entry: 'fyodor_prologue',
    speaker: 'fyodor',
    endings: ['ending_fyodor_killed', 'ending_fyodor_tried', 'ending_fyodor_east', 'ending_fyodor_named', 'ending_fyodor_stayed'],
  },
];

/** Where the story check and the tools start exploring: every perspective's entry. */
export const PERSPECTIVE_ENTRIES: readonly (string | null)[] = PERSPECTIVES.map((p) => p.entry);

/** The perspective a run belongs to, by its entry knot (the first one when none matches). */
export function perspectiveForEntry(entry: string | null): Perspective {
  return PERSPECTIVES.find((p) => p.entry === entry) ?? PERSPECTIVES[0]!;
}
