import * as Phaser from 'phaser';
import type { KnotState } from '../engine/tags.ts';
import { compositionFor, compositionKey, type CompositionSpec } from './composition.ts';
import { AMBIENT_FRAME_MS, AMBIENT_SETTLE_MS, AmbientJudge, ambientRate, loopMode, type LoopMode } from './loop-policy.ts';
import { isMoving, smoothstep } from './motion.ts';
import { paintCompositionSteps } from './paint/compose.ts';
import { flatten } from './paint/flatten.ts';
import type { Theme } from './palette.ts';
import type { SceneLayer } from './scene-layer.ts';
import { backingSize, MAX_DEVICE_PIXEL_RATIO, type BackingSize } from './sizing.ts';
import type { BackdropScene } from './stage.ts';
import type { Painted } from './paint/frame.ts';

/** How long one picture takes to dissolve into the next. */
export const CROSSFADE_MS = 800;
/** Wait for the parent to stop changing size before repainting. */
const RESIZE_DEBOUNCE_MS = 150;
/** Frames to draw after a repaint, so the new textures are on screen before the loop sleeps. */
const SETTLE_FRAMES = 2;
/** A frame gap longer than this (a stalled tab) does not throw the ambient clock forward. */
const MAX_FRAME_GAP_MS = 250;

/** Read-outs for tests and the harness: how the loop is behaving right now. */
export interface LayerDiagnostics {
  readonly mode: LoopMode;
  readonly key: string | null;
  readonly stacked: number;
  /** Pictures put on stage so far (a new beat's picture, or a repaint after a resize). */
  readonly pictures: number;
  readonly steps: number;
  readonly renderer: 'webgl' | 'canvas';
  readonly backing: BackingSize;
  /** False where ambient motion is too costly (software rendering, or frames that kept coming late). */
  readonly ambientAllowed: boolean;
}

/**
 * Implements the reader's SceneLayer contract: chooses a composition for each beat, paints it
 * off the critical path, fades it in, runs the ambient clock, and puts the Phaser loop to sleep
 * whenever nothing on screen changes.
 */
export class LayerController implements SceneLayer {
  private motion: boolean;
  private key: string | null = null;
  private spec: CompositionSpec | null = null;
  private paintTimer: ReturnType<typeof setTimeout> | null = null;
  private resizeTimer: ReturnType<typeof setTimeout> | null = null;
  private throttleTimer: ReturnType<typeof setTimeout> | null = null;
  private fading = false;
  private fadeStartMs = 0;
  private dirtyFrames = 0;
  private hasAmbient = false;
  private ambientT = 0;
  private ambientStartMs = 0;
  private ambientSettleAtMs = 0;
  private lastStepMs = performance.now();
  private mode: LoopMode = 'run';
  private paintToken = 0;
  private pictures = 0;
  private steps = 0;
  private destroyed = false;
  private ambientAllowed: boolean;
  private readonly judge = new AmbientJudge();
  private backing: BackingSize;
  private readonly maxRatio: number;
  private readonly observer: ResizeObserver;
  private readonly onVisibility = (): void => {
    this.dirtyFrames = Math.max(this.dirtyFrames, 1);
    this.updateMode();
  };

  constructor(
    private readonly game: Phaser.Game,
    private readonly scene: BackdropScene,
    private readonly parent: HTMLElement,
    private readonly theme: Theme,
    reducedMotion: boolean,
    /** WebGL emulated on the CPU, or the Canvas renderer: nothing moves, and pixels are not doubled. */
    software: boolean,
  ) {
    this.motion = !reducedMotion;
    this.ambientAllowed = !software && theme !== 'contrast';
    this.maxRatio = software ? 1 : MAX_DEVICE_PIXEL_RATIO;
    this.backing = this.measure();
    if (this.backing.width !== game.scale.width || this.backing.height !== game.scale.height)
      this.applySize(this.backing.width, this.backing.height);
    scene.onStep = (now) => this.step(now);
    this.observer = new ResizeObserver(() => this.scheduleResize());
    this.observer.observe(parent);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.updateMode();
  }

  show(knot: KnotState): void {
    if (this.destroyed) return;
    const spec = compositionFor(knot);
    const key = compositionKey(spec);
    if (key === this.key) return;
    this.key = key;
    this.spec = spec;
    this.schedulePaint(true);
  }

