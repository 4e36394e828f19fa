import { css, mix, shade, type Rgb } from '../palette.ts';
import { brushStrokes, fillRough, glow, line, softBlob } from './canvas.ts';
import type { ScenePainter } from './exteriors.ts';
import type { PaintContext } from './frame.ts';
import { hangingLamp, lampCone, motes } from './sprites.ts';

/** The rooms: a workshop, the women's sick bay and an interrogation room, each with a window on the sky. */

/** Institutional oil paint on the lower wall, before toning. */
const DADO_GREEN: Rgb = [84, 96, 84];
const DADO_BLUE: Rgb = [126, 140, 142];
const TIMBER: Rgb = [112, 86, 62];
const RED_CROSS: Rgb = [172, 52, 44];

const LAMP_SWAY_RAD = 0.018;
const LAMP_SWAY_PERIOD_S = 7.5;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** How lit a room is: by lamp when it is dark outside, by the window when it is not. */
function roomLight(pc: PaintContext): number {
  return 0.35 + 0.65 * pc.pal.sun;
}

/** Clears a window in the wall so the sky behind shows through, with a strip of camp beyond. */
function cutWindow(pc: PaintContext, r: Rect, horizonY: number, panesX: number, panesY: number, bars: boolean): void {
  const { pal, f, rng } = pc;
  const ctx = pc.land.ctx;
  ctx.save();
  ctx.globalCompositeOperation = 'destination-out';
  ctx.fillStyle = '#000';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.restore();
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  // The far wall of the zone and the ground, seen from inside.
  ctx.fillStyle = css(mix(pal.structureFar, pal.haze, 0.3));
  ctx.fillRect(r.x, horizonY - 14 * f.s, r.w, 14 * f.s);
  ctx.fillStyle = css(pal.groundFar);
  ctx.fillRect(r.x, horizonY, r.w, r.y + r.h - horizonY);
  for (let x = r.x + rng.range(0, 30) * f.s; x < r.x + r.w; x += 40 * f.s)
    line(ctx, x, horizonY - 14 * f.s, x + 1, horizonY - 24 * f.s, pal.structureFar, f.s);
  ctx.restore();
  const frame = mix(pal.plaster, pal.ink, 0.45);
  ctx.strokeStyle = css(frame);
  ctx.lineWidth = 4 * f.s;
  ctx.strokeRect(r.x, r.y, r.w, r.h);
  for (let i = 1; i < panesX; i++) line(ctx, r.x + (r.w * i) / panesX, r.y, r.x + (r.w * i) / panesX, r.y + r.h, frame, 2.2 * f.s);
  for (let i = 1; i < panesY; i++) line(ctx, r.x, r.y + (r.h * i) / panesY, r.x + r.w, r.y + (r.h * i) / panesY, frame, 2.2 * f.s);
  if (bars) {
    const iron = mix(pal.ink, pal.structure, 0.2);
    for (let x = r.x + r.w / 8; x < r.x + r.w; x += r.w / 4) line(ctx, x, r.y - 3 * f.s, x, r.y + r.h + 3 * f.s, iron, 2.6 * f.s);
  }
  // The sill.
  ctx.fillStyle = css(mix(pal.plaster, pal.ink, 0.25));
  ctx.fillRect(r.x - 8 * f.s, r.y + r.h, r.w + 16 * f.s, 6 * f.s);
}

