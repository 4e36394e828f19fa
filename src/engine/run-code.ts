import { SaveError } from './errors.ts';
import { choiceFingerprint, type RunRecord } from './runner.ts';

/**
 * Run codes: a run record short enough for a URL or to read out in class. It carries only the
 * story version and the choices — nothing about the player.
 *
 * Format: `1-<story hash>-<seed, base 36>-<entry knot or _>-<steps>`, where each step is the choice
 * index in base 36 followed by a two-character fingerprint of the choice's text, so that a code from
 * an edited story stops at the first choice that changed instead of taking the wrong branch.
 */
export const RUN_CODE_VERSION = '1';
const MAX_STEPS = 2000;

/** Encodes a run record as a run code. */
export function encodeRunCode(run: RunRecord): string {
  const steps = run.steps.map((s) => `${s.index.toString(36)}${s.fingerprint ?? choiceFingerprint(s.text)}`).join('');
  return [RUN_CODE_VERSION, run.storyHash, run.seed.toString(36), run.entry ?? '_', steps].join('-');
}

/**
 * Decodes a run code. Steps carry fingerprints, not texts.
 * @throws SaveError ('damaged') with a message for people when the code is not a valid run code
 */
export function decodeRunCode(code: string): RunRecord {
  const bad = (why: string) => new SaveError(`This run code cannot be read (${why}). Check that it was copied whole.`, 'damaged');
  const parts = code.trim().split('-');
  if (parts.length !== 5) throw bad('it has the wrong number of parts');
  const [version, storyHash = '', seedText = '', entry = '', steps = ''] = parts;
  if (!/^\d+$/.test(version ?? '')) throw bad('it does not begin like a run code');
  if (version !== RUN_CODE_VERSION) {
    throw new SaveError('This run code comes from a different version of the game.', Number(version) > 1 ? 'newer-format' : 'damaged');
  }
  if (!/^[0-9a-f]{14}$/.test(storyHash)) throw bad('the story version is malformed');
  if (!/^[0-9a-z]{1,12}$/.test(seedText)) throw bad('the seed is malformed');
  if (!/^(_|[a-z_][a-z0-9_]*)$/.test(entry)) throw bad('the starting point is malformed');
  if (!/^([0-9a-z]{3})*$/.test(steps)) throw bad('the choices are malformed');
  if (steps.length / 3 > MAX_STEPS) throw bad('it has too many choices');
  const decoded = [];
  for (let i = 0; i < steps.length; i += 3) {
    decoded.push({ index: parseInt(steps[i]!, 36), text: '', fingerprint: steps.slice(i + 1, i + 3) });
  }
  return { storyHash, seed: parseInt(seedText, 36), entry: entry === '_' ? null : entry, steps: decoded };
}
