import { css, mix, shade, type Rgb } from '../palette.ts';
import { fillRough, glow, line, softBlob, type Point } from './canvas.ts';
import { addBeam, addBirds, addClouds, addDust } from './ambient.ts';
import { faceLight, litColor, planeColor, sunlight, type PaintContext } from './frame.ts';
import { flare, kite, KITE_INSET_UNITS, leaflet, puff, SOFT_SPRITE_RESOLUTION } from './sprites.ts';
import {
  adobeWall,
  barrack,
  castShadow,
  distantCamp,
  groundShadow,
  horizonHaze,
  loudspeakerPole,
  mineOnHorizon,
  redCrossFlag,
  steppeGround,
  tank,
  telegraphPole,
  trodden,
  watchtower,
  wireFence,
  windowPane,
} from './structures.ts';

/** The red of the prisoners' red-cross flag, before theme toning. */
const FLAG_RED: Rgb = [172, 52, 44];
/** Cigarette paper and school paper, before toning. */
const PAPER: Rgb = [236, 228, 208];

/** A scene that stands outdoors: where its horizon sits, and how to paint it. */
export interface ScenePainter {
  /** The horizon as a fraction of the frame's height. */
  readonly horizon: number;
  paint(pc: PaintContext): void;
}

/** x as a fraction of the width, pulled toward the centre on a narrow frame so nothing key is cut off. */
function fx(pc: PaintContext, fraction: number): number {
  const { f } = pc;
  const squeeze = f.portrait ? 0.55 : 1;
  return f.w * (0.5 + (fraction - 0.5) * squeeze);
}

function flagIfUp(pc: PaintContext, x: number, baseY: number, height: number, depth: number): void {
  if (pc.spec.selfGovernment) redCrossFlag(pc.land.ctx, pc.f, pc.pal, pc.rng, x, baseY, height, depth, pc.tone(FLAG_RED));
}

/** Two strips of cloth on a wall with writing too small to read: the slogans of the forty days. */
function banners(pc: PaintContext, x: number, y: number, width: number, depth: number): void {
  const { f, pal, rng } = pc;
  const ctx = pc.land.ctx;
  const u = f.s * (1 - depth * 0.55);
  const cloth = mix(pal.plaster, pal.haze, 0.2 + depth * 0.3);
  const ink = mix(pc.tone(FLAG_RED), pal.ink, 0.35);
  fillRough(
    ctx,
    [
      [x, y],
      [x + width, y + 1 * u],
      [x + width, y + 9 * u],
      [x, y + 10 * u],
    ],
    cloth,
    rng,
    0.4 * u,
    8 * u,
  );
  for (let k = x + 4 * u; k < x + width - 6 * u; k += rng.range(5, 9) * u) {
    line(ctx, k, y + 3.5 * u, k + rng.range(2.5, 5) * u, y + 3.5 * u + rng.jitter(0.6 * u), ink, Math.max(0.8, 1.3 * u), 0.7);
  }
}

/** A washing line between two posts, with a few shirts and cloths pegged out. */
function washingLine(pc: PaintContext, x0: number, x1: number, baseY: number, height: number): void {
  const { f, pal, rng } = pc;
  const ctx = pc.land.ctx;
  const u = f.s;
  const post = planeColor(pal, 0.1);
  line(ctx, x0, baseY, x0, baseY - height, post, 2 * u);
  line(ctx, x1, baseY, x1, baseY - height, post, 2 * u);
  const top = baseY - height + 3 * u;
  const sag = 10 * u;
  line(ctx, x0, top, x1, top, post, Math.max(0.8, 0.7 * u), 0.8, sag);
  const n = 5;
  for (let i = 1; i < n; i++) {
    const t = i / n + rng.jitter(0.03);
    const x = x0 + (x1 - x0) * t;
    const y = top + 4 * sag * t * (1 - t) * 2 * 0.5;
    const cw = rng.range(10, 18) * u;
    const ch = rng.range(14, 24) * u;
    const cloth = mix(
      planeColor(pal, 0.1),
      mix(pal.plaster, rng.next() < 0.4 ? pal.cloudShade : pal.haze, rng.range(0.1, 0.4)),
      0.3 + 0.6 * faceLight(pal),
    );
    fillRough(
      ctx,
      [
        [x - cw / 2, y],
        [x + cw / 2, y + 0.5 * u],
        [x + cw / 2 + rng.jitter(2 * u), y + ch],
        [x - cw / 2 + rng.jitter(2 * u), y + ch * 0.95],
      ],
      cloth,
      rng,
      0.6 * u,
      5 * u,
    );
  }
}

function steppe(): ScenePainter {
  return {
    horizon: 0.7,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      mineOnHorizon(ctx, f, pal, rng, fx(pc, 0.16), f.hz + 1);
      distantCamp(ctx, f, pal, rng, fx(pc, 0.6), fx(pc, 0.93), f.hz + 2, 0.92);
      wireFence(ctx, f, pal, rng, {
        x0: fx(pc, 0.58),
        x1: fx(pc, 0.95),
        baseY: f.hz + 4 * f.s,
        height: 9 * f.s,
        depth: 0.92,
        strands: 2,
        barbs: false,
      });
      for (const at of [0.6, 0.92]) watchtower(ctx, f, pal, rng, { x: fx(pc, at), baseY: f.hz + 4 * f.s, height: 50 * f.s, depth: 0.9 });
      // The road out of the camp, two ruts in the dust, widening toward us.
      const road = mix(pal.groundFar, pal.haze, 0.45);
      const vx = fx(pc, 0.68);
      fillRough(
        ctx,
        [
          [vx - 4 * f.s, f.hz + 2 * f.s],
          [vx + 4 * f.s, f.hz + 2 * f.s],
          [f.w * 0.42, f.h],
          [f.w * 0.02, f.h],
        ],
        road,
        rng,
        1.2 * f.s,
        20 * f.s,
        0.55,
      );
      for (const k of [0.3, 0.7]) {
        line(ctx, vx + (k - 0.5) * 6 * f.s, f.hz + 3 * f.s, f.w * (0.02 + 0.4 * k), f.h, shade(pal.groundNear, 0.85), 1.5 * f.s, 0.35);
      }
      // Telegraph poles along the road, getting smaller toward the camp.
      let previous: Point | null = null;
      for (let i = 0; i < 6; i++) {
        const t = (i / 5) ** 1.8;
        const x = f.w * 0.47 + (vx + 20 * f.s - f.w * 0.47) * t;
        const baseY = f.h * 0.97 - (f.h * 0.97 - f.hz - 3 * f.s) * t;
        const depth = 0.1 + 0.85 * t;
        const top = telegraphPole(ctx, f, pal, x, baseY, (150 - 125 * t) * f.s, depth);
        if (previous)
          line(ctx, previous[0], previous[1], top[0], top[1], planeColor(pal, depth), Math.max(0.6, 0.6 * f.s), 0.7, 4 * f.s * (1 - t));
        previous = top;
      }
      horizonHaze(ctx, f, pal, 0.8);
      addClouds(pc, 5, 0.12, 0.5, 260);
      addDust(pc, 0.8, 0.14, 0.16);
      if (pal.sun > 0.3) addBirds(pc, 0.34);
    },
  };
}

