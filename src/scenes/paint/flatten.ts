import { poseAt } from '../motion.ts';
import { createSurface } from './canvas.ts';
import type { Painted, SpriteSpec } from './frame.ts';

/**
 * Composites a painted scene, sprites frozen in their resting poses, into one canvas. Where
 * nothing may move (software WebGL, the Canvas renderer) a scene is then one quad to draw
 * instead of a dozen full-frame blends, which keeps a cross-fade cheap on a weak machine.
 */
export function flatten(painted: Painted, width: number, height: number): HTMLCanvasElement {
  const { canvas, ctx } = createSurface(width, height);
  ctx.drawImage(painted.sky, 0, 0, width, height);
  const drawSprite = (s: SpriteSpec): void => {
    const pose = poseAt(s.motion, { x: s.x, y: s.y, rotation: s.rotation, alpha: s.alpha, scaleX: s.scale, scaleY: s.scale }, 0);
    if (pose.alpha <= 0) return;
    ctx.save();
    ctx.globalAlpha = Math.min(1, pose.alpha);
    ctx.globalCompositeOperation = s.blend === 'add' ? 'lighter' : 'source-over';
    ctx.translate(pose.x, pose.y);
    ctx.rotate(pose.rotation);
    ctx.scale(pose.scaleX, pose.scaleY);
    ctx.drawImage(s.canvas, -s.originX * s.canvas.width, -s.originY * s.canvas.height);
    ctx.restore();
  };
  painted.sprites.filter((s) => s.plane === 'sky').forEach(drawSprite);
  ctx.drawImage(painted.land, 0, 0, width, height);
  painted.sprites.filter((s) => s.plane === 'front').forEach(drawSprite);
  ctx.drawImage(painted.grade, 0, 0, width, height);
  return canvas;
}
