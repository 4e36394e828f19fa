import { fileURLToPath } from 'node:url';
import type { Alias, Plugin } from 'vite';

/**
 * Phaser's core build instead of the whole library: the scene layer uses only images, layers,
 * blend modes and the game and scale managers, which the core has. It saves about 150 kB gzip of
 * the 700 kB transfer budget. Phaser's sources test build flags with `typeof FLAG`; they are replaced
 * here as Phaser's own build does. The core lacks Container, Shapes, Particles, DOMElement and
 * BitmapText although the types still offer them: the scene layer's browser test is what catches a
 * missing feature.
 */
const PHASER_FLAGS: Readonly<Record<string, string>> = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  'typeof EXPERIMENTAL': 'false',
};

/** Replaces Phaser's build flags in its sources. */
export function phaserCoreFlags(): Plugin {
  return {
    name: 'forty-days:phaser-core-flags',
    transform: {
      filter: { id: /node_modules[\\/]phaser[\\/]src[\\/].*\.js$/ },
      handler(code) {
        let out = code;
        for (const [flag, value] of Object.entries(PHASER_FLAGS)) out = out.split(flag).join(value);
        return { code: out.replace('global.Phaser = Phaser;', 'globalThis.Phaser = Phaser;'), map: null };
      },
    },
  };
}

/** Points `import 'phaser'` at the core build. */
export const phaserCoreAlias: Alias = {
  find: /^phaser$/,
  replacement: fileURLToPath(new URL('../../node_modules/phaser/src/phaser-core.js', import.meta.url)),
};