function barracks(): ScenePainter {
  return {
    horizon: 0.66,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      distantCamp(ctx, f, pal, rng, 0, f.w, f.hz + 1, 0.9);
      adobeWall(ctx, f, pal, rng, {
        x0: -10,
        x1: f.w + 10,
        baseY: f.hz + 0.025 * f.h,
        height: 34 * f.s,
        depth: 0.72,
        breach: null,
        wireOnTop: true,
      });
      const lampFar = watchtower(ctx, f, pal, rng, { x: fx(pc, 0.12), baseY: f.hz + 0.02 * f.h, height: 110 * f.s, depth: 0.78 });
      const lamp = watchtower(ctx, f, pal, rng, { x: fx(pc, 0.86), baseY: f.hz + 0.03 * f.h, height: 140 * f.s, depth: 0.62 });
      barrack(ctx, f, pal, rng, {
        x: fx(pc, 0.4),
        baseY: f.hz + 0.09 * f.h,
        width: f.w * 0.75,
        wallH: 44 * f.s,
        roofH: 22 * f.s,
        depth: 0.45,
        litFraction: 0.6,
        porchAt: 0.3,
      });
      flagIfUp(pc, fx(pc, 0.72), f.hz + 0.09 * f.h - 66 * f.s * 0.75, 56 * f.s, 0.45);
      barrack(ctx, f, pal, rng, {
        x: fx(pc, -0.12),
        baseY: f.hz + 0.22 * f.h,
        width: f.w * 0.66,
        wallH: 74 * f.s,
        roofH: 34 * f.s,
        depth: 0.12,
        litFraction: 0.75,
        porchAt: 0.62,
      });
      trodden(ctx, f, pal, rng, f.hz + 0.22 * f.h);
      washingLine(pc, fx(pc, 0.66), fx(pc, 0.95), f.h * 0.98, 80 * f.s);
      horizonHaze(ctx, f, pal, 0.5);
      addClouds(pc, 4, 0.1, 0.42, 240);
      addBeam(pc, lamp, -2.45, 0.16, 0, 'beam-a');
      addBeam(pc, lampFar, -0.75, 0.12, 2.1, 'beam-b');
      addDust(pc, 0.9, 0.1, 0.1);
    },
  };
}

function yard(): ScenePainter {
  return {
    horizon: 0.64,
    paint(pc) {
      const { f, pal, rng, spec } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      distantCamp(ctx, f, pal, rng, 0, f.w, f.hz + 1, 0.88);
      const wallBase = f.hz + 0.05 * f.h;
      const wallH = 42 * f.s;
      const breachX = fx(pc, 0.36);
      adobeWall(ctx, f, pal, rng, {
        x0: -10,
        x1: f.w + 10,
        baseY: wallBase,
        height: wallH,
        depth: 0.58,
        breach: spec.breach ? { x: breachX, width: 70 * f.s } : null,
        wireOnTop: true,
      });
      if (spec.selfGovernment) banners(pc, fx(pc, 0.52), wallBase - wallH * 0.75, 120 * f.s, 0.58);
      loudspeakerPole(ctx, f, pal, fx(pc, 0.7), wallBase - wallH * 0.3, 70 * f.s, 0.7);
      const lampL = watchtower(ctx, f, pal, rng, { x: fx(pc, 0.06), baseY: wallBase - 2 * f.s, height: 130 * f.s, depth: 0.6 });
      const lampR = watchtower(ctx, f, pal, rng, { x: fx(pc, 0.93), baseY: wallBase - 2 * f.s, height: 130 * f.s, depth: 0.6 });
      trodden(ctx, f, pal, rng, wallBase);
      flagIfUp(pc, fx(pc, 0.6), f.hz + 0.14 * f.h, 120 * f.s, 0.35);
      barrack(ctx, f, pal, rng, {
        x: fx(pc, 0.78),
        baseY: f.hz + 0.16 * f.h,
        width: f.w * 0.6,
        wallH: 52 * f.s,
        roofH: 26 * f.s,
        depth: 0.3,
        litFraction: 0.6,
        porchAt: 0.25,
      });
      barrack(ctx, f, pal, rng, {
        x: fx(pc, -0.36),
        baseY: f.hz + 0.25 * f.h,
        width: f.w * 0.6,
        wallH: 76 * f.s,
        roofH: 36 * f.s,
        depth: 0.1,
        litFraction: 0.7,
        porchAt: 0.8,
      });
      horizonHaze(ctx, f, pal, 0.45);
      addClouds(pc, 4, 0.08, 0.4, 250);
      addBeam(pc, lampL, -0.95, 0.14, 0.6, 'beam-a');
      addBeam(pc, lampR, -2.2, 0.14, 3.4, 'beam-b');
      addDust(pc, 0.86, 0.12, 0.12);
    },
  };
}

