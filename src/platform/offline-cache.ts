/**
 * The offline copy: what the service worker (offline-worker.ts) does, written against the few
 * Cache and fetch calls it needs so that the unit tests can run it in Node.
 *
 * - install: every file of this build goes into one cache named for the build's version, all or
 *   nothing (`addAll`), so a copy is never half there. The page is fetched past the browser's HTTP
 *   cache, which could still hold the previous version's page (whose files this copy lacks).
 * - activate: the copies of older builds are deleted. The new worker only activates once no tab is
 *   controlled by the old one (no skipWaiting).
 * - fetch: the page itself comes from the network when it can (a new version reaches the player),
 *   from the copy when not. The build's files, whose names change with their content, come from any
 *   copy this game keeps (a tab may run a newer build than the active worker's, whose files are in
 *   the waiting worker's copy), else from the network, and are then kept: a file left out of the
 *   copy (a font only some settings use) is there offline once it has been used. Nothing from another
 *   origin is touched, and nothing but GET.
 */

/** Written into the worker at build time (see vite-plugin-offline.ts). */
export interface OfflineManifest {
  /** Changes with any file of the build. */
  readonly version: string;
  /** The build's files, relative to the worker's scope; the page is `index.html`. */
  readonly files: readonly string[];
}

/** The cache names this game owns; caches of other apps on the same origin are never touched. */
export const OFFLINE_CACHE_PREFIX = 'forty-days-offline-';
export const OFFLINE_PAGE = 'index.html';

export interface OfflineWorkerDeps {
  readonly caches: Pick<CacheStorage, 'open' | 'keys' | 'delete'>;
  readonly fetch: (request: Request) => Promise<Response>;
  /** The worker's scope, e.g. https://school.example/forty-days/ */
  readonly scope: string;
}

export interface OfflineWorker {
  readonly cacheName: string;
  install(): Promise<void>;
  activate(): Promise<void>;
  /** The response to give, or null to let the browser handle the request itself. */
  respond(request: Request): Promise<Response> | null;
}

export function offlineWorker(manifest: OfflineManifest, deps: OfflineWorkerDeps): OfflineWorker {
  const cacheName = `${OFFLINE_CACHE_PREFIX}${manifest.version}`;
  const scope = new URL(deps.scope);
  const pageUrl = new URL(OFFLINE_PAGE, scope).href;

  const fromCopy = async (request: Request | string): Promise<Response | undefined> => {
    const cache = await deps.caches.open(cacheName);
    return cache.match(request, { ignoreSearch: true });
  };

  /** This version's copy first, then any other copy of this game's (never another app's caches). */
  const fromAnyCopy = async (request: Request): Promise<Response | undefined> => {
    const own = await fromCopy(request);
    if (own) return own;
    for (const name of await deps.caches.keys()) {
      if (name === cacheName || !name.startsWith(OFFLINE_CACHE_PREFIX)) continue;
      const found = await (await deps.caches.open(name)).match(request, { ignoreSearch: true });
      if (found) return found;
    }
    return undefined;
  };

  const page = async (request: Request): Promise<Response> => {
    try {
      const response = await deps.fetch(request);
      // A server error is no better than no network: the copy is.
      if (response.status < 500) return response;
      return (await fromCopy(pageUrl)) ?? response;
    } catch (error) {
      const copy = await fromCopy(pageUrl);
      if (copy) return copy;
      throw error;
    }
  };

  const file = async (request: Request): Promise<Response> => {
    const kept = await fromAnyCopy(request);
    if (kept) return kept;
    const response = await deps.fetch(request);
    if (response.ok && response.type !== 'opaque') {
      // Kept for next time; a failure to keep it (storage full) must not fail the request.
      await (await deps.caches.open(cacheName)).put(request, response.clone()).catch(() => undefined);
    }
    return response;
  };

  return {
    cacheName,
    async install() {
      const cache = await deps.caches.open(cacheName);
      await cache.addAll(
        manifest.files.map((name) => {
          const url = new URL(name, scope).href;
          return name === OFFLINE_PAGE ? new Request(url, { cache: 'reload' }) : url;
        }),
      );
    },
    async activate() {
      const names = await deps.caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX) && name !== cacheName).map((name) => deps.caches.delete(name)),
      );
    },
    respond(request) {
      if (request.method !== 'GET') return null;
      const url = new URL(request.url);
      if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
      if (request.mode === 'navigate') return page(request);
      return file(request);
    },
  };
}
