import * as Phaser from 'phaser';
import { poseAt, type Pose } from './motion.ts';
import type { Painted, SpriteSpec } from './paint/frame.ts';

/** The one Phaser scene of the layer. */
export const BACKDROP_SCENE_KEY = 'backdrop';

/** Depths of the stacked compositions: each new one goes above the last. */
const DEPTH_STEP = 1;

interface LiveSprite {
  readonly spec: SpriteSpec;
  readonly image: Phaser.GameObjects.Image;
  readonly base: Pose;
}

/** One painted composition on stage: its Phaser layer, its textures and its moving sprites. */
interface Shown {
  readonly layer: Phaser.GameObjects.Layer;
  readonly textureKeys: readonly string[];
  readonly sprites: readonly LiveSprite[];
}

/**
 * A thin Phaser scene that shows painted compositions as stacked layers, fades the newest one in
 * over the others and poses the moving sprites. All timing decisions live in the controller; this
 * class only turns them into game objects.
 */
export class BackdropScene extends Phaser.Scene {
  /** Resolves when Phaser has booted and `create` has run. */
  readonly ready: Promise<void>;
  /** Called on every step the loop takes, with performance.now(). */
  onStep: ((nowMs: number) => void) | null = null;

  private resolveReady: () => void = () => undefined;
  private shown: Shown[] = [];
  private nextId = 0;

  constructor() {
    super({ key: BACKDROP_SCENE_KEY });
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }

  create(): void {
    this.resolveReady();
  }

  override update(): void {
    this.onStep?.(performance.now());
  }

  /** How many compositions are stacked (2 or more while a cross-fade runs). */
  get depth(): number {
    return this.shown.length;
  }

  /** Puts a composition on top of the stack, fully transparent. */
  present(painted: Painted, ambientT: number): void {
    const id = this.nextId++;
    const keys: string[] = [];
    const addTexture = (name: string, canvas: HTMLCanvasElement): string => {
      const key = `c${id}-${name}`;
      if (!this.textures.exists(key) && !this.textures.addCanvas(key, canvas)) {
        throw new Error(`The scene layer could not make the texture "${key}".`);
      }
      if (!keys.includes(key)) keys.push(key);
      return key;
    };
    const image = (key: string, x: number, y: number): Phaser.GameObjects.Image => new Phaser.GameObjects.Image(this, x, y, key);

    const sky = image(addTexture('sky', painted.sky), 0, 0).setOrigin(0, 0).setScale(painted.skyScale);
    const land = image(addTexture('land', painted.land), 0, 0).setOrigin(0, 0);
    const grade = image(addTexture('grade', painted.grade), 0, 0).setOrigin(0, 0).setScale(painted.gradeScale);
    const live: LiveSprite[] = painted.sprites.map((spec) => {
      const sprite = image(addTexture(spec.textureId, spec.canvas), spec.x, spec.y)
        .setOrigin(spec.originX, spec.originY)
        .setScale(spec.scale)
        .setRotation(spec.rotation)
        .setAlpha(spec.alpha);
      if (spec.blend === 'add') sprite.setBlendMode(Phaser.BlendModes.ADD);
      return {
        spec,
        image: sprite,
        base: { x: spec.x, y: spec.y, rotation: spec.rotation, alpha: spec.alpha, scaleX: spec.scale, scaleY: spec.scale },
      };
    });
    const layer = this.add.layer([
      sky,
      ...live.filter((s) => s.spec.plane === 'sky').map((s) => s.image),
      land,
      ...live.filter((s) => s.spec.plane === 'front').map((s) => s.image),
      grade,
    ]);
    layer.setDepth(id * DEPTH_STEP).setAlpha(0);
    const shown: Shown = { layer, textureKeys: keys, sprites: live };
    this.shown.push(shown);
    this.poseSprites(shown, ambientT);
  }

  /** Puts a flattened composition (one canvas, nothing moving) on top of the stack, fully transparent. */
  presentFlat(canvas: HTMLCanvasElement): void {
    const id = this.nextId++;
    const key = `c${id}-flat`;
    if (!this.textures.addCanvas(key, canvas)) throw new Error(`The scene layer could not make the texture "${key}".`);
    const layer = this.add.layer([new Phaser.GameObjects.Image(this, 0, 0, key).setOrigin(0, 0)]);
    layer.setDepth(id * DEPTH_STEP).setAlpha(0);
    this.shown.push({ layer, textureKeys: [key], sprites: [] });
  }

  /** Sets the opacity of the newest composition (the one fading in). */
  setTopAlpha(alpha: number): void {
    this.shown[this.shown.length - 1]?.layer.setAlpha(alpha);
  }

  /** Drops every composition but the newest, once it covers them completely. */
  dropAllButTop(): void {
    while (this.shown.length > 1) this.drop(this.shown.shift()!);
  }

  /** Drops everything (before a repaint at a new size). */
  dropAll(): void {
    while (this.shown.length > 0) this.drop(this.shown.shift()!);
  }

  /** Poses every moving sprite at ambient time `t` seconds. */
  applyPoses(t: number): void {
    for (const shown of this.shown) this.poseSprites(shown, t);
  }

  /** Matches the camera to a new backing size. */
  fitCamera(width: number, height: number): void {
    this.cameras.main.setSize(width, height);
  }

  private poseSprites(shown: Shown, t: number): void {
    for (const { spec, image, base } of shown.sprites) {
      if (spec.motion.kind === 'still') continue;
      const p = poseAt(spec.motion, base, t);
      image.setPosition(p.x, p.y).setRotation(p.rotation).setAlpha(p.alpha).setScale(p.scaleX, p.scaleY);
    }
  }

  private drop(shown: Shown): void {
    shown.layer.destroy();
    for (const key of shown.textureKeys) this.textures.remove(key);
  }
}