function wall(): ScenePainter {
  return {
    horizon: 0.6,
    paint(pc) {
      const { f, pal, rng, spec } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      distantCamp(ctx, f, pal, rng, 0, f.w, f.hz + 1, 0.86);
      barrack(ctx, f, pal, rng, {
        x: fx(pc, 0.3),
        baseY: f.hz + 0.05 * f.h,
        width: f.w * 0.45,
        wallH: 30 * f.s,
        roofH: 16 * f.s,
        depth: 0.7,
        litFraction: 0.5,
        porchAt: null,
      });
      const lamp = watchtower(ctx, f, pal, rng, { x: fx(pc, 0.72), baseY: f.hz + 0.05 * f.h, height: 150 * f.s, depth: 0.6 });
      const wallBase = f.h * 0.84;
      const wallH = f.h * 0.3;
      const breachX = fx(pc, 0.42);
      adobeWall(ctx, f, pal, rng, {
        x0: -20,
        x1: f.w + 20,
        baseY: wallBase,
        height: wallH,
        depth: 0.12,
        breach: spec.breach ? { x: breachX, width: Math.max(110 * f.s, f.w * 0.15) } : null,
        wireOnTop: true,
      });
      // A ladder of rough poles leaning on the wall: how the first men came over.
      const lx = fx(pc, 0.74);
      const rail = shade(planeColor(pal, 0.05), 0.9);
      const lt = wallBase - wallH - 6 * f.s;
      line(ctx, lx, wallBase + 8 * f.s, lx + 30 * f.s, lt, rail, 3 * f.s);
      line(ctx, lx + 26 * f.s, wallBase + 8 * f.s, lx + 52 * f.s, lt, rail, 3 * f.s);
      for (let t = 0.1; t < 1; t += 0.12) {
        const y = wallBase + 8 * f.s + (lt - wallBase - 8 * f.s) * t;
        line(ctx, lx + 30 * f.s * t, y, lx + 26 * f.s + 26 * f.s * t, y, rail, 2 * f.s);
      }
      fillRough(
        ctx,
        [
          [0, wallBase],
          [f.w, wallBase],
          [f.w, f.h],
          [0, f.h],
        ],
        mix(pal.groundNear, pal.ink, 0.15),
        rng,
        1 * f.s,
        30 * f.s,
        0.55,
      );
      horizonHaze(ctx, f, pal, 0.5);
      addClouds(pc, 3, 0.08, 0.34, 260);
      addBeam(pc, lamp, -2.0, 0.14, 1.3, 'beam-a');
      addDust(pc, 0.9, 0.1, 0.1);
    },
  };
}

function canteen(): ScenePainter {
  return {
    horizon: 0.66,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      adobeWall(ctx, f, pal, rng, {
        x0: -10,
        x1: f.w + 10,
        baseY: f.hz + 0.02 * f.h,
        height: 30 * f.s,
        depth: 0.75,
        breach: null,
        wireOnTop: true,
      });
      const lamp = watchtower(ctx, f, pal, rng, { x: fx(pc, 0.9), baseY: f.hz + 0.02 * f.h, height: 120 * f.s, depth: 0.7 });
      // The canteen: a long hall with a high roof and tall windows, big enough for two thousand.
      const x0 = fx(pc, 0.1);
      const x1 = fx(pc, 0.86);
      const base = f.hz + 0.14 * f.h;
      const wallH = 78 * f.s;
      const roofH = 46 * f.s;
      const u = f.s * (1 - 0.3 * 0.55);
      const plane = planeColor(pal, 0.3);
      const wallColor = mix(plane, litColor(pal, 0.3), faceLight(pal));
      castShadow(ctx, pal, x0, x1, base, wallH + roofH);
      groundShadow(ctx, pal, x0, x1 + 20 * f.s, base - 1, 10 * f.s, 0.35);
      fillRough(
        ctx,
        [
          [x0, base],
          [x0, base - wallH],
          [x1, base - wallH],
          [x1, base],
        ],
        wallColor,
        rng,
        0.6 * u,
        14 * u,
      );
      const roof = mix(plane, pal.ink, 0.3);
      fillRough(
        ctx,
        [
          [x0 - 8 * u, base - wallH + 2 * u],
          [x0 + roofH, base - wallH - roofH],
          [x1 - roofH, base - wallH - roofH],
          [x1 + 8 * u, base - wallH + 2 * u],
        ],
        roof,
        rng,
        0.6 * u,
        16 * u,
      );
      const chimneyX = x0 + (x1 - x0) * 0.78;
      const chimneyTop = base - wallH - roofH - 18 * u;
      fillRough(
        ctx,
        [
          [chimneyX, base - wallH - roofH * 0.4],
          [chimneyX, chimneyTop],
          [chimneyX + 9 * u, chimneyTop],
          [chimneyX + 9 * u, base - wallH - roofH * 0.4],
        ],
        shade(plane, 0.85),
        rng,
        0.3 * u,
        5 * u,
      );
      const n = Math.max(4, Math.floor((x1 - x0) / (64 * u)));
      const pitch = (x1 - x0) / n;
      for (let i = 0; i < n; i++) {
        const wx = x0 + pitch * (i + 0.5) - 9 * u;
        const wy = base - wallH * 0.78;
        const ww = 18 * u;
        const wh = wallH * 0.55;
        windowPane(ctx, pal, rng, wx, wy, ww, wh, u, true, 0.3);
        ctx.beginPath();
        ctx.ellipse(wx + ww / 2, wy, ww / 2, 5 * u, 0, Math.PI, 0);
        ctx.fillStyle = css(pal.lampStrength > 0.05 ? mix(pal.lamp, pal.ink, 0.3) : mix(pal.ink, pal.zenith, 0.25));
        ctx.fill();
        if (pal.lampStrength > 0.05) {
          // Window light falling out onto the packed earth.
          ctx.save();
          ctx.globalCompositeOperation = 'lighter';
          ctx.fillStyle = css(pal.lamp, 0.06 * pal.lampStrength);
          ctx.beginPath();
          ctx.moveTo(wx, base);
          ctx.lineTo(wx + ww, base);
          ctx.lineTo(wx + ww * 2.2, base + 40 * u);
          ctx.lineTo(wx - ww * 0.6, base + 40 * u);
          ctx.closePath();
          ctx.fill();
          ctx.restore();
        }
      }
      flagIfUp(pc, x0 + roofH + 10 * u, base - wallH - roofH, 40 * f.s, 0.3);
      // The kitchen annex and its stove pipe.
      const kx = x0 - 70 * u;
      fillRough(
        ctx,
        [
          [kx, base + 6 * u],
          [kx, base - 40 * u],
          [x0, base - 40 * u],
          [x0, base + 6 * u],
        ],
        shade(wallColor, 0.88),
        rng,
        0.5 * u,
        10 * u,
      );
      fillRough(
        ctx,
        [
          [kx - 5 * u, base - 38 * u],
          [kx + 10 * u, base - 58 * u],
          [x0 + 2 * u, base - 58 * u],
          [x0 + 2 * u, base - 38 * u],
        ],
        roof,
        rng,
        0.4 * u,
        10 * u,
      );
      trodden(ctx, f, pal, rng, base);
      horizonHaze(ctx, f, pal, 0.45);
      addClouds(pc, 3, 0.08, 0.36, 240);
      const smoke = puff(mix(pal.cloudShade, pal.haze, 0.4), 26 * f.s);
      for (let i = 0; i < 5; i++) {
        pc.addSprite({
          canvas: smoke.surface.canvas,
          textureId: 'smoke',
          x: chimneyX + 4.5 * u,
          y: chimneyTop,
          scale: 0.6 / SOFT_SPRITE_RESOLUTION,
          alpha: 0.55,
          plane: 'front',
          motion: { kind: 'puff', lifeS: 16, phase: i / 5, dxPx: -70 * f.s, dyPx: -120 * f.s, grow: 2.2 },
        });
      }
      addBeam(pc, lamp, -2.6, 0.12, 0.4, 'beam-a');
    },
  };
}

