/**
 * What classrooms do to a browser game: storage wiped while a student plays, the game open in two
 * tabs, a reload in the middle of a page turn. Each must leave the player told what happened, the
 * game playable, and every save they had still there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  autosavedSteps,
  baseUrl,
  chooseByKey,
  gameAfter,
  gotoGame,
  holdStoryChunk,
  sharedBrowser,
  logText,
  STORY_CHUNK,
  openContext,
  startNewGame,
  turn,
  waitForSettled,
  waitForStory,
  waitForStoryText,
} from './support/browser.ts';

const browser = sharedBrowser();

/** The text of the notice with this id, once it is shown. */
async function noticeText(page: Page, id: string): Promise<string> {
  const notice = page.locator(`[data-notice="${id}"]`);
  await notice.waitFor();
  return notice.innerText();
}

/** With motion on, a key first shows the appearing text whole; pressing again chooses. */
async function chooseWhileRevealing(page: Page, number: number): Promise<void> {
  const before = await turn(page);
  for (let i = 0; i < 10 && (await turn(page)) === before; i++) {
    await page.keyboard.press(String(number));
    await page.waitForTimeout(50);
  }
  expect(await turn(page)).toBe(before + 1);
}

describe('storage cleared mid-story', () => {
  it('saves the place again before a reload, so clearing site data in the middle loses nothing', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    for (const n of [1, 2]) await chooseByKey(page, n);
    await waitForSettled(page);
    const before = await logText(page);
    expect(await autosavedSteps(page)).toHaveLength(2);

    // As "Clear browsing data" does while the tab is open: no event reaches this tab.
    await page.evaluate(() => localStorage.clear());
    expect(await autosavedSteps(page)).toBeNull();
    await page.reload();
    await waitForStory(page);
    await waitForSettled(page);
    expect(await turn(page)).toBe(2);
    expect(await logText(page)).toBe(before);

    // Cleared again, then a choice: the next autosave simply writes the whole run.
    await page.evaluate(() => localStorage.clear());
    await chooseByKey(page, 1);
    expect(await autosavedSteps(page)).toHaveLength(3);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('says so when another tab clears storage, and saves this tab’s place again at once', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    for (const n of [2, 1, 1]) await chooseByKey(page, n);

    const other = await game.context.newPage();
    await other.goto(`${baseUrl()}`);
    await other.evaluate(() => localStorage.clear());
    await expect(noticeText(page, 'cleared-elsewhere')).resolves.toContain('cleared in another tab or window');
    await expect.poll(() => autosavedSteps(page)).toEqual([2, 1, 1]);
    expect(await turn(page)).toBe(3);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

describe('two tabs playing at once', () => {
  it('never lets the tabs overwrite each other turn by turn; the player chooses which one autosaves', async () => {
    const game = await openContext(browser());
    const first = game.page;
    await gotoGame(first);
    await startNewGame(first);
    for (const n of [1, 1]) await chooseByKey(first, n);

    // The same game opened again in a second tab continues from the autosave.
    const second = await game.context.newPage();
    const secondErrors: string[] = [];
    second.on('pageerror', (error) => secondErrors.push(error.message));
    await gotoGame(second, '#play');
    await waitForStory(second);
    expect(await turn(second)).toBe(2);

    // A choice in the second tab: the autosave follows it, and the first tab is told and stops autosaving.
    await chooseByKey(second, 2);
    expect(await autosavedSteps(second)).toEqual([1, 1, 2]);
    await expect(noticeText(first, 'other-tab')).resolves.toMatch(/also open in another tab.*stopped autosaving/s);

    // Play goes on in the first tab, but it does not overwrite the second tab's autosave.
    await chooseByKey(first, 1);
    await chooseByKey(first, 1);
    expect(await turn(first)).toBe(4);
    expect(await autosavedSteps(first)).toEqual([1, 1, 2]);

    // Its place can still be kept in a slot.
    await first.keyboard.press('Escape');
    await first.getByRole('button', { name: 'Save or load' }).click();
    const dialog = first.getByRole('dialog', { name: 'Save or load' });
    await dialog.locator('section', { hasText: 'Slot 1' }).getByRole('button', { name: 'Save here' }).click();
    await first.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const slot = await first.evaluate(() => localStorage.getItem('fortydays:save:1') ?? localStorage.getItem('fortydays:save:1:b'));
    expect((JSON.parse(slot!) as { run: { steps: unknown[] } }).run.steps).toHaveLength(4);

    // One button takes the autosave back; now the second tab is the one told.
    await first.locator('[data-notice="other-tab"]').getByRole('button', { name: 'Autosave this tab instead' }).click();
    expect(await autosavedSteps(first)).toEqual([1, 1, 1, 1]);
    await expect(noticeText(second, 'other-tab')).resolves.toContain('also open in another tab');
    await chooseByKey(second, 1);
    expect(await autosavedSteps(second)).toEqual([1, 1, 1, 1]);

    // Reloading the first tab returns to its own place.
    await first.reload();
    await waitForStory(first);
    expect(await turn(first)).toBe(4);
    expect(game.errors).toEqual([]);
    expect(secondErrors).toEqual([]);
    await game.close();
  });
});

describe('two tabs and a story still loading', () => {
  it('does not overwrite the autosave another tab wrote while this one was loading the story', async () => {
    const game = await gameAfter(browser(), [1]);
    const first = game.page;
    const second = await game.context.newPage();
    await gotoGame(second, '#play');
    await waitForStory(second);

    // The first tab reloads on a slow connection: its saved page is up, its story not yet.
    const story = await holdStoryChunk(first);
    await first.reload();
    await waitForStoryText(first);
    expect(await turn(first)).toBe(-1);
    // Meanwhile the second tab plays on, and the autosave follows it.
    await chooseByKey(second, 2);
    expect(await autosavedSteps(second)).toEqual([1, 2]);

    story.release();
    await waitForStory(first);
    expect(await turn(first)).toBe(1);
    await expect(noticeText(first, 'other-tab')).resolves.toMatch(/stopped autosaving/);
    // A choice in the first tab keeps its own place but leaves the second tab's autosave alone.
    await chooseByKey(first, 1);
    expect(await autosavedSteps(first)).toEqual([1, 2]);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

describe('moving on while the story loads', () => {
  it('stays where the player went when a Continue pressed before finishes loading afterwards', async () => {
    const game = await gameAfter(browser(), [1]);
    const { page } = game;
    // A fresh visit on a slow connection: the title is up, the story still on its way.
    const story = await holdStoryChunk(page);
    await page.goto(page.url().replace(/#.*$/, ''));
    await page.getByRole('button', { name: /^Continue/ }).click();
    await page.getByRole('button', { name: 'For teachers' }).click();
    await page.getByRole('heading', { name: "Teacher's guide" }).waitFor();
    // Once the story has arrived, and the replay has had time to run, the guide is still what is shown.
    await Promise.all([page.waitForResponse(STORY_CHUNK), story.release()]);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.body.dataset.screen)).toBe('page');
    expect(await page.getByRole('heading', { name: "Teacher's guide" }).count()).toBe(1);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

describe('a story that cannot be fetched from the title', () => {
  it('brings the title back, not a page that looks playable, when Continue cannot fetch the story', async () => {
    const game = await gameAfter(browser(), [1]);
    const { page } = game;
    await game.context.route(STORY_CHUNK, (route) => route.abort());
    // The title fetches the story ahead, and that fails quietly.
    const failed = page.waitForEvent('requestfailed', (request) => STORY_CHUNK.test(request.url()));
    await page.goto(page.url().replace(/#.*$/, ''));
    await failed;
    await page.getByRole('button', { name: /^Continue/ }).click();
    expect(await noticeText(page, 'story-load')).toMatch(/story could not be loaded/);
    await page.getByRole('button', { name: /^Continue/ }).waitFor();
    expect(await page.evaluate(() => document.body.dataset.screen)).toBe('title');
    expect(await autosavedSteps(page)).toEqual([1]);
    await game.close();
  });
});

describe('a reload during a transition', () => {
  it('returns to the new beat when the tab is reloaded while its text is still appearing', async () => {
    // Motion on: the text fades in line by line, and the reload lands in the middle of it.
    const game = await openContext(browser(), { reducedMotion: false });
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await chooseWhileRevealing(page, 1);
    await chooseWhileRevealing(page, 1);
    expect(await page.locator('.story').evaluate((el) => el.classList.contains('is-revealing'))).toBe(true);
    const steps = await autosavedSteps(page);
    await page.reload();
    await waitForStory(page);
    expect(await turn(page)).toBe(2);
    expect(await autosavedSteps(page)).toEqual(steps);
    expect(await page.locator('.story-choices button').count()).toBeGreaterThan(0);
    // The page the player was reading comes back whole, not revealed line by line again.
    expect(await page.locator('.story').evaluate((el) => el.classList.contains('is-revealing'))).toBe(false);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('starts cleanly when reloaded before the first page has finished loading', async () => {
    const game = await openContext(browser(), { reducedMotion: false, scenes: 'real' });
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await chooseWhileRevealing(page, 1);
    // Reload again and again just after the story's script has run, while the registry and the
    // scene layer are still arriving.
    for (const wait of [0, 60, 200]) {
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(wait);
    }
    await page.reload();
    await waitForStory(page);
    expect(await turn(page)).toBe(1);
    expect(await autosavedSteps(page)).toHaveLength(1);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('says so when the story cannot be fetched, keeps the autosave, and plays on once it can', async () => {
    const game = await gameAfter(browser(), [2, 1]);
    const { page } = game;
    const autosave = await page.evaluate(() =>
      JSON.stringify(Object.entries(localStorage).filter(([key]) => key.startsWith('fortydays:save'))),
    );

    // The network drops the story's chunk (the school proxy, a flaky connection).
    await game.context.route(STORY_CHUNK, (route) => route.abort());
    await page.reload();
    expect(await noticeText(page, 'story-load')).toMatch(/story could not be loaded.*reload the page.*saves on this device are kept/s);
    // Back on the title, with the autosave to continue from, unchanged.
    await page.getByRole('button', { name: /^Continue/ }).waitFor();
    expect(
      await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.startsWith('fortydays:save')))),
    ).toBe(autosave);

    // The connection is back: the notice's button reloads the page, and Continue plays on.
    await game.context.unroute(STORY_CHUNK);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.getByRole('button', { name: /^Continue/ }).click();
    await waitForStory(page);
    expect(await turn(page)).toBe(2);
    // Only the aborted fetch was an error; nothing of the game's own.
    expect(
      game.errors.filter((error) => !/Failed to load resource: net::ERR_FAILED|Failed to fetch dynamically imported module/.test(error)),
    ).toEqual([]);
    await game.close();
  });
});
