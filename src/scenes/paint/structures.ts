import { css, mix, shade, type Palette, type Rgb } from '../palette.ts';
import type { Rng } from '../rng.ts';
import { brushStrokes, fillRough, glow, line, softBlob, type Point } from './canvas.ts';
import { faceLight, litColor, planeColor, sunlight, type Frame } from './frame.ts';

/** The camp's buildings, walls and wire as silhouettes with a little light on them. */

interface Placed {
  readonly x: number;
  readonly baseY: number;
  /** 0 near, 1 on the horizon. */
  readonly depth: number;
}

/**
 * The shadow a thing of `height` casts on the ground toward us: short under a high sun, long at
 * dawn and dusk when the sun is low behind it.
 */
export function castShadow(ctx: CanvasRenderingContext2D, pal: Palette, x0: number, x1: number, baseY: number, height: number): void {
  if (pal.sun < 0.2) return;
  const low = pal.glowY > 0.5;
  const len = height * (low ? 1.5 : 0.45);
  const dx = (pal.glowX > 0.5 ? -1 : 1) * len * 0.55;
  const dy = len * (low ? 0.5 : 0.35);
  const g = ctx.createLinearGradient(0, baseY, 0, baseY + dy);
  g.addColorStop(0, css(pal.ink, (low ? 0.34 : 0.26) * pal.sun));
  g.addColorStop(1, css(pal.ink, (low ? 0.1 : 0.14) * pal.sun));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(x0, baseY);
  ctx.lineTo(x1, baseY);
  ctx.lineTo(x1 + dx, baseY + dy);
  ctx.lineTo(x0 + dx, baseY + dy);
  ctx.closePath();
  ctx.fill();
}

/** A soft contact shadow where a thing meets the ground. */
export function groundShadow(
  ctx: CanvasRenderingContext2D,
  pal: Palette,
  x0: number,
  x1: number,
  y: number,
  depthPx: number,
  alpha: number,
): void {
  const g = ctx.createLinearGradient(0, y, 0, y + depthPx);
  g.addColorStop(0, css(pal.ink, alpha));
  g.addColorStop(1, css(pal.ink, 0));
  ctx.fillStyle = g;
  ctx.fillRect(x0, y, x1 - x0, depthPx);
}

export interface BarrackOptions extends Placed {
  readonly width: number;
  readonly wallH: number;
  readonly roofH: number;
  /** Fraction of windows lit when lamps are on. */
  readonly litFraction: number;
  /** Draw a porch (the entrance vestibule) at this fraction along the wall; null for none. */
  readonly porchAt: number | null;
}

