import { css, mix, shade, type Palette } from '../palette.ts';
import type { Rng } from '../rng.ts';
import { createSurface, glow, grain, softBlob, type Surface } from './canvas.ts';

/** The sky is all gradients, so it is painted at half resolution and scaled up. */
export const SKY_RESOLUTION = 0.5;

const STAR_COUNT_AT_FULL = 260;

/**
 * A big steppe sky: a graded dome, the sun's or the moon's glow, watercolour blooms, high thin
 * streaks of cirrus and, at night, stars. `hz` is the horizon as a fraction of the height.
 */
export function paintSky(pal: Palette, width: number, height: number, hz: number, rng: Rng): Surface {
  const surface = createSurface(width * SKY_RESOLUTION, height * SKY_RESOLUTION);
  const { ctx, w, h } = surface;
  const horizonY = h * hz;

  const g = ctx.createLinearGradient(0, 0, 0, h);
  g.addColorStop(0, css(pal.zenith));
  g.addColorStop(Math.min(0.95, hz * 0.55), css(pal.upperSky));
  g.addColorStop(Math.min(0.98, hz * 0.96), css(pal.horizon));
  g.addColorStop(1, css(mix(pal.horizon, pal.haze, 0.6)));
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);

  // Watercolour blooms: the sky is never one flat wash.
  for (let i = 0; i < 14; i++) {
    const tint = rng.next() < 0.5 ? mix(pal.zenith, pal.upperSky, rng.next()) : mix(pal.cloudShade, pal.horizon, rng.next());
    softBlob(
      ctx,
      rng.range(0, w),
      rng.range(0, horizonY),
      rng.range(0.15, 0.4) * w,
      rng.range(0.05, 0.16) * h,
      tint,
      rng.range(0.05, 0.12),
    );
  }

  const gx = pal.glowX * w;
  const gy = pal.glowY * h;
  const gr = pal.glowRadius * Math.max(w, h);
  glow(ctx, gx, gy, gr, pal.glow, 0.22, 0.7);
  glow(ctx, gx, gy, gr * 0.35, pal.glow, 0.25, 0.85);
  if (pal.sun > 0.2 && pal.glowY > 0.5) {
    // A low sun sits in the horizon's haze as a soft disc.
    softBlob(ctx, gx, Math.min(gy, horizonY - 4), 0.022 * w, 0.022 * w, shade(pal.glow, 1.06), 0.75, 0.55);
  } else if (pal.sun === 0 && pal.stars > 0.2) {
    softBlob(ctx, gx, gy, 0.01 * w, 0.01 * w, shade(pal.glow, 1.05), 0.9, 0.7);
  }

  // High cirrus: a few long, soft, faint brushings, drawn across the sky at a slight slant.
  const streaks = 3 + rng.int(0, 2);
  for (let i = 0; i < streaks; i++) {
    const y = rng.range(0.1, 0.6) * horizonY;
    const x = rng.range(-0.1, 0.8) * w;
    const len = rng.range(0.25, 0.55) * w;
    const slant = rng.jitter(0.06) * h;
    for (let k = 0; k < 9; k++) {
      const t = k / 8;
      softBlob(
        ctx,
        x + len * t,
        y + slant * t + rng.jitter(h * 0.006),
        len * rng.range(0.1, 0.16),
        h * rng.range(0.01, 0.02),
        pal.cloud,
        rng.range(0.05, 0.1) * (0.3 + pal.sun) * Math.sin(Math.PI * (0.1 + 0.8 * t)),
      );
    }
  }

  if (pal.stars > 0) {
    const count = Math.floor((STAR_COUNT_AT_FULL * pal.stars * (w * h)) / (640 * 400));
    for (let i = 0; i < count; i++) {
      const y = rng.next() ** 1.3 * horizonY * 0.92;
      const fade = 1 - y / horizonY;
      ctx.fillStyle = css(pal.glow, rng.range(0.25, 0.85) * pal.stars * fade);
      const r = rng.next() < 0.06 ? 1.1 : 0.6;
      ctx.beginPath();
      ctx.arc(rng.range(0, w), y, r, 0, Math.PI * 2);
      ctx.fill();
    }
  }

  grain(surface, rng, 0.035);
  return surface;
}

/** The final wash over everything: a soft vignette that keeps the eye in the middle. */
export function paintGrade(pal: Palette, width: number, height: number, resolution: number, strength: number): Surface {
  const surface = createSurface(width * resolution, height * resolution);
  const { ctx, w, h } = surface;
  const g = ctx.createRadialGradient(w / 2, h * 0.45, Math.min(w, h) * 0.35, w / 2, h * 0.45, Math.hypot(w, h) * 0.62);
  g.addColorStop(0, css(pal.ink, 0));
  g.addColorStop(1, css(pal.ink, strength));
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
  return surface;
}
