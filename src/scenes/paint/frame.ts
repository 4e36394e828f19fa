import type { CompositionSpec } from '../composition.ts';
import type { Motion } from '../motion.ts';
import { mix, type Palette, type Rgb } from '../palette.ts';
import type { Rng } from '../rng.ts';
import type { Surface } from './canvas.ts';

/** A design unit is 1/500 of the frame's height (1.6 CSS px on a 1280×800 window); painters scale by it. */
export const REFERENCE_HEIGHT_PX = 500;
/** A narrow portrait frame is scaled by its width against this, so a phone still sees whole buildings. */
export const REFERENCE_NARROW_WIDTH_PX = 330;

/** The frame one composition is painted into, in device pixels. */
export interface Frame {
  readonly w: number;
  readonly h: number;
  /** Device pixels per design unit. */
  readonly s: number;
  /** The horizon's y, device pixels. */
  readonly hz: number;
  /** True when the frame is taller than it is wide (a phone held upright). */
  readonly portrait: boolean;
}

export function createFrame(w: number, h: number, horizonFraction: number): Frame {
  const s = Math.min(h / REFERENCE_HEIGHT_PX, w / REFERENCE_NARROW_WIDTH_PX);
  return { w, h, s, hz: Math.round(h * horizonFraction), portrait: h > w };
}

export type Blend = 'normal' | 'add';
/** Sky sprites sit behind the land (clouds, flares far off); front sprites sit before it. */
export type Plane = 'sky' | 'front';

/** A small moving picture laid over the painted backdrop. */
export interface SpriteSpec {
  readonly canvas: HTMLCanvasElement;
  /** Shares one texture between sprites that use the same canvas. */
  readonly textureId: string;
  readonly x: number;
  readonly y: number;
  readonly originX: number;
  readonly originY: number;
  readonly scale: number;
  readonly rotation: number;
  readonly alpha: number;
  readonly blend: Blend;
  readonly plane: Plane;
  readonly motion: Motion;
}

/** A finished composition: the painted layers and the sprites that move over them. */
export interface Painted {
  /** The sky, painted at a fraction of the frame's resolution (it is all gradients). */
  readonly sky: HTMLCanvasElement;
  readonly skyScale: number;
  /** Everything that stands on the ground; transparent where the sky shows. */
  readonly land: HTMLCanvasElement;
  /** A soft vignette over everything, low resolution. */
  readonly grade: HTMLCanvasElement;
  readonly gradeScale: number;
  readonly sprites: readonly SpriteSpec[];
}

/** What a scene painter gets: where to paint, with what, and a way to add moving sprites. */
export interface PaintContext {
  readonly f: Frame;
  readonly pal: Palette;
  readonly spec: CompositionSpec;
  readonly land: Surface;
  readonly rng: Rng;
  /** Tones a colour that is not in the palette (a red cross, green paint) for the theme and intensity. */
  tone(color: Rgb): Rgb;
  addSprite(
    sprite: Omit<SpriteSpec, 'scale' | 'rotation' | 'alpha' | 'blend' | 'plane' | 'originX' | 'originY'> & Partial<SpriteSpec>,
  ): void;
}

/**
 * The colour of a structure at a depth (0 near, 1 on the horizon): nearer things are darker and
 * truer, farther things sink into the haze.
 */
export function planeColor(pal: Palette, depth: number): Rgb {
  const base = depth < 0.5 ? mix(pal.structureNear, pal.structure, depth * 2) : mix(pal.structure, pal.structureFar, (depth - 0.5) * 2);
  return mix(base, pal.haze, depth * 0.35);
}

/** The sunlit face of a structure at a depth. */
export function litColor(pal: Palette, depth: number): Rgb {
  return mix(pal.structureLit, pal.haze, 0.15 + depth * 0.4);
}

/** How much sunlight there is to model a face with: 0 at night, 1 by day. */
export function sunlight(pal: Palette): number {
  return pal.sun;
}

/**
 * How brightly the faces turned toward us are lit. A high sun bleaches the whitewash; a low sun
 * at dawn or dusk sits behind the camp, so walls fall into shadow and only their edges catch light.
 */
export function faceLight(pal: Palette): number {
  return pal.glowY > 0.5 ? 0.12 + 0.25 * pal.sun : 0.2 + 0.65 * pal.sun;
}