/** A long, low, whitewashed adobe barrack with a felt roof, barred windows and two stove chimneys. */
export function barrack(ctx: CanvasRenderingContext2D, f: Frame, pal: Palette, rng: Rng, o: BarrackOptions): void {
  const u = f.s * (1 - o.depth * 0.55);
  const sun = sunlight(pal);
  const plane = planeColor(pal, o.depth);
  const wall = mix(plane, litColor(pal, o.depth), faceLight(pal));
  const roof = shade(mix(plane, pal.ink, 0.25), 0.95);
  const x0 = o.x;
  const x1 = o.x + o.width;
  const top = o.baseY - o.wallH;
  const eave = 6 * u;
  const jitter = 0.6 * u;

  castShadow(ctx, pal, x0, x1, o.baseY, (o.wallH + o.roofH) * (1 - o.depth * 0.4));
  groundShadow(ctx, pal, x0 - 4 * u, x1 + 10 * u, o.baseY - 1, 7 * u, 0.35 * (1 - o.depth));
  fillRough(
    ctx,
    [
      [x0, o.baseY],
      [x0, top],
      [x1, top],
      [x1, o.baseY],
    ],
    wall,
    rng,
    jitter,
    14 * u,
  );

  // Whitewash wears off the adobe in streaks and patches.
  ctx.save();
  ctx.beginPath();
  ctx.rect(x0, top, o.width, o.wallH);
  ctx.clip();
  brushStrokes(ctx, rng, {
    x0,
    x1,
    y0: top,
    y1: o.baseY,
    count: Math.floor(o.width / (3 * u)),
    length: [3 * u, 14 * u],
    thickness: [0.8 * u, 2.4 * u],
    colors: [shade(wall, 0.9), mix(wall, pal.groundFar, 0.5), shade(wall, 1.05)],
    alpha: [0.15, 0.4],
    tilt: 1.5,
  });
  const dado = ctx.createLinearGradient(0, o.baseY - o.wallH * 0.35, 0, o.baseY);
  dado.addColorStop(0, css(pal.groundFar, 0));
  dado.addColorStop(1, css(mix(pal.groundNear, pal.ink, 0.2), 0.45));
  ctx.fillStyle = dado;
  ctx.fillRect(x0, top, o.width, o.wallH);
  ctx.restore();

  // The roof: a long trapezoid with an overhang, and the eave's shadow on the wall beneath.
  const ridgeInset = o.roofH * 0.9;
  fillRough(
    ctx,
    [
      [x0 - eave, top + 1.5 * u],
      [x0 - eave + ridgeInset, top - o.roofH],
      [x1 + eave - ridgeInset, top - o.roofH],
      [x1 + eave, top + 1.5 * u],
    ],
    roof,
    rng,
    jitter * 0.7,
    18 * u,
  );
  if (sun > 0.2) {
    // The ridge catches the light; against a low sun it is the only lit edge.
    line(
      ctx,
      x0 - eave + ridgeInset,
      top - o.roofH + u,
      x1 + eave - ridgeInset,
      top - o.roofH + u,
      pal.glow,
      1.4 * u,
      (pal.glowY > 0.5 ? 0.55 : 0.3) * sun,
    );
  }
  const eaveShadow = ctx.createLinearGradient(0, top, 0, top + 9 * u);
  eaveShadow.addColorStop(0, css(pal.ink, 0.35 * (0.3 + sun)));
  eaveShadow.addColorStop(1, css(pal.ink, 0));
  ctx.fillStyle = eaveShadow;
  ctx.fillRect(x0, top + 1.5 * u, o.width, 9 * u);

  // Stove chimneys.
  for (const at of [0.22, 0.71]) {
    const cx = x0 + o.width * at;
    const cy = top - o.roofH * 0.75;
    fillRough(
      ctx,
      [
        [cx, cy],
        [cx, cy - 11 * u],
        [cx + 6 * u, cy - 11 * u],
        [cx + 6 * u, cy],
      ],
      shade(plane, 0.85),
      rng,
      0.3 * u,
      4 * u,
    );
  }

  // A row of small barred windows.
  const winW = 9 * u;
  const winH = 11 * u;
  const pitch = 30 * u;
  const count = Math.max(1, Math.floor((o.width - 20 * u) / pitch));
  const start = x0 + (o.width - (count - 1) * pitch) / 2 - winW / 2;
  const winY = top + o.wallH * 0.28;
  for (let i = 0; i < count; i++) {
    const wx = start + i * pitch;
    if (o.porchAt !== null && Math.abs(wx + winW / 2 - (x0 + o.width * o.porchAt)) < 22 * u) continue;
    windowPane(ctx, pal, rng, wx, winY, winW, winH, u, rng.next() < o.litFraction, o.depth);
  }

  if (o.porchAt !== null) {
    const px = x0 + o.width * o.porchAt - 11 * u;
    const pw = 22 * u;
    const ph = o.wallH * 0.92;
    const porchWall = mix(wall, pal.ink, 0.12);
    fillRough(
      ctx,
      [
        [px, o.baseY],
        [px, o.baseY - ph],
        [px + pw / 2, o.baseY - ph - 9 * u],
        [px + pw, o.baseY - ph],
        [px + pw, o.baseY],
      ],
      porchWall,
      rng,
      0.4 * u,
      6 * u,
    );
    fillRough(
      ctx,
      [
        [px - 2 * u, o.baseY - ph + u],
        [px + pw / 2, o.baseY - ph - 10 * u],
        [px + pw + 2 * u, o.baseY - ph + u],
      ],
      roof,
      rng,
      0.3 * u,
      6 * u,
      1,
    );
    ctx.fillStyle = css(mix(pal.ink, plane, 0.3));
    ctx.fillRect(px + pw * 0.28, o.baseY - ph * 0.72, pw * 0.44, ph * 0.72);
  }
}