/** Light falling in through a window onto the floor: a long pale slant. */
function windowShaft(pc: PaintContext, r: Rect, floorY: number, lean: number, strength: number): void {
  const ctx = pc.land.ctx;
  const g = ctx.createLinearGradient(0, r.y, 0, floorY);
  g.addColorStop(0, css(pc.pal.glow, 0.1 * strength));
  g.addColorStop(1, css(pc.pal.glow, 0.02 * strength));
  ctx.save();
  ctx.globalCompositeOperation = 'lighter';
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(r.x, r.y);
  ctx.lineTo(r.x + r.w, r.y);
  ctx.lineTo(r.x + r.w + lean + r.w * 0.6, floorY);
  ctx.lineTo(r.x + lean, floorY);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

/** Plastered wall above, a painted dado below, a floor of boards. */
function room(pc: PaintContext, wallTop: Rgb, dado: Rgb, dadoY: number, floorY: number, light: number): void {
  const { f, pal, rng } = pc;
  const ctx = pc.land.ctx;
  const upper = mix(pal.ink, wallTop, light);
  const lower = mix(pal.ink, dado, light);
  ctx.fillStyle = css(upper);
  ctx.fillRect(0, 0, f.w, dadoY);
  ctx.fillStyle = css(lower);
  ctx.fillRect(0, dadoY, f.w, floorY - dadoY);
  // Damp stains and patched plaster: broad, faint, never a pattern.
  for (let i = 0; i < 22; i++) {
    const y = rng.range(0, floorY);
    const tint = rng.next() < 0.6 ? shade(y < dadoY ? upper : lower, 0.85) : shade(y < dadoY ? upper : lower, 1.08);
    softBlob(ctx, rng.range(0, f.w), y, rng.range(40, 160) * f.s, rng.range(30, 110) * f.s, tint, rng.range(0.12, 0.28));
  }
  brushStrokes(ctx, rng, {
    x0: 0,
    x1: f.w,
    y0: dadoY + 3 * f.s,
    y1: floorY,
    count: Math.floor(f.w / (6 * f.s)),
    length: [6 * f.s, 30 * f.s],
    thickness: [0.6 * f.s, 1.4 * f.s],
    colors: [shade(lower, 0.86), shade(lower, 1.1)],
    alpha: [0.15, 0.35],
    tilt: 0.08,
  });
  // The top of the wall and the corners sit in shadow.
  const ceiling = ctx.createLinearGradient(0, 0, 0, dadoY);
  ceiling.addColorStop(0, css(pal.ink, 0.35));
  ceiling.addColorStop(0.5, css(pal.ink, 0));
  ctx.fillStyle = ceiling;
  ctx.fillRect(0, 0, f.w, dadoY);
  line(ctx, 0, dadoY, f.w, dadoY, shade(lower, 0.7), 2.5 * f.s);
  line(ctx, 0, dadoY + 3 * f.s, f.w, dadoY + 3 * f.s, shade(lower, 1.15), 1 * f.s, 0.5);
  const floor = mix(pal.ink, mix(pc.tone(TIMBER), pal.structure, 0.4), light * 0.8);
  ctx.fillStyle = css(floor);
  ctx.fillRect(0, floorY, f.w, f.h - floorY);
  for (let i = -12; i <= 12; i++) {
    line(ctx, f.w / 2 + i * 30 * f.s, floorY, f.w / 2 + i * 90 * f.s, f.h, shade(floor, 0.8), 1.2 * f.s, 0.5);
  }
  const shadow = ctx.createLinearGradient(0, floorY, 0, floorY + 30 * f.s);
  shadow.addColorStop(0, css(pal.ink, 0.45));
  shadow.addColorStop(1, css(pal.ink, 0));
  ctx.fillStyle = shadow;
  ctx.fillRect(0, floorY, f.w, 30 * f.s);
}

function addLamp(pc: PaintContext, x: number, cordPx: number, dropPx: number, strength: number): void {
  const { f, pal } = pc;
  const lit = strength > 0.05;
  const lampArt = hangingLamp(pal, f.s, cordPx, lit);
  const motion = { kind: 'sway', amplitudeRad: LAMP_SWAY_RAD, periodS: LAMP_SWAY_PERIOD_S, phase: 0 } as const;
  if (lit) {
    const cone = lampCone(pal.lamp, f.s, cordPx, dropPx, strength * pal.additive);
    pc.addSprite({
      canvas: cone.surface.canvas,
      textureId: 'cone',
      x,
      y: 0,
      originX: cone.originX,
      originY: 0,
      blend: 'add',
      plane: 'front',
      motion,
    });
  }
  pc.addSprite({
    canvas: lampArt.surface.canvas,
    textureId: 'lamp',
    x,
    y: 0,
    originX: lampArt.originX,
    originY: 0,
    plane: 'front',
    motion,
  });
}

function interrogation(): ScenePainter {
  return {
    horizon: 0.3,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      const floorY = f.h * 0.8;
      const light = 0.55 + 0.2 * pal.sun;
      room(pc, pal.plaster, pc.tone(DADO_GREEN), f.h * 0.5, floorY, light);
      const win: Rect = { x: f.w * (f.portrait ? 0.56 : 0.7), y: f.h * 0.1, w: 92 * f.s, h: 58 * f.s };
      cutWindow(pc, win, f.h * 0.3, 2, 1, true);
      windowShaft(pc, win, floorY, -160 * f.s, 0.6 * pal.sun);
      // A bare table and two chairs: one for each side of it.
      const cx = f.w / 2;
      const tableTop = f.h * 0.66;
      const tw = Math.min(f.w * 0.7, 300 * f.s);
      const wood = mix(pal.ink, mix(pc.tone(TIMBER), pal.structure, 0.5), light * 0.8);
      const lampStrength = 0.9;
      softBlob(ctx, cx, tableTop + 4 * f.s, tw * 0.7, 30 * f.s, pal.lamp, 0.25 * lampStrength);
      fillRough(
        ctx,
        [
          [cx - tw / 2, tableTop],
          [cx + tw / 2, tableTop],
          [cx + tw / 2, tableTop + 8 * f.s],
          [cx - tw / 2, tableTop + 8 * f.s],
        ],
        wood,
        rng,
        0.4 * f.s,
        10 * f.s,
      );
      for (const lx of [cx - tw / 2 + 10 * f.s, cx + tw / 2 - 14 * f.s]) {
        ctx.fillStyle = css(shade(wood, 0.8));
        ctx.fillRect(lx, tableTop + 8 * f.s, 5 * f.s, floorY - tableTop + 6 * f.s);
      }
      for (const [chairX, dir] of [
        [cx - tw / 2 - 30 * f.s, 1],
        [cx + tw / 2 + 30 * f.s, -1],
      ] as const) {
        const seat = tableTop + 30 * f.s;
        ctx.fillStyle = css(shade(wood, 0.75));
        ctx.fillRect(chairX - 20 * f.s, seat, 40 * f.s, 5 * f.s);
        ctx.fillRect(chairX - dir * 20 * f.s - 2.5 * f.s, seat - 70 * f.s, 5 * f.s, floorY - seat + 75 * f.s);
        ctx.fillRect(chairX + dir * 17 * f.s - 2 * f.s, seat, 4 * f.s, floorY - seat + 8 * f.s);
      }
      // A closed file and a pen on the table.
      ctx.fillStyle = css(mix(pal.plaster, pal.lamp, 0.3));
      ctx.fillRect(cx - 40 * f.s, tableTop - 3 * f.s, 62 * f.s, 4 * f.s);
      line(ctx, cx + 34 * f.s, tableTop - 1.5 * f.s, cx + 60 * f.s, tableTop - 3 * f.s, pal.ink, 1.5 * f.s);
      softBlob(ctx, cx, floorY + 20 * f.s, tw * 0.8, 24 * f.s, pal.lamp, 0.12 * lampStrength);
      glow(ctx, cx, tableTop, tw * 0.5, pal.lamp, 0.1 * lampStrength, 0.3);
      addLamp(pc, cx, tableTop - 150 * f.s, 150 * f.s, lampStrength);
    },
  };
}

