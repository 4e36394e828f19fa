import type { Plugin } from 'vite';

/**
 * The font files the first page of text is set in. Preloading them lets them download alongside the
 * scripts, so the first layout already has them; otherwise the browser only asks for a font once a
 * layout needs it (after every script has run), lays the page out in a fallback face, and lays it out
 * again when each font arrives: long tasks just after the text appears, which Lighthouse counts as
 * blocking time. The bold headings and the bar need the 700 weights; the opening's prisoner number
 * (Cyrillic Ж) and Lithuanian name (ė) need two more subsets of the story face. Other faces (italic,
 * the dyslexia-friendly font) load as text needs them.
 *
 * The links go at the start of the body, not in the head. Chromium 150 makes a font preload in the
 * head render-blocking (its RenderBlockingFonts feature; one in the body is not), and the preload
 * scanner fetches them as early from either place. Blocking on fonts did no good here: in Lighthouse's
 * Chromium (RenderDocument off, as chrome-launcher sets it) any render-blocking file that finishes
 * after about 0.15 s holds the first frame until something outside the page asks for one (see
 * vite-plugin-inline-style.ts), and with these six in the head the first frame came at 2.2 s on
 * both pages (0.3–0.4 s with four or fewer, or with the feature off). Without the preloads, the
 * first layouts are redone as each font arrives (the story page scored 64, later 76–80, on blocking
 * time); with the fonts loaded from the reader's script instead, 85–86, as they then come late.
 */
export const FIRST_PAGE_FONTS = [
  'literata-latin-400-normal',
  'literata-latin-700-normal',
  'literata-latin-ext-400-normal',
  'literata-cyrillic-400-normal',
  'atkinson-hyperlegible-next-latin-400-normal',
  'atkinson-hyperlegible-next-latin-700-normal',
] as const;

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
            injectTo: 'body-prepend' as const,
          };
        });
      },
    },
  };
}