/** One small window: dark glass and bars by day, a dim warm square at night. */
export function windowPane(
  ctx: CanvasRenderingContext2D,
  pal: Palette,
  rng: Rng,
  x: number,
  y: number,
  w: number,
  h: number,
  u: number,
  lit: boolean,
  depth: number,
): void {
  const on = lit && pal.lampStrength > 0.05;
  const glass = on ? mix(pal.lamp, pal.ink, 0.35 - pal.lampStrength * 0.25) : mix(pal.ink, pal.zenith, 0.18 + depth * 0.3);
  ctx.fillStyle = css(glass);
  ctx.fillRect(x, y, w, h);
  if (on) glow(ctx, x + w / 2, y + h / 2, w * 2.6, pal.lamp, 0.22 * pal.lampStrength * (0.7 + 0.3 * rng.next()));
  const bar = mix(pal.ink, glass, 0.2);
  for (let b = 1; b < 3; b++) line(ctx, x + (w * b) / 3, y, x + (w * b) / 3, y + h, bar, Math.max(1, 0.9 * u));
  line(ctx, x, y + h / 2, x + w, y + h / 2, bar, Math.max(1, 0.7 * u));
}

export interface TowerOptions extends Placed {
  readonly height: number;
}

/** A timber watchtower on splayed legs; returns where its searchlight sits. */
export function watchtower(ctx: CanvasRenderingContext2D, f: Frame, pal: Palette, rng: Rng, o: TowerOptions): Point {
  const u = f.s * (1 - o.depth * 0.55);
  const color = planeColor(pal, o.depth);
  const timber = Math.max(1, 1.6 * u);
  const baseHalf = 11 * u;
  const topHalf = 7 * u;
  const deck = o.baseY - o.height * 0.7;
  const cabinTop = o.baseY - o.height * 0.9;
  const x = o.x;

  groundShadow(ctx, pal, x - baseHalf * 1.4, x + baseHalf * 2, o.baseY - 1, 4 * u, 0.3 * (1 - o.depth));
  line(ctx, x - baseHalf, o.baseY, x - topHalf, deck, color, timber);
  line(ctx, x + baseHalf, o.baseY, x + topHalf, deck, color, timber);
  line(ctx, x - baseHalf * 0.35, o.baseY, x - topHalf * 0.5, deck, color, timber * 0.8);
  line(ctx, x + baseHalf * 0.35, o.baseY, x + topHalf * 0.5, deck, color, timber * 0.8);
  // Cross-bracing in two bays.
  const mid = (o.baseY + deck) / 2;
  const halfAt = (y: number): number => baseHalf + (topHalf - baseHalf) * ((o.baseY - y) / (o.baseY - deck));
  for (const [ya, yb] of [
    [o.baseY, mid],
    [mid, deck],
  ] as const) {
    line(ctx, x - halfAt(ya), ya, x + halfAt(yb), yb, color, timber * 0.6);
    line(ctx, x + halfAt(ya), ya, x - halfAt(yb), yb, color, timber * 0.6);
    line(ctx, x - halfAt(yb), yb, x + halfAt(yb), yb, color, timber * 0.7);
  }
  // Deck, railing and the little cabin with its pyramid roof.
  const cabinHalf = 10 * u;
  fillRough(
    ctx,
    [
      [x - cabinHalf - 2 * u, deck + 2 * u],
      [x - cabinHalf - 2 * u, deck - 1 * u],
      [x + cabinHalf + 2 * u, deck - 1 * u],
      [x + cabinHalf + 2 * u, deck + 2 * u],
    ],
    color,
    rng,
    0.2 * u,
    5 * u,
  );
  fillRough(
    ctx,
    [
      [x - cabinHalf, deck],
      [x - cabinHalf, cabinTop],
      [x + cabinHalf, cabinTop],
      [x + cabinHalf, deck],
    ],
    mix(color, litColor(pal, o.depth), 0.25 * sunlight(pal)),
    rng,
    0.3 * u,
    5 * u,
  );
  const slitY = cabinTop + (deck - cabinTop) * 0.2;
  ctx.fillStyle = css(mix(pal.ink, pal.zenith, 0.15 + o.depth * 0.3));
  ctx.fillRect(x - cabinHalf * 0.75, slitY, cabinHalf * 1.5, (deck - cabinTop) * 0.32);
  fillRough(
    ctx,
    [
      [x - cabinHalf - 5 * u, cabinTop + u],
      [x, o.baseY - o.height],
      [x + cabinHalf + 5 * u, cabinTop + u],
    ],
    shade(color, 0.85),
    rng,
    0.3 * u,
    5 * u,
  );
  const lamp: Point = [x + cabinHalf + 1.5 * u, cabinTop + 3 * u];
  ctx.fillStyle = css(shade(color, 0.8));
  ctx.fillRect(lamp[0] - 2 * u, lamp[1] - 2 * u, 4 * u, 4 * u);
  if (pal.beamStrength > 0.05) glow(ctx, lamp[0], lamp[1], 14 * u, pal.lamp, 0.5 * pal.beamStrength);
  return lamp;
}

