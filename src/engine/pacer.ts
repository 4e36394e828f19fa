/**
 * Long work cut into short tasks. A job that would hold the thread for a long time (building ink's
 * objects for a whole story, replaying a long run) asks its pacer before each piece of work, saying
 * what the piece is expected to cost; the pacer gives the thread back first when that piece would
 * take the current task past its step. One pacer serves the whole job, so that the time spent
 * between two asks (turning ink's output into a beat, telling listeners) counts as well.
 *
 * @example
 * const pace = pacer(() => scheduler.yield());
 * for (const piece of pieces) {
 *   await pace.beforeWork(costSoFar / done);
 *   doPiece(piece);
 * }
 */

/**
 * How long one task of a paced job may run, in ms. Lighthouse times a page at full speed and counts
 * each task four times as long (its phone's CPU), and a task over 50 ms there is a long task; a slow
 * Chromebook is about as slow. Six leaves room for a piece that costs more than was expected.
 */
export const STEP_MS = 6;

export interface Pacer {
  /** How long one task may run, in ms: a job can size its pieces by it. */
  readonly stepMs: number;
  /**
   * Resolves at once when a piece of `expectedMs` still fits in the current task; otherwise after
   * the thread has been given back, in a new task.
   */
  beforeWork(expectedMs?: number): Promise<void>;
}

/**
 * A pacer that gives the thread back with `pause` (the page's `scheduler.yield()`, or a resolved
 * promise in tests) and keeps each task to about `stepMs`. With `stepMs` 0 it pauses before every piece.
 */
export function pacer(pause: () => Promise<void>, stepMs: number = STEP_MS): Pacer {
  let taskStart = performance.now();
  return {
    stepMs,
    async beforeWork(expectedMs = 0) {
      if (performance.now() - taskStart + expectedMs < stepMs) return;
      await pause();
      taskStart = performance.now();
    },
  };
}
