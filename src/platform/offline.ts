/**
 * The page's side of the offline copy: it asks the browser to keep one (the service worker built
 * from offline-worker.ts), and says whether it has one. Nothing here is needed to play: where
 * service workers are unavailable (a page served over plain http from another machine, a browser
 * that blocks them) the game runs as before, only not offline.
 */

/**
 * The names of the worker's caches begin with this (OFFLINE_CACHE_PREFIX in offline-cache.ts, which
 * the page must not import: a module both share would become a chunk the worker cannot load; a unit
 * test keeps the two equal).
 */
export const OFFLINE_CACHE_NAME_START = 'forty-days-offline-';

export type OfflineStatus =
  /** Every file of this version is kept; the game opens without a network. */
  | 'ready'
  /** The copy is being downloaded. */
  | 'saving'
  /** This browser or this address cannot keep a copy. */
  | 'unavailable';

export interface OfflineCopy {
  status(): Promise<OfflineStatus>;
}

/** No copy: the dev server and the one-file build (which is itself the offline copy). */
export const noOfflineCopy: OfflineCopy = { status: async () => 'unavailable' };

/**
 * Registers the worker at `workerUrl` once the page has loaded and the browser is idle, so the
 * download never competes with the first text or the scene layer.
 */
export function browserOfflineCopy(workerUrl: string): OfflineCopy {
  const container = typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  let registering: Promise<ServiceWorkerRegistration | null> | null = null;
  const register = (): Promise<ServiceWorkerRegistration | null> =>
    (registering ??= container ? container.register(workerUrl).catch(() => null) : Promise.resolve(null));
  if (container) {
    const whenIdle = (): void => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void register(), { timeout: 10_000 });
      else setTimeout(() => void register(), 2000);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }
  return {
    async status() {
      if (!container) return 'unavailable';
      // Registered at idle after load: asked before that, wait for the attempt, so a failure says so.
      const registration = (await container.getRegistration().catch(() => undefined)) ?? (await register());
      if (!registration) return 'unavailable';
      if (!registration.active) return 'saving';
      // A browser may drop the copy to free space (shared Chromebooks do): ready only if it is there.
      const names = await caches.keys().catch((): string[] => []);
      return names.some((name) => name.startsWith(OFFLINE_CACHE_NAME_START)) ? 'ready' : 'saving';
    },
  };
}
