import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  DESKTOP,
  ensureArtifacts,
  gotoGame,
  launchBrowser,
  openContext,
  PHONE,
  playUntil,
  startNewGame,
  waitForStory,
} from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Moment = 'night' | 'assault' | 'ending';

/** The moments to photograph, found by the knot state the reader also uses for theming. */
const MOMENTS: readonly [Moment, (s: { scene: string | null; time: string | null; ended: boolean }) => boolean][] = [
  ['night', (s) => s.time === 'night'],
  ['assault', (s) => s.scene === 'assault'],
  ['ending', (s) => s.ended],
];

/** Waits until the fonts are in and the scene layer has had time to paint the current scene. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1200);
}

async function shoot(page: Page, name: string, viewport: { width: number; height: number }): Promise<void> {
  if (name === 'ending') await page.getByRole('heading', { name: 'The end' }).scrollIntoViewIfNeeded();
  await settle(page);
  await page.screenshot({ path: join(ensureArtifacts(), `${name}-${viewport.width}x${viewport.height}.png`) });
}

async function autosave(page: Page): Promise<string> {
  return page.evaluate(() => {
    const saves = ['fortydays:save:auto', 'fortydays:save:auto:b']
      .map((k) => localStorage.getItem(k))
      .filter((t): t is string => t !== null);
    return saves.toSorted((a, b) => (JSON.parse(a).savedAt < JSON.parse(b).savedAt ? 1 : -1))[0] ?? '';
  });
}

// The real scene layer paints every new scene on the CPU in headless Chromium, so these two take longer than the rest.
describe('a whole playthrough', () => {
  it('makes no request outside the page’s origin (scene layer, sources, fonts included), and leaves screenshots at 1280×800', async () => {
    const game = await openContext(browser, { viewport: DESKTOP, scenes: 'real' });
    const { page } = game;
    const origin = new URL(baseUrl()).origin;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await gotoGame(page);
    await shoot(page, 'title', DESKTOP);
    await startNewGame(page);
    for (const [moment, reached] of MOMENTS) {
      await playUntil(page, reached);
      if (moment === 'assault') {
        // Open what loads lazily, so its requests are checked too: a source card, the glossary, the dyslexia font.
        await page.getByRole('button', { name: 'Source for this line' }).first().click();
        await page.getByRole('dialog', { name: 'Source for this line' }).waitFor();
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Glossary' }).click();
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Settings' }).click();
        await page.getByLabel('Dyslexia-friendly font (OpenDyslexic)').check();
        await page.evaluate(() => document.fonts.ready);
        await page.getByLabel('Dyslexia-friendly font (OpenDyslexic)').uncheck();
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('dialog'));
      }
      await shoot(page, moment, DESKTOP);
    }
    expect(await page.evaluate(() => window.fortyDaysDebug?.sceneActive())).toBe(true);

    const foreign = requests.filter((url) => {
      const { protocol, origin: from } = new URL(url);
      return protocol !== 'data:' && protocol !== 'blob:' && from !== origin;
    });
    expect(foreign).toEqual([]);
    expect(requests.some((url) => /opendyslexic/.test(url))).toBe(true);
    expect(game.errors.filter((e) => !/GL Driver|WebGL/.test(e))).toEqual([]);
    await game.close();
  }, 180_000);

  it('leaves screenshots at 390×844 (portrait phone)', async () => {
    // Find the moments quickly with the stand-in scene layer, keeping the autosave at each.
    const finder = await openContext(browser, { viewport: PHONE });
    await gotoGame(finder.page);
    await startNewGame(finder.page);
    const saves = new Map<Moment, string>();
    for (const [moment, reached] of MOMENTS) {
      await playUntil(finder.page, reached);
      saves.set(moment, await autosave(finder.page));
    }
    await finder.close();

    const game = await openContext(browser, { viewport: PHONE, scenes: 'real' });
    const { page } = game;
    await gotoGame(page);
    await shoot(page, 'title', PHONE);
    for (const [moment] of MOMENTS) {
      await page.evaluate((text) => {
        localStorage.removeItem('fortydays:save:auto:b');
        localStorage.setItem('fortydays:save:auto', text);
      }, saves.get(moment)!);
      await page.goto(`${baseUrl()}#play`);
      await page.reload();
      await waitForStory(page);
      expect(await page.evaluate(() => ({ time: document.body.dataset.time, scene: document.body.dataset.scene }))).toMatchObject(
        moment === 'night' ? { time: 'night' } : moment === 'assault' ? { scene: 'assault' } : {},
      );
      await shoot(page, moment, PHONE);
    }
    expect(game.errors.filter((e) => !/GL Driver|WebGL/.test(e))).toEqual([]);
    await game.close();
  }, 120_000);
});