function sickBay(): ScenePainter {
  return {
    horizon: 0.34,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      const floorY = f.h * 0.8;
      const light = roomLight(pc);
      room(pc, pal.plaster, pc.tone(DADO_BLUE), f.h * 0.56, floorY, light);
      const win: Rect = { x: f.w * (f.portrait ? 0.12 : 0.16), y: f.h * 0.14, w: 120 * f.s, h: 150 * f.s };
      cutWindow(pc, win, f.h * 0.34, 2, 3, true);
      // A thin curtain drawn to one side.
      const curtain = mix(pal.plaster, pal.glow, 0.2);
      fillRough(
        ctx,
        [
          [win.x - 10 * f.s, win.y - 6 * f.s],
          [win.x + 30 * f.s, win.y - 6 * f.s],
          [win.x + 16 * f.s, win.y + win.h],
          [win.x - 12 * f.s, win.y + win.h + 10 * f.s],
        ],
        curtain,
        rng,
        1.2 * f.s,
        10 * f.s,
        0.85,
      );
      windowShaft(pc, win, floorY, 120 * f.s, 0.9 * pal.sun);
      const linen = mix(pal.ink, mix(pal.plaster, pal.glow, 0.15), Math.min(1, light + 0.15));
      const iron = mix(pal.ink, pal.structure, 0.3);
      const bed = (x: number, w: number): void => {
        const top = floorY - 58 * f.s;
        for (const hx of [x, x + w]) {
          line(ctx, hx, floorY + 4 * f.s, hx, top - 30 * f.s, iron, 3 * f.s);
          for (let k = 1; k < 4; k++)
            line(
              ctx,
              hx - 14 * f.s * (hx === x ? -1 : 1),
              top - 30 * f.s,
              hx - 14 * f.s * (hx === x ? -1 : 1),
              top + 6 * f.s,
              iron,
              1.2 * f.s,
              0.6,
            );
        }
        fillRough(
          ctx,
          [
            [x, top],
            [x + w, top],
            [x + w, top + 14 * f.s],
            [x, top + 14 * f.s],
          ],
          shade(linen, 0.92),
          rng,
          0.6 * f.s,
          10 * f.s,
        );
        fillRough(
          ctx,
          [
            [x + 8 * f.s, top - 12 * f.s],
            [x + 48 * f.s, top - 14 * f.s],
            [x + 52 * f.s, top + 2 * f.s],
            [x + 6 * f.s, top + 2 * f.s],
          ],
          linen,
          rng,
          1.2 * f.s,
          6 * f.s,
        );
        fillRough(
          ctx,
          [
            [x + 54 * f.s, top - 6 * f.s],
            [x + w - 6 * f.s, top - 4 * f.s],
            [x + w + 4 * f.s, top + 34 * f.s],
            [x + 50 * f.s, top + 30 * f.s],
          ],
          mix(linen, pal.cloudShade, 0.25),
          rng,
          1.5 * f.s,
          12 * f.s,
        );
        line(ctx, x, top + 16 * f.s, x + w, top + 16 * f.s, iron, 2 * f.s);
      };
      bed(f.w * (f.portrait ? 0.08 : 0.38), 190 * f.s);
      bed(f.w * (f.portrait ? 0.58 : 0.66), 190 * f.s);
      // A cupboard with a red cross on its door, and an enamel basin on a stool.
      const cbX = f.w * (f.portrait ? 0.82 : 0.9);
      const cbTop = floorY - 150 * f.s;
      fillRough(
        ctx,
        [
          [cbX, floorY],
          [cbX, cbTop],
          [cbX + 70 * f.s, cbTop],
          [cbX + 70 * f.s, floorY],
        ],
        mix(linen, pal.structure, 0.25),
        rng,
        0.5 * f.s,
        10 * f.s,
      );
      const red = mix(pc.tone(RED_CROSS), pal.ink, 1 - light);
      ctx.fillStyle = css(red);
      ctx.fillRect(cbX + 27 * f.s, cbTop + 30 * f.s, 16 * f.s, 5 * f.s);
      ctx.fillRect(cbX + 32.5 * f.s, cbTop + 24.5 * f.s, 5 * f.s, 16 * f.s);
      const stoolX = f.w * (f.portrait ? 0.5 : 0.58);
      ctx.fillStyle = css(iron);
      ctx.fillRect(stoolX - 16 * f.s, floorY - 40 * f.s, 32 * f.s, 4 * f.s);
      line(ctx, stoolX - 12 * f.s, floorY - 36 * f.s, stoolX - 14 * f.s, floorY + 4 * f.s, iron, 2 * f.s);
      line(ctx, stoolX + 12 * f.s, floorY - 36 * f.s, stoolX + 14 * f.s, floorY + 4 * f.s, iron, 2 * f.s);
      ctx.beginPath();
      ctx.ellipse(stoolX, floorY - 44 * f.s, 18 * f.s, 6 * f.s, 0, 0, Math.PI * 2);
      ctx.fillStyle = css(mix(linen, pal.zenith, 0.2));
      ctx.fill();
      const lampOn = pal.sun < 0.5 ? 0.8 : 0;
      if (lampOn > 0) glow(ctx, f.w * 0.55, floorY - 80 * f.s, f.w * 0.35, pal.lamp, 0.12, 0.6);
      addLamp(pc, f.w * 0.55, f.h * 0.2, floorY - f.h * 0.2 - 20 * f.s, lampOn);
      if (pal.sun > 0.3) {
        const art = motes(pal.glow, rng, f.s, win.w * 1.6, f.h * 0.4);
        pc.addSprite({
          canvas: art.surface.canvas,
          textureId: 'motes',
          x: win.x + win.w + 60 * f.s,
          y: f.h * 0.55,
          alpha: 0.6 * pal.sun,
          blend: 'add',
          plane: 'front',
          motion: { kind: 'drift', speedPxPerS: 2 * f.s, fromPx: win.x + win.w * 0.8, spanPx: 120 * f.s, bobPx: 8 * f.s, bobPeriodS: 13 },
        });
      }
    },
  };
}

