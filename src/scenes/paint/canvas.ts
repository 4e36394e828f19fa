import type { Rng } from '../rng.ts';
import { css, type Rgb } from '../palette.ts';

/** A 2D canvas and its context. */
export interface Surface {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  readonly w: number;
  readonly h: number;
}

export function createSurface(width: number, height: number): Surface {
  const canvas = document.createElement('canvas');
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The scene layer could not get a 2D canvas context to paint with.');
  return { canvas, ctx, w, h };
}

export type Point = readonly [number, number];

/** A vertical gradient fill between y0 and y1 with colour stops at fractions. */
export function fillVertical(
  ctx: CanvasRenderingContext2D,
  x: number,
  y0: number,
  w: number,
  y1: number,
  stops: readonly (readonly [number, Rgb, number?])[],
): void {
  const g = ctx.createLinearGradient(0, y0, 0, y1);
  for (const [t, c, a] of stops) g.addColorStop(t, css(c, a ?? 1));
  ctx.fillStyle = g;
  ctx.fillRect(x, y0, w, y1 - y0);
}

/** A soft elliptical blob: full colour at the centre, fading to nothing at the rim. */
export function softBlob(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  rx: number,
  ry: number,
  color: Rgb,
  alpha: number,
  core = 0,
): void {
  if (rx <= 0 || ry <= 0) return;
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(1, ry / rx);
  const g = ctx.createRadialGradient(0, 0, 0, 0, 0, rx);
  g.addColorStop(0, css(color, alpha));
  if (core > 0) g.addColorStop(core, css(color, alpha));
  g.addColorStop(1, css(color, 0));
  ctx.fillStyle = g;
  ctx.fillRect(-rx, -rx, rx * 2, rx * 2);
  ctx.restore();
}

/** Light added on top of what is there ('lighter'): lamps, windows, flares. */
export function glow(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, color: Rgb, alpha: number, squash = 1): void {
  ctx.save();
  ctx.globalCompositeOperation = 'lighter';
  softBlob(ctx, x, y, r, r * squash, color, alpha);
  ctx.restore();
}

/**
 * Traces a polyline with a hand's unsteadiness: long edges are split into short segments and
 * nudged sideways, so silhouettes read as painted rather than ruled.
 */
export function roughPolyline(
  ctx: CanvasRenderingContext2D,
  points: readonly Point[],
  rng: Rng,
  jitter: number,
  step: number,
  moveFirst = true,
): void {
  const first = points[0];
  if (!first) return;
  if (moveFirst) ctx.moveTo(first[0], first[1]);
  else ctx.lineTo(first[0], first[1]);
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const len = Math.hypot(x1 - x0, y1 - y0);
    const n = Math.max(1, Math.floor(len / step));
    const nx = -(y1 - y0) / (len || 1);
    const ny = (x1 - x0) / (len || 1);
    for (let k = 1; k < n; k++) {
      const t = k / n;
      const d = rng.jitter(jitter);
      ctx.lineTo(x0 + (x1 - x0) * t + nx * d, y0 + (y1 - y0) * t + ny * d);
    }
    ctx.lineTo(x1, y1);
  }
}

/** How much darker a wash is where it pools at its edge. */
const EDGE_SHADE = 0.78;
const EDGE_ALPHA = 0.55;

/**
 * Fills a closed polygon traced roughly, and darkens its rim a little, the way a watercolour
 * wash dries darker at its edge.
 */
export function fillRough(
  ctx: CanvasRenderingContext2D,
  points: readonly Point[],
  color: Rgb,
  rng: Rng,
  jitter: number,
  step: number,
  alpha = 1,
): void {
  ctx.beginPath();
  roughPolyline(ctx, [...points, points[0]!], rng, jitter, step);
  ctx.closePath();
  ctx.fillStyle = css(color, alpha);
  ctx.fill();
  ctx.strokeStyle = css([color[0] * EDGE_SHADE, color[1] * EDGE_SHADE, color[2] * EDGE_SHADE], EDGE_ALPHA * alpha);
  ctx.lineWidth = Math.max(1, jitter * 1.6);
  ctx.lineJoin = 'round';
  ctx.stroke();
}

/** A thin line, optionally sagging in the middle (wire, strings, cords). */
export function line(
  ctx: CanvasRenderingContext2D,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  color: Rgb,
  width: number,
  alpha = 1,
  sag = 0,
): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  if (sag === 0) ctx.lineTo(x1, y1);
  else ctx.quadraticCurveTo((x0 + x1) / 2, (y0 + y1) / 2 + sag * 2, x1, y1);
  ctx.strokeStyle = css(color, alpha);
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.stroke();
}

