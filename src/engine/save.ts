import { SaveError } from './errors.ts';
import type { Beat, RunRecord, RunStep } from './runner.ts';

/** The save format this build writes. Older formats are read and upgraded; newer ones are refused. */
export const SAVE_FORMAT = 1;

/** A saved game: the run record, which replays the whole state, and when it was made. */
export interface SaveData {
  readonly format: typeof SAVE_FORMAT;
  /** ISO timestamp; the only thing a save says besides the story and the choices. */
  readonly savedAt: string;
  readonly run: RunRecord;
  /** A short description for the save slot ("27 May 1954 — the canteen"). */
  readonly label: string;
  /** The autosave's copy of the page on screen (see {@link SavedPage}); absent from other saves. */
  readonly page?: SavedPage;
}

/**
 * The page on screen when an autosave was written: its beat and the one before, as the runner gave
 * them. A game resumed from the autosave shows it at once, before the story has loaded and replayed;
 * the replay is the truth, and replaces the page if the two differ. Nothing in it is read otherwise.
 */
export interface SavedPage {
  readonly beat: Beat;
  readonly previous: Beat | null;
}

/** Makes a save from a run record (and, for the autosave, the page on screen). */
export function makeSave(run: RunRecord, label: string, now: Date = new Date(), page?: SavedPage): SaveData {
  return page
    ? { format: SAVE_FORMAT, savedAt: now.toISOString(), run, label, page }
    : { format: SAVE_FORMAT, savedAt: now.toISOString(), run, label };
}

function isBeatShaped(value: unknown): value is Beat {
  return (
    isRecord(value) &&
    Number.isInteger(value.turn) &&
    Array.isArray(value.lines) &&
    value.lines.every((line) => isRecord(line) && typeof line.text === 'string' && isRecord(line.tags) && isRecord(line.knot)) &&
    Array.isArray(value.choices) &&
    value.choices.every(
      (choice) => isRecord(choice) && Number.isInteger(choice.index) && typeof choice.text === 'string' && isRecord(choice.tags),
    ) &&
    isRecord(value.knot) &&
    typeof value.ended === 'boolean'
  );
}

/**
 * The saved page if it has the shape of one, else undefined: it is a copy for showing early, so a
 * damaged one is dropped (the run replays the page anyway) rather than failing the save.
 */
function readPage(value: unknown): SavedPage | undefined {
  if (!isRecord(value) || !isBeatShaped(value.beat)) return undefined;
  if (value.previous !== null && !isBeatShaped(value.previous)) return undefined;
  return { beat: value.beat, previous: value.previous };
}

/** Serialises a save for storage or a file. */
export function serialiseSave(save: SaveData): string {
  return JSON.stringify(save);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readStep(value: unknown, position: number): RunStep {
  if (!isRecord(value) || !Number.isInteger(value.index) || (value.index as number) < 0 || typeof value.text !== 'string') {
    throw new SaveError(`The save is damaged: choice ${position + 1} cannot be read.`, 'damaged');
  }
  if (value.fingerprint !== undefined && (typeof value.fingerprint !== 'string' || !/^[0-9a-z]{2}$/.test(value.fingerprint))) {
    throw new SaveError(`The save is damaged: choice ${position + 1} cannot be read.`, 'damaged');
  }
  return value.fingerprint
    ? { index: value.index as number, text: value.text, fingerprint: value.fingerprint }
    : { index: value.index as number, text: value.text };
}

/**
 * Reads a save from text, checking every field. Nothing is changed or deleted: the caller keeps
 * the original text whatever happens.
 * @throws SaveError with a message for people: not JSON, not a save, from a newer version, or damaged
 */
export function parseSave(text: string): SaveData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new SaveError('This is not a save file from Forty Days: it cannot be read as data.', 'not-json', { cause });
  }
  if (!isRecord(value) || !('format' in value) || !isRecord(value.run)) {
    throw new SaveError('This file is not a Forty Days save.', 'not-a-save');
  }
  if (typeof value.format !== 'number' || !Number.isInteger(value.format)) {
    throw new SaveError('The save is damaged: its format number is missing.', 'damaged');
  }
  if (value.format > SAVE_FORMAT) {
    throw new SaveError('This save was made by a newer version of the game. Open it in the newest version.', 'newer-format');
  }
  const run = value.run;
  if (typeof run.storyHash !== 'string' || !Number.isInteger(run.seed) || !Array.isArray(run.steps)) {
    throw new SaveError('The save is damaged: the record of choices cannot be read.', 'damaged');
  }
  if (run.entry !== null && run.entry !== undefined && typeof run.entry !== 'string') {
    throw new SaveError('The save is damaged: its starting point cannot be read.', 'damaged');
  }
  const steps = run.steps.map(readStep);
  const savedAt = typeof value.savedAt === 'string' && !Number.isNaN(Date.parse(value.savedAt)) ? value.savedAt : new Date(0).toISOString();
  const label = typeof value.label === 'string' ? value.label : '';
  const page = readPage(value.page);
  return {
    format: SAVE_FORMAT,
    savedAt,
    label,
    run: { storyHash: run.storyHash, seed: run.seed as number, entry: (run.entry as string | null | undefined) ?? null, steps },
    ...(page ? { page } : {}),
  };
}