function workshop(): ScenePainter {
  return {
    horizon: 0.36,
    paint(pc) {
      const { f, pal, rng } = pc;
      const ctx = pc.land.ctx;
      const floorY = f.h * 0.86;
      const light = roomLight(pc);
      // Plank walls.
      const plank = mix(pal.ink, mix(pc.tone(TIMBER), pal.structure, 0.35), light);
      ctx.fillStyle = css(plank);
      ctx.fillRect(0, 0, f.w, floorY);
      for (let x = 0; x < f.w; x += 26 * f.s) {
        line(ctx, x, 0, x + rng.jitter(2 * f.s), floorY, shade(plank, 0.78), 1.5 * f.s, 0.8);
        brushStrokes(ctx, rng, {
          x0: x + 3 * f.s,
          x1: x + 20 * f.s,
          y0: 0,
          y1: floorY,
          count: 12,
          length: [30 * f.s, 120 * f.s],
          thickness: [0.8 * f.s, 2 * f.s],
          colors: [shade(plank, 0.9), shade(plank, 1.1)],
          alpha: [0.2, 0.4],
          tilt: 1.57,
        });
      }
      const win: Rect = { x: f.w * (f.portrait ? 0.3 : 0.5), y: f.h * 0.12, w: 200 * f.s, h: 130 * f.s };
      cutWindow(pc, win, f.h * 0.36, 3, 2, true);
      windowShaft(pc, win, floorY, -140 * f.s, 0.8 * pal.sun);
      ctx.fillStyle = css(mix(pal.ink, pal.structure, 0.3));
      ctx.fillRect(0, floorY, f.w, f.h - floorY);
      // The bench along the wall, with a vice, a plane and the makings of a radio set.
      const benchY = f.h * 0.68;
      const wood = mix(pal.ink, pc.tone(TIMBER), light * 0.9);
      ctx.fillStyle = css(wood);
      ctx.fillRect(0, benchY, f.w, 12 * f.s);
      ctx.fillStyle = css(shade(wood, 0.6));
      ctx.fillRect(0, benchY + 12 * f.s, f.w, floorY - benchY - 12 * f.s);
      for (let x = 40 * f.s; x < f.w; x += 220 * f.s) {
        ctx.fillStyle = css(shade(wood, 0.45));
        ctx.fillRect(x, benchY + 12 * f.s, 10 * f.s, floorY - benchY);
      }
      const iron = mix(pal.ink, pal.structure, 0.35);
      const vx = f.w * 0.2;
      ctx.fillStyle = css(iron);
      ctx.fillRect(vx, benchY - 22 * f.s, 30 * f.s, 22 * f.s);
      ctx.fillRect(vx - 8 * f.s, benchY - 26 * f.s, 46 * f.s, 6 * f.s);
      line(ctx, vx + 15 * f.s, benchY - 10 * f.s, vx + 15 * f.s, benchY + 30 * f.s, iron, 3 * f.s);
      // The radio: a chassis with valves standing up, a coil, a tangle of wire.
      const rx = f.w * (f.portrait ? 0.52 : 0.62);
      ctx.fillStyle = css(shade(iron, 1.2));
      ctx.fillRect(rx, benchY - 16 * f.s, 90 * f.s, 16 * f.s);
      for (let k = 0; k < 4; k++) {
        const tx = rx + 14 * f.s + k * 20 * f.s;
        ctx.beginPath();
        ctx.ellipse(tx, benchY - 26 * f.s, 5 * f.s, 11 * f.s, 0, 0, Math.PI * 2);
        ctx.fillStyle = css(mix(iron, pal.glow, 0.25 + 0.3 * pal.lampStrength));
        ctx.fill();
      }
      ctx.strokeStyle = css(mix(pc.tone([170, 110, 60]), pal.ink, 1 - light));
      ctx.lineWidth = 1.2 * f.s;
      ctx.beginPath();
      for (let a = 0; a < 40; a += 0.3)
        ctx.lineTo(rx + 110 * f.s + Math.cos(a) * 14 * f.s, benchY - 12 * f.s + Math.sin(a) * 8 * f.s + a * 0.1 * f.s);
      ctx.stroke();
      // Tools hanging on the wall.
      const tools = mix(pal.ink, pal.structure, 0.45);
      const tx0 = f.w * 0.06;
      line(ctx, tx0, benchY - 150 * f.s, tx0 + 160 * f.s, benchY - 150 * f.s, shade(wood, 0.8), 4 * f.s);
      fillRough(
        ctx,
        [
          [tx0 + 10 * f.s, benchY - 146 * f.s],
          [tx0 + 70 * f.s, benchY - 146 * f.s],
          [tx0 + 70 * f.s, benchY - 120 * f.s],
          [tx0 + 10 * f.s, benchY - 106 * f.s],
        ],
        tools,
        rng,
        0.3 * f.s,
        6 * f.s,
      );
      line(ctx, tx0 + 95 * f.s, benchY - 146 * f.s, tx0 + 95 * f.s, benchY - 96 * f.s, tools, 3 * f.s);
      ctx.fillStyle = css(tools);
      ctx.fillRect(tx0 + 86 * f.s, benchY - 100 * f.s, 18 * f.s, 9 * f.s);
      line(ctx, tx0 + 125 * f.s, benchY - 146 * f.s, tx0 + 118 * f.s, benchY - 104 * f.s, tools, 2.5 * f.s);
      line(ctx, tx0 + 125 * f.s, benchY - 146 * f.s, tx0 + 132 * f.s, benchY - 104 * f.s, tools, 2.5 * f.s);
      const lampOn = pal.sun < 0.6 ? 0.85 : 0;
      if (lampOn > 0) glow(ctx, rx + 40 * f.s, benchY - 10 * f.s, f.w * 0.3, pal.lamp, 0.18, 0.5);
      addLamp(pc, rx + 40 * f.s, benchY - 150 * f.s, 150 * f.s, lampOn);
      if (pal.sun > 0.3) {
        const art = motes(pal.glow, rng, f.s, win.w * 1.2, f.h * 0.4);
        pc.addSprite({
          canvas: art.surface.canvas,
          textureId: 'motes',
          x: win.x + win.w * 0.3,
          y: f.h * 0.45,
          alpha: 0.5 * pal.sun,
          blend: 'add',
          plane: 'front',
          motion: { kind: 'drift', speedPxPerS: -2 * f.s, fromPx: win.x - win.w * 0.2, spanPx: 100 * f.s, bobPx: 8 * f.s, bobPeriodS: 12 },
        });
      }
    },
  };
}

export const INTERIORS = {
  interrogation: interrogation(),
  sick_bay: sickBay(),
  workshop: workshop(),
} as const satisfies Record<string, ScenePainter>;
