import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../src/cli/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built game is served, e.g. http://127.0.0.1:40123/ */
    baseUrl: string;
    /** The folder the built game is in (to serve it again, or read its files). */
    distDir: string;
    /** The file name of the built chunk that exports createSceneLayer ('' when the build has none). */
    sceneChunk: string;
  }
}

/**
 * Builds the game once (`vite build --mode e2e`, which adds the read-only test hook) into a temp
 * folder and serves it on 127.0.0.1. Set E2E_DIST to serve an existing build instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let dir = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : null;
  let made: string | null = null;
  if (dir === null) {
    made = mkdtempSync(join(tmpdir(), 'forty-days-e2e-'));
    dir = made;
    await build({
      configFile: resolve('vite.config.ts'),
      mode: 'e2e',
      logLevel: 'error',
      build: { outDir: dir, emptyOutDir: true, reportCompressedSize: false },
    });
  }
  const server = await serveStatic(dir);
  project.provide('baseUrl', `${server.url}/`);
  project.provide('distDir', dir);
  project.provide('sceneChunk', findSceneChunk(join(dir, 'assets')));
  return async () => {
    await server.close();
    if (made) rmSync(made, { recursive: true, force: true });
  };
}

/** The chunk of src/scenes/index.ts: the one that exports createSceneLayer. */
function findSceneChunk(assets: string): string {
  for (const name of readdirSync(assets)) {
    if (
      name.endsWith('.js') &&
      /export\s*\{[^}]*\bas createSceneLayer\b|export\s*\{[^}]*\bcreateSceneLayer\b/.test(
        readFileSync(join(assets, name), 'utf8').slice(-2000),
      )
    )
      return name;
  }
  return '';
}
