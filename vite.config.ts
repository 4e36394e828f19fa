import { defineConfig } from 'vite';
import { cspPlugin } from './src/cli/vite-plugin-csp.ts';
import { fontPreloadPlugin } from './src/cli/vite-plugin-font-preload.ts';
import { inkPlugin } from './src/cli/vite-plugin-ink.ts';
import { phaserCoreAlias, phaserCoreFlags } from './src/cli/vite-plugin-phaser-core.ts';
import { registryPlugin } from './src/cli/vite-plugin-registry.ts';

export default defineConfig({
  plugins: [inkPlugin(), registryPlugin(), cspPlugin(), fontPreloadPlugin(), phaserCoreFlags()],
  resolve: { alias: [phaserCoreAlias] },
  optimizeDeps: { rolldownOptions: { plugins: [phaserCoreFlags()] } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
