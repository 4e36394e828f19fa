/**
 * The reader's settings: a plain model with defaults, lenient parsing (a damaged or older settings
 * text keeps every field it can and defaults the rest) and the numbers the page applies.
 */

export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const LINE_SPACINGS = ['normal', 'relaxed', 'loose'] as const;
export type LineSpacing = (typeof LINE_SPACINGS)[number];

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_SPEEDS = ['instant', 'fast', 'slow'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

export interface Settings {
  readonly textSize: TextSize;
  readonly lineSpacing: LineSpacing;
  /** Use OpenDyslexic for the story and the interface. */
  readonly dyslexicFont: boolean;
  readonly theme: Theme;
  /** No typewriter, no scene motion, no transitions. */
  readonly reducedMotion: boolean;
  readonly textSpeed: TextSpeed;
  /** Read new lines aloud with the browser's speech synthesis. */
  readonly readAloud: boolean;
  /** Class vote mode, for a class reading together on a projector. */
  readonly classVotes: boolean;
}

/** The storage key (the adapter adds the `fortydays:` prefix). */
export const SETTINGS_KEY = 'settings';

/** What the system says about the player's preferences, from media queries. */
export interface SystemPreferences {
  readonly reducedMotion: boolean;
  readonly dark: boolean;
  readonly moreContrast: boolean;
}

/** The settings before the player changes anything: taken from the system's preferences. */
export function defaultSettings(system: SystemPreferences): Settings {
  return {
    textSize: 'medium',
    lineSpacing: 'relaxed',
    dyslexicFont: false,
    theme: system.moreContrast ? 'contrast' : system.dark ? 'dark' : 'light',
    reducedMotion: system.reducedMotion,
    textSpeed: 'fast',
    readAloud: false,
    classVotes: false,
  };
}

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Reads stored settings. Never throws: anything unreadable falls back to `defaults`, field by field. */
export function parseSettings(text: string | null, defaults: Settings): Settings {
  if (text === null) return defaults;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return defaults;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return defaults;
  const v = value as Record<string, unknown>;
  return {
    textSize: pick(TEXT_SIZES, v.textSize, defaults.textSize),
    lineSpacing: pick(LINE_SPACINGS, v.lineSpacing, defaults.lineSpacing),
    dyslexicFont: flag(v.dyslexicFont, defaults.dyslexicFont),
    theme: pick(THEMES, v.theme, defaults.theme),
    reducedMotion: flag(v.reducedMotion, defaults.reducedMotion),
    textSpeed: pick(TEXT_SPEEDS, v.textSpeed, defaults.textSpeed),
    readAloud: flag(v.readAloud, defaults.readAloud),
    classVotes: flag(v.classVotes, defaults.classVotes),
  };
}

export function serialiseSettings(settings: Settings): string {
  return JSON.stringify(settings);
}

/** The root font size factor for each text size. */
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = { small: 0.9, medium: 1, large: 1.18, 'x-large': 1.4 };

/** The story text's line height for each spacing. */
export const LINE_HEIGHT: Readonly<Record<LineSpacing, number>> = { normal: 1.5, relaxed: 1.75, loose: 2 };

/** Typewriter speed in milliseconds per character; 0 shows text at once. */
const MS_PER_CHAR: Readonly<Record<TextSpeed, number>> = { instant: 0, fast: 9, slow: 24 };

/** How fast new text appears: 0 (at once) under reduced motion or the instant speed. */
export function msPerChar(settings: Settings): number {
  return settings.reducedMotion ? 0 : MS_PER_CHAR[settings.textSpeed];
}

/** Labels for the settings screen. */
export const SETTING_LABELS = {
  textSize: { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Extra large' },
  lineSpacing: { normal: 'Normal', relaxed: 'Relaxed', loose: 'Loose' },
  theme: { light: 'Light', dark: 'Dark', contrast: 'High contrast' },
  textSpeed: { instant: 'Instant', fast: 'Fast', slow: 'Slow' },
} as const satisfies {
  textSize: Record<TextSize, string>;
  lineSpacing: Record<LineSpacing, string>;
  theme: Record<Theme, string>;
  textSpeed: Record<TextSpeed, string>;
};
