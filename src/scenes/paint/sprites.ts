import { css, mix, shade, type Palette, type Rgb } from '../palette.ts';
import type { Rng } from '../rng.ts';
import { createSurface, line, softBlob, type Surface } from './canvas.ts';

/**
 * The small pictures that move over a painted backdrop. Each returns a canvas and where its
 * origin (the point it moves about) lies, as fractions of the canvas.
 */
export interface SpriteArt {
  readonly surface: Surface;
  readonly originX: number;
  readonly originY: number;
}

/** How far in from the right edge of its sprite the kite flies, design units. */
export const KITE_INSET_UNITS = 60;

/** Soft sprites are painted at half resolution and drawn at scale 2. */
export const SOFT_SPRITE_RESOLUTION = 0.5;

/** A flat-bottomed summer cumulus, or a grey rag of cloud at dawn and night. */
export function cloud(pal: Palette, rng: Rng, widthPx: number): SpriteArt {
  const w = widthPx * SOFT_SPRITE_RESOLUTION;
  const h = w * 0.42;
  const surface = createSurface(w, h);
  const { ctx } = surface;
  const base = h * 0.72;
  const puffs = 12 + rng.int(0, 6);
  const lit = mix(pal.cloud, pal.glow, 0.5);
  // Grey underside first, then the body, then the sunlit crowns.
  softBlob(ctx, w * 0.5, base - h * 0.02, w * 0.46, h * 0.14, pal.cloudShade, 0.45);
  for (let i = 0; i < puffs; i++) {
    const t = i / (puffs - 1);
    const x = w * (0.12 + 0.76 * t) + rng.jitter(w * 0.03);
    const bump = Math.sin(Math.PI * t) ** 0.8;
    const r = w * rng.range(0.07, 0.12) * (0.6 + 0.6 * bump);
    const y = base - r * 0.5 - bump * h * rng.range(0.1, 0.3);
    softBlob(ctx, x, y + r * 0.35, r * 1.15, r * 0.6, pal.cloudShade, 0.4);
    softBlob(ctx, x, y, r, r * 0.85, pal.cloud, 0.7, 0.35);
    softBlob(ctx, x - r * 0.15, y - r * 0.3, r * 0.6, r * 0.45, lit, 0.35 * (0.3 + pal.sun));
  }
  return { surface, originX: 0.5, originY: 0.5 };
}

/** A searchlight's beam: a long, faint cone that fades with distance. Drawn additively. */
export function beam(color: Rgb, lengthPx: number, spreadRad: number, strength: number): SpriteArt {
  const halfW = Math.tan(spreadRad) * lengthPx;
  const surface = createSurface(lengthPx, halfW * 2 + 4);
  const { ctx, h } = surface;
  const cy = h / 2;
  for (let k = 0; k < 5; k++) {
    const spread = (halfW * (k + 1)) / 5;
    const g = ctx.createLinearGradient(0, 0, lengthPx, 0);
    g.addColorStop(0, css(color, 0.12 * strength));
    g.addColorStop(0.35, css(color, 0.05 * strength));
    g.addColorStop(1, css(color, 0));
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.moveTo(0, cy - 1);
    ctx.lineTo(lengthPx, cy - spread);
    ctx.lineTo(lengthPx, cy + spread);
    ctx.lineTo(0, cy + 1);
    ctx.closePath();
    ctx.fill();
  }
  return { surface, originX: 0, originY: 0.5 };
}

/**
 * A paper kite on its string: the kite high at the top right, the string bowing down to the
 * bottom left where it disappears behind the wall. It swings about that bottom corner.
 */