function construction(): ScenePainter {
  return {
    horizon: 0.7,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      mineOnHorizon(ctx, f, pal, rng, fx(pc, 0.86), f.hz + 1);
      wireFence(ctx, f, pal, rng, {
        x0: -10,
        x1: f.w + 10,
        baseY: f.hz + 0.03 * f.h,
        height: 16 * f.s,
        depth: 0.8,
        strands: 3,
        barbs: false,
      });
      watchtower(ctx, f, pal, rng, { x: fx(pc, 0.08), baseY: f.hz + 0.03 * f.h, height: 90 * f.s, depth: 0.78 });
      watchtower(ctx, f, pal, rng, { x: fx(pc, 0.95), baseY: f.hz + 0.03 * f.h, height: 90 * f.s, depth: 0.78 });
      // A brick shell, three storeys, with empty window openings and a timber scaffold.
      const x0 = fx(pc, 0.24);
      const x1 = fx(pc, 0.7);
      const base = f.hz + 0.12 * f.h;
      const u = f.s * (1 - 0.35 * 0.55);
      const storey = 44 * u;
      const brick = mix(
        mix(planeColor(pal, 0.35), pc.tone([150, 98, 78]), 0.15 + 0.35 * sunlight(pal)),
        litColor(pal, 0.35),
        0.3 * sunlight(pal),
      );
      const heights = [3, 3, 2.4, 3, 1.6, 2.6];
      const bays = heights.length;
      const bw = (x1 - x0) / bays;
      for (let i = 0; i < bays; i++) {
        const top = base - storey * heights[i]!;
        fillRough(
          ctx,
          [
            [x0 + i * bw, base],
            [x0 + i * bw, top + rng.jitter(3 * u)],
            [x0 + (i + 1) * bw + 1, top + rng.jitter(3 * u)],
            [x0 + (i + 1) * bw + 1, base],
          ],
          brick,
          rng,
          0.8 * u,
          6 * u,
        );
      }
      for (let i = 0; i < bays; i++) {
        const floors = Math.floor(heights[i]!);
        for (let k = 0; k < floors; k++) {
          const wy = base - storey * (k + 1) + 12 * u;
          ctx.fillStyle = css(mix(pal.ink, pal.structure, 0.4));
          ctx.fillRect(x0 + i * bw + bw * 0.3, wy, bw * 0.4, storey * 0.5);
        }
      }
      const pole = shade(planeColor(pal, 0.25), 0.95);
      for (let x = x0 - 10 * u; x <= x1 + 12 * u; x += bw)
        line(ctx, x, base + 4 * u, x + rng.jitter(u), base - storey * 3.3, pole, 1.8 * u);
      for (let k = 1; k <= 3; k++) {
        const y = base - storey * k + 2 * u;
        line(ctx, x0 - 14 * u, y, x1 + 16 * u, y, pole, 2.6 * u);
        line(ctx, x0 - 14 * u, y + 5 * u, x1 + 16 * u, y + 5 * u, pole, 1.2 * u, 0.7);
      }
      for (let i = 0; i < bays; i += 2)
        line(ctx, x0 + i * bw - 10 * u, base, x0 + (i + 1) * bw - 10 * u, base - storey * 1.5, pole, 1.3 * u, 0.8);
      // A timber derrick with its rope and a hod of bricks.
      const dx = x1 + 60 * u;
      const dTop = base - storey * 4.2;
      line(ctx, dx - 18 * u, base + 6 * u, dx, dTop, pole, 2.4 * u);
      line(ctx, dx + 18 * u, base + 6 * u, dx, dTop, pole, 2.4 * u);
      line(ctx, dx, dTop, dx - 70 * u, dTop + 30 * u, pole, 2 * u);
      line(ctx, dx - 70 * u, dTop + 30 * u, dx - 70 * u, base - storey * 2, pole, 0.8 * u);
      ctx.fillStyle = css(pole);
      ctx.fillRect(dx - 76 * u, base - storey * 2, 12 * u, 8 * u);
      // Stacks of brick and a barrow on the ground.
      for (const [bx, bh] of [
        [fx(pc, 0.14), 14],
        [fx(pc, 0.18), 9],
        [fx(pc, 0.8), 12],
      ] as const) {
        fillRough(
          ctx,
          [
            [bx, base + 22 * u],
            [bx, base + 22 * u - bh * u],
            [bx + 30 * u, base + 22 * u - bh * u],
            [bx + 30 * u, base + 22 * u],
          ],
          shade(brick, 0.9),
          rng,
          0.4 * u,
          5 * u,
        );
      }
      trodden(ctx, f, pal, rng, base);
      horizonHaze(ctx, f, pal, 0.7);
      addClouds(pc, 4, 0.1, 0.45, 260);
      addDust(pc, 0.8, 0.16, 0.2);
    },
  };
}

