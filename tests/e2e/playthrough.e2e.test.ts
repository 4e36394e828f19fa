import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
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
} from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the scene layer has had time to paint the current scene (or is not running). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(900);
}

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('a whole playthrough on %s', (label, viewport) => {
  it('makes no request outside the page’s origin, and leaves screenshots of the title, a night scene, the assault and an ending', async () => {
    const game = await openContext(browser, { viewport, scenes: 'real' });
    const { page } = game;
    const origin = new URL(baseUrl()).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) foreign.push(request.url());
    });
    const dir = ensureArtifacts();
    const shot = async (name: string): Promise<void> => {
      await settle(page);
      await page.screenshot({ path: join(dir, `${name}-${viewport.width}x${viewport.height}.png`) });
    };

    await gotoGame(page);
    await shot('title');
    await startNewGame(page);
    await playUntil(page, (s) => s.time === 'night');
    expect(await page.evaluate(() => document.body.dataset.time)).toBe('night');
    await shot('night');
    await playUntil(page, (s) => s.scene === 'assault');
    expect(await page.evaluate(() => document.body.dataset.scene)).toBe('assault');
    await shot('assault');

    // Open what loads lazily, so its requests are checked too: sources, glossary, the dyslexia font.
    await page.getByRole('button', { name: 'Source for this line' }).first().click();
    await page.getByRole('dialog', { name: 'Source for this line' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Dyslexia-friendly font (OpenDyslexic)').check();
    await page.evaluate(() => document.fonts.ready);
    await page.getByLabel('Dyslexia-friendly font (OpenDyslexic)').uncheck();
    await page.keyboard.press('Escape');

    await playUntil(page, () => false);
    await page.getByRole('heading', { name: 'The end' }).waitFor();
    await page.getByRole('heading', { name: 'The end' }).scrollIntoViewIfNeeded();
    await shot('ending');
    expect(foreign).toEqual([]);
    expect(game.errors.filter((e) => !/GL Driver|WebGL/.test(e))).toEqual([]);
    console.log(`${label}: screenshots in ${dir}`);
    await game.close();
  });
});