export interface StrokeField {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly count: number;
  /** Stroke length range, px. */
  readonly length: readonly [number, number];
  /** Stroke thickness range, px. */
  readonly thickness: readonly [number, number];
  readonly colors: readonly Rgb[];
  readonly alpha: readonly [number, number];
  /** Tilt from horizontal, radians (± range). */
  readonly tilt?: number;
  /** Strokes grow with y (perspective) by up to this factor at y1. */
  readonly perspective?: number;
}

/** Strokes are batched into this many alpha and size steps: a few dozen stroke() calls instead of thousands. */
const STROKE_ALPHA_STEPS = 3;
const STROKE_SIZE_STEPS = 4;

/** Short dabs of colour, like a dry brush over the ground or a wall. */
export function brushStrokes(ctx: CanvasRenderingContext2D, rng: Rng, field: StrokeField): void {
  const batches = new Map<number, number[]>();
  const sizeOf = (band: number): number => (band + 0.5) / STROKE_SIZE_STEPS;
  for (let i = 0; i < field.count; i++) {
    const depth = rng.next();
    const y = field.y0 + (field.y1 - field.y0) * depth;
    const grow = 1 + (field.perspective ?? 0) * depth;
    const len = rng.range(field.length[0], field.length[1]) * grow;
    const x = rng.range(field.x0 - len, field.x1);
    const angle = rng.jitter(field.tilt ?? 0.04);
    const color = rng.int(0, field.colors.length - 1);
    const alpha = Math.min(STROKE_ALPHA_STEPS - 1, Math.floor(rng.next() * STROKE_ALPHA_STEPS));
    const size = Math.min(STROKE_SIZE_STEPS - 1, Math.floor(depth * STROKE_SIZE_STEPS));
    const key = (color * STROKE_ALPHA_STEPS + alpha) * STROKE_SIZE_STEPS + size;
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = []));
    batch.push(x, y, x + Math.cos(angle) * len, y + Math.sin(angle) * len);
  }
  ctx.save();
  ctx.lineCap = 'round';
  for (const [key, segments] of batches) {
    const size = key % STROKE_SIZE_STEPS;
    const alpha = Math.floor(key / STROKE_SIZE_STEPS) % STROKE_ALPHA_STEPS;
    const color = Math.floor(key / (STROKE_SIZE_STEPS * STROKE_ALPHA_STEPS));
    const grow = 1 + (field.perspective ?? 0) * sizeOf(size);
    const a = field.alpha[0] + ((field.alpha[1] - field.alpha[0]) * (alpha + 0.5)) / STROKE_ALPHA_STEPS;
    const thick = field.thickness[0] + ((field.thickness[1] - field.thickness[0]) * ((alpha + size) % 3)) / 2;
    ctx.strokeStyle = css(field.colors[color]!, a);
    ctx.lineWidth = thick * grow;
    ctx.beginPath();
    for (let i = 0; i < segments.length; i += 4) {
      ctx.moveTo(segments[i]!, segments[i + 1]!);
      ctx.lineTo(segments[i + 2]!, segments[i + 3]!);
    }
    ctx.stroke();
  }
  ctx.restore();
}

const GRAIN_TILE_PX = 160;
let grainTile: HTMLCanvasElement | null = null;

/** A tile of film-like grain, made once and reused as a pattern. */
function getGrainTile(rng: Rng): HTMLCanvasElement {
  if (grainTile) return grainTile;
  const { canvas, ctx } = createSurface(GRAIN_TILE_PX, GRAIN_TILE_PX);
  const image = ctx.createImageData(GRAIN_TILE_PX, GRAIN_TILE_PX);
  for (let i = 0; i < image.data.length; i += 4) {
    const v = rng.next() < 0.5 ? 0 : 255;
    image.data[i] = v;
    image.data[i + 1] = v;
    image.data[i + 2] = v;
    image.data[i + 3] = Math.floor(rng.next() * 110);
  }
  ctx.putImageData(image, 0, 0);
  grainTile = canvas;
  return canvas;
}

/** Lays grain over what is already painted (and only there: transparent parts stay transparent). */
export function grain(surface: Surface, rng: Rng, alpha: number): void {
  const { ctx, w, h } = surface;
  const pattern = ctx.createPattern(getGrainTile(rng), 'repeat');
  if (!pattern) return;
  ctx.save();
  ctx.globalCompositeOperation = 'source-atop';
  ctx.globalAlpha = alpha;
  ctx.fillStyle = pattern;
  ctx.fillRect(0, 0, w, h);
  ctx.restore();
}

/** Paint inside `draw` only where something is already painted. */
export function atop(ctx: CanvasRenderingContext2D, draw: () => void): void {
  ctx.save();
  ctx.globalCompositeOperation = 'source-atop';
  draw();
  ctx.restore();
}