export interface FenceOptions {
  readonly x0: number;
  readonly x1: number;
  readonly baseY: number;
  readonly height: number;
  readonly depth: number;
  readonly strands: number;
  /** Draw barbs on the strands (only close fences show them). */
  readonly barbs: boolean;
}

/** Posts and barbed wire. */
export function wireFence(ctx: CanvasRenderingContext2D, f: Frame, pal: Palette, rng: Rng, o: FenceOptions): void {
  const u = f.s * (1 - o.depth * 0.55);
  const color = mix(planeColor(pal, o.depth), pal.ink, 0.2);
  const pitch = 46 * u;
  const posts: Point[] = [];
  for (let x = o.x0; x <= o.x1 + pitch; x += pitch) {
    const lean = rng.jitter(1.2 * u);
    posts.push([x + lean, o.baseY - o.height - rng.range(0, 2 * u)]);
    line(ctx, x, o.baseY, x + lean, o.baseY - o.height, color, Math.max(1, 1.8 * u));
  }
  const wireWidth = Math.max(0.6, 0.6 * u);
  for (let k = 0; k < o.strands; k++) {
    const t = (k + 0.5) / o.strands;
    for (let i = 1; i < posts.length; i++) {
      const [ax, ay] = posts[i - 1]!;
      const [bx, by] = posts[i]!;
      const ya = ay + (o.baseY - ay) * t;
      const yb = by + (o.baseY - by) * t;
      line(ctx, ax, ya, bx, yb, color, wireWidth, 0.85, rng.range(0.5, 2.2) * u);
      if (!o.barbs) continue;
      for (let b = 0.12; b < 1; b += 0.16) {
        const bxp = ax + (bx - ax) * b;
        const byp = ya + (yb - ya) * b + Math.sin(Math.PI * b) * 1.5 * u;
        line(ctx, bxp - 1.4 * u, byp - 1.4 * u, bxp + 1.4 * u, byp + 1.4 * u, color, wireWidth, 0.8);
        line(ctx, bxp - 1.4 * u, byp + 1.4 * u, bxp + 1.4 * u, byp - 1.4 * u, color, wireWidth, 0.8);
      }
    }
  }
}

export interface WallOptions {
  readonly x0: number;
  readonly x1: number;
  readonly baseY: number;
  readonly height: number;
  readonly depth: number;
  /** A ragged gap broken through the wall: centre x and width, px. */
  readonly breach: { readonly x: number; readonly width: number } | null;
  readonly wireOnTop: boolean;
}

