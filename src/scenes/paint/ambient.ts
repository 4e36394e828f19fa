import { mix, shade } from '../palette.ts';
import type { Point } from './canvas.ts';
import type { PaintContext } from './frame.ts';
import { beam, birds, cloud, haze, SOFT_SPRITE_RESOLUTION } from './sprites.ts';

/** The slow things every outdoor scene shares: clouds, searchlights, dust and birds. */

/** Cloud drift, in design units per second: slow enough to notice only after a while. */
const CLOUD_SPEED_UNITS_PER_S = 4;
const DUST_SPEED_UNITS_PER_S = 7;
const BIRD_SPEED_UNITS_PER_S = 9;
const BEAM_SWAY_PERIOD_S = 32;

export function addClouds(pc: PaintContext, count: number, topFraction: number, bottomFraction: number, sizeUnits: number): void {
  const { f, pal, rng } = pc;
  for (let i = 0; i < count; i++) {
    const art = cloud(pal, rng, sizeUnits * f.s * rng.range(0.7, 1.3));
    const depth = rng.next();
    const scale = (1 / SOFT_SPRITE_RESOLUTION) * (0.6 + 0.4 * depth);
    const halfWidth = (art.surface.w * scale) / 2;
    pc.addSprite({
      canvas: art.surface.canvas,
      textureId: `cloud-${i}`,
      x: ((i + rng.range(0.1, 0.9)) / count) * f.w * 1.3 - f.w * 0.15,
      y: f.h * (topFraction + (bottomFraction - topFraction) * depth),
      scale,
      alpha: 0.55 + 0.35 * pal.sun,
      plane: 'sky',
      motion: {
        kind: 'drift',
        speedPxPerS: CLOUD_SPEED_UNITS_PER_S * f.s * (0.5 + 0.7 * depth),
        fromPx: -halfWidth - f.w * 0.1,
        spanPx: f.w * 1.2 + halfWidth * 2,
      },
    });
  }
}

/** A searchlight from a tower lamp, swinging slowly about `angle` (radians, 0 = pointing right). */
export function addBeam(pc: PaintContext, lamp: Point, angle: number, swingRad: number, phase: number, id: string): void {
  const { f, pal } = pc;
  if (pal.beamStrength < 0.05) return;
  const art = beam(mix(pal.lamp, pal.glow, 0.6), f.h * 0.95, 0.055, pal.beamStrength * pal.additive);
  pc.addSprite({
    canvas: art.surface.canvas,
    textureId: id,
    x: lamp[0],
    y: lamp[1],
    originX: art.originX,
    originY: art.originY,
    rotation: angle,
    blend: 'add',
    plane: 'front',
    motion: { kind: 'sway', amplitudeRad: swingRad, periodS: BEAM_SWAY_PERIOD_S, phase },
  });
}

/** A bank of dust drifting along the ground at `yFraction`. */
export function addDust(pc: PaintContext, yFraction: number, heightFraction: number, alpha: number): void {
  const { f, pal, rng } = pc;
  const bankW = f.w * 1.4;
  const art = haze(mix(pal.haze, pal.groundFar, 0.3), rng, bankW, f.h * heightFraction, alpha);
  // Two banks half a cycle apart, so one is always in view while the other wraps round unseen.
  const span = f.w + bankW;
  for (const offset of [0, 0.5]) {
    pc.addSprite({
      canvas: art.surface.canvas,
      textureId: 'dust',
      x: -bankW + span * (offset + 0.3),
      y: f.h * yFraction,
      originX: 0,
      originY: 0.5,
      scale: 1 / SOFT_SPRITE_RESOLUTION,
      plane: 'front',
      motion: { kind: 'drift', speedPxPerS: DUST_SPEED_UNITS_PER_S * f.s, fromPx: -bankW, spanPx: span, bobPx: 3 * f.s, bobPeriodS: 19 },
    });
  }
}

export function addBirds(pc: PaintContext, yFraction: number): void {
  const { f, pal, rng } = pc;
  const art = birds(shade(mix(pal.structure, pal.upperSky, 0.3), 0.9), rng, f.s);
  pc.addSprite({
    canvas: art.surface.canvas,
    textureId: 'birds',
    x: f.w * 0.3,
    y: f.h * yFraction,
    plane: 'sky',
    motion: {
      kind: 'drift',
      speedPxPerS: BIRD_SPEED_UNITS_PER_S * f.s,
      fromPx: -art.surface.w,
      spanPx: f.w * 1.8 + art.surface.w,
      bobPx: 4 * f.s,
      bobPeriodS: 11,
    },
  });
}
