import { PERSPECTIVES } from '../engine/perspectives.ts';

/**
 * The story's endings as players and teachers see them, and the endings a player has found on this
 * device (ending ids only: nothing about the player).
 */

/** One short line for each ending, by the ending knot's name (a test checks every ending has one). */
export const ENDING_SUMMARIES: Readonly<Record<string, string>> = {
  ending_killed: 'Killed in the assault (Ona tells it)',
  ending_dispersed: 'Sent east with the transports',
  ending_named: 'Stays at Kengir after giving the interrogator a name',
  ending_hospital: 'Stays on in the sick bay',
  ending_quiet: 'Keeps her head down and stays at Kengir',
  ending_letters: 'Married, writing letters across the country',
  ending_fyodor_killed: 'Killed in the assault (Dudin writes to Lena)',
  ending_fyodor_tried: 'Arrested with the commission and put on trial',
  ending_fyodor_east: 'Sent east with the transports',
  ending_fyodor_named: 'Stays at Kengir after giving the interrogator a name',
  ending_fyodor_stayed: 'Stays at Kengir and writes to his daughter',
};

/**
 * An ending named for a page that mixes perspectives (class results, a comparison): the
 * protagonist's first name, then the summary.
 */
export function endingLabel(id: string): string {
  const summary = ENDING_SUMMARIES[id] ?? id;
  const perspective = PERSPECTIVES.find((p) => p.endings.includes(id));
  return perspective ? `${perspective.name.split(' ')[0]}: ${summary.charAt(0).toLowerCase()}${summary.slice(1)}` : summary;
}

/** Where the endings found are kept (under the storage prefix). */
export const ENDINGS_KEY = 'endings';

/** The endings found, from storage text; anything unreadable or unknown is left out, never an error. */
export function parseEndingsFound(text: string | null): readonly string[] {
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && id in ENDING_SUMMARIES) : [];
  } catch {
    return [];
  }
}

/** The list with `ending` added once, in the order found. */
export function withEndingFound(found: readonly string[], ending: string): readonly string[] {
  return found.includes(ending) || !(ending in ENDING_SUMMARIES) ? found : [...found, ending];
}
