import * as Phaser from 'phaser';
import { LayerController } from './controller.ts';
import { CONTRAST_LAYER_ALPHA, css, paletteFor, toTheme } from './palette.ts';
import type { CreateSceneLayer, SceneLayerOptions } from './scene-layer.ts';
import { backingSize } from './sizing.ts';
import { BackdropScene } from './stage.ts';

export type { SceneLayer, SceneLayerOptions, CreateSceneLayer } from './scene-layer.ts';
export type { LayerDiagnostics } from './controller.ts';

/** Phaser boots in about half a second; past this something is wrong and the reader goes on without us. */
export const START_TIMEOUT_MS = 5000;

/** WebGL renderers that draw on the CPU: every frame is expensive, so nothing moves there. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** True when Phaser draws with the Canvas renderer or with WebGL emulated on the CPU. */
function softwareRendered(game: Phaser.Game): boolean {
  if (game.config.renderType !== Phaser.WEBGL) return true;
  const gl = (game.renderer as Phaser.Renderer.WebGL.WebGLRenderer).gl;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return typeof name === 'string' && SOFTWARE_RENDERER.test(name);
}

const CANVAS_STYLE = 'position:absolute;inset:0;width:100%;height:100%;display:block;pointer-events:none;';

function startGame(
  type: number,
  options: SceneLayerOptions,
  width: number,
  height: number,
  background: string,
): { game: Phaser.Game; scene: BackdropScene } {
  const scene = new BackdropScene();
  const game = new Phaser.Game({
    type,
    parent: options.parent,
    width,
    height,
    backgroundColor: background,
    scene,
    canvasStyle: CANVAS_STYLE,
    banner: false,
    autoFocus: false,
    disableContextMenu: false,
    input: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.NONE, expandParent: false, autoRound: true },
    // Transparent until the first picture fades in, so the reader's CSS backdrop shows through meanwhile.
    // One texture per batch: Phaser 4.2.1 samples a neighbouring texture (or nothing) on rotated quads in a
    // multi-texture batch (phaserjs/phaser#7372), which tore the kites and the searchlights. A scene has
    // about fifteen quads, so the extra draw calls cost nothing.
    render: { antialias: true, powerPreference: 'low-power', transparent: true, maxTextures: 1 },
    callbacks: {
      postBoot: (booted) => {
        const canvas = booted.canvas;
        canvas.setAttribute('aria-hidden', 'true');
        canvas.setAttribute('role', 'presentation');
        canvas.dataset['sceneLayer'] = '';
        if (toTheme(options.theme) === 'contrast') canvas.style.opacity = String(CONTRAST_LAYER_ALPHA);
      },
    },
  });
  return { game, scene };
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`The scene layer did not start within ${ms} ms.`)), ms);
  });
}

/**
 * Starts the Phaser scene layer inside `options.parent` and resolves once it can show scenes.
 * Rejects with an Error (and leaves nothing behind) if Phaser cannot start within
 * START_TIMEOUT_MS; the story stays fully playable without it.
 *
 * @example
 * const layer = await createSceneLayer({ parent, reducedMotion: false, theme: 'dark' });
 * layer.show(beat.knot);
 */
export const createSceneLayer: CreateSceneLayer = async (options) => {
  const theme = toTheme(options.theme);
  const { parent } = options;
  if (getComputedStyle(parent).position === 'static') parent.style.position = 'relative';
  const rect = parent.getBoundingClientRect();
  const backing = backingSize(rect.width, rect.height, window.devicePixelRatio);
  const background = css(paletteFor('day', theme, 1).haze);
  let started: { game: Phaser.Game; scene: BackdropScene };
  try {
    started = startGame(Phaser.AUTO, options, backing.width, backing.height, background);
  } catch (webglError) {
    console.warn('The scene layer falls back to Canvas:', webglError);
    options.parent.querySelector('canvas[data-scene-layer]')?.remove();
    try {
      started = startGame(Phaser.CANVAS, options, backing.width, backing.height, background);
    } catch (cause) {
      throw new Error('The scene layer could not start Phaser with WebGL or Canvas.', { cause });
    }
  }
  const { game, scene } = started;
  try {
    await Promise.race([scene.ready, timeout(START_TIMEOUT_MS)]);
  } catch (error) {
    game.destroy(true);
    // Phaser tears down on its next step; take it now if the loop ever started (else it runs at boot).
    if (game.isRunning) game.loop.tick();
    throw error;
  }
  return new LayerController(game, scene, parent, theme, options.reducedMotion, softwareRendered(game));
};