/** A high adobe zone wall: a rough top, courses of mud brick, stains, a shadow at its foot. */
export function adobeWall(ctx: CanvasRenderingContext2D, f: Frame, pal: Palette, rng: Rng, o: WallOptions): void {
  const u = f.s * (1 - o.depth * 0.55);
  const sun = sunlight(pal);
  const plane = planeColor(pal, o.depth);
  const adobe = mix(mix(plane, pal.groundFar, 0.35), litColor(pal, o.depth), faceLight(pal));
  const top = o.baseY - o.height;
  const spans: [number, number][] = o.breach
    ? [
        [o.x0, o.breach.x - o.breach.width / 2],
        [o.breach.x + o.breach.width / 2, o.x1],
      ]
    : [[o.x0, o.x1]];

  groundShadow(ctx, pal, o.x0, o.x1, o.baseY - 1, 10 * u, 0.35 * (1 - o.depth * 0.8));
  for (const [a, b] of spans) castShadow(ctx, pal, a, b, o.baseY, o.height * (1 - o.depth * 0.4));
  for (const [a, b] of spans) {
    if (b - a < 2) continue;
    const pts: Point[] = [[a, o.baseY]];
    // A broken edge crumbles in steps toward the gap; a whole end is cut straight.
    const brokenLeft = o.breach !== null && a > o.x0;
    const brokenRight = o.breach !== null && b < o.x1;
    if (brokenLeft) {
      pts.push(
        [a + 4 * u, o.baseY - o.height * 0.3],
        [a - 2 * u, o.baseY - o.height * 0.55],
        [a + 7 * u, o.baseY - o.height * 0.8],
        [a + 3 * u, top],
      );
    } else pts.push([a, top]);
    for (let x = a + 12 * u; x < b - 12 * u; x += 12 * u) pts.push([x, top + rng.jitter(1.2 * u)]);
    if (brokenRight) {
      pts.push(
        [b - 4 * u, top],
        [b - 8 * u, o.baseY - o.height * 0.75],
        [b + 2 * u, o.baseY - o.height * 0.5],
        [b - 3 * u, o.baseY - o.height * 0.25],
      );
    } else pts.push([b, top]);
    pts.push([b, o.baseY]);
    fillRough(ctx, pts, adobe, rng, 0.5 * u, 10 * u);

    ctx.save();
    ctx.beginPath();
    ctx.rect(a - 10 * u, top - 4 * u, b - a + 20 * u, o.height + 4 * u);
    ctx.clip();
    ctx.globalCompositeOperation = 'source-atop';
    // Courses of mud brick, and the rain streaks of a few summers.
    const course = 7 * u;
    for (let y = top + course; y < o.baseY; y += course) {
      line(ctx, a, y + rng.jitter(0.5 * u), b, y + rng.jitter(0.5 * u), shade(adobe, 0.86), Math.max(1, 0.7 * u), 0.35);
    }
    brushStrokes(ctx, rng, {
      x0: a,
      x1: b,
      y0: top,
      y1: o.baseY,
      count: Math.floor((b - a) / (2.5 * u)),
      length: [4 * u, 18 * u],
      thickness: [1 * u, 3.5 * u],
      colors: [shade(adobe, 0.82), mix(adobe, pal.groundNear, 0.4), shade(adobe, 1.08)],
      alpha: [0.12, 0.35],
      tilt: 1.45,
    });
    const foot = ctx.createLinearGradient(0, top, 0, o.baseY);
    foot.addColorStop(0, css(pal.glow, 0.06 * sun));
    foot.addColorStop(0.6, css(pal.ink, 0));
    foot.addColorStop(1, css(pal.ink, 0.3));
    ctx.fillStyle = foot;
    ctx.fillRect(a, top, b - a, o.height);
    ctx.restore();
  }

  if (o.breach) {
    // Rubble of broken adobe at the foot of the gap.
    const bx = o.breach.x;
    const bw = o.breach.width;
    for (let i = 0; i < 26; i++) {
      const rx = bx + rng.jitter(bw * 0.75);
      const size = rng.range(3, 9) * u * (1 - Math.abs(rx - bx) / bw / 1.5);
      const ry = o.baseY - rng.range(0, 6) * u;
      fillRough(
        ctx,
        [
          [rx - size, ry],
          [rx - size * 0.6, ry - size * 0.7],
          [rx + size * 0.5, ry - size * 0.8],
          [rx + size, ry],
        ],
        rng.next() < 0.5 ? adobe : shade(adobe, 0.8),
        rng,
        0.4 * u,
        3 * u,
      );
    }
  }

  if (o.wireOnTop) {
    const color = mix(plane, pal.ink, 0.3);
    for (const [a, b] of spans) {
      const posts: number[] = [];
      for (let x = a + 6 * u; x < b - 4 * u; x += 34 * u) posts.push(x);
      for (const x of posts) line(ctx, x, top + 1, x + 2 * u, top - 13 * u, color, Math.max(1, 1.2 * u));
      for (let k = 0; k < 3; k++) {
        const y = top - 4 * u - k * 4 * u;
        for (let i = 1; i < posts.length; i++)
          line(ctx, posts[i - 1]! + 1.2 * u, y, posts[i]! + 1.2 * u, y, color, Math.max(0.6, 0.55 * u), 0.8, 1.2 * u);
      }
    }
  }
}

/** A low dark line of barracks roofs and towers far off: the rest of the camp, or another zone. */
export function distantCamp(
  ctx: CanvasRenderingContext2D,
  f: Frame,
  pal: Palette,
  rng: Rng,
  x0: number,
  x1: number,
  baseY: number,
  depth: number,
): void {
  const u = f.s * (1 - depth * 0.55);
  const color = planeColor(pal, depth);
  ctx.fillStyle = css(color);
  let x = x0;
  while (x < x1) {
    const w = rng.range(40, 90) * u;
    const hh = rng.range(7, 12) * u;
    fillRough(
      ctx,
      [
        [x, baseY],
        [x + 3 * u, baseY - hh],
        [x + w - 3 * u, baseY - hh],
        [x + w, baseY],
      ],
      color,
      rng,
      0.3 * u,
      8 * u,
    );
    x += w + rng.range(6, 24) * u;
  }
  ctx.fillStyle = css(color);
  ctx.fillRect(x0, baseY - 3 * u, x1 - x0, 3 * u);
}

