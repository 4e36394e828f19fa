import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../../src/cli/vite-plugin-csp.ts';
import { inlineStylePlugin } from '../../../src/cli/vite-plugin-inline-style.ts';

const POLICY = `default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'`;
const PAGE = `<html><head><meta http-equiv="Content-Security-Policy" content="${POLICY}" /><script type="module" crossorigin src="/assets/index-A.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-B.css"></head><body></body></html>`;

type Bundle = Record<string, { type: 'asset' | 'chunk'; fileName: string; source?: string }>;

function run(css: string, page = PAGE): { bundle: Bundle; errors: string[] } {
  const bundle: Bundle = {
    'index.html': { type: 'asset', fileName: 'index.html', source: page },
    'assets/index-B.css': { type: 'asset', fileName: 'assets/index-B.css', source: css },
    'assets/index-A.js': { type: 'chunk', fileName: 'assets/index-A.js' },
  };
  const errors: string[] = [];
  const context = {
    error(message: string): never {
      errors.push(message);
      throw new Error(message);
    },
  };
  const hook = inlineStylePlugin().generateBundle as (this: unknown, options: unknown, bundle: Bundle) => void;
  try {
    hook.call(context, {}, bundle);
  } catch {
    // Reported through errors.
  }
  return { bundle, errors };
}

describe('the inline style sheet', () => {
  const css = `@font-face{font-family:L;src:url(/assets/l.woff2)}body{color:#222}`;

  it('moves the sheet into the page, drops the file and allows exactly that text by its hash', () => {
    const { bundle, errors } = run(css);
    expect(errors).toEqual([]);
    const html = String(bundle['index.html']!.source);
    expect(html).toContain(`<style>${css}</style>`);
    expect(html).not.toContain('rel="stylesheet"');
    expect(bundle['assets/index-B.css']).toBeUndefined();
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    expect(cspHash(css)).toBe(hash);
    expect(html).toContain(`style-src 'self' ${hash}; font-src 'self'`);
    // The script is left as it was.
    expect(html).toContain('src="/assets/index-A.js"');
  });

  it('refuses a sheet whose relative URLs would point elsewhere from the page, or that would end the element', () => {
    expect(run(`body{background:url(img.png)}`).errors[0]).toMatch(/relative url\(\)/);
    expect(run(`body{background:url("../img.png")}`).errors[0]).toMatch(/relative url\(\)/);
    expect(run(`body{content:"</style>"}`).errors[0]).toMatch(/<\/style/);
    // Root and data: URLs are fine.
    expect(run(`a{background:url("data:image/png;base64,AA==")}b{background:url('/x.png')}`).errors).toEqual([]);
  });

  it('says so when the page links a sheet that is not built, or has no style policy to extend', () => {
    expect(run(css, PAGE.replace('index-B.css', 'gone.css')).errors[0]).toMatch(/gone\.css, which is not in the build/);
    expect(run(css, PAGE.replace("style-src 'self'; ", '')).errors[0]).toMatch(/no style-src 'self'/);
  });
});
