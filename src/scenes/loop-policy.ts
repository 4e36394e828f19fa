/**
 * When the Phaser loop runs. The page must be idle while the player reads, so the loop runs at
 * full rate only during a cross-fade; gentle ambient motion is drawn by a slow timer instead of
 * requestAnimationFrame, and winds down after a while; otherwise the loop sleeps.
 */

/** Frame interval for ambient motion: slow things moving slowly need few frames. */
export const AMBIENT_FRAME_MS = 125;

/** How long ambient motion goes on after a beat before the picture settles and the loop sleeps. */
export const AMBIENT_SETTLE_MS = 30_000;

/** How long the ambient motion takes to ease to a stop (or to start again). */
export const AMBIENT_EASE_MS = 4_000;

export type LoopMode =
  /** requestAnimationFrame at the display's rate (a cross-fade is running). */
  | 'run'
  /** The RAF loop sleeps; a timer draws a frame every AMBIENT_FRAME_MS. */
  | 'throttle'
  /** Nothing runs at all. */
  | 'sleep';

export interface LoopInputs {
  /** A cross-fade is in progress. */
  readonly fading: boolean;
  /** setMotion(true) and no reduced-motion preference. */
  readonly motionEnabled: boolean;
  /** The document is hidden (another tab, a minimised window). */
  readonly hidden: boolean;
  /** The current picture has something that moves. */
  readonly hasAmbient: boolean;
  /** Ambient time is still advancing (not yet settled). */
  readonly ambientLive: boolean;
}

export function loopMode(s: LoopInputs): LoopMode {
  if (s.hidden) return 'sleep';
  if (s.fading) return 'run';
  if (s.motionEnabled && s.hasAmbient && s.ambientLive) return 'throttle';
  return 'sleep';
}

/**
 * The speed of ambient time (0–1) at `now`, given when the current stretch of motion began and
 * when it must settle: it eases in after a beat and eases out before the settle time.
 */
export function ambientRate(nowMs: number, startedMs: number, settleAtMs: number): number {
  if (nowMs >= settleAtMs) return 0;
  const fadeIn = Math.min(1, Math.max(0, (nowMs - startedMs) / AMBIENT_EASE_MS));
  const fadeOut = Math.min(1, Math.max(0, (settleAtMs - nowMs) / AMBIENT_EASE_MS));
  const k = Math.min(fadeIn, fadeOut);
  return k * k * (3 - 2 * k);
}
