import { describe, expect, it } from 'vitest';
import { TIMES_OF_DAY } from '../../../src/engine/tags.ts';
import {
  fromOklab,
  lightness,
  paletteFor,
  THEME_LIGHTNESS,
  THEMES,
  toneColor,
  toOklab,
  toTheme,
  type Rgb,
} from '../../../src/scenes/palette.ts';

const colorsOf = (p: object): Rgb[] => Object.values(p).filter((v): v is Rgb => Array.isArray(v));

describe('palette', () => {
  it('round-trips sRGB through OKLab', () => {
    for (const c of [
      [0, 0, 0],
      [255, 255, 255],
      [172, 52, 44],
      [12, 17, 33],
    ] as Rgb[]) {
      const back = fromOklab(toOklab(c));
      back.forEach((v, i) => expect(Math.abs(v - c[i]!)).toBeLessThanOrEqual(1));
    }
  });

  it.each(['light', 'dark'] as const)('keeps every colour of every time of day inside the %s theme band', (theme) => {
    const band = THEME_LIGHTNESS[theme];
    for (const time of TIMES_OF_DAY) {
      for (const c of colorsOf(paletteFor(time, theme, 1))) {
        const L = lightness(c);
        expect(L).toBeGreaterThanOrEqual(band.low - 0.02);
        expect(L).toBeLessThanOrEqual(band.high + 0.02);
      }
    }
  });

  it('keeps the order of light and dark when toning', () => {
    for (const theme of THEMES)
      expect(lightness(toneColor([240, 240, 240], theme))).toBeGreaterThan(lightness(toneColor([20, 20, 20], theme)));
  });

  it('drains colour as intensity rises', () => {
    const chroma = (c: Rgb): number => Math.hypot(toOklab(c)[1], toOklab(c)[2]);
    expect(chroma(paletteFor('dusk', 'dark', 3).horizon)).toBeLessThan(chroma(paletteFor('dusk', 'dark', 1).horizon));
  });

  it('treats an unknown theme as dark', () => {
    expect(toTheme('sepia')).toBe('dark');
    expect(toTheme('contrast')).toBe('contrast');
  });
});
