import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserOfflineCopy } from '../../../src/platform/offline.ts';

/** A page in the state `readyState`, whose browser can keep a service worker; `registered` lists the calls. */
function fakePage(readyState: DocumentReadyState) {
  const registered: string[] = [];
  const listeners = new Map<string, () => void>();
  vi.stubGlobal('navigator', {
    serviceWorker: {
      register: async (url: string) => (registered.push(url), {}),
      getRegistration: async () => undefined,
    },
  });
  vi.stubGlobal('document', { readyState });
  vi.stubGlobal('window', { addEventListener: (type: string, listener: () => void) => listeners.set(type, listener) });
  // The browser is idle at once (the callback runs on the next timer turn).
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
  return { registered, load: () => listeners.get('load')?.() };
}

describe('the offline copy', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is not asked for while the page starts, and is once it has started and the browser is idle', async () => {
    vi.useFakeTimers();
    const page = fakePage('loading');
    const copy = browserOfflineCopy('/sw.js');
    page.load();
    await vi.advanceTimersByTimeAsync(5000);
    expect(page.registered).toEqual([]);
    copy.pageStarted();
    await vi.advanceTimersByTimeAsync(1);
    expect(page.registered).toEqual(['/sw.js']);
    // Once only, whatever says so again.
    copy.pageStarted();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(page.registered).toEqual(['/sw.js']);
  });

  it('is asked for some seconds after load when the page never says it has started', async () => {
    vi.useFakeTimers();
    const page = fakePage('complete');
    browserOfflineCopy('/sw.js');
    await vi.advanceTimersByTimeAsync(9000);
    expect(page.registered).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(page.registered).toEqual(['/sw.js']);
  });

  it('says it is being saved when asked before the page has started, and asks for it then', async () => {
    const page = fakePage('loading');
    const copy = browserOfflineCopy('/sw.js');
    // The registration the fake returns has no active worker yet.
    expect(await copy.status()).toBe('saving');
    expect(page.registered).toEqual(['/sw.js']);
  });
});
