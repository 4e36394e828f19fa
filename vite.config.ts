import { defineConfig } from 'vite';
import { inkPlugin } from './src/cli/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