/** A telegraph pole with its crossarm; returns the top of the pole for stringing wire. */
export function telegraphPole(
  ctx: CanvasRenderingContext2D,
  f: Frame,
  pal: Palette,
  x: number,
  baseY: number,
  height: number,
  depth: number,
): Point {
  const u = f.s * (1 - depth * 0.55);
  const color = mix(planeColor(pal, depth), pal.ink, 0.15);
  line(ctx, x, baseY, x + 0.6 * u, baseY - height, color, Math.max(1, 2 * u));
  line(ctx, x - 7 * u, baseY - height + 4 * u, x + 8 * u, baseY - height + 4 * u, color, Math.max(1, 1.5 * u));
  return [x + 0.6 * u, baseY - height + 4 * u];
}

/** The headframe of a mine shaft and its spoil heaps, small on the horizon (Dzhezkazgan's copper). */
export function mineOnHorizon(ctx: CanvasRenderingContext2D, f: Frame, pal: Palette, rng: Rng, x: number, baseY: number): void {
  const u = f.s * 0.55;
  const color = planeColor(pal, 0.95);
  fillRough(
    ctx,
    [
      [x - 70 * u, baseY],
      [x - 30 * u, baseY - 16 * u],
      [x - 10 * u, baseY - 15 * u],
      [x + 20 * u, baseY],
    ],
    color,
    rng,
    0.6 * u,
    6 * u,
  );
  fillRough(
    ctx,
    [
      [x + 40 * u, baseY],
      [x + 62 * u, baseY - 9 * u],
      [x + 90 * u, baseY],
    ],
    color,
    rng,
    0.5 * u,
    6 * u,
  );
  const hx = x + 30 * u;
  line(ctx, hx - 8 * u, baseY, hx, baseY - 34 * u, color, Math.max(1, 1.5 * u));
  line(ctx, hx + 8 * u, baseY, hx, baseY - 34 * u, color, Math.max(1, 1.5 * u));
  line(ctx, hx + 20 * u, baseY, hx, baseY - 30 * u, color, Math.max(1, 1.2 * u));
  ctx.beginPath();
  ctx.arc(hx, baseY - 34 * u, 3 * u, 0, Math.PI * 2);
  ctx.strokeStyle = css(color);
  ctx.lineWidth = Math.max(1, u);
  ctx.stroke();
}

/** A flagpole with the red-cross flag the prisoners raised over the camp. */
export function redCrossFlag(
  ctx: CanvasRenderingContext2D,
  f: Frame,
  pal: Palette,
  rng: Rng,
  x: number,
  baseY: number,
  height: number,
  depth: number,
  red: Rgb,
): void {
  const u = f.s * (1 - depth * 0.55);
  const color = planeColor(pal, depth);
  line(ctx, x, baseY, x, baseY - height, color, Math.max(1, 1.6 * u));
  const fw = 26 * u;
  const fh = 17 * u;
  const fy = baseY - height + 1 * u;
  const cloth = mix(pal.plaster, pal.haze, depth * 0.4);
  const pts: Point[] = [
    [x, fy],
    [x + fw * 0.5, fy + 1.5 * u],
    [x + fw, fy - 0.5 * u],
    [x + fw + 0.5 * u, fy + fh],
    [x + fw * 0.5, fy + fh + 2 * u],
    [x, fy + fh],
  ];
  fillRough(ctx, pts, cloth, rng, 0.3 * u, 4 * u);
  const cx = x + fw * 0.5;
  const cy = fy + fh * 0.5 + 0.8 * u;
  const arm = fh * 0.32;
  const thick = fh * 0.2;
  ctx.fillStyle = css(mix(red, pal.haze, depth * 0.3));
  ctx.fillRect(cx - arm, cy - thick / 2, arm * 2, thick);
  ctx.fillRect(cx - thick / 2, cy - arm, thick, arm * 2);
}

/** A pole with two loudspeaker horns, the kind that broadcast the warnings along the perimeter. */
export function loudspeakerPole(
  ctx: CanvasRenderingContext2D,
  f: Frame,
  pal: Palette,
  x: number,
  baseY: number,
  height: number,
  depth: number,
): void {
  const u = f.s * (1 - depth * 0.55);
  const color = mix(planeColor(pal, depth), pal.ink, 0.15);
  line(ctx, x, baseY, x, baseY - height, color, Math.max(1, 2 * u));
  const y = baseY - height + 6 * u;
  for (const dir of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(x, y - 1.5 * u);
    ctx.lineTo(x + dir * 14 * u, y - 6 * u);
    ctx.lineTo(x + dir * 14 * u, y + 4 * u);
    ctx.lineTo(x, y + 1.5 * u);
    ctx.closePath();
    ctx.fillStyle = css(color);
    ctx.fill();
  }
}

