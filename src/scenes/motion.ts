/**
 * Ambient motion as pure functions of time: a sprite's pose at `t` seconds of ambient time. The
 * clock only runs while motion is allowed, so stopping it freezes every sprite where it stands and
 * resuming carries on from there without a jump.
 */

const TAU = Math.PI * 2;

/** How a sprite moves. Distances are in device pixels, angles in radians, periods in seconds. */
export type Motion =
  | { readonly kind: 'still' }
  /** Drifts sideways and wraps within [fromPx, fromPx + spanPx) (clouds, dust, birds). */
  | {
      readonly kind: 'drift';
      readonly speedPxPerS: number;
      readonly fromPx: number;
      readonly spanPx: number;
      readonly bobPx?: number;
      readonly bobPeriodS?: number;
    }
  /** Swings about its origin (a searchlight, a lamp on its cord, a kite on its string). */
  | { readonly kind: 'sway'; readonly amplitudeRad: number; readonly periodS: number; readonly phase: number }
  /** Falls slowly and flutters, wrapping from bottom to top (leaflets). */
  | {
      readonly kind: 'flutter';
      readonly fallPxPerS: number;
      readonly driftPxPerS: number;
      readonly spanXPx: number;
      readonly spanYPx: number;
      readonly periodS: number;
      readonly phase: number;
    }
  /** Sinks on a parachute, burning out and starting again (flares). */
  | { readonly kind: 'flare'; readonly sinkPxPerS: number; readonly lifeS: number; readonly phase: number }
  /** Rises, swells and thins out, then starts again (chimney and engine smoke). */
  | {
      readonly kind: 'puff';
      readonly lifeS: number;
      readonly phase: number;
      readonly dxPx: number;
      readonly dyPx: number;
      readonly grow: number;
    }
  /** Breathes in opacity (a lamp's glow). */
  | { readonly kind: 'breathe'; readonly depth: number; readonly periodS: number; readonly phase: number };

/** A sprite's resting pose. */
export interface Pose {
  readonly x: number;
  readonly y: number;
  readonly rotation: number;
  readonly alpha: number;
  readonly scaleX: number;
  readonly scaleY: number;
}

/** Wraps `value` into [0, span). */
export function wrap(value: number, span: number): number {
  if (span <= 0) return value;
  const r = value % span;
  return r < 0 ? r + span : r;
}

/** 0 → 0, 1 → 1, eased at both ends. */
export function smoothstep(t: number): number {
  const x = t < 0 ? 0 : t > 1 ? 1 : t;
  return x * x * (3 - 2 * x);
}

/** The pose of a sprite at rest in `base` after `t` seconds of ambient time. */
export function poseAt(motion: Motion, base: Pose, t: number): Pose {
  switch (motion.kind) {
    case 'still':
      return base;
    case 'drift': {
      // The sprite's rest x is where it sits at t = 0; set the span so it wraps while out of sight.
      const x = motion.fromPx + wrap(base.x - motion.fromPx + motion.speedPxPerS * t, motion.spanPx);
      const bob = motion.bobPx && motion.bobPeriodS ? motion.bobPx * Math.sin((TAU * t) / motion.bobPeriodS) : 0;
      return { ...base, x, y: base.y + bob };
    }
    case 'sway': {
      // Two incommensurate sines: a slow swing with a small irregular tug on top.
      const w = (TAU * t) / motion.periodS + motion.phase;
      const swing = Math.sin(w) * 0.8 + Math.sin(w * 2.63 + 1.7) * 0.2;
      return { ...base, rotation: base.rotation + motion.amplitudeRad * swing };
    }
    case 'flutter': {
      const w = (TAU * t) / motion.periodS + motion.phase;
      const y = wrap(base.y + motion.fallPxPerS * t, motion.spanYPx);
      const x = wrap(base.x + motion.driftPxPerS * t + Math.sin(w) * 18, motion.spanXPx);
      return { ...base, x, y, rotation: base.rotation + Math.sin(w * 0.7) * 0.6, scaleX: base.scaleX * Math.cos(w * 1.3) };
    }
    case 'flare': {
      const age = wrap(t + motion.phase * motion.lifeS, motion.lifeS) / motion.lifeS;
      // Lights quickly, burns steadily, gutters out over the last fifth.
      const envelope = smoothstep(age / 0.08) * (1 - smoothstep((age - 0.8) / 0.2));
      const flicker = 0.92 + 0.08 * Math.sin(t * 23.0 + motion.phase * 10) * Math.sin(t * 7.3);
      return { ...base, y: base.y + motion.sinkPxPerS * motion.lifeS * age, alpha: base.alpha * envelope * flicker };
    }
    case 'puff': {
      const age = wrap(t + motion.phase * motion.lifeS, motion.lifeS) / motion.lifeS;
      const scale = 1 + motion.grow * age;
      return {
        ...base,
        x: base.x + motion.dxPx * age,
        y: base.y + motion.dyPx * age,
        alpha: base.alpha * Math.sin(Math.PI * age) ** 1.5,
        scaleX: base.scaleX * scale,
        scaleY: base.scaleY * scale,
      };
    }
    case 'breathe': {
      const w = (TAU * t) / motion.periodS + motion.phase;
      return { ...base, alpha: base.alpha * (1 - motion.depth * (0.5 + 0.5 * Math.sin(w))) };
    }
  }
}

/** True when the motion changes anything over time. */
export function isMoving(motion: Motion): boolean {
  return motion.kind !== 'still';
}
