import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  DESKTOP,
  ensureArtifacts,
  gotoGame,
  sharedBrowser,
  openContext,
  PHONE,
  playUntil,
  startNewGame,
  waitForStory,
} from './support/browser.ts';

const browser = sharedBrowser();

type Moment = 'night' | 'assault' | 'ending';
type Viewport = { readonly width: number; readonly height: number };

/** The moments to photograph, found by the knot state the reader also uses for theming. */
const MOMENTS: readonly [Moment, (s: { scene: string | null; time: string | null; ended: boolean }) => boolean][] = [
  ['night', (s) => s.time === 'night'],
  ['assault', (s) => s.scene === 'assault'],
  ['ending', (s) => s.ended],
];

/** The autosave at each moment, kept by the playthrough for the desktop screenshots. */
const saves = new Map<Moment, string>();

/** Waits until the fonts are in, the scene layer runs and it has had time to paint the current scene. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => window.fortyDaysDebug?.sceneActive() ?? false, undefined, { timeout: 15_000 });
  await page.waitForTimeout(1000);
}

async function shoot(page: Page, name: string, viewport: Viewport): Promise<void> {
  if (name === 'ending') await page.getByRole('heading', { name: 'The end' }).scrollIntoViewIfNeeded();
  await settle(page);
  await page.screenshot({ path: join(ensureArtifacts(), `${name}-${viewport.width}x${viewport.height}.png`) });
}

async function autosave(page: Page): Promise<string> {
  return page.evaluate(() => {
    const found = ['fortydays:save:auto', 'fortydays:save:auto:b']
      .map((k) => localStorage.getItem(k))
      .filter((t): t is string => t !== null);
    return found.toSorted((a, b) => (JSON.parse(a).savedAt < JSON.parse(b).savedAt ? 1 : -1))[0] ?? '';
  });
}

function foreignRequests(page: Page): string[] {
  const origin = new URL(baseUrl()).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const { protocol, origin: from } = new URL(request.url());
    if (protocol !== 'data:' && protocol !== 'blob:' && from !== origin) foreign.push(request.url());
  });
  return foreign;
}

// The real scene layer paints every new scene on the CPU in headless Chromium. The whole playthrough runs on
// the phone, where the scene is a small band above the text; the desktop pictures are taken from saves.
describe('a whole playthrough', () => {
  it('makes no request outside the page’s origin (scene layer, sources, fonts included), and leaves screenshots at 390×844', async () => {
    const game = await openContext(browser(), { viewport: PHONE, scenes: 'real' });
    const { page } = game;
    const foreign = foreignRequests(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // The built page carries a strict Content Security Policy; anything it blocks is recorded here.
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { cspViolations: violations });
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });

    await gotoGame(page);
    expect(
      await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')),
    ).toMatch(/default-src 'self'; script-src 'self'; style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    // The style sheet is inside the page (allowed by its hash above), and applied.
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Literata|Atkinson/);
    await shoot(page, 'title', PHONE);
    await startNewGame(page);
    for (const [moment, reached] of MOMENTS) {
      await playUntil(page, reached);
      saves.set(moment, await autosave(page));
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
      await shoot(page, moment, PHONE);
    }
    expect(await page.evaluate(() => window.fortyDaysDebug?.sceneActive())).toBe(true);
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(requested.some((url) => /opendyslexic/.test(url))).toBe(true);
    expect(game.errors.filter((e) => !/GL Driver|WebGL/.test(e))).toEqual([]);
    await game.close();
  }, 150_000);

  it('leaves screenshots at 1280×800, each moment resumed from its autosave', async () => {
    if (saves.size < MOMENTS.length) {
      // Run alone: find the moments quickly with the stand-in scene layer.
      const finder = await openContext(browser(), { viewport: DESKTOP });
      await gotoGame(finder.page);
      await startNewGame(finder.page);
      for (const [moment, reached] of MOMENTS) {
        await playUntil(finder.page, reached);
        saves.set(moment, await autosave(finder.page));
      }
      await finder.close();
    }

    const game = await openContext(browser(), { viewport: DESKTOP, scenes: 'real' });
    const { page } = game;
    const foreign = foreignRequests(page);
    await gotoGame(page);
    await shoot(page, 'title', DESKTOP);
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
      await shoot(page, moment, DESKTOP);
    }
    expect(foreign).toEqual([]);
    expect(game.errors.filter((e) => !/GL Driver|WebGL/.test(e))).toEqual([]);
    await game.close();
  }, 120_000);
});
