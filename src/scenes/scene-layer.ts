import type { KnotState } from '../engine/tags.ts';

/**
 * The contract between the reader and the Phaser scene layer. The reader loads the layer with a
 * dynamic import after the first story text is on screen, and the game stays fully playable if
 * the layer fails to start. This file must not import Phaser.
 */
export interface SceneLayer {
  /** Shows the scene for this knot state (scene, place, time of day, intensity, act). Called on every beat. */
  show(knot: KnotState): void;
  /** Stops or resumes all motion (reduced motion, a hidden tab, a modal open). */
  setMotion(enabled: boolean): void;
  /** Releases the canvas and stops the loop. */
  destroy(): void;
}

/** What the reader passes to the layer's factory. */
export interface SceneLayerOptions {
  /** The element the canvas goes into; decorative, aria-hidden. */
  readonly parent: HTMLElement;
  readonly reducedMotion: boolean;
  /** 'light' | 'dark' | 'contrast' — the layer may tone its palette to the theme. */
  readonly theme: string;
}

/** The module src/scenes/index.ts exports this; the reader imports it lazily. */
export type CreateSceneLayer = (options: SceneLayerOptions) => Promise<SceneLayer>;
