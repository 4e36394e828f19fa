import type { KnotState, Place } from '../engine/tags.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1954-05-16" → "16 May 1954"; anything else as it is. */
export function formatStoryDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** Plain names of the story's places. */
export const PLACE_NAMES: Readonly<Record<Place, string>> = {
  women_barrack: 'the women’s barrack',
  women_zone: 'the women’s zone',
  service_yard: 'the service yard',
  wall: 'the wall',
  men_zone: 'the men’s zone',
  canteen: 'the canteen',
  sick_bay: 'the sick bay',
  workshop: 'the workshops',
  kitchen: 'the kitchen',
  bathhouse: 'the bathhouse',
  construction_site: 'the construction site',
  column: 'the work column',
  gate: 'the gate',
  steppe: 'the steppe',
  interrogation_room: 'an interrogation room',
  transport: 'a transport',
  elsewhere: 'elsewhere',
};

/** "16 May 1954 — the service yard", for a save slot and the story's caption. Empty when unknown. */
export function placeAndDate(knot: KnotState): string {
  const parts: string[] = [];
  if (knot.date) parts.push(formatStoryDate(knot.date));
  if (knot.place) parts.push(PLACE_NAMES[knot.place]);
  return parts.join(' — ');
}

/** "27 November 2026, 14:05", in the player's own locale, for when a save was made. */
export function formatSavedAt(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown time';
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

function stamp(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

/** A file name for an exported save: `forty-days-save-2026-11-27-1405.json`. */
export function saveFileName(now: Date): string {
  return `forty-days-save-${stamp(now)}.json`;
}

/** A file name for a run's transcript: `forty-days-run-2026-11-27-1405.md`. */
export function transcriptFileName(now: Date): string {
  return `forty-days-run-${stamp(now)}.md`;
}
