import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { OFFLINE_PAGE, type OfflineManifest } from '../platform/offline-cache.ts';

/** The service worker's source, and the file it is built to (at the top of the site, so its scope is the whole game). */
export const OFFLINE_WORKER_ENTRY = fileURLToPath(new URL('../platform/offline-worker.ts', import.meta.url));
export const OFFLINE_WORKER_FILE = 'sw.js';
const PLACEHOLDER = /(["'`])__OFFLINE_MANIFEST__\1/;
/**
 * Files the copy leaves out: the dyslexia-friendly font (235 kB, a quarter of the copy) is used only
 * with its setting on, and the worker keeps it the first time it is used (see offline-cache.ts).
 * Without it, a first visit with the offline copy stays within the 700 kB transfer budget.
 */
export const KEPT_WHEN_USED = /(^|\/)opendyslexic-[^/]*$/;
const VIRTUAL_ID = 'virtual:offline-worker';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Builds the service worker that keeps an offline copy of the game after its first load
 * (product.md: "works offline after first load"), with the list of every file of this build
 * written into it. Any change to the build changes the worker's bytes, which is how a browser
 * learns that there is a new version. Not in the one-file build (a page opened from a file cannot
 * have a service worker, and needs none) nor on the dev server (a copy would hide every edit).
 *
 * The page learns whether there is a worker, and where, from `virtual:offline-worker`: the build
 * decides, not a guess from the mode at run time.
 */
export function offlinePlugin(): Plugin {
  let enabled = false;
  let base = '/';
  return {
    name: 'forty-days:offline',
    // After Vite's own HTML plugin has put index.html in the bundle.
    enforce: 'post',
    configResolved(config) {
      enabled = config.command === 'build' && config.mode !== 'single';
      base = config.base;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export const offlineWorkerUrl = ${enabled ? JSON.stringify(`${base}${OFFLINE_WORKER_FILE}`) : 'null'};\n`;
    },
    buildStart() {
      if (enabled) this.emitFile({ type: 'chunk', id: OFFLINE_WORKER_ENTRY, fileName: OFFLINE_WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      if (!enabled) return;
      const worker = bundle[OFFLINE_WORKER_FILE];
      if (!worker || worker.type !== 'chunk') throw new Error(`offline: the service worker ${OFFLINE_WORKER_FILE} was not built`);
      if (worker.imports.length > 0 || worker.dynamicImports.length > 0) {
        throw new Error(
          `offline: ${OFFLINE_WORKER_FILE} imports ${[...worker.imports, ...worker.dynamicImports].join(', ')}; a service worker must be one script (import nothing the page imports)`,
        );
      }
      const page = bundle[OFFLINE_PAGE];
      if (!page || page.type !== 'asset') throw new Error(`offline: ${OFFLINE_PAGE} is not in the build`);
      const files = Object.keys(bundle)
        .filter((name) => name !== OFFLINE_WORKER_FILE && !name.endsWith('.map') && !KEPT_WHEN_USED.test(name))
        .toSorted();
      const version = createHash('sha256')
        .update(files.join('\n'))
        .update(typeof page.source === 'string' ? page.source : Buffer.from(page.source))
        .digest('hex')
        .slice(0, 16);
      const manifest: OfflineManifest = { version, files };
      if (!PLACEHOLDER.test(worker.code)) throw new Error('offline: the manifest placeholder is missing from the built service worker');
      worker.code = worker.code.replace(PLACEHOLDER, () => JSON.stringify(JSON.stringify(manifest)));
    },
  };
}