function gate(): ScenePainter {
  return {
    horizon: 0.66,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      const base = f.hz + 0.17 * f.h;
      const u = f.s * 1.1;
      const gx0 = fx(pc, 0.5);
      const gx1 = gx0 + 130 * u;
      // The road out through the gate, pale and rutted, into the steppe.
      const road = mix(pal.groundFar, pal.haze, 0.45);
      fillRough(
        ctx,
        [
          [gx0 + 10 * u, base],
          [gx1 - 10 * u, base],
          [f.w * 0.95, f.h],
          [f.w * 0.2, f.h],
        ],
        road,
        rng,
        u,
        20 * u,
        0.5,
      );
      fillRough(
        ctx,
        [
          [gx0 + 25 * u, f.hz + 2],
          [gx1 - 25 * u, f.hz + 2],
          [gx1 - 12 * u, base],
          [gx0 + 12 * u, base],
        ],
        road,
        rng,
        0.5 * u,
        10 * u,
        0.35,
      );
      const hx1 = gx0 - 14 * u;
      const hx0 = hx1 - 150 * u;
      const lampL = watchtower(ctx, f, pal, rng, {
        x: Math.max(f.w * 0.07, hx0 - 70 * u),
        baseY: base - 30 * u,
        height: 190 * f.s,
        depth: 0.3,
      });
      const lampR = watchtower(ctx, f, pal, rng, {
        x: Math.min(f.w * 0.93, gx1 + 110 * u),
        baseY: base - 30 * u,
        height: 190 * f.s,
        depth: 0.3,
      });
      wireFence(ctx, f, pal, rng, { x0: -10, x1: gx0, baseY: base, height: 64 * u, depth: 0.1, strands: 7, barbs: true });
      wireFence(ctx, f, pal, rng, { x0: gx1, x1: f.w + 10, baseY: base, height: 64 * u, depth: 0.1, strands: 7, barbs: true });
      // The gate: two timber-framed leaves strung with wire, between heavy posts and a lintel.
      const timber = planeColor(pal, 0.1);
      const gh = 78 * u;
      line(ctx, gx0, base + 2 * u, gx0, base - gh - 10 * u, timber, 5 * u);
      line(ctx, gx1, base + 2 * u, gx1, base - gh - 10 * u, timber, 5 * u);
      line(ctx, gx0 - 6 * u, base - gh - 8 * u, gx1 + 6 * u, base - gh - 8 * u, timber, 4 * u);
      const mid = (gx0 + gx1) / 2;
      for (const [a, b] of [
        [gx0 + 3 * u, mid - 1 * u],
        [mid + 1 * u, gx1 - 3 * u],
      ] as const) {
        ctx.strokeStyle = css(timber);
        ctx.lineWidth = 2.4 * u;
        ctx.strokeRect(a, base - gh, b - a, gh - 2 * u);
        line(ctx, a, base - 2 * u, b, base - gh, timber, 2 * u);
        for (let k = 1; k < 6; k++) line(ctx, a, base - (gh * k) / 6, b, base - (gh * k) / 6, timber, 0.7 * u, 0.7);
      }
      // The guardhouse (vakhta) beside the gate.
      const hh = 62 * u;
      const wallColor = mix(planeColor(pal, 0.1), litColor(pal, 0.1), faceLight(pal));
      castShadow(ctx, pal, hx0, hx1, base, hh + 34 * u);
      groundShadow(ctx, pal, hx0, hx1 + 10 * u, base - 1, 8 * u, 0.35);
      fillRough(
        ctx,
        [
          [hx0, base],
          [hx0, base - hh],
          [hx1, base - hh],
          [hx1, base],
        ],
        wallColor,
        rng,
        0.5 * u,
        10 * u,
      );
      fillRough(
        ctx,
        [
          [hx0 - 8 * u, base - hh + 2 * u],
          [(hx0 + hx1) / 2, base - hh - 40 * u],
          [hx1 + 8 * u, base - hh + 2 * u],
        ],
        mix(planeColor(pal, 0.1), pal.ink, 0.25),
        rng,
        0.5 * u,
        10 * u,
      );
      windowPane(ctx, pal, rng, hx0 + (hx1 - hx0) * 0.2, base - hh * 0.72, 18 * u, 20 * u, u, true, 0.1);
      ctx.fillStyle = css(mix(pal.ink, wallColor, 0.25));
      ctx.fillRect(hx0 + (hx1 - hx0) * 0.62, base - hh * 0.75, 16 * u, hh * 0.75);
      loudspeakerPole(ctx, f, pal, gx1 + 40 * u, base, 120 * u, 0.1);
      // A lamp over the gate.
      const lampX = mid;
      const lampY = base - gh - 14 * u;
      line(ctx, lampX, base - gh - 8 * u, lampX, lampY, timber, 1.5 * u);
      if (pal.lampStrength > 0.05) glow(ctx, lampX, lampY, 40 * u, pal.lamp, 0.35 * pal.lampStrength);
      horizonHaze(ctx, f, pal, 0.55);
      addClouds(pc, 4, 0.08, 0.42, 240);
      addBeam(pc, lampL, -1.1, 0.15, 0.3, 'beam-a');
      addBeam(pc, lampR, -2.1, 0.15, 2.6, 'beam-b');
      addDust(pc, 0.88, 0.12, 0.12);
    },
  };
}

