import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoGame, sharedBrowser, openContext, turn, waitForStory } from './support/browser.ts';

const browser = sharedBrowser();

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
}

/** Presses Tab until the focused element matches, and returns how many presses it took. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('keyboard play', () => {
  it('plays from the title to an ending with the keyboard only', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);

    // The title's first button has focus: New game (there is nothing to continue yet).
    expect(await focusedName(page)).toBe('New game');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Before you begin' }).waitFor();
    await tabTo(page, 'button');
    expect(await focusedName(page)).toBe('Continue');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Whose story' }).waitFor();
    await tabTo(page, '.perspective-button');
    await page.keyboard.press('Space');
    await waitForStory(page);

    // Focus is on the story log; the choices are real buttons.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('log');
    expect(await page.getByRole('group', { name: 'Choices' }).getByRole('button').count()).toBeGreaterThan(0);

    // Enter on a focused choice chooses it.
    await tabTo(page, '.choice');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.fortyDaysDebug?.turn() === 1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('log');

    // Escape opens the menu and closes it again; focus comes back.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Menu' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('log');

    // A number key chooses that choice (the last one offered here); Backspace goes back one choice.
    const offered = await page.getByRole('group', { name: 'Choices' }).getByRole('button').count();
    await page.keyboard.press(String(Math.min(offered, 9)));
    await page.waitForFunction(() => window.fortyDaysDebug?.turn() === 2);
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => window.fortyDaysDebug?.turn() === 1);

    // Then 1, 1, 1… to an ending.
    for (let i = 0; i < 300 && !(await page.evaluate(() => window.fortyDaysDebug?.ended() ?? false)); i++) {
      const before = await turn(page);
      await page.keyboard.press('1');
      await page.waitForFunction((t) => (window.fortyDaysDebug?.turn() ?? -1) > t, before);
    }
    expect(await page.evaluate(() => window.fortyDaysDebug?.ended())).toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'The end' }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('group', { name: 'Choices' }).isVisible()).toBe(false);
    // The ending's actions are reachable by keyboard.
    await tabTo(page, '.ending-actions button');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('shows appearing text at once on a key press or a click, without choosing', async () => {
    const game = await openContext(browser(), { reducedMotion: false });
    const { page } = game;
    await gotoGame(page);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /Daryna Kovalchuk/ }).click();
    await waitForStory(page);
    const story = page.locator('article.story');
    expect(await story.evaluate((el) => el.classList.contains('is-revealing'))).toBe(true);
    await page.keyboard.press('1');
    expect(await story.evaluate((el) => el.classList.contains('is-revealing'))).toBe(false);
    expect(await turn(page)).toBe(0);
    await page.keyboard.press('1');
    await page.waitForFunction(() => window.fortyDaysDebug?.turn() === 1);
    expect(await story.evaluate((el) => el.classList.contains('is-revealing'))).toBe(true);
    await page.locator('.story-log').click();
    expect(await story.evaluate((el) => el.classList.contains('is-revealing'))).toBe(false);
    expect(await turn(page)).toBe(1);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
