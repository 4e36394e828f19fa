import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** A CSP source for an inline element with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content Security Policy of the built game: scripts, styles, fonts and data only from the
 * game's own origin; no inline script, no eval, no other origin, no plugins, no framing by forms.
 * (data: and blob: images serve the scene layer's canvas textures.) Added to built pages only: the
 * dev server needs inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to every built HTML page as a meta tag, right after the charset (it covers only what follows it). */
export function cspPlugin(): Plugin {
  return {
    name: 'forty-days:csp',
    // The one-file build writes its own policy, with the hashes of its inline script and styles.
    apply: (_config, env) => env.command === 'build' && env.mode !== 'single',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        return /<meta charset[^>]*>/i.test(html)
          ? html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${tag}`)
          : html.replace(/<head>/i, `<head>\n    ${tag}`);
      },
    },
  };
}