function kites(): ScenePainter {
  return {
    horizon: 0.8,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      distantCamp(ctx, f, pal, rng, 0, f.w, f.hz + 1, 0.9);
      for (const at of [0.1, 0.88]) watchtower(ctx, f, pal, rng, { x: fx(pc, at), baseY: f.h * 0.86, height: 130 * f.s, depth: 0.45 });
      adobeWall(ctx, f, pal, rng, {
        x0: -10,
        x1: f.w + 10,
        baseY: f.h * 0.9,
        height: f.h * 0.1,
        depth: 0.3,
        breach: null,
        wireOnTop: true,
      });
      flagIfUp(pc, fx(pc, 0.22), f.h * 0.9 - f.h * 0.1, 70 * f.s, 0.3);
      fillRough(
        ctx,
        [
          [0, f.h * 0.9],
          [f.w, f.h * 0.9],
          [f.w, f.h],
          [0, f.h],
        ],
        pal.groundNear,
        rng,
        1,
        20 * f.s,
      );
      horizonHaze(ctx, f, pal, 0.5);
      addClouds(pc, 4, 0.06, 0.5, 250);
      const paper = pc.tone(PAPER);
      // Two kites on long strings from inside the yard, leaning out over the wire.
      const kiteSpecs = [
        { kiteX: f.w * (f.portrait ? 0.68 : 0.64), stringPx: f.h * (f.portrait ? 0.62 : 0.86), size: 1.25, phase: 0 },
        { kiteX: f.w * (f.portrait ? 0.3 : 0.3), stringPx: f.h * (f.portrait ? 0.45 : 0.62), size: 0.95, phase: 2.2 },
      ];
      kiteSpecs.forEach((k, i) => {
        const art = kite(pal, rng, f.s * k.size, k.stringPx, paper);
        // The string is held far below and to the left; place the hand so the kite flies at kiteX.
        pc.addSprite({
          canvas: art.surface.canvas,
          textureId: `kite-${i}`,
          x: k.kiteX - (art.surface.w - KITE_INSET_UNITS * f.s * k.size),
          y: f.h * 1.02,
          originX: art.originX,
          originY: art.originY,
          plane: 'front',
          motion: { kind: 'sway', amplitudeRad: 0.035, periodS: 9 + i * 3, phase: k.phase },
        });
      });
      // Leaflets let go over the wire, drifting down and away on the wind.
      const sheet = leaflet(pal, f.s, paper);
      for (let i = 0; i < 22; i++) {
        pc.addSprite({
          canvas: sheet.surface.canvas,
          textureId: 'leaflet',
          x: rng.range(0, f.w),
          y: rng.range(0, f.h * 0.85),
          rotation: rng.jitter(1),
          scale: rng.range(0.7, 1.2),
          alpha: 0.92,
          plane: 'front',
          motion: {
            kind: 'flutter',
            fallPxPerS: rng.range(9, 16) * f.s,
            driftPxPerS: rng.range(8, 16) * f.s,
            spanXPx: f.w + 30 * f.s,
            spanYPx: f.h * 0.86,
            periodS: rng.range(5, 9),
            phase: rng.range(0, 6.28),
          },
        });
      }
    },
  };
}

function assault(): ScenePainter {
  return {
    horizon: 0.66,
    paint(pc) {
      const { f, pal, rng, spec } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      distantCamp(ctx, f, pal, rng, 0, f.w, f.hz + 1, 0.9);
      const wallBase = f.hz + 0.05 * f.h;
      const breachX = fx(pc, 0.58);
      const lamps: Point[] = [];
      lamps.push(watchtower(ctx, f, pal, rng, { x: fx(pc, 0.3), baseY: wallBase - 4 * f.s, height: 120 * f.s, depth: 0.66 }));
      lamps.push(watchtower(ctx, f, pal, rng, { x: fx(pc, 0.86), baseY: wallBase - 4 * f.s, height: 120 * f.s, depth: 0.66 }));
      adobeWall(ctx, f, pal, rng, {
        x0: -10,
        x1: f.w + 10,
        baseY: wallBase,
        height: 36 * f.s,
        depth: 0.6,
        breach: spec.breach ? { x: breachX, width: 80 * f.s } : null,
        wireOnTop: true,
      });
      flagIfUp(pc, fx(pc, 0.12), f.hz + 0.11 * f.h, 100 * f.s, 0.4);
      // Five tanks: one in the gap, four already inside the zone. Dark, level, still.
      const tankColor = mix(planeColor(pal, 0.3), pal.ink, 0.25);
      const tanks: [number, number, number][] = [
        [breachX, wallBase + 6 * f.s, 70],
        [fx(pc, 0.74), wallBase + 0.05 * f.h, 84],
        [fx(pc, 0.44), wallBase + 0.08 * f.h, 90],
        [fx(pc, 0.9), wallBase + 0.13 * f.h, 100],
        [fx(pc, 0.62), wallBase + 0.17 * f.h, 108],
      ];
      for (const [x, y, len] of tanks) {
        softBlob(ctx, x + 30 * f.s, y - 6 * f.s, len * 1.2 * f.s, 16 * f.s, pal.haze, 0.4);
        tank(ctx, pal, rng, x, y, len * f.s, tankColor, 1);
      }
      barrack(ctx, f, pal, rng, {
        x: fx(pc, -0.25),
        baseY: f.hz + 0.24 * f.h,
        width: f.w * 0.52,
        wallH: 70 * f.s,
        roofH: 32 * f.s,
        depth: 0.12,
        litFraction: 0.4,
        porchAt: 0.7,
      });
      trodden(ctx, f, pal, rng, f.hz + 0.24 * f.h);
      horizonHaze(ctx, f, pal, 0.8);
      addClouds(pc, 3, 0.06, 0.3, 300);
      lamps.forEach((lamp, i) => addBeam(pc, lamp, i === 0 ? -1.2 : -2.0, 0.1, i * 1.7, `beam-${i}`));
      const flareColor = mix(pal.glow, pal.lamp, 0.25);
      const flareArt = flare(flareColor, f.s, 0.85 * pal.additive);
      const flareXs = [0.22, 0.52, 0.8];
      flareXs.forEach((at, i) => {
        pc.addSprite({
          canvas: flareArt.surface.canvas,
          textureId: 'flare',
          x: fx(pc, at),
          y: f.h * (0.1 + i * 0.05),
          originX: flareArt.originX,
          originY: flareArt.originY,
          scale: 1 / SOFT_SPRITE_RESOLUTION,
          blend: 'add',
          plane: 'sky',
          motion: { kind: 'flare', sinkPxPerS: 5 * f.s, lifeS: 34, phase: (i + 0.5) / flareXs.length },
        });
      });
      addDust(pc, 0.74, 0.14, 0.22);
      addDust(pc, 0.9, 0.1, 0.14);
    },
  };
}

