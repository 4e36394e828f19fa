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
 * Chromium 150 makes font preloads render-blocking (its RenderBlockingFonts feature). In Lighthouse's
 * run that holds the first frame to about 2.2 s although the fonts arrive by 0.2 s (speed index 4 s on
 * both pages). It needs three things together: that feature, Chromium's RenderDocument feature
 * switched off (chrome-launcher, which Lighthouse uses, switches it off; Playwright and a browser do
 * not), and five or more font preloads (four or fewer: first frame at 0.3–0.4 s on the title page).
 * Main frames then stop from about 0.3 s until Lighthouse's own script runs in the page. Measured
 * against it: without the preloads the story page scored 64, later 76–80 (the blocking time), and with
 * the fonts loaded from the reader's script instead of preloaded, 85–86 (the fonts then come late in
 * Lighthouse's simulated load) against 88–91 with them. So they stay. Beware when reading Lighthouse's
 * blocking time: work done while frames are held counts as before the first paint, not as blocking.
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
            injectTo: 'head' as const,
          };
        });
      },
    },
  };
}
