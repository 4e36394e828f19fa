import type { SceneId } from '../../engine/tags.ts';
import type { CompositionSpec } from '../composition.ts';
import { intensitySaturation, paletteFor, toneColor, type Theme } from '../palette.ts';
import { createRng, hashSeed } from '../rng.ts';
import { createSurface, grain } from './canvas.ts';
import { EXTERIORS, type ScenePainter } from './exteriors.ts';
import { createFrame, type PaintContext, type Painted, type SpriteSpec } from './frame.ts';
import { INTERIORS } from './interiors.ts';
import { paintGrade, paintSky, SKY_RESOLUTION } from './sky.ts';

/** Every scene the story can name has a painter. */
export const SCENE_PAINTERS: Readonly<Record<SceneId, ScenePainter>> = { ...EXTERIORS, ...INTERIORS };

const GRADE_RESOLUTION = 0.25;
const LAND_GRAIN_ALPHA = 0.06;
const VIGNETTE_ALPHA = 0.32;
const VIGNETTE_ALPHA_PER_INTENSITY = 0.08;

/**
 * Paints one composition at `width` × `height` device pixels, yielding between stages (sky, land,
 * finish) so a caller can give the browser a turn in between. The layout is seeded by the scene
 * alone, so the same place at another hour (or after a resize) keeps its buildings where they were
 * and a cross-fade between them reads as the light changing.
 */
export function* paintCompositionSteps(spec: CompositionSpec, theme: Theme, width: number, height: number): Generator<void, Painted> {
  const painter = SCENE_PAINTERS[spec.scene];
  const pal = paletteFor(spec.time, theme, spec.intensity);
  const seed = hashSeed(spec.scene);
  const frame = createFrame(width, height, painter.horizon);
  const sky = paintSky(pal, width, height, painter.horizon, createRng(seed ^ 0x5bd1e995));
  yield;
  const land = createSurface(width, height);
  const rng = createRng(seed);
  const saturation = intensitySaturation(spec.intensity);
  const sprites: SpriteSpec[] = [];
  const pc: PaintContext = {
    f: frame,
    pal,
    spec,
    land,
    rng,
    tone: (color) => toneColor(color, theme, saturation),
    addSprite: (s) => {
      sprites.push({ scale: 1, rotation: 0, alpha: 1, blend: 'normal', plane: 'front', originX: 0.5, originY: 0.5, ...s });
    },
  };
  painter.paint(pc);
  yield;
  grain(land, createRng(seed ^ 0x27d4eb2f), LAND_GRAIN_ALPHA);
  const grade = paintGrade(pal, width, height, GRADE_RESOLUTION, VIGNETTE_ALPHA + VIGNETTE_ALPHA_PER_INTENSITY * (spec.intensity - 1));
  return {
    sky: sky.canvas,
    skyScale: 1 / SKY_RESOLUTION,
    land: land.canvas,
    grade: grade.canvas,
    gradeScale: 1 / GRADE_RESOLUTION,
    sprites,
  };
}

/** Paints one composition in one go (see paintCompositionSteps). */
export function paintComposition(spec: CompositionSpec, theme: Theme, width: number, height: number): Painted {
  const steps = paintCompositionSteps(spec, theme, width, height);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
