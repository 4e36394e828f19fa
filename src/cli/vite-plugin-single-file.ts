import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, cspHash } from './vite-plugin-csp.ts';

/** The name of the one-file game, for a USB stick or an upload to a school's learning platform. */
export const SINGLE_FILE_NAME = 'forty-days-kengir.html';

/**
 * The policy of the one-file game: the same as the served game's, except that its one script and
 * its one style sheet are inline (allowed by their hashes, nothing else inline is) and its fonts are
 * data: URLs. Still no other origin, no eval, nothing sent anywhere.
 */
export function singleFilePolicy(script: string, style: string): string {
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src ${cspHash(script)}`)
    .replace("style-src 'self'", `style-src ${cspHash(style)}`)
    .replace("font-src 'self'", 'font-src data:')
    .replace("connect-src 'self'", "connect-src 'none'");
}

/** `</script` inside inline code would end the element early; this spelling is the same JavaScript. */
function safeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/**
 * Folds the build into one HTML file (`vite build --mode single`): the script and the styles go
 * inline, fonts and images were already inlined as data: URLs (the config's assetsInlineLimit), and
 * every other file is dropped. The file opens from a USB stick (file://) or a learning platform
 * with no server and no network.
 */
export function singleFilePlugin(): Plugin {
  return {
    name: 'forty-days:single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset') this.error('single-file: the build has no HTML page');
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      if (chunks.length !== 1 || chunks[0]!.type !== 'chunk') {
        this.error(`single-file: expected one script chunk (codeSplitting: false), found ${chunks.map((c) => c.fileName).join(', ')}`);
      }
      // With every dynamic import inlined there is nothing to preload; Vite leaves its marker behind.
      const script = safeInlineScript(chunks[0]!.code.replace(/__VITE_PRELOAD__/g, 'void 0'));
      const styles = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
      const style = styles.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('\n');
      const leftovers = Object.values(bundle).filter(
        (file) => file !== html && file !== chunks[0] && !styles.includes(file) && !file.fileName.endsWith('.html'),
      );
      if (leftovers.length > 0) this.error(`single-file: files that were not inlined: ${leftovers.map((f) => f.fileName).join(', ')}`);

      let page = String(html.source)
        .replace(/<script type="module"[^>]*src="[^"]*"[^>]*><\/script>/, () => '')
        .replace(/<link rel="stylesheet"[^>]*>/g, () => '')
        .replace(/<link rel="modulepreload"[^>]*>/g, () => '');
      page = page
        .replace('</head>', () => `  <style>${style}</style>\n  </head>`)
        .replace('</body>', () => `  <script type="module">${script}</script>\n  </body>`);
      const policy = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(script, style)}" />`;
      page = page.replace(/(<meta charset[^>]*>)/i, (charset) => `${charset}\n    ${policy}`);

      for (const name of Object.keys(bundle)) delete bundle[name];
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: page });
    },
  };
}
