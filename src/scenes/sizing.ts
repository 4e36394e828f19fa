/**
 * The canvas's backing size. Chromebooks and phones report a devicePixelRatio of 2–3; past 2 the
 * extra pixels cost fill rate and memory for a soft painted backdrop nobody can tell apart.
 */

export const MAX_DEVICE_PIXEL_RATIO = 2;
/** About 2560 × 1600: a 1280 × 800 window at ratio 2. Larger screens are painted a little softer. */
export const MAX_BACKING_PIXELS = 4_096_000;
/** WebGL's guaranteed texture size on the hardware we care about. */
export const MAX_BACKING_SIDE_PX = 4096;

export interface BackingSize {
  /** Device pixels. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel actually used. */
  readonly ratio: number;
}

/**
 * The backing size for a parent of `cssWidth` × `cssHeight` CSS pixels. Never smaller than 1 × 1.
 * `maxRatio` lowers the cap (to 1 where WebGL is emulated on the CPU and every pixel costs).
 */
export function backingSize(cssWidth: number, cssHeight: number, devicePixelRatio: number, maxRatio = MAX_DEVICE_PIXEL_RATIO): BackingSize {
  const w = Math.max(1, cssWidth);
  const h = Math.max(1, cssHeight);
  let ratio = Math.min(maxRatio, MAX_DEVICE_PIXEL_RATIO, Math.max(1, devicePixelRatio || 1));
  ratio = Math.min(ratio, Math.sqrt(MAX_BACKING_PIXELS / (w * h)), MAX_BACKING_SIDE_PX / w, MAX_BACKING_SIDE_PX / h);
  return { width: Math.max(1, Math.round(w * ratio)), height: Math.max(1, Math.round(h * ratio)), ratio };
}
