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
  /**
   * The page has started: its first screen is up and a resumed story is playable. The copy is
   * downloaded after this, when the browser is idle, so that the download never competes with the
   * first text or a resume.
   */
  pageStarted(): void;
}

/** No copy: the dev server and the one-file build (which is itself the offline copy). */
export const noOfflineCopy: OfflineCopy = { status: async () => 'unavailable', pageStarted: () => undefined };

/**
 * How long after the page's load event the copy is asked for even if the page never says it has
 * started (a start that failed on the error screen still leaves a game worth keeping offline).
 */
const REGISTER_AT_THE_LATEST_MS = 10_000;

/**
 * Registers the worker at `workerUrl` when the browser is idle after the page has started (see
 * {@link OfflineCopy.pageStarted}), or some seconds after load if it never says so.
 */
export function browserOfflineCopy(workerUrl: string): OfflineCopy {
  const container = typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  let registering: Promise<ServiceWorkerRegistration | null> | null = null;
  const register = (): Promise<ServiceWorkerRegistration | null> =>
    (registering ??= container ? container.register(workerUrl).catch(() => null) : Promise.resolve(null));
  const whenIdle = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void register(), { timeout: 2000 });
    else setTimeout(() => void register(), 200);
  };
  if (container) {
    const atTheLatest = (): void => void setTimeout(whenIdle, REGISTER_AT_THE_LATEST_MS);
    if (document.readyState === 'complete') atTheLatest();
    else window.addEventListener('load', atTheLatest, { once: true });
  }
  return {
    pageStarted() {
      if (container && !registering) whenIdle();
    },
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