function steppeAfter(): ScenePainter {
  return {
    horizon: 0.74,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      // A few posts left standing, leaning; the wire slack between them, then broken.
      const post = planeColor(pal, 0.12);
      const posts: Point[] = [];
      for (let i = 0; i < 4; i++) {
        const x = fx(pc, 0.04 + i * 0.11);
        const baseY = f.h * (0.93 - i * 0.045);
        const hgt = (120 - i * 22) * f.s;
        const lean = (i % 2 === 0 ? 1 : -1) * (6 + i * 3) * f.s;
        line(ctx, x, baseY, x + lean, baseY - hgt, post, (4 - i * 0.6) * f.s);
        posts.push([x + lean, baseY - hgt]);
      }
      for (let i = 1; i < posts.length - 1; i++) {
        const [ax, ay] = posts[i - 1]!;
        const [bx, by] = posts[i]!;
        for (let k = 0; k < 3; k++) line(ctx, ax, ay + k * 18 * f.s, bx, by + k * 14 * f.s, post, 0.8 * f.s, 0.7, (10 + k * 8) * f.s);
      }
      const [lx, ly] = posts[posts.length - 2]!;
      line(ctx, lx, ly + 10 * f.s, lx + 40 * f.s, ly + 70 * f.s, post, 0.8 * f.s, 0.6, 12 * f.s);
      // One post down in the grass.
      line(ctx, fx(pc, 0.58), f.h * 0.86, fx(pc, 0.66), f.h * 0.845, post, 3 * f.s, 0.85);
      horizonHaze(ctx, f, pal, 0.9);
      addClouds(pc, 5, 0.1, 0.55, 300);
      addBirds(pc, 0.4);
      addDust(pc, 0.82, 0.1, 0.1);
    },
  };
}

/** Boxcars of the prisoner transports were painted a dark oxide red, before toning. */
const WAGON_RED: Rgb = [92, 52, 40];

