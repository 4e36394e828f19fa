import { describe, expect, it } from 'vitest';
import { poseAt, smoothstep, wrap, type Pose } from '../../../src/scenes/motion.ts';
import {
  AmbientJudge,
  AMBIENT_JUDGE_FRAMES,
  AMBIENT_MAX_FRAME_COST_MS,
  ambientRate,
  AMBIENT_EASE_MS,
  loopMode,
} from '../../../src/scenes/loop-policy.ts';
import { backingSize, MAX_BACKING_PIXELS } from '../../../src/scenes/sizing.ts';

const base: Pose = { x: 100, y: 50, rotation: 0, alpha: 1, scaleX: 1, scaleY: 1 };

describe('motion', () => {
  it('wraps into the span, negatives included', () => {
    expect(wrap(5, 4)).toBe(1);
    expect(wrap(-1, 4)).toBe(3);
  });

  it('rests at its base pose at t = 0 for drift and sway', () => {
    expect(poseAt({ kind: 'drift', speedPxPerS: 10, fromPx: -50, spanPx: 500 }, base, 0).x).toBeCloseTo(100);
    expect(poseAt({ kind: 'sway', amplitudeRad: 0.1, periodS: 10, phase: 0 }, base, 0).rotation).toBeCloseTo(0.1 * 0.2 * Math.sin(1.7));
  });

  it('drifts and wraps while out of sight', () => {
    const drift = { kind: 'drift', speedPxPerS: 10, fromPx: -50, spanPx: 500 } as const;
    expect(poseAt(drift, base, 10).x).toBeCloseTo(200);
    expect(poseAt(drift, base, 40).x).toBeCloseTo(0);
  });

  it('keeps a sway within its amplitude', () => {
    for (let t = 0; t < 60; t += 0.37)
      expect(Math.abs(poseAt({ kind: 'sway', amplitudeRad: 0.1, periodS: 7, phase: 1 }, base, t).rotation)).toBeLessThanOrEqual(0.1 + 1e-9);
  });

  it('burns a flare out to nothing and lights it again', () => {
    const flare = { kind: 'flare', sinkPxPerS: 5, lifeS: 30, phase: 0 } as const;
    expect(poseAt(flare, base, 0).alpha).toBe(0);
    expect(poseAt(flare, base, 10).alpha).toBeGreaterThan(0.8);
    expect(poseAt(flare, base, 29.999).alpha).toBeLessThan(0.01);
  });

  it('eases in and out', () => {
    expect(smoothstep(0)).toBe(0);
    expect(smoothstep(0.5)).toBe(0.5);
    expect(smoothstep(2)).toBe(1);
  });
});

describe('loop policy', () => {
  const idle = { fading: false, motionEnabled: true, hidden: false, hasAmbient: true, ambientLive: true };

  it('runs only while fading, throttles ambient motion, and otherwise sleeps', () => {
    expect(loopMode({ ...idle, fading: true })).toBe('run');
    expect(loopMode(idle)).toBe('throttle');
    expect(loopMode({ ...idle, motionEnabled: false })).toBe('sleep');
    expect(loopMode({ ...idle, ambientLive: false })).toBe('sleep');
    expect(loopMode({ ...idle, hasAmbient: false })).toBe('sleep');
    expect(loopMode({ ...idle, hidden: true, fading: true })).toBe('sleep');
  });

  it('eases ambient time in after a beat and out before it settles', () => {
    expect(ambientRate(0, 0, 60_000)).toBe(0);
    expect(ambientRate(AMBIENT_EASE_MS, 0, 60_000)).toBe(1);
    expect(ambientRate(30_000, 0, 60_000)).toBe(1);
    expect(ambientRate(60_000 - AMBIENT_EASE_MS / 2, 0, 60_000)).toBeCloseTo(0.5);
    expect(ambientRate(60_000, 0, 60_000)).toBe(0);
  });
});

describe('backingSize', () => {
  it('caps the device pixel ratio at 2', () => {
    expect(backingSize(390, 844, 3)).toEqual({ width: 780, height: 1688, ratio: 2 });
  });

  it('keeps a big screen under the pixel budget', () => {
    const b = backingSize(2560, 1440, 2);
    expect(b.width * b.height).toBeLessThanOrEqual(MAX_BACKING_PIXELS * 1.001);
  });

  it('paints at CSS resolution where WebGL is emulated on the CPU', () => {
    expect(backingSize(1280, 800, 2, 1)).toEqual({ width: 1280, height: 800, ratio: 1 });
  });

  it('never returns an empty canvas', () => {
    expect(backingSize(0, 0, 1)).toEqual({ width: 1, height: 1, ratio: 1 });
  });
});

describe('AmbientJudge', () => {
  it('keeps motion on a machine that draws a frame in a millisecond, even through one long stall', () => {
    const judge = new AmbientJudge();
    for (let i = 0; i < 20; i++) expect(judge.affordable(i === 10 ? 900 : 3, i === 10 ? 400 : 1)).toBe(true);
  });

  it('stops motion when frames keep costing more than the budget', () => {
    const judge = new AmbientJudge();
    const verdicts = Array.from({ length: AMBIENT_JUDGE_FRAMES }, () => judge.affordable(2, AMBIENT_MAX_FRAME_COST_MS * 3));
    expect(verdicts.at(-1)).toBe(false);
  });

  it('stops motion when frames keep arriving late', () => {
    const judge = new AmbientJudge();
    const verdicts = Array.from({ length: 6 }, () => judge.affordable(200, 0.5));
    expect(verdicts.at(-1)).toBe(false);
  });
});
