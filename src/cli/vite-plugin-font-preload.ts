import type { Plugin } from 'vite';

/**
 * The font files the first page of text is set in: the story face and the interface face, regular
 * weight, Latin subset. Preloading them lets them download alongside the scripts, so the first
 * layout already has them; otherwise the browser only asks for a font once a layout needs it (after
 * every script has run), lays the page out in a fallback face, and lays it out again when the font
 * arrives. Other weights and subsets load as text needs them.
 */
export const FIRST_PAGE_FONTS = ['literata-latin-400-normal', 'atkinson-hyperlegible-next-latin-400-normal'] as const;

/** Adds `<link rel="preload" as="font">` for {@link FIRST_PAGE_FONTS} to built pages (found by name among the emitted assets). */
export function fontPreloadPlugin(fonts: readonly string[] = FIRST_PAGE_FONTS): Plugin {
  let base = '/';
  return {
    name: 'forty-days:font-preload',
    // In the one-file build the fonts are inside the page already.
    apply: (_config, env) => env.command === 'build' && env.mode !== 'single',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const files = Object.keys(context.bundle ?? {}).filter((file) => file.endsWith('.woff2'));
        return fonts.map((font) => {
          const file = files.find((name) => name.split('/').pop()!.startsWith(`${font}-`));
          if (!file) throw new Error(`font-preload: no built font file for "${font}" (was the font renamed or removed?)`);
          return {
            tag: 'link',
            attrs: { rel: 'preload', href: `${base}${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          };
        });
      },
    },
  };
}
