import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../src/cli/static-server.ts';
import { KEPT_WHEN_USED } from '../../src/cli/vite-plugin-offline.ts';
import { chooseByKey, openContext, sharedBrowser, startNewGame, turn, waitForSettled } from './support/browser.ts';

const browser = sharedBrowser();

/** Every file of the built game, relative to its folder. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .toSorted();
}

describe('the offline copy', () => {
  it('lists every file of the build in the service worker, but the font of one setting', () => {
    const dist = inject('distDir');
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    const json = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(worker)?.[1];
    expect(json, 'the manifest is written into sw.js').toBeDefined();
    const manifest = JSON.parse(JSON.parse(json!) as string) as { version: string; files: string[] };
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    expect(manifest.files).toEqual(builtFiles(dist).filter((file) => file !== 'sw.js' && !KEPT_WHEN_USED.test(file)));
    // What is left out is only the font of one setting.
    expect(
      builtFiles(dist)
        .filter((file) => KEPT_WHEN_USED.test(file))
        .every((file) => /opendyslexic.*\.woff2$/.test(file)),
    ).toBe(true);
  });

  it('opens and plays with the server gone, after one visit, and says so on the About page', async () => {
    // A server of its own, so that this test can take it away.
    const server = await serveStatic(inject('distDir'));
    const game = await openContext(browser(), { scenes: 'real', serviceWorkers: 'allow' });
    const { page } = game;
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    // When the page asks for the copy, on its own clock.
    await page.addInitScript(() => {
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
        (window as unknown as { registeredAt: number }).registeredAt = performance.now();
        return register(...args);
      };
    });
    try {
      await page.goto(`${server.url}/`);
      await startNewGame(page);
      await chooseByKey(page, 1);
      const turnBefore = await turn(page);
      // The copy is made once the page is idle; the worker activates when every file is kept.
      // (Polled from here: waitForFunction would take the predicate's promise itself for a yes.)
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 })
        .toBe('activated');
      // Asked for because the title page said it had started, not by the fallback ten seconds after load.
      const afterLoad = await page.evaluate(
        () =>
          (window as unknown as { registeredAt: number }).registeredAt -
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      );
      expect(afterLoad).toBeLessThan(9000);

      await server.close();
      // A new visit to the title page, then Continue: the autosave made online is there, and the story
      // goes on from it.
      await page.goto(`${server.url}/`);
      await page.locator('body[data-screen="title"]').waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('body[data-screen="play"] [role="log"] p').first().waitFor();
      expect(await turn(page)).toBe(turnBefore);
      await chooseByKey(page, 1);
      // The parts loaded after the text come from the copy too: the registry (speakers, sources)
      // and the scene layer.
      await waitForSettled(page);
      await page.locator('[data-scene-layer]').waitFor({ state: 'attached', timeout: 30_000 });
      await page.getByRole('button', { name: 'Source for this line' }).first().click();
      await page.getByRole('dialog', { name: 'Source for this line' }).locator('.fact-card').first().waitFor();
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Sources & credits' }).click();
      const status = page.locator('.about-offline-status');
      await expect.poll(() => status.innerText()).toMatch(/keeps a copy of the game/);

      expect(failed).toEqual([]);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
      await server.close();
    }
  });

  it('without a service worker the About page points to the one-file version', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'About & sources' }).click();
    await expect.poll(() => page.locator('.about-offline-status').innerText()).toMatch(/one-file version/);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
