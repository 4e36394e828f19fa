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

/**
 * If ambient frames keep arriving this late, the machine cannot afford them (the main thread is
 * busy, or every frame is read back from a software GPU).
 */
export const AMBIENT_MAX_LATENESS_MS = 40;
/**
 * The most one ambient frame may cost the main thread on average: 2 ms every 125 ms is 1.6 %,
 * inside the 2 % idle budget. A machine that needs more keeps a still picture instead.
 */
export const AMBIENT_MAX_FRAME_COST_MS = 2;
/** Judged over the last this many ambient frames… */
export const AMBIENT_JUDGE_FRAMES = 8;
/** …of which this many must be late before motion stops: one long stall (a GC) is forgiven. */
export const AMBIENT_LATE_FRAMES = 6;

/** Watches what ambient frames cost and decides, once, whether this machine can afford them. */
export class AmbientJudge {
  private readonly late: boolean[] = [];
  private readonly costs: number[] = [];

  /** Records one ambient frame (how late its timer fired, what the frame cost); false means stop. */
  affordable(lateMs: number, costMs: number): boolean {
    this.late.push(lateMs > AMBIENT_MAX_LATENESS_MS);
    this.costs.push(costMs);
    if (this.late.length > AMBIENT_JUDGE_FRAMES) this.late.shift();
    if (this.costs.length > AMBIENT_JUDGE_FRAMES) this.costs.shift();
    if (this.late.filter(Boolean).length >= AMBIENT_LATE_FRAMES) return false;
    if (this.costs.length < AMBIENT_JUDGE_FRAMES) return true;
    // The mean without the single worst frame, so one stall does not decide it.
    const sorted = this.costs.toSorted((a, b) => a - b).slice(0, -1);
    return sorted.reduce((sum, c) => sum + c, 0) / sorted.length <= AMBIENT_MAX_FRAME_COST_MS;
  }
}