/** A far, calm T-34 silhouette: no muzzle flash, no motion, only its shape in the dust. */
export function tank(
  ctx: CanvasRenderingContext2D,
  pal: Palette,
  rng: Rng,
  x: number,
  baseY: number,
  length: number,
  color: Rgb,
  facing: 1 | -1,
): void {
  const L = length;
  const X = (t: number): number => x + facing * (t - 0.5) * L;
  const wheelR = L * 0.068;
  const trackTop = baseY - wheelR * 2.3;
  const hullTop = baseY - L * 0.25;
  const hull: Point[] = [
    [X(0.02), baseY - wheelR * 0.9],
    [X(0.0), trackTop],
    [X(0.06), hullTop + L * 0.02],
    [X(0.3), hullTop],
    [X(0.92), hullTop],
    [X(1.0), trackTop + L * 0.02],
    [X(0.97), baseY - wheelR * 0.9],
  ];
  fillRough(ctx, hull, color, rng, 0.3, 6);
  ctx.fillStyle = css(color);
  ctx.beginPath();
  ctx.moveTo(X(0.03), baseY - wheelR * 0.5);
  ctx.lineTo(X(0.97), baseY - wheelR * 0.5);
  ctx.lineTo(X(0.94), baseY);
  ctx.lineTo(X(0.06), baseY);
  ctx.closePath();
  ctx.fill();
  // Turret, set forward, and the long gun laid level.
  const turret: Point[] = [
    [X(0.26), hullTop],
    [X(0.3), hullTop - L * 0.12],
    [X(0.56), hullTop - L * 0.13],
    [X(0.64), hullTop - L * 0.04],
    [X(0.64), hullTop],
  ];
  fillRough(ctx, turret, color, rng, 0.2, 5);
  line(ctx, X(0.3), hullTop - L * 0.075, X(-0.26), hullTop - L * 0.085, color, Math.max(1, L * 0.028));
  const highlight = mix(color, pal.glow, 0.22);
  line(ctx, X(0.32), hullTop - L * 0.12, X(0.55), hullTop - L * 0.128, highlight, Math.max(1, L * 0.01), 0.6);
  for (let i = 0; i < 5; i++) {
    ctx.beginPath();
    ctx.arc(X(0.13 + i * 0.18), baseY - wheelR, wheelR * 0.8, 0, Math.PI * 2);
    ctx.fillStyle = css(shade(color, 1.18));
    ctx.fill();
  }
}

/** A dusty band of haze, thickest at the horizon. */
export function horizonHaze(ctx: CanvasRenderingContext2D, f: Frame, pal: Palette, strength: number): void {
  const band = f.h * 0.12;
  const g = ctx.createLinearGradient(0, f.hz - band, 0, f.hz + band * 0.8);
  g.addColorStop(0, css(pal.haze, 0));
  g.addColorStop(0.55, css(pal.haze, 0.5 * strength));
  g.addColorStop(1, css(pal.haze, 0));
  ctx.save();
  ctx.globalCompositeOperation = 'source-atop';
  ctx.fillStyle = g;
  ctx.fillRect(0, f.hz - band, f.w, band * 1.8);
  ctx.restore();
}

