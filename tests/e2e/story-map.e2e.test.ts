import { describe, expect, it } from 'vitest';
import { axeViolations, chooseByKey, gotoGame, openContext, sharedBrowser, startNewGame } from './support/browser.ts';

const browser = sharedBrowser();

describe('the story map', () => {
  it('shows this run’s scenes, the share explored, and keeps what was seen for the endings page', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    for (let i = 0; i < 4; i++) await chooseByKey(page, 1);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Story map' }).click();
    const map = page.getByRole('dialog', { name: 'Story map' });
    await map.locator('.map-summary').waitFor();
    const summary = await map.locator('.map-summary').innerText();
    const [, seen, total] = /seen (\d+) of the story’s (\d+) scenes/.exec(summary) ?? [];
    expect(Number(seen)).toBeGreaterThan(0);
    expect(Number(total)).toBeGreaterThan(Number(seen));
    expect(await map.locator('.map-scenes .map-scene--current').count()).toBe(Number(seen));
    // Unseen scenes give away no more than their date.
    expect(await map.locator('.map-scene--unseen .map-scene-text').first().innerText()).toMatch(/^\d{1,2} \w+ \d{4}$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // From the title's endings page, after the run: the scenes are still counted as seen.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Title screen' }).click();
    await page.getByRole('button', { name: /^Endings/ }).click();
    await page.getByRole('button', { name: 'Story map' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Story map' }).locator('.map-summary').innerText()).toBe(summary);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
