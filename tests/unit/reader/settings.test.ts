import { describe, expect, it } from 'vitest';
import { defaultSettings, msPerChar, parseSettings, serialiseSettings, type Settings } from '../../../src/reader/settings.ts';

const system = { reducedMotion: false, dark: false, moreContrast: false };

describe('settings', () => {
  it('default from the system preferences', () => {
    expect(defaultSettings(system)).toMatchObject({
      theme: 'light',
      reducedMotion: false,
      readAloud: false,
      dyslexicFont: false,
      classVotes: false,
    });
    expect(defaultSettings({ ...system, reducedMotion: true }).reducedMotion).toBe(true);
    expect(defaultSettings({ ...system, dark: true }).theme).toBe('dark');
    expect(defaultSettings({ ...system, dark: true, moreContrast: true }).theme).toBe('contrast');
  });

  it('round-trip through text', () => {
    const settings: Settings = {
      ...defaultSettings(system),
      textSize: 'x-large',
      theme: 'contrast',
      textSpeed: 'slow',
      readAloud: true,
      classVotes: true,
    };
    expect(parseSettings(serialiseSettings(settings), defaultSettings(system))).toEqual(settings);
  });

  it('keep every readable field of damaged or older settings and default the rest', () => {
    const defaults = defaultSettings(system);
    expect(parseSettings(null, defaults)).toBe(defaults);
    expect(parseSettings('not json', defaults)).toBe(defaults);
    expect(parseSettings('[1,2]', defaults)).toBe(defaults);
    expect(parseSettings('{"theme":"dark","textSize":"huge","readAloud":"yes","lineSpacing":"loose"}', defaults)).toEqual({
      ...defaults,
      theme: 'dark',
      lineSpacing: 'loose',
    });
  });

  it('show text at once under reduced motion or the instant speed', () => {
    const base = defaultSettings(system);
    expect(msPerChar({ ...base, textSpeed: 'fast' })).toBeGreaterThan(0);
    expect(msPerChar({ ...base, textSpeed: 'slow' })).toBeGreaterThan(msPerChar({ ...base, textSpeed: 'fast' }));
    expect(msPerChar({ ...base, textSpeed: 'instant' })).toBe(0);
    expect(msPerChar({ ...base, textSpeed: 'slow', reducedMotion: true })).toBe(0);
  });
});