/** The open steppe from the horizon to the bottom of the frame, dry-brushed. */
export function steppeGround(ctx: CanvasRenderingContext2D, f: Frame, pal: Palette, rng: Rng, from = f.hz): void {
  const g = ctx.createLinearGradient(0, from, 0, f.h);
  g.addColorStop(0, css(mix(pal.groundFar, pal.haze, 0.35)));
  g.addColorStop(0.35, css(pal.groundFar));
  g.addColorStop(1, css(pal.groundNear));
  ctx.fillStyle = g;
  ctx.beginPath();
  roughGroundLine(ctx, f, rng, from);
  ctx.lineTo(f.w, f.h);
  ctx.lineTo(0, f.h);
  ctx.closePath();
  ctx.fill();
  // Broad patches: bare clay, wormwood, the shadow of a cloud far off.
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, from, f.w, f.h - from);
  ctx.clip();
  for (let i = 0; i < 16; i++) {
    const d = rng.next();
    const y = from + (f.h - from) * d ** 1.5;
    const tint = rng.next() < 0.5 ? mix(pal.groundNear, pal.ink, 0.15) : mix(pal.groundFar, pal.glow, 0.18);
    softBlob(
      ctx,
      rng.range(0, f.w),
      y,
      rng.range(0.12, 0.35) * f.w * (0.4 + d),
      (f.h - from) * rng.range(0.03, 0.08) * (0.5 + d * 2),
      tint,
      rng.range(0.12, 0.3),
    );
  }
  ctx.restore();
  brushStrokes(ctx, rng, {
    x0: 0,
    x1: f.w,
    y0: from + 2 * f.s,
    y1: f.h,
    count: Math.floor((f.w * (f.h - from)) / (90 * f.s * f.s)),
    length: [5 * f.s, 18 * f.s],
    thickness: [0.4 * f.s, 1.1 * f.s],
    colors: [shade(pal.groundFar, 0.84), shade(pal.groundNear, 1.12), mix(pal.groundFar, pal.haze, 0.5), shade(pal.groundNear, 0.82)],
    alpha: [0.25, 0.6],
    tilt: 0.05,
    perspective: 1.4,
  });
  // Tufts of feather grass and wormwood, denser near the viewer.
  ctx.save();
  ctx.lineCap = 'round';
  const tufts = Math.floor(f.w / (4 * f.s));
  for (let i = 0; i < tufts; i++) {
    const d = rng.next() ** 1.8;
    const y = from + (f.h - from) * (0.15 + 0.85 * (1 - d));
    const x = rng.range(0, f.w);
    const size = (2 + 9 * (1 - d)) * f.s;
    ctx.strokeStyle = css(
      rng.next() < 0.5 ? mix(pal.groundNear, pal.groundFar, 0.3) : mix(pal.groundFar, pal.glow, 0.12),
      0.22 + 0.25 * rng.next(),
    );
    ctx.lineWidth = Math.max(0.7, 0.18 * size);
    // A few blades leaning with the wind, not a symmetric fan.
    const lean = rng.range(0.1, 0.35) * size;
    const blades = rng.int(3, 6);
    ctx.beginPath();
    for (let k = 0; k < blades; k++) {
      const spread = (k / (blades - 1) - 0.5) * size * 0.5;
      ctx.moveTo(x + rng.jitter(size * 0.1), y);
      ctx.quadraticCurveTo(x + spread * 0.4, y - size * 0.55, x + spread + lean + rng.jitter(size * 0.15), y - size * rng.range(0.6, 1));
    }
    ctx.stroke();
  }
  ctx.restore();
  const near = ctx.createLinearGradient(0, from + (f.h - from) * 0.4, 0, f.h);
  near.addColorStop(0, css(pal.ink, 0));
  near.addColorStop(1, css(pal.ink, 0.28));
  ctx.fillStyle = near;
  ctx.fillRect(0, from, f.w, f.h - from);
}

/** The ground's top edge: the steppe is flat, but never ruled. */
function roughGroundLine(ctx: CanvasRenderingContext2D, f: Frame, rng: Rng, y: number): void {
  ctx.moveTo(0, y);
  const step = 24 * f.s;
  for (let x = step; x < f.w + step; x += step) ctx.lineTo(x, y + rng.jitter(0.6 * f.s));
}

/** A trodden yard: packed earth, lighter where feet go, with a few stones. */
export function trodden(ctx: CanvasRenderingContext2D, f: Frame, pal: Palette, rng: Rng, y0: number): void {
  const worn = mix(pal.groundFar, pal.haze, 0.3 + 0.2 * sunlight(pal));
  softBlob(ctx, f.w * 0.5, y0 + (f.h - y0) * 0.55, f.w * 0.55, (f.h - y0) * 0.45, worn, 0.35);
  for (let i = 0; i < 40; i++) {
    const x = rng.range(0, f.w);
    const y = rng.range(y0 + (f.h - y0) * 0.2, f.h);
    const r = rng.range(1, 3.5) * f.s * (0.6 + (y - y0) / (f.h - y0));
    ctx.fillStyle = css(
      rng.next() < 0.5 ? shade(pal.groundNear, 0.75) : mix(pal.groundFar, pal.glow, 0.2 * pal.sun),
      0.25 + 0.35 * pal.sun,
    );
    ctx.beginPath();
    ctx.ellipse(x, y, r * 1.4, r * 0.7, 0, 0, Math.PI * 2);
    ctx.fill();
  }
}
