import { defineConfig } from 'vite';
import { cspPlugin } from './src/cli/vite-plugin-csp.ts';
import { fontPreloadPlugin } from './src/cli/vite-plugin-font-preload.ts';
import { inkPlugin } from './src/cli/vite-plugin-ink.ts';
import { inlineStylePlugin } from './src/cli/vite-plugin-inline-style.ts';
import { offlinePlugin } from './src/cli/vite-plugin-offline.ts';
import { phaserCoreAlias, phaserCoreFlags } from './src/cli/vite-plugin-phaser-core.ts';
import { registryPlugin } from './src/cli/vite-plugin-registry.ts';
import { singleFilePlugin } from './src/cli/vite-plugin-single-file.ts';

/**
 * `vite build` makes the served game (text first, Phaser and the registry in chunks loaded after);
 * `vite build --mode single` makes the whole game one HTML file for a USB stick or a learning
 * platform (dist-single/); `--mode e2e` adds the browser tests' read-only hook.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    plugins: [
      inkPlugin(),
      registryPlugin(),
      cspPlugin(),
      fontPreloadPlugin(),
      // Before the offline copy: it lists the files and hashes the page as this leaves them.
      inlineStylePlugin(),
      offlinePlugin(),
      phaserCoreFlags(),
      single ? singleFilePlugin() : null,
    ],
    resolve: { alias: [phaserCoreAlias] },
    optimizeDeps: { rolldownOptions: { plugins: [phaserCoreFlags()] } },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173 },
    build: {
      target: 'es2022',
      sourcemap: false,
      ...(single
        ? {
            outDir: 'dist-single',
            assetsInlineLimit: () => true,
            cssCodeSplit: false,
            modulePreload: false,
            rolldownOptions: { output: { codeSplitting: false } },
          }
        : {}),
    },
  };
});