  setMotion(enabled: boolean): void {
    if (this.destroyed || enabled === this.motion) return;
    this.motion = enabled;
    if (enabled) this.restartAmbient(performance.now());
    this.updateMode();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const timer of [this.paintTimer, this.resizeTimer, this.throttleTimer]) if (timer !== null) clearTimeout(timer);
    this.observer.disconnect();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.scene.onStep = null;
    this.game.destroy(true);
    // Phaser tears down on its next step; the loop may be asleep, so take that step now.
    if (this.game.isRunning) this.game.loop.tick();
  }

  diagnostics(): LayerDiagnostics {
    return {
      mode: this.mode,
      key: this.key,
      stacked: this.scene.depth,
      pictures: this.pictures,
      steps: this.steps,
      renderer: this.game.config.renderType === Phaser.WEBGL ? 'webgl' : 'canvas',
      backing: this.backing,
      ambientAllowed: this.ambientAllowed,
    };
  }

  /**
   * Paints the current spec after the reader's own work for this beat, so new text is never held
   * up, and in a few tasks rather than one long one. A newer show() or a resize abandons it.
   */
  private schedulePaint(fade: boolean): void {
    const token = ++this.paintToken;
    if (this.paintTimer !== null) clearTimeout(this.paintTimer);
    const spec = this.spec;
    if (!spec) return;
    const { width, height } = this.backing;
    const steps = paintCompositionSteps(spec, this.theme, width, height);
    const next = (): void => {
      this.paintTimer = null;
      if (this.destroyed || token !== this.paintToken) return;
      const step = steps.next();
      if (!step.done) {
        this.paintTimer = setTimeout(next, 0);
        return;
      }
      if (this.ambientAllowed) {
        this.present(step.value, null, width, height, fade);
        return;
      }
      // Where nothing moves, the layers are flattened into one picture, in a task of its own.
      this.paintTimer = setTimeout(() => {
        this.paintTimer = null;
        if (this.destroyed || token !== this.paintToken) return;
        this.present(step.value, flatten(step.value, width, height), width, height, fade);
      }, 0);
    };
    this.paintTimer = setTimeout(next, 0);
  }

  private present(painted: Painted, flat: HTMLCanvasElement | null, width: number, height: number, fade: boolean): void {
    if (width !== this.game.scale.width || height !== this.game.scale.height) {
      // Painted for a new size: the pictures on stage were painted for the old one.
      this.applySize(width, height);
      this.scene.dropAll();
      this.fading = false;
      fade = false;
    }
    if (this.scene.depth >= 2) {
      // Beats are coming faster than fades: settle the one under way before starting another.
      this.scene.dropAllButTop();
      this.scene.setTopAlpha(1);
    }
    this.pictures++;
    if (flat) {
      this.scene.presentFlat(flat);
      this.hasAmbient = false;
    } else {
      this.scene.present(painted, this.ambientT);
      this.hasAmbient = this.ambientAllowed && painted.sprites.some((s) => isMoving(s.motion));
    }
    const now = performance.now();
    if (fade && !document.hidden) {
      this.fading = true;
      this.fadeStartMs = now;
    } else {
      this.scene.setTopAlpha(1);
      this.scene.dropAllButTop();
      this.fading = false;
    }
    this.restartAmbient(now);
    this.dirtyFrames = SETTLE_FRAMES;
    this.updateMode();
  }

  private restartAmbient(now: number): void {
    this.ambientStartMs = now;
    this.ambientSettleAtMs = now + AMBIENT_SETTLE_MS;
  }

  /** One step of the Phaser loop: advance the clocks, fade, pose, and decide whether to keep going. */
  private step(now: number): void {
    this.steps++;
    const dt = Math.min(MAX_FRAME_GAP_MS, Math.max(0, now - this.lastStepMs));
    this.lastStepMs = now;
    if (this.motion && this.hasAmbient) this.ambientT += (dt / 1000) * ambientRate(now, this.ambientStartMs, this.ambientSettleAtMs);
    if (this.fading) {
      const progress = (now - this.fadeStartMs) / CROSSFADE_MS;
      this.scene.setTopAlpha(smoothstep(progress));
      if (progress >= 1) {
        this.scene.dropAllButTop();
        this.fading = false;
        this.dirtyFrames = 1;
      }
    } else if (this.dirtyFrames > 0) {
      this.dirtyFrames--;
    }
    this.scene.applyPoses(this.ambientT);
    this.updateMode();
  }

  private updateMode(): void {
    if (this.destroyed) return;
    const now = performance.now();
    const next = loopMode({
      fading: this.fading || this.dirtyFrames > 0,
      motionEnabled: this.motion,
      hidden: document.hidden,
      hasAmbient: this.hasAmbient,
      ambientLive: now < this.ambientSettleAtMs,
    });
    if (next === this.mode) return;
    this.mode = next;
    if (this.throttleTimer !== null) {
      clearTimeout(this.throttleTimer);
      this.throttleTimer = null;
    }
    if (next === 'run') {
      // wake() also takes one step at once, so the change is drawn without waiting a frame.
      this.lastStepMs = now;
      this.game.loop.wake();
      return;
    }
    this.game.loop.sleep();
    if (next === 'throttle') this.scheduleThrottle();
  }

  private scheduleThrottle(): void {
    const due = performance.now() + AMBIENT_FRAME_MS;
    this.throttleTimer = setTimeout(() => {
      this.throttleTimer = null;
      if (this.mode !== 'throttle' || this.destroyed) return;
      const start = performance.now();
      this.game.loop.tick();
      const end = performance.now();
      // A hidden tab's timers are throttled by the browser: that lateness says nothing about us.
      if (!document.hidden && !this.judge.affordable(start - due, end - start)) {
        this.giveUpAmbient();
        return;
      }
      if (this.mode === 'throttle' && this.throttleTimer === null) this.scheduleThrottle();
    }, AMBIENT_FRAME_MS);
  }

  /** Stops ambient motion for good: the picture freezes where it is and the loop sleeps. */
  private giveUpAmbient(): void {
    this.ambientAllowed = false;
    this.hasAmbient = false;
    this.updateMode();
  }

  private scheduleResize(): void {
    if (this.resizeTimer !== null) clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      this.resizeTimer = null;
      this.resize();
    }, RESIZE_DEBOUNCE_MS);
  }

  private resize(): void {
    if (this.destroyed) return;
    const next = this.measure();
    if (next.width === this.backing.width && next.height === this.backing.height) return;
    this.backing = next;
    if (this.spec) {
      // The old picture stays up, stretched by CSS, until the new one is painted at the new size.
      this.schedulePaint(false);
    } else {
      this.applySize(next.width, next.height);
      this.dirtyFrames = SETTLE_FRAMES;
      this.updateMode();
    }
  }

  private measure(): BackingSize {
    const rect = this.parent.getBoundingClientRect();
    return backingSize(rect.width, rect.height, window.devicePixelRatio, this.maxRatio);
  }

  private applySize(width: number, height: number): void {
    this.game.scale.resize(width, height);
    this.scene.fitCamera(width, height);
  }
}
