import { describe, expect, it } from 'vitest';
import { OFFLINE_CACHE_PREFIX, offlineWorker, type OfflineWorkerDeps } from '../../../src/platform/offline-cache.ts';
import { OFFLINE_CACHE_NAME_START } from '../../../src/platform/offline.ts';

const SCOPE = 'https://school.example/forty-days/';
const MANIFEST = { version: 'v2', files: ['index.html', 'assets/index-abc.js', 'assets/scenes-def.js'] };

type CachesLike = OfflineWorkerDeps['caches'];

/** Cache Storage in memory, by full URL; `ignoreSearch` compares without the query, as browsers do. */
class FakeCaches implements CachesLike {
  readonly stores = new Map<string, Map<string, string>>();
  /** The HTTP-cache mode of every request `addAll` made, by URL. */
  readonly modes = new Map<string, RequestCache>();

  constructor(private readonly origin: (url: string) => Promise<Response>) {}

  async open(name: string): Promise<Cache> {
    const store = this.stores.get(name) ?? new Map<string, string>();
    this.stores.set(name, store);
    const origin = this.origin;
    const modes = this.modes;
    const url = (request: RequestInfo | URL) => new URL(request instanceof Request ? request.url : String(request));
    const bare = (u: URL) => `${u.origin}${u.pathname}`;
    return {
      async match(request: RequestInfo | URL, options?: CacheQueryOptions) {
        const wanted = url(request);
        for (const [key, body] of store) {
          if (key === wanted.href || (options?.ignoreSearch && bare(new URL(key)) === bare(wanted))) return new Response(body);
        }
        return undefined;
      },
      async addAll(requests: RequestInfo[]) {
        for (const r of requests) modes.set(url(r).href, r instanceof Request ? r.cache : 'default');
        // All or nothing, as the real addAll.
        const fetched = await Promise.all(requests.map(async (r) => [url(r).href, await (await origin(url(r).href)).text()] as const));
        for (const [k, body] of fetched) store.set(k, body);
      },
      async put(request: RequestInfo | URL, response: Response) {
        store.set(url(request).href, await response.text());
      },
    } as unknown as Cache;
  }

  async keys(): Promise<string[]> {
    return [...this.stores.keys()];
  }

  async delete(name: string): Promise<boolean> {
    return this.stores.delete(name);
  }
}

/** A site whose files answer with their own URL, and which can go away. */
function site() {
  const state = { online: true, status: 200, fetched: [] as string[] };
  const fetch = async (request: Request | string): Promise<Response> => {
    const url = typeof request === 'string' ? request : request.url;
    state.fetched.push(url);
    if (!state.online) throw new TypeError('Failed to fetch');
    return new Response(`network ${url}`, { status: state.status });
  };
  const caches = new FakeCaches(async (url) => {
    if (!state.online) throw new TypeError('Failed to fetch');
    if (url.endsWith('missing.js')) return Promise.reject(new TypeError('404'));
    return new Response(`copy of ${url}`);
  });
  return { state, caches, fetch };
}

function navigation(url: string): Request {
  // Node's Request cannot be built with mode 'navigate'; the worker reads only these fields.
  return { method: 'GET', mode: 'navigate', url } as Request;
}

async function installed(manifest = MANIFEST) {
  const s = site();
  const worker = offlineWorker(manifest, { caches: s.caches, fetch: s.fetch, scope: SCOPE });
  await worker.install();
  await worker.activate();
  s.state.fetched.length = 0;
  return { ...s, worker };
}

