import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SCENES, TIMES_OF_DAY } from '../../src/engine/tags.ts';
import { DESKTOP, ensureArtifacts, gotoGame, sharedBrowser, openContext, PHONE, startNewGame } from './support/browser.ts';

const browser = sharedBrowser();

/** Counts requestAnimationFrame calls, so a test can tell a sleeping loop from a running one. */
const COUNT_RAF = `(() => {
  window.rafCalls = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => { window.rafCalls++; return raf(cb); };
})();`;

/** Main-thread busy time, as a percentage of `ms`, measured by Chromium itself. */
async function busyPercent(page: Page, ms: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async (): Promise<number> =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const before = await taskSeconds();
  await page.waitForTimeout(ms);
  const busy = (await taskSeconds()) - before;
  await cdp.detach();
  return (100 * busy * 1000) / ms;
}

/** The layer's diagnostics (not part of the reader's contract; read here through the page's handle). */
interface Diagnostics {
  mode: string;
  key: string | null;
  stacked: number;
  ambientAllowed: boolean;
}

describe('the scene layer in the game', () => {
  it('starts once the player does something, stays out of the accessibility tree and the tab order, and idles while the player reads', async () => {
    // Reduced motion: the reader's own word-by-word reveal is CSS animation, and this measures the layer.
    const game = await openContext(browser(), { scenes: 'real', initScripts: [COUNT_RAF] });
    const { page } = game;
    await gotoGame(page);
    // Phaser waits for the player: nothing of it on a page just opened (the CSS backdrop shows). Without
    // the wait it would be up within this time (it starts two frames after the first text).
    await page.waitForTimeout(3000);
    expect(await page.locator('#scene canvas').count()).toBe(0);
    await startNewGame(page);
    const canvas = page.locator('#scene canvas[data-scene-layer]');
    await canvas.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await canvas.getAttribute('aria-hidden')).toBe('true');
    expect(await canvas.evaluate((c) => (c as HTMLCanvasElement).tabIndex)).toBeLessThan(0);

    // Let the first cross-fade finish, then watch the page while nobody does anything.
    await page.waitForTimeout(2500);
    const rafBefore = await page.evaluate(() => (window as unknown as { rafCalls: number }).rafCalls);
    const busy = await busyPercent(page, 4000);
    const rafDuring = (await page.evaluate(() => (window as unknown as { rafCalls: number }).rafCalls)) - rafBefore;
    console.log(`scene layer idle: ${busy.toFixed(2)} % main thread, ${rafDuring} animation frames in 4 s`);
    expect(busy).toBeLessThan(2);
    expect(rafDuring).toBeLessThanOrEqual(2);

    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('CANVAS');
    }
    expect(game.errors.filter((e) => !/GL Driver|WebGL/.test(e))).toEqual([]);
    await game.close();
  });
});

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('every scene on %s', (label, viewport) => {
  it('paints every scene, fades to it and puts the loop to sleep; destroy() leaves nothing behind', async () => {
    const game = await openContext(browser(), { viewport, scenes: 'real', initScripts: [COUNT_RAF] });
    const { page } = game;
    await gotoGame(page);
    // The game's own layer starts at the first key and then sleeps: it must not wake up mid-test.
    await page.keyboard.press('Shift');
    await page.locator('#scene canvas[data-scene-layer]').waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(2500);
    const chunk = inject('sceneChunk');
    expect(chunk, 'the build has a chunk that exports createSceneLayer').not.toBe('');
    // A string, not a function: the test runner would rewrite a dynamic import inside a function.
    await page.evaluate(`(async () => {
      const stage = document.createElement('div');
      stage.id = 'scene-test';
      stage.style.cssText = 'position:fixed;inset:0;z-index:1000';
      document.body.append(stage);
      const { createSceneLayer } = await import('/assets/${chunk}');
      window.testLayer = await createSceneLayer({ parent: stage, reducedMotion: true, theme: 'dark' });
    })()`);

    const dir = ensureArtifacts();
    for (const [i, scene] of SCENES.entries()) {
      const time = TIMES_OF_DAY[i % TIMES_OF_DAY.length]!;
      await page.evaluate(
        ([s, t]) => {
          const layer = (window as unknown as { testLayer: { show(k: object): void } }).testLayer;
          layer.show({ act: 'forty_days', date: null, time: t, place: null, scene: s, beat: null, intensity: 1, ending: null });
        },
        [scene, time] as const,
      );
      await page.waitForFunction(
        (key) => {
          const d = (window as unknown as { testLayer: { diagnostics(): Diagnostics } }).testLayer.diagnostics();
          return d.key?.startsWith(key) && d.stacked === 1 && d.mode === 'sleep';
        },
        `${scene}|${time}|`,
        { timeout: 15_000 },
      );
      await page.screenshot({ path: join(dir, `scene-${scene}-${time}-${viewport.width}x${viewport.height}.png`) });
    }

    // Asleep: a running loop asks for about 60 frames a second. A frame already asked for when the loop
    // went to sleep may still come on a busy machine (CI failed once on 1), as the idle test above allows.
    // Just after the last screenshot the loop was running again in 3 of 3 runs (it went back to sleep
    // within a frame or two; CI once counted 20 frames in that second): the count starts once it sleeps.
    await page.waitForFunction(
      () => (window as unknown as { testLayer: { diagnostics(): Diagnostics } }).testLayer.diagnostics().mode === 'sleep',
      null,
      { timeout: 15_000 },
    );
    const rafBefore = await page.evaluate(() => (window as unknown as { rafCalls: number }).rafCalls);
    await page.waitForTimeout(1000);
    expect((await page.evaluate(() => (window as unknown as { rafCalls: number }).rafCalls)) - rafBefore).toBeLessThanOrEqual(2);

    await page.evaluate(() => (window as unknown as { testLayer: { destroy(): void } }).testLayer.destroy());
    expect(await page.locator('#scene-test canvas').count()).toBe(0);
    expect(game.errors.filter((e) => !/GL Driver|WebGL/.test(e))).toEqual([]);
    console.log(`${label}: scene screenshots in ${dir}`);
    await game.close();
  }, 180_000);
});
