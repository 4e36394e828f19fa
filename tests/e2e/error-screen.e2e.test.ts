import { describe, expect, it } from 'vitest';
import { chooseByKey, downloadedText, gotoGame, sharedBrowser, openContext, startNewGame, turn, waitForStory } from './support/browser.ts';

const browser = sharedBrowser();

describe('the error screen', () => {
  it('replaces a blank page with what went wrong and three ways on', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await chooseByKey(page, 1);
    await chooseByKey(page, 1);
    await page.evaluate(() => window.fortyDaysDebug?.fail('a test failure'));
    await page.getByRole('heading', { level: 1, name: 'Something went wrong' }).waitFor();
    await expect(page.locator('.error-summary').innerText()).resolves.toMatch(/did not expect/);
    await page.getByText('Technical details').click();
    await expect(page.locator('.error-details pre').innerText()).resolves.toContain('a test failure');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the autosave' }).click(),
    ]);
    expect(JSON.parse(await downloadedText(download))).toMatchObject({ run: { steps: [{}, {}] } });

    await page.getByRole('button', { name: 'Restore the last autosave' }).click();
    await waitForStory(page);
    expect(await turn(page)).toBe(2);

    await page.evaluate(() => window.fortyDaysDebug?.fail('again'));
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('heading', { level: 1, name: 'Before you begin' }).waitFor();
    expect(game.errors.filter((e) => !/a test failure|again/.test(e))).toEqual([]);
    await game.close();
  });
});
