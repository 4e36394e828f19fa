/**
 * The service worker that keeps the offline copy (built to sw.js by vite-plugin-offline.ts; the
 * logic is in offline-cache.ts). It must import nothing the page also imports: a service worker is
 * one classic script, so the build fails if this file ends up sharing a chunk.
 */
import { offlineWorker, type OfflineManifest } from './offline-cache.ts';

/** The parts of the service worker global this file uses (the DOM and WebWorker libraries clash in one program). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  fetch(request: Request): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

declare const self: WorkerScope;

/** Replaced with the build's manifest, as a JSON string, when the worker is built. */
const manifest = JSON.parse('__OFFLINE_MANIFEST__') as OfflineManifest;

const worker = offlineWorker(manifest, {
  caches: self.caches,
  fetch: (request) => self.fetch(request),
  scope: self.registration.scope,
});

self.addEventListener('install', (event) => event.waitUntil(worker.install()));
// Claiming the open pages lets the tab that installed the copy use it at once (after a reload it would anyway).
self.addEventListener('activate', (event) => event.waitUntil(worker.activate().then(() => self.clients.claim())));
self.addEventListener('fetch', (event) => {
  const response = worker.respond(event.request);
  if (response) event.respondWith(response);
});
