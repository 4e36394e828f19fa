import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  autosavedSteps,
  chooseByKey,
  downloadedText,
  FAKE_SPEECH,
  gameAfter,
  gotoGame,
  holdStoryChunk,
  sharedBrowser,
  logText,
  openContext,
  startNewGame,
  turn,
  waitForSettled,
  waitForStory,
  waitForStoryText,
} from './support/browser.ts';

const browser = sharedBrowser();

const choiceTexts = (page: Page): Promise<string[]> => page.locator('.story-choices button').allInnerTexts();

async function backlogText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Backlog' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backlog' });
  const text = await dialog.locator('.backlog').innerText();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return text;
}

describe('saves', () => {
  it('returns to the same place with the same backlog after a reload mid-story', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    for (const n of [1, 2, 1, 1, 2]) await chooseByKey(page, n);
    await waitForSettled(page);
    const turnBefore = await turn(page);
    const logBefore = await logText(page);
    const backlogBefore = await backlogText(page);
    expect(backlogBefore.length).toBeGreaterThan(logBefore.length);

    await page.reload();
    await waitForStory(page);
    await waitForSettled(page);
    expect(await turn(page)).toBe(turnBefore);
    expect(await logText(page)).toBe(logBefore);
    expect(await backlogText(page)).toBe(backlogBefore);

    // A fresh visit (no #play) shows the title, with Continue.
    await page.goto(page.url().replace(/#.*$/, ''));
    await page.getByRole('button', { name: /^Continue/ }).click();
    await waitForStory(page);
    expect(await turn(page)).toBe(turnBefore);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('shows the autosave’s page at once on a reload, before the story has loaded, and keeps a choice pressed meanwhile', async () => {
    const game = await gameAfter(browser(), [1, 2, 1]);
    const { page } = game;
    await waitForSettled(page);
    const turnBefore = await turn(page);
    const logBefore = await logText(page);
    const choicesBefore = await choiceTexts(page);
    // After each reload, the story's own chunk (most of the game's script) waits until released.
    const story = await holdStoryChunk(game.context);

    await page.reload();
    await waitForStoryText(page);
    // The same page, without the speaker labels and source marks that come with the registry later.
    expect(await choiceTexts(page)).toEqual(choicesBefore);
    // No story yet: the page is the autosave's copy, its choices real buttons.
    expect(await turn(page)).toBe(-1);
    await page.evaluate(() => Object.assign(window, { logBefore: document.querySelector('.story-log') }));
    story.release();
    await waitForSettled(page);
    expect(await turn(page)).toBe(turnBefore);
    // The story took the page over: the same log, not a second rendering of it.
    expect(
      await page.evaluate(() => (window as unknown as { logBefore: Element }).logBefore === document.querySelector('.story-log')),
    ).toBe(true);
    expect(await logText(page)).toBe(logBefore);
    await page.getByRole('button', { name: 'Glossary' }).click();
    const wordsMet = await page.getByRole('dialog', { name: 'Glossary' }).locator('dt').count();
    expect(wordsMet).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    // The glossary asked for before the story is there opens once it is, with every word met in the run.
    await page.reload();
    await waitForStoryText(page);
    await page.getByRole('button', { name: 'Glossary' }).click();
    expect(await page.getByRole('dialog', { name: 'Glossary' }).count()).toBe(0);
    story.release();
    await expect.poll(() => page.getByRole('dialog', { name: 'Glossary' }).locator('dt').count()).toBe(wordsMet);
    await page.keyboard.press('Escape');

    await page.reload();
    await waitForStoryText(page);
    expect(await turn(page)).toBe(-1);
    // Pressed twice before the story is there: the first press is kept, the second not carried to the next page.
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    story.release();
    await expect.poll(() => turn(page)).toBe(turnBefore + 1);
    await waitForSettled(page);
    expect(await turn(page)).toBe(turnBefore + 1);
    expect(await autosavedSteps(page)).toHaveLength(turnBefore + 1);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('replaces an autosave’s page that is not what its choices replay to, in focus and in speech', async () => {
    const game = await gameAfter(browser(), [2, 1], {
      storage: { 'fortydays:settings': '{"textSpeed":"instant","readAloud":true}' },
      initScripts: [FAKE_SPEECH],
    });
    const { page } = game;
    await waitForSettled(page);
    const logBefore = await logText(page);
    const story = await holdStoryChunk(game.context);
    // Edited by hand (or by a bug): the run is intact, its copy of the page is not.
    await page.evaluate(() => {
      for (const key of ['fortydays:save:auto', 'fortydays:save:auto:b']) {
        const text = localStorage.getItem(key);
        if (text === null) continue;
        const save = JSON.parse(text) as { page: { beat: { lines: { text: string }[] } } };
        save.page.beat.lines[0]!.text = 'A line the story never had.';
        localStorage.setItem(key, JSON.stringify(save));
      }
    });
    await page.reload();
    await waitForStoryText(page);
    expect(await logText(page)).toContain('A line the story never had.');
    story.release();
    await waitForSettled(page);
    expect(await logText(page)).toBe(logBefore);
    // Focus follows the page that replaced the copy, not left on a log that is gone.
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.story-log'))).toBe(true);
    // Read aloud: the copy was read, then stopped, then the page that replaced it.
    const spoken = await page.evaluate(() => (window as unknown as { speechLog: string[] }).speechLog);
    const copyRead = spoken.indexOf('speak:A line the story never had.');
    expect(copyRead).toBeGreaterThanOrEqual(0);
    const afterStop = spoken.slice(spoken.lastIndexOf('cancel') + 1);
    expect(afterStop.length).toBeGreaterThan(0);
    expect(afterStop).not.toContain('speak:A line the story never had.');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('says it is loading the story when a reload has no copy of the page to show (a save from before copies)', async () => {
    const game = await gameAfter(browser(), [1]);
    const { page } = game;
    await page.evaluate(() => {
      for (const key of ['fortydays:save:auto', 'fortydays:save:auto:b']) {
        const text = localStorage.getItem(key);
        if (text === null) continue;
        const { page: _copy, ...save } = JSON.parse(text) as { page?: unknown };
        localStorage.setItem(key, JSON.stringify(save));
      }
    });
    const story = await holdStoryChunk(game.context);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Loading your story…' }).innerText()).resolves.toBe('Loading your story…');
    story.release();
    await waitForStory(page);
    expect(await turn(page)).toBe(1);
    expect(await page.getByText('Loading your story…').count()).toBe(0);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('saves into a slot, loads it, rewinds from the backlog, and exports and imports a save file', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await chooseByKey(page, 1);
    await chooseByKey(page, 1);
    await waitForSettled(page);
    const savedTurn = await turn(page);
    const savedLog = await logText(page);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save or load' }).click();
    const saves = page.getByRole('dialog', { name: 'Save or load' });
    await saves.locator('section', { hasText: 'Slot 2' }).getByRole('button', { name: 'Save here' }).click();
    await expect(saves.getByRole('status').innerText()).resolves.toContain('Saved in Slot 2');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      saves.locator('section', { hasText: 'Slot 2' }).getByRole('button', { name: 'Export' }).click(),
    ]);
    const exported = await downloadedText(download);
    expect(JSON.parse(exported)).toMatchObject({ format: 1, run: { steps: [{}, {}] } });
    await page.keyboard.press('Escape');

    await chooseByKey(page, 1);
    await chooseByKey(page, 1);
    expect(await turn(page)).toBe(savedTurn + 2);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save or load' }).click();
    await page
      .getByRole('dialog', { name: 'Save or load' })
      .locator('section', { hasText: 'Slot 2' })
      .getByRole('button', { name: 'Load' })
      .click();
    await page.waitForFunction((t) => window.fortyDaysDebug?.turn() === t, savedTurn);
    await waitForSettled(page);
    expect(await logText(page)).toBe(savedLog);

    // Go back to the first choice from the backlog.
    await page.getByRole('button', { name: 'Backlog' }).click();
    await page
      .getByRole('dialog', { name: 'Backlog' })
      .getByRole('button', { name: /Go back to here/ })
      .first()
      .click();
    await page.waitForFunction(() => window.fortyDaysDebug?.turn() === 0);

    // A new device: import the exported file.
    const other = await openContext(browser());
    await gotoGame(other.page);
    await other.page.getByRole('button', { name: 'Load' }).click();
    await other.page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'save.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await waitForStory(other.page);
    await waitForSettled(other.page);
    expect(await turn(other.page)).toBe(savedTurn);
    expect(await logText(other.page)).toBe(savedLog);

    // A bad file: a clear message, and nothing on the device changes.
    const storedBefore = await other.page.evaluate(() => JSON.stringify(Object.entries(localStorage).toSorted()));
    await other.page.keyboard.press('Escape');
    await other.page.getByRole('button', { name: 'Save or load' }).click();
    await other.page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect(other.page.getByRole('alert').innerText()).resolves.toMatch(/not a Forty Days save.*Nothing on this device was changed/s);
    expect(await other.page.evaluate(() => JSON.stringify(Object.entries(localStorage).toSorted()))).toBe(storedBefore);
    expect(await turn(other.page)).toBe(savedTurn);

    expect([...game.errors, ...other.errors]).toEqual([]);
    await other.close();
    await game.close();
  });
});
