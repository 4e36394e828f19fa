/**
 * The offline copy: what the service worker (offline-worker.ts) does, written against the few
 * Cache and fetch calls it needs so that the unit tests can run it in Node.
 *
 * - install: every file of this build goes into one cache named for the build's version, all or
 *   nothing (`addAll`), so a copy is never half there.
 * - activate: the copies of older builds are deleted. The new worker only activates once no tab runs
 *   the old build (no skipWaiting), so a page never loses the chunks it started with.
 * - fetch: the page itself comes from the network when it can (a new version reaches the player),
 *   from the copy when not; the build's files, whose names change with their content, come from the
 *   copy first. Nothing from another origin is touched, and nothing but GET.
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
  readonly caches: Pick<CacheStorage, 'open' | 'keys' | 'delete' | 'match'>;
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

  const file = async (request: Request): Promise<Response> => (await fromCopy(request)) ?? deps.fetch(request);

  return {
    cacheName,
    async install() {
      const cache = await deps.caches.open(cacheName);
      await cache.addAll(manifest.files.map((name) => new URL(name, scope).href));
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
