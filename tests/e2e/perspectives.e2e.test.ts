import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  chooseByKey,
  gotoGame,
  logText,
  openContext,
  playToEnd,
  sharedBrowser,
  waitForSettled,
  waitForStory,
} from './support/browser.ts';

const browser = sharedBrowser();

// The second perspective is a whole story of its own: chosen on the perspective screen, played to one
// of its endings, resumed after a reload, and shown apart from the first on the endings page and the map.
describe('the second perspective', () => {
  it('plays Fyodor from the perspective screen to one of his endings, resumes him, and keeps his endings and map apart', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    const choices = page.locator('.perspective-button');
    expect(await choices.allInnerTexts()).toEqual(["Daryna Kovalchuk — women's section", "Fyodor Zimin — men's section, lagpunkt 3"]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Fyodor Zimin/ }).click();
    await waitForStory(page);
    expect(await page.evaluate(() => window.fortyDaysDebug?.knot()?.act)).toBe('prologue');
    // His first page starts in the barrack and moves on to the quarry: the caption says where it starts,
    // and a line in the text where it moves on.
    expect(await page.locator('.story-caption').innerText()).toMatch(/12 April 1954 — .*men/i);
    await expect(page.locator('.story-log .scene-break').first().innerText()).resolves.toMatch(/12 April 1954 — .*construction/i);
    // His own lines carry no speaker label; the people around him are labelled once the registry is in.
    await chooseByKey(page, 1);
    await waitForSettled(page);
    expect(await page.locator('.story-log p.line[data-speaker="fyodor"] .speaker').count()).toBe(0);

    // A reload returns to him, not to the first perspective.
    const before = await logText(page);
    await page.reload();
    await waitForStory(page);
    await waitForSettled(page);
    expect(await logText(page)).toBe(before);

    await playToEnd(page);
    const ending = await page.evaluate(() => window.fortyDaysDebug?.knot()?.ending ?? '');
    expect(ending).toMatch(/^ending_fyodor_/);

    await page.getByRole('button', { name: 'Title screen' }).click();
    await page.getByRole('button', { name: /^Endings \(1 of \d+ found\)$/ }).click();
    const headings = page.locator('h2.endings-perspective');
    expect(await headings.allInnerTexts()).toEqual(["Daryna Kovalchuk, women's section", "Fyodor Zimin, men's section, lagpunkt 3"]);
    // The ending found is listed under him, not under her.
    const lists = page.locator('.endings-list');
    expect(await lists.nth(0).locator('.ending-found').count()).toBe(0);
    expect(await lists.nth(1).locator('.ending-found').count()).toBe(1);

    await page.getByRole('button', { name: 'Story map' }).click();
    const map = page.getByRole('dialog', { name: 'Story map: Fyodor Zimin' });
    await map.waitFor();
    expect(await map.innerText()).not.toContain('Daryna');
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
