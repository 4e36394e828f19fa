/**
 * The perspectives a player can take. The story is written to hold more than one; each is a
 * prisoner with her or his own entry point into the ink story.
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
  },
];

/** The perspective a run belongs to, by its entry knot (the first one when none matches). */
export function perspectiveForEntry(entry: string | null): Perspective {
  return PERSPECTIVES.find((p) => p.entry === entry) ?? PERSPECTIVES[0]!;
}
