import type { TimeOfDay } from '../engine/tags.ts';

/** An sRGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/** The reader's themes; anything else is treated as 'dark'. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Narrows the reader's free-form theme string; an unknown theme falls back to the dark palette. */
export function toTheme(value: string): Theme {
  return (THEMES as readonly string[]).includes(value) ? (value as Theme) : 'dark';
}

/**
 * The colours one composition is painted with: a sky, the steppe, the camp's silhouettes and the
 * light in its windows. Every painter takes its colours from here, so a theme or an intensity can
 * re-tone a whole scene in one place.
 */
export interface Palette {
  readonly zenith: Rgb;
  readonly upperSky: Rgb;
  readonly horizon: Rgb;
  /** The sun (dawn, day, dusk) or the moon (night). */
  readonly glow: Rgb;
  /** Where the glow sits, as fractions of the frame. */
  readonly glowX: number;
  readonly glowY: number;
  /** Glow radius as a fraction of the frame's larger side. */
  readonly glowRadius: number;
  readonly cloud: Rgb;
  readonly cloudShade: Rgb;
  /** The band of dust and distance just above and below the horizon. */
  readonly haze: Rgb;
  readonly groundFar: Rgb;
  readonly groundNear: Rgb;
  /** Adobe, timber and iron seen against the sky: far, middle and near planes. */
  readonly structureFar: Rgb;
  readonly structure: Rgb;
  readonly structureNear: Rgb;
  /** The sunlit face of a wall; equals `structure` when there is no sun to speak of. */
  readonly structureLit: Rgb;
  /** How much sunlight models the faces of things: 0 at night, 1 at noon. */
  readonly sun: number;
  /** Lamplight in windows and under shades. */
  readonly lamp: Rgb;
  /** 0 (no lamps lit) to 1 (night). */
  readonly lampStrength: number;
  /** Searchlight beams: 0 by day, 1 at night. */
  readonly beamStrength: number;
  /** Scale for light that is added (flares, lamp cones): a pale theme has little headroom left. */
  readonly additive: number;
  /** 0 no stars, 1 a clear night. */
  readonly stars: number;
  /** The whitewash, plaster and cloth of interiors. */
  readonly plaster: Rgb;
  readonly ink: Rgb;
}

/**
 * Central Kazakhstan in May and June: a bleached, dusty summer light by day, long cold dawns,
 * amber dusks and a deep, dry night sky.
 */
export const TIME_PALETTES: Readonly<Record<TimeOfDay, Palette>> = {
  dawn: {
    zenith: [64, 76, 102],
    upperSky: [122, 128, 148],
    horizon: [222, 190, 164],
    glow: [246, 214, 176],
    glowX: 0.18,
    glowY: 0.7,
    glowRadius: 0.45,
    cloud: [196, 178, 176],
    cloudShade: [116, 116, 136],
    haze: [182, 168, 164],
    groundFar: [118, 112, 112],
    groundNear: [78, 74, 76],
    structureFar: [120, 116, 124],
    structure: [70, 68, 78],
    structureNear: [46, 45, 54],
    structureLit: [118, 104, 104],
    sun: 0.45,
    lamp: [236, 204, 146],
    lampStrength: 0.45,
    beamStrength: 0.35,
    additive: 1,
    stars: 0.1,
    plaster: [176, 170, 168],
    ink: [34, 34, 42],
  },
  day: {
    zenith: [132, 158, 178],
    upperSky: [176, 192, 198],
    horizon: [230, 222, 200],
    glow: [255, 246, 222],
    glowX: 0.74,
    glowY: 0.14,
    glowRadius: 0.55,
    cloud: [246, 242, 232],
    cloudShade: [182, 184, 186],
    haze: [214, 204, 180],
    groundFar: [188, 172, 134],
    groundNear: [150, 132, 98],
    structureFar: [166, 156, 138],
    structure: [118, 106, 92],
    structureNear: [84, 74, 64],
    structureLit: [196, 178, 146],
    sun: 1,
    lamp: [236, 222, 176],
    lampStrength: 0,
    beamStrength: 0,
    additive: 1,
    stars: 0,
    plaster: [222, 214, 196],
    ink: [52, 46, 40],
  },
  dusk: {
    zenith: [44, 52, 86],
    upperSky: [110, 94, 116],
    horizon: [222, 156, 104],
    glow: [246, 184, 114],
    glowX: 0.84,
    glowY: 0.72,
    glowRadius: 0.5,
    cloud: [204, 144, 120],
    cloudShade: [86, 72, 96],
    haze: [170, 124, 104],
    groundFar: [102, 82, 76],
    groundNear: [64, 52, 54],
    structureFar: [98, 80, 90],
    structure: [54, 44, 56],
    structureNear: [36, 30, 40],
    structureLit: [132, 94, 78],
    sun: 0.4,
    lamp: [246, 196, 120],
    lampStrength: 0.8,
    beamStrength: 0.55,
    additive: 1,
    stars: 0.15,
    plaster: [150, 124, 116],
    ink: [28, 24, 32],
  },
  night: {
    zenith: [12, 17, 33],
    upperSky: [22, 31, 55],
    horizon: [44, 54, 80],
    glow: [206, 214, 232],
    glowX: 0.8,
    glowY: 0.16,
    glowRadius: 0.22,
    cloud: [58, 66, 90],
    cloudShade: [24, 28, 44],
    haze: [40, 48, 70],
    groundFar: [30, 34, 48],
    groundNear: [20, 22, 32],
    structureFar: [32, 36, 52],
    structure: [18, 20, 30],
    structureNear: [11, 12, 20],
    structureLit: [34, 38, 54],
    sun: 0,
    lamp: [240, 190, 110],
    lampStrength: 1,
    beamStrength: 1,
    additive: 1,
    stars: 0.85,
    plaster: [60, 62, 74],
    ink: [8, 9, 14],
  },
};