describe('the offline copy (service worker logic)', () => {
  it('keeps every file of the build, resolved against the scope, in a cache named for the version', async () => {
    const { caches, worker } = await installed();
    expect(worker.cacheName).toBe(`${OFFLINE_CACHE_PREFIX}v2`);
    expect([...caches.stores.get(worker.cacheName)!.keys()]).toEqual([
      'https://school.example/forty-days/index.html',
      'https://school.example/forty-days/assets/index-abc.js',
      'https://school.example/forty-days/assets/scenes-def.js',
    ]);
  });

  it('keeps nothing when one file cannot be fetched, so a copy is never half there', async () => {
    const s = site();
    const worker = offlineWorker({ version: 'v3', files: ['index.html', 'assets/missing.js'] }, { ...s, scope: SCOPE });
    await expect(worker.install()).rejects.toThrow();
    expect(s.caches.stores.get(worker.cacheName)?.size ?? 0).toBe(0);
  });

  it('deletes the copies of older versions on activation, and never another app’s caches', async () => {
    const s = site();
    await s.caches.open(`${OFFLINE_CACHE_PREFIX}v1`);
    await s.caches.open('another-app-on-this-origin');
    const worker = offlineWorker(MANIFEST, { ...s, scope: SCOPE });
    await worker.install();
    await worker.activate();
    expect(await s.caches.keys()).toEqual(['another-app-on-this-origin', `${OFFLINE_CACHE_PREFIX}v2`]);
  });

  it('serves the page from the network when it can, so a new version reaches the player', async () => {
    const { worker, state } = await installed();
    const response = await worker.respond(navigation(`${SCOPE}#play`))!;
    expect(await response.text()).toBe(`network ${SCOPE}#play`);
    expect(state.fetched).toEqual([`${SCOPE}#play`]);
  });

  it('serves the page from the copy without a network, whatever the address’s query or hash', async () => {
    const { worker, state } = await installed();
    state.online = false;
    for (const url of [SCOPE, `${SCOPE}index.html?lesson=2`, `${SCOPE}#run=abc`]) {
      expect(await (await worker.respond(navigation(url))!).text()).toBe(`copy of ${SCOPE}index.html`);
    }
  });

  it('serves the copy of the page when the server answers with an error', async () => {
    const { worker, state } = await installed();
    state.status = 503;
    expect(await (await worker.respond(navigation(SCOPE))!).text()).toBe(`copy of ${SCOPE}index.html`);
  });

  it('fails as the network did when there is neither network nor copy', async () => {
    const s = site();
    const worker = offlineWorker(MANIFEST, { ...s, scope: SCOPE });
    s.state.online = false;
    await expect(worker.respond(navigation(SCOPE))!).rejects.toThrow('Failed to fetch');
  });

  it('serves the build’s files from the copy first, and others from the network', async () => {
    const { worker, state } = await installed();
    const kept = await worker.respond(new Request(`${SCOPE}assets/scenes-def.js`))!;
    expect(await kept.text()).toBe(`copy of ${SCOPE}assets/scenes-def.js`);
    expect(state.fetched).toEqual([]);
    const other = await worker.respond(new Request(`${SCOPE}assets/new-file.js`))!;
    expect(await other.text()).toBe(`network ${SCOPE}assets/new-file.js`);
  });

  it('fetches the page past the browser’s HTTP cache, which may still hold the previous version', async () => {
    const { caches } = await installed();
    expect(caches.modes.get(`${SCOPE}index.html`)).toBe('reload');
    expect(caches.modes.get(`${SCOPE}assets/index-abc.js`)).toBe('default');
  });

  it('finds a file in another copy of this game (a tab on a newer build), never in another app’s cache', async () => {
    const { worker, caches, state } = await installed();
    await (await caches.open(`${OFFLINE_CACHE_PREFIX}v3`)).put(`${SCOPE}assets/newer.js`, new Response('newer build'));
    await (await caches.open('another-app')).put(`${SCOPE}assets/theirs.js`, new Response('not ours'));
    state.online = false;
    expect(await (await worker.respond(new Request(`${SCOPE}assets/newer.js`))!).text()).toBe('newer build');
    await expect(worker.respond(new Request(`${SCOPE}assets/theirs.js`))!).rejects.toThrow('Failed to fetch');
  });

  it('keeps a file fetched from the network (a font only some settings use), for offline use', async () => {
    const { worker, state } = await installed();
    const url = `${SCOPE}assets/opendyslexic-400.woff2?v=1`;
    expect(await (await worker.respond(new Request(url))!).text()).toBe(`network ${url}`);
    state.online = false;
    expect(await (await worker.respond(new Request(url))!).text()).toBe(`network ${url}`);
  });

  it('names its caches as the page looks for them', () => {
    expect(OFFLINE_CACHE_NAME_START).toBe(OFFLINE_CACHE_PREFIX);
  });

  it('leaves alone what is not its own: other origins, other paths, anything but GET', async () => {
    const { worker } = await installed();
    expect(worker.respond(new Request('https://elsewhere.example/forty-days/index.html'))).toBeNull();
    expect(worker.respond(new Request('https://school.example/other-game/index.html'))).toBeNull();
    expect(worker.respond(new Request(`${SCOPE}assets/index-abc.js`, { method: 'POST', body: 'x' }))).toBeNull();
  });
});
