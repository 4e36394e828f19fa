import type { KnotState } from '../engine/tags.ts';
import type { CreateSceneLayer, SceneLayer } from '../scenes/scene-layer.ts';

/** Loads the scene layer's factory, or null when the scenes module is not in this build. */
export type SceneLoader = () => Promise<CreateSceneLayer | null>;

const sceneModules = import.meta.glob<{ createSceneLayer?: CreateSceneLayer }>('../scenes/index.ts');

/**
 * The scenes module, loaded lazily (Phaser is large and must never delay the text). A build without
 * src/scenes/index.ts gets null, and the reader plays on with its CSS backdrop.
 */
export const loadSceneModule: SceneLoader = async () => {
  const load = sceneModules['../scenes/index.ts'];
  if (!load) return null;
  const module = await load();
  return module.createSceneLayer ?? null;
};

/**
 * Holds the optional scene layer: starts it when asked, forwards every knot state, and turns its
 * motion on only when motion is allowed, the tab is visible and no dialog is open. Any failure in
 * the layer turns the layer off; the story never depends on it.
 */
export class SceneHost {
  private layer: SceneLayer | null = null;
  private starting: Promise<void> | null = null;
  private knot: KnotState | null = null;
  private motion = false;
  private failed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly load: SceneLoader,
  ) {}

  /** True once the layer is running. */
  get active(): boolean {
    return this.layer !== null;
  }

  /** Starts the layer once; later calls return the same promise. Never rejects. */
  start(options: { readonly reducedMotion: boolean; readonly theme: string }): Promise<void> {
    this.starting ??= (async () => {
      try {
        const create = await this.load();
        if (!create || this.failed) return;
        const layer = await create({ parent: this.container, reducedMotion: options.reducedMotion, theme: options.theme });
        this.layer = layer;
        // had-layer stays after a failure: a failing loop may throw again after the layer is turned
        // off, and main.ts still knows those errors for the layer's (not a reason to stop the game).
        this.container.classList.add('has-layer', 'had-layer');
        if (this.knot) layer.show(this.knot);
        layer.setMotion(this.motion);
      } catch (error) {
        this.disable(error);
      }
    })();
    return this.starting;
  }

  /**
   * Starts the layer again with a new theme (the contract has no way to change it in place), once
   * the running layer is released. Does nothing when the layer never started or has failed.
   */
  restart(options: { readonly reducedMotion: boolean; readonly theme: string }): Promise<void> {
    const layer = this.layer;
    if (!layer || this.failed) return Promise.resolve();
    this.layer = null;
    this.container.classList.remove('has-layer');
    try {
      layer.destroy();
    } catch (error) {
      this.disable(error);
      return Promise.resolve();
    }
    this.starting = null;
    return this.start(options);
  }

  /** Shows the scene for this knot state (kept for when the layer starts later). */
  show(knot: KnotState): void {
    this.knot = knot;
    this.guard(() => this.layer?.show(knot));
  }

  setMotion(enabled: boolean): void {
    this.motion = enabled;
    this.guard(() => this.layer?.setMotion(enabled));
  }

  /** Turns the layer off for good after a failure; the reader goes on without it. */
  disable(error: unknown): void {
    // Already off: a later error of the same failing layer changes nothing.
    if (this.failed) return;
    console.warn('The scene layer stopped; the story goes on without it.', error);
    this.failed = true;
    const layer = this.layer;
    this.layer = null;
    this.container.classList.remove('has-layer');
    try {
      layer?.destroy();
    } catch (destroyError) {
      console.warn('The scene layer could not be released.', destroyError);
    }
  }

  private guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.disable(error);
    }
  }
}