/** Lightness band (OKLab L) each theme squeezes the painting into, so text stays legible on top. */
export const THEME_LIGHTNESS: Readonly<Record<Theme, { readonly low: number; readonly high: number; readonly chroma: number }>> = {
  light: { low: 0.66, high: 0.975, chroma: 0.85 },
  dark: { low: 0.1, high: 0.64, chroma: 0.95 },
  contrast: { low: 0.08, high: 0.4, chroma: 0.35 },
};

/** How much colour each intensity step drains from a scene (1 quiet, 3 violence on the page). */
const INTENSITY_DESATURATION_PER_STEP = 0.16;

/** Added light on a pale theme washes to white quickly: flares and lamp cones are turned down. */
const LIGHT_THEME_ADDITIVE = 0.4;

/** Opacity of the whole layer under the high-contrast theme: a whisper behind the text. */
export const CONTRAST_LAYER_ALPHA = 0.12;

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Multiplies a colour's channels: k < 1 darkens, k > 1 lightens (clamped). */
export function shade(c: Rgb, k: number): Rgb {
  return [Math.min(255, c[0] * k), Math.min(255, c[1] * k), Math.min(255, c[2] * k)];
}

export function css(c: Rgb, alpha = 1): string {
  const r = Math.round(c[0]);
  const g = Math.round(c[1]);
  const b = Math.round(c[2]);
  return alpha >= 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha.toFixed(3)})`;
}

/** 0xRRGGBB for Phaser. */
export function hex(c: Rgb): number {
  return (Math.round(c[0]) << 16) | (Math.round(c[1]) << 8) | Math.round(c[2]);
}

function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(value: number): number {
  const v = value <= 0.0031308 ? value * 12.92 : 1.055 * value ** (1 / 2.4) - 0.055;
  return Math.round(clamp01(v) * 255);
}

/** OKLab (Björn Ottosson, 2020): L 0–1, a and b roughly ±0.4. */
export function toOklab(c: Rgb): [number, number, number] {
  const r = toLinear(c[0]);
  const g = toLinear(c[1]);
  const b = toLinear(c[2]);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

export function fromOklab(lab: readonly [number, number, number]): Rgb {
  const [L, a, b] = lab;
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ];
}

/** OKLab lightness of a colour, 0–1. */
export function lightness(c: Rgb): number {
  return toOklab(c)[0];
}

/**
 * Re-tones one colour: its lightness is mapped into the theme's band and its chroma scaled, so
 * the picture keeps its shape while text of the theme's colour stays legible over any part of it.
 */
export function toneColor(c: Rgb, theme: Theme, saturation = 1): Rgb {
  const band = THEME_LIGHTNESS[theme];
  const [L, a, b] = toOklab(c);
  const k = band.chroma * saturation;
  return fromOklab([band.low + (band.high - band.low) * clamp01(L), a * k, b * k]);
}

/** Saturation left after an intensity's desaturation: 1, 0.84, 0.68. */
export function intensitySaturation(intensity: 1 | 2 | 3): number {
  return 1 - INTENSITY_DESATURATION_PER_STEP * (intensity - 1);
}

/** A time of day's palette, toned for a theme and an intensity. */
export function paletteFor(time: TimeOfDay, theme: Theme, intensity: 1 | 2 | 3): Palette {
  const base = TIME_PALETTES[time];
  const saturation = intensitySaturation(intensity);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    out[key] = Array.isArray(value) ? toneColor(value as unknown as Rgb, theme, saturation) : value;
  }
  // A light theme washes a night out toward paper: lamps and beams then read as warm stains, not light.
  const lightDim = theme === 'light' ? 0.55 : 1;
  return {
    ...(out as unknown as Palette),
    lampStrength: base.lampStrength * lightDim,
    beamStrength: base.beamStrength * lightDim,
    additive: theme === 'light' ? LIGHT_THEME_ADDITIVE : 1,
  };
}