export function kite(pal: Palette, rng: Rng, u: number, stringPx: number, paper: Rgb): SpriteArt {
  const w = 150 * u + stringPx * 0.45;
  const h = stringPx + 60 * u;
  const surface = createSurface(w, h);
  const { ctx } = surface;
  const kx = w - KITE_INSET_UNITS * u;
  const ky = 50 * u;
  const ink = mix(pal.ink, pal.haze, 0.35);
  // The string: a long, slack curve.
  ctx.beginPath();
  ctx.moveTo(2, h - 2);
  ctx.quadraticCurveTo(w * 0.62, h * 0.72, kx - 2 * u, ky + 10 * u);
  ctx.strokeStyle = css(ink, 0.8);
  ctx.lineWidth = Math.max(1, 0.8 * u);
  ctx.stroke();
  // The kite: a diamond of cigarette paper on two crossed spars, tilted into the wind.
  ctx.save();
  ctx.translate(kx, ky);
  ctx.rotate(-0.35 + rng.jitter(0.1));
  const kw = 24 * u;
  const kh = 36 * u;
  ctx.beginPath();
  ctx.moveTo(0, -kh * 0.45);
  ctx.lineTo(kw, -kh * 0.1);
  ctx.lineTo(0, kh * 0.55);
  ctx.lineTo(-kw, -kh * 0.1);
  ctx.closePath();
  ctx.fillStyle = css(paper, 0.95);
  ctx.fill();
  ctx.fillStyle = css(shade(paper, 0.86), 0.6);
  ctx.beginPath();
  ctx.moveTo(0, -kh * 0.45);
  ctx.lineTo(kw, -kh * 0.1);
  ctx.lineTo(0, kh * 0.55);
  ctx.closePath();
  ctx.fill();
  line(ctx, 0, -kh * 0.45, 0, kh * 0.55, ink, Math.max(0.8, 0.8 * u), 0.7);
  line(ctx, -kw, -kh * 0.1, kw, -kh * 0.1, ink, Math.max(0.8, 0.8 * u), 0.7);
  // A few lines of writing on the paper, too small to read.
  for (let i = 0; i < 3; i++)
    line(ctx, -kw * 0.35, kh * (0.02 + i * 0.09), kw * 0.3, kh * (0.02 + i * 0.09), ink, Math.max(0.6, 0.5 * u), 0.35);
  // The tail: a string with paper bows, hanging and lifting in the wind.
  ctx.beginPath();
  ctx.moveTo(0, kh * 0.55);
  const tail: [number, number][] = [];
  for (let i = 1; i <= 9; i++) {
    const tx = Math.sin(i * 0.9) * 7 * u - i * 2 * u;
    const ty = kh * 0.55 + i * 10 * u;
    tail.push([tx, ty]);
    ctx.lineTo(tx, ty);
  }
  ctx.strokeStyle = css(ink, 0.6);
  ctx.lineWidth = Math.max(0.7, 0.6 * u);
  ctx.stroke();
  for (const [tx, ty] of tail) {
    ctx.fillStyle = css(paper, 0.85);
    ctx.beginPath();
    ctx.moveTo(tx - 4.5 * u, ty - 2 * u);
    ctx.lineTo(tx + 4.5 * u, ty + 2 * u);
    ctx.lineTo(tx + 4.5 * u, ty - 2 * u);
    ctx.lineTo(tx - 4.5 * u, ty + 2 * u);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
  return { surface, originX: 2 / w, originY: 1 - 2 / h };
}

/** A leaflet: a small sheet with a few lines of handwriting. */
export function leaflet(pal: Palette, u: number, paper: Rgb): SpriteArt {
  const w = 12 * u;
  const h = 16 * u;
  const surface = createSurface(w + 2, h + 2);
  const { ctx } = surface;
  ctx.fillStyle = css(paper, 0.95);
  ctx.fillRect(1, 1, w, h);
  const ink = mix(pal.ink, paper, 0.45);
  for (let i = 0; i < 4; i++)
    line(ctx, 1 + w * 0.2, 1 + h * (0.25 + i * 0.17), 1 + w * 0.8, 1 + h * (0.25 + i * 0.17), ink, Math.max(0.5, 0.45 * u), 0.6);
  return { surface, originX: 0.5, originY: 0.5 };
}

/** A parachute flare: a hard white point in a wide cold halo, a thread of smoke above it. Additive. */
export function flare(color: Rgb, u: number, strength: number): SpriteArt {
  const size = 260 * u * SOFT_SPRITE_RESOLUTION;
  const surface = createSurface(size, size * 1.5);
  const { ctx, w } = surface;
  const cx = w / 2;
  const cy = size;
  softBlob(ctx, cx, cy, size * 0.5, size * 0.5, color, 0.14 * strength);
  softBlob(ctx, cx, cy, size * 0.16, size * 0.16, color, 0.35 * strength);
  softBlob(ctx, cx, cy, size * 0.03, size * 0.03, shade(color, 1.2), 1, 0.5);
  // The smoke trail it left on the way up, lit from below and spreading as it rises.
  for (const [halfWidth, alpha] of [
    [2, 0.06],
    [5, 0.035],
    [9, 0.02],
  ] as const) {
    const g = ctx.createLinearGradient(0, 0, 0, cy);
    g.addColorStop(0, css(color, 0));
    g.addColorStop(0.55, css(color, 0));
    g.addColorStop(0.85, css(color, alpha * 0.5 * strength));
    g.addColorStop(1, css(color, alpha * strength));
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.moveTo(cx - halfWidth * u * 0.4, cy);
    ctx.lineTo(cx - halfWidth * u * 1.5, 0);
    ctx.lineTo(cx + halfWidth * u * 1.5, 0);
    ctx.lineTo(cx + halfWidth * u * 0.4, cy);
    ctx.closePath();
    ctx.fill();
  }
  return { surface, originX: 0.5, originY: cy / surface.h };
}

/** A soft puff of smoke or dust. */
export function puff(color: Rgb, radiusPx: number): SpriteArt {
  const r = radiusPx * SOFT_SPRITE_RESOLUTION;
  const surface = createSurface(r * 2, r * 2);
  softBlob(surface.ctx, r, r, r, r, color, 0.5, 0.2);
  return { surface, originX: 0.5, originY: 0.5 };
}

/** A long low bank of dust or mist that drifts over the ground. */
export function haze(color: Rgb, rng: Rng, widthPx: number, heightPx: number, alpha: number): SpriteArt {
  const surface = createSurface(widthPx * SOFT_SPRITE_RESOLUTION, heightPx * SOFT_SPRITE_RESOLUTION);
  const { ctx, w, h } = surface;
  for (let i = 0; i < 18; i++) {
    softBlob(
      ctx,
      rng.range(0.05, 0.95) * w,
      h * rng.range(0.4, 0.6),
      w * rng.range(0.06, 0.16),
      h * rng.range(0.2, 0.45),
      color,
      alpha * rng.range(0.5, 1),
    );
  }
  return { surface, originX: 0, originY: 0.5 };
}

/** Three or four birds far off: a pair of strokes each. */
export function birds(color: Rgb, rng: Rng, u: number): SpriteArt {
  const surface = createSurface(90 * u, 40 * u);
  const { ctx } = surface;
  ctx.strokeStyle = css(color, 0.7);
  ctx.lineWidth = Math.max(0.8, 0.9 * u);
  ctx.lineCap = 'round';
  const n = 3 + rng.int(0, 1);
  for (let i = 0; i < n; i++) {
    const x = (12 + i * 20 + rng.jitter(6)) * u;
    const y = (14 + rng.jitter(9)) * u;
    const s = rng.range(3, 5) * u;
    ctx.beginPath();
    ctx.moveTo(x - s, y - s * 0.35);
    ctx.quadraticCurveTo(x - s * 0.4, y - s * 0.5, x, y);
    ctx.quadraticCurveTo(x + s * 0.4, y - s * 0.5, x + s, y - s * 0.35);
    ctx.stroke();
  }
  return { surface, originX: 0.5, originY: 0.5 };
}

/** A bare bulb under a tin shade on a long flex, hanging from the ceiling (its origin). */
export function hangingLamp(pal: Palette, u: number, cordPx: number, lit: boolean): SpriteArt {
  const w = 60 * u;
  const h = cordPx + 30 * u;
  const surface = createSurface(w, h);
  const { ctx } = surface;
  const cx = w / 2;
  const metal = mix(pal.ink, pal.plaster, 0.18);
  line(ctx, cx, 0, cx, cordPx, metal, Math.max(1, 1.1 * u));
  ctx.beginPath();
  ctx.moveTo(cx - 3 * u, cordPx);
  ctx.lineTo(cx + 3 * u, cordPx);
  ctx.lineTo(cx + 17 * u, cordPx + 12 * u);
  ctx.lineTo(cx - 17 * u, cordPx + 12 * u);
  ctx.closePath();
  ctx.fillStyle = css(metal);
  ctx.fill();
  ctx.fillStyle = css(lit ? shade(pal.lamp, 1.1) : mix(pal.plaster, pal.ink, 0.3));
  ctx.beginPath();
  ctx.ellipse(cx, cordPx + 13 * u, 5 * u, 4 * u, 0, 0, Math.PI);
  ctx.fill();
  return { surface, originX: 0.5, originY: 0 };
}

/** The cone of light under a lamp, from the ceiling down to the floor. Additive. */
export function lampCone(color: Rgb, u: number, cordPx: number, dropPx: number, strength: number): SpriteArt {
  const spread = 0.42 * dropPx;
  const w = spread * 2 + 40 * u;
  const h = cordPx + 12 * u + dropPx;
  const surface = createSurface(w, h);
  const { ctx } = surface;
  const cx = w / 2;
  const top = cordPx + 12 * u;
  for (let k = 0; k < 4; k++) {
    const s = spread * (0.55 + k * 0.15);
    const g = ctx.createLinearGradient(0, top, 0, h);
    g.addColorStop(0, css(color, 0.13 * strength));
    g.addColorStop(1, css(color, 0.02 * strength));
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.moveTo(cx - 15 * u, top);
    ctx.lineTo(cx + 15 * u, top);
    ctx.lineTo(cx + s, h);
    ctx.lineTo(cx - s, h);
    ctx.closePath();
    ctx.fill();
  }
  softBlob(ctx, cx, top + 2 * u, 40 * u, 26 * u, color, 0.5 * strength);
  return { surface, originX: 0.5, originY: 0 };
}

/** Motes of dust turning in a shaft of light. */
export function motes(color: Rgb, rng: Rng, u: number, widthPx: number, heightPx: number): SpriteArt {
  const surface = createSurface(widthPx, heightPx);
  const { ctx } = surface;
  for (let i = 0; i < 40; i++) {
    ctx.fillStyle = css(color, rng.range(0.2, 0.6));
    ctx.beginPath();
    ctx.arc(rng.range(0, widthPx), rng.range(0, heightPx), rng.range(0.5, 1.4) * u, 0, Math.PI * 2);
    ctx.fill();
  }
  return { surface, originX: 0.5, originY: 0.5 };
}
