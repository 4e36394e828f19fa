import { describe, expect, it } from 'vitest';
import { chooseByKey, downloadedText, gotoGame, sharedBrowser, openContext, startNewGame, turn, waitForStory } from './support/browser.ts';

const browser = sharedBrowser();

const CORRUPT = '{"format":1,"savedAt":"2026-01-01T00:00:00Z","run":{"storyHash":"abc","seed":1,"steps":[{"index":';

/** Every localStorage write throws QuotaExceededError. */
const QUOTA_FULL = `(() => {
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
})();`;

/** Touching localStorage at all throws SecurityError (storage turned off or blocked). */
const STORAGE_OFF = `(() => {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
  });
})();`;

describe('storage that fails', () => {
  it('keeps a corrupt save, says so clearly, starts anyway, and exports the bad save as it is', async () => {
    const game = await openContext(browser(), { storage: { 'fortydays:save:auto': CORRUPT } });
    const { page } = game;
    await gotoGame(page);
    const notice = page.locator('.notice', { hasText: 'cannot be read' });
    await expect(notice.innerText()).resolves.toMatch(/A saved game on this device cannot be read.*kept exactly as it was/s);
    // Nothing to continue: the game starts fresh.
    expect(await page.getByRole('button', { name: /^Continue/ }).count()).toBe(0);
    await startNewGame(page);
    await chooseByKey(page, 1);
    await chooseByKey(page, 1);
    expect(await page.evaluate(() => localStorage.getItem('fortydays:save:auto'))).toBe(CORRUPT);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('fortydays:save:auto:b') ?? 'null')?.run.steps.length)).toBe(2);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save or load' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save or load' });
    await expect(dialog.locator('.saves-damaged').innerText()).resolves.toContain('Autosave');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export as it is' }).click()]);
    expect(await downloadedText(download)).toBe(CORRUPT);

    // After a reload the good autosave is found, and the bad one is still kept.
    await page.reload();
    await waitForStory(page);
    expect(await turn(page)).toBe(2);
    expect(await page.evaluate(() => localStorage.getItem('fortydays:save:auto'))).toBe(CORRUPT);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('plays on when storage is full, with a clear non-blocking message', async () => {
    const game = await openContext(browser(), { initScripts: [QUOTA_FULL] });
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await expect(page.locator('.notice').first().innerText()).resolves.toContain(
      "Your progress can't be saved on this device (storage is full). You can keep playing and export a save file.",
    );
    await chooseByKey(page, 1);
    await chooseByKey(page, 2);
    expect(await turn(page)).toBe(2);
    // Saving into a slot says why it failed; exporting still works.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save or load' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save or load' });
    await dialog.locator('section', { hasText: 'Slot 1' }).getByRole('button', { name: 'Save here' }).click();
    await expect(dialog.getByRole('alert').innerText()).resolves.toContain('storage on this device is full');
    expect(await page.locator('.notice').count()).toBe(1);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('plays on when storage is turned off (SecurityError), with a clear message', async () => {
    const game = await openContext(browser(), { initScripts: [STORAGE_OFF] });
    const { page } = game;
    await gotoGame(page);
    await expect(page.locator('.notice').first().innerText()).resolves.toContain(
      "Your progress can't be saved on this device (storage is turned off).",
    );
    await startNewGame(page);
    await chooseByKey(page, 1);
    expect(await turn(page)).toBe(1);
    // Settings still apply for this session.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Dark').check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('resumes a save from an earlier version of the story as far as it goes, and says so', async () => {
    const first = await openContext(browser());
    await gotoGame(first.page);
    await startNewGame(first.page);
    for (let i = 0; i < 4; i++) await chooseByKey(first.page, 1);
    const saved = JSON.parse((await first.page.evaluate(() => localStorage.getItem('fortydays:save:auto')))!) as {
      run: { storyHash: string; steps: { index: number; text: string }[] };
    };
    await first.close();

    // The same run, as if made on an older story whose third choice read differently.
    saved.run.storyHash = '0000000000000000';
    saved.run.steps[2]!.text = 'A choice the writers have since reworded';
    const game = await openContext(browser(), { storage: { 'fortydays:save:auto': JSON.stringify(saved) } });
    const { page } = game;
    await gotoGame(page);
    await page.getByRole('button', { name: /^Continue/ }).click();
    await waitForStory(page);
    expect(await turn(page)).toBe(2);
    await expect(page.locator('.notice').first().innerText()).resolves.toMatch(
      /The story has been revised since this save\. Your choices were replayed up to choice 2 of 4/,
    );
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