function transport(): ScenePainter {
  return {
    horizon: 0.7,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      const base = f.hz + 0.16 * f.h;
      const u = f.s * 1.3;
      // The embankment, ballast and the rail.
      const bank = mix(pal.groundFar, pal.haze, 0.25);
      fillRough(
        ctx,
        [
          [-10, base + 16 * u],
          [-10, base + 1 * u],
          [f.w + 10, base + 1 * u],
          [f.w + 10, base + 16 * u],
        ],
        bank,
        rng,
        0.8 * u,
        20 * u,
      );
      const plane = planeColor(pal, 0.15);
      const body = mix(mix(plane, pc.tone(WAGON_RED), 0.25 + 0.2 * sunlight(pal)), litColor(pal, 0.15), 0.2 * faceLight(pal));
      const iron = mix(plane, pal.ink, 0.45);
      const glass = mix(pal.ink, pal.zenith, 0.2);
      const wheelY = base - 4 * u;
      const bogie = (x: number): void => {
        for (const dx of [-5.5, 5.5]) {
          ctx.beginPath();
          ctx.arc(x + dx * u, wheelY, 4 * u, 0, Math.PI * 2);
          ctx.fillStyle = css(iron);
          ctx.fill();
        }
        ctx.fillStyle = css(iron);
        ctx.fillRect(x - 10 * u, wheelY - 5 * u, 20 * u, 3 * u);
      };
      // The engine, facing right: smokebox, boiler with its domes, cab, and tender behind.
      const locoX = fx(pc, 0.74);
      const engine = mix(plane, pal.ink, 0.3);
      const boilerTop = wheelY - 34 * u;
      fillRough(
        ctx,
        [
          [locoX, wheelY - 10 * u],
          [locoX, boilerTop],
          [locoX + 70 * u, boilerTop],
          [locoX + 74 * u, boilerTop + 4 * u],
          [locoX + 74 * u, wheelY - 10 * u],
        ],
        engine,
        rng,
        0.3 * u,
        8 * u,
      );
      fillRough(
        ctx,
        [
          [locoX - 26 * u, wheelY - 8 * u],
          [locoX - 26 * u, wheelY - 50 * u],
          [locoX - 30 * u, wheelY - 52 * u],
          [locoX + 4 * u, wheelY - 52 * u],
          [locoX + 2 * u, wheelY - 8 * u],
        ],
        engine,
        rng,
        0.3 * u,
        6 * u,
      );
      ctx.fillStyle = css(glass);
      ctx.fillRect(locoX - 20 * u, wheelY - 44 * u, 9 * u, 9 * u);
      const chimney: Point = [locoX + 62 * u, boilerTop - 12 * u];
      ctx.fillStyle = css(engine);
      ctx.fillRect(chimney[0] - 4 * u, chimney[1], 8 * u, 13 * u);
      ctx.fillRect(chimney[0] - 5.5 * u, chimney[1] - 1 * u, 11 * u, 3 * u);
      for (const dome of [30, 46]) {
        ctx.beginPath();
        ctx.ellipse(locoX + dome * u, boilerTop, 6 * u, 6 * u, 0, Math.PI, 0);
        ctx.fill();
      }
      line(ctx, locoX - 26 * u, wheelY - 11 * u, locoX + 78 * u, wheelY - 11 * u, iron, 2.5 * u);
      for (const dx of [8, 26, 44]) {
        ctx.beginPath();
        ctx.arc(locoX + dx * u, wheelY - 3 * u, 8 * u, 0, Math.PI * 2);
        ctx.fillStyle = css(iron);
        ctx.fill();
      }
      line(ctx, locoX + 8 * u, wheelY - 4 * u, locoX + 44 * u, wheelY - 4 * u, mix(iron, pal.glow, 0.2), 1.5 * u);
      if (pal.sun > 0.2) line(ctx, locoX, boilerTop + 1.5 * u, locoX + 70 * u, boilerTop + 1.5 * u, pal.glow, 1.2 * u, 0.35 * pal.sun);
      if (pal.lampStrength > 0.05) glow(ctx, locoX + 76 * u, wheelY - 24 * u, 34 * u, pal.lamp, 0.45 * pal.lampStrength);
      const tenderX = locoX - 64 * u;
      fillRough(
        ctx,
        [
          [tenderX, wheelY - 8 * u],
          [tenderX, wheelY - 32 * u],
          [locoX - 30 * u, wheelY - 32 * u],
          [locoX - 30 * u, wheelY - 8 * u],
        ],
        engine,
        rng,
        0.3 * u,
        6 * u,
      );
      bogie(tenderX + 17 * u);
      // The wagons: boxcars with a small barred window high up, and one Stolypin car.
      let x = tenderX - 6 * u;
      for (let i = 0; i < 14 && x > -80 * u; i++) {
        const len = 70 * u;
        const x0 = x - len;
        const top = wheelY - 44 * u;
        const stolypin = i === 1;
        const car = stolypin ? mix(body, pc.tone([70, 84, 70]), 0.5) : body;
        fillRough(
          ctx,
          [
            [x0, wheelY - 7 * u],
            [x0, top],
            [x0 + len / 2, top - 5 * u],
            [x, top],
            [x, wheelY - 7 * u],
          ],
          car,
          rng,
          0.3 * u,
          8 * u,
        );
        ctx.fillStyle = css(shade(car, 0.7));
        ctx.fillRect(x0 - 1, top - 1 * u, len + 2, 2 * u);
        for (let k = 1; k < 14; k++)
          line(ctx, x0 + (len * k) / 14, top + 2 * u, x0 + (len * k) / 14, wheelY - 8 * u, shade(car, 0.88), Math.max(0.6, 0.5 * u), 0.6);
        if (stolypin) {
          for (let k = 0; k < 5; k++) {
            ctx.fillStyle = css(glass);
            ctx.fillRect(x0 + 8 * u + k * 12 * u, top + 8 * u, 6 * u, 5 * u);
            line(ctx, x0 + 11 * u + k * 12 * u, top + 8 * u, x0 + 11 * u + k * 12 * u, top + 13 * u, iron, 0.8 * u);
          }
        } else {
          ctx.strokeStyle = css(shade(car, 0.7));
          ctx.lineWidth = Math.max(1, 1.2 * u);
          const dx0 = x0 + len * 0.34;
          const dw = len * 0.32;
          ctx.strokeRect(dx0, top + 5 * u, dw, wheelY - top - 14 * u);
          line(ctx, dx0, wheelY - 9 * u, dx0 + dw, top + 5 * u, shade(car, 0.7), 1.2 * u);
          ctx.fillStyle = css(glass);
          ctx.fillRect(x0 + 7 * u, top + 6 * u, 8 * u, 5 * u);
          line(ctx, x0 + 11 * u, top + 6 * u, x0 + 11 * u, top + 11 * u, iron, 0.8 * u);
        }
        bogie(x0 + 14 * u);
        bogie(x - 14 * u);
        x = x0 - 5 * u;
      }
      line(ctx, -10, base + 1 * u, f.w + 10, base + 1 * u, shade(iron, 1.1), 1.6 * u);
      // Telegraph poles along the line, nearer than the train.
      let previous: Point | null = null;
      for (let px = -20 * f.s; px < f.w + 260 * f.s; px += 240 * f.s) {
        const top = telegraphPole(ctx, f, pal, px, base + 46 * f.s, 170 * f.s, 0.05);
        if (previous) line(ctx, previous[0], previous[1], top[0], top[1], planeColor(pal, 0.2), Math.max(0.6, 0.6 * f.s), 0.8, 6 * f.s);
        previous = top;
      }
      horizonHaze(ctx, f, pal, 0.6);
      addClouds(pc, 4, 0.08, 0.45, 260);
      // Coal smoke, laid back over the wagons by the wind.
      const smokeColor = mix(pal.cloudShade, pal.ink, 0.35);
      const smoke = puff(smokeColor, 34 * f.s);
      const puffs = 9;
      for (let i = 0; i < puffs; i++) {
        pc.addSprite({
          canvas: smoke.surface.canvas,
          textureId: 'smoke',
          x: chimney[0],
          y: chimney[1],
          scale: 0.45 / SOFT_SPRITE_RESOLUTION,
          alpha: 0.75,
          plane: 'front',
          motion: { kind: 'puff', lifeS: 18, phase: (i + 0.5) / puffs, dxPx: -420 * f.s, dyPx: -70 * f.s, grow: 3.4 },
        });
      }
    },
  };
}

function epilogue(): ScenePainter {
  return {
    horizon: 0.88,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      steppeGround(ctx, f, pal, rng);
      horizonHaze(ctx, f, pal, 1);
      addClouds(pc, 5, 0.12, 0.7, 340);
      addBirds(pc, 0.5);
    },
  };
}

export const EXTERIORS = {
  steppe: steppe(),
  barracks: barracks(),
  yard: yard(),
  wall: wall(),
  canteen: canteen(),
  construction: construction(),
  gate: gate(),
  kites: kites(),
  assault: assault(),
  steppe_after: steppeAfter(),
  transport: transport(),
  epilogue: epilogue(),
} as const satisfies Record<string, ScenePainter>;
