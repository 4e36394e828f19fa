/**
 * A student hands in a run (a run code and a transcript); the teacher opens the code on another
 * device and reads the same story, without that device's own autosave being touched.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  autosaveText,
  chooseByKey,
  downloadedText,
  gotoGame,
  sharedBrowser,
  logText,
  openContext,
  startNewGame,
  turn,
  waitForSettled,
  waitForStory,
} from './support/browser.ts';

const browser = sharedBrowser();

async function openHandIn(page: Page): Promise<import('playwright-core').Locator> {
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Hand in this run (run code, transcript)' }).click();
  return page.getByRole('dialog', { name: 'Hand in this run' });
}

describe('handing in a run', () => {
  it('gives a run code to copy and a transcript; the code opens the same place elsewhere and leaves that autosave alone', async () => {
    const student = await openContext(browser());
    await student.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page } = student;
    await gotoGame(page);
    await startNewGame(page);
    for (const n of [1, 2, 1]) await chooseByKey(page, n);
    await waitForSettled(page);
    const studentLog = await logText(page);

    const dialog = await openHandIn(page);
    const field = dialog.getByRole('textbox', { name: 'Run code' });
    const code = await field.inputValue();
    expect(code).toMatch(/^1-[0-9a-f]{14}-[0-9a-z]+-_-([0-9a-z]{3}){3}$/);
    await dialog.getByRole('button', { name: 'Copy run code' }).click();
    await expect(dialog.getByRole('status').innerText()).resolves.toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download the transcript (.md)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^forty-days-run-\d{4}-\d{2}-\d{2}-\d{4}\.md$/);
    const transcript = await downloadedText(download);
    expect(transcript).toContain(`Run code: \`${code}\``);
    expect(transcript.match(/^> \*\*You chose:\*\*/gm)).toHaveLength(3);
    expect(student.errors).toEqual([]);
    await student.close();

    // The teacher's device has a story of its own in progress.
    const teacher = await openContext(browser());
    const other = teacher.page;
    await gotoGame(other);
    await startNewGame(other);
    await chooseByKey(other, 2);
    const ownAutosave = await autosaveText(other);
    expect(ownAutosave).not.toBeNull();

    // Pasted into the address bar of the open game (no page load): the game opens the code.
    await other.evaluate((hash) => {
      location.hash = hash;
    }, `#run=${code}`);
    await other.waitForFunction(() => window.fortyDaysDebug?.turn() === 3);
    await waitForStory(other);
    await waitForSettled(other);
    expect(await turn(other)).toBe(3);
    expect(await logText(other)).toBe(studentLog);
    await expect(other.locator('[data-notice="run-code"]').innerText()).resolves.toContain('Your own autosave on this device is kept');
    await chooseByKey(other, 1);
    expect(await autosaveText(other)).toBe(ownAutosave);

    // A reload shows the handed-in run again, still without autosaving it.
    await other.reload();
    await waitForStory(other);
    expect(await turn(other)).toBe(3);
    expect(await autosaveText(other)).toBe(ownAutosave);

    // Only when asked does it become this device's autosave.
    await other
      .locator('[data-notice="run-code"]')
      .getByRole('button', { name: /Make this run my own/ })
      .click();
    const adopted = JSON.parse((await autosaveText(other))!) as { run: { steps: unknown[] } };
    expect(adopted.run.steps).toHaveLength(3);
    expect(teacher.errors).toEqual([]);
    await teacher.close();
  });

  it('says clearly when a run code is broken, and changes nothing', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await chooseByKey(page, 1);
    const ownAutosave = await autosaveText(page);

    for (const broken of ['1-0123', '1-zzzzzzzzzzzzzz-1a-_-0ab', 'not%2', '9-0123456789abcd-1a-_-']) {
      // A fresh page load each time (a link opened from an e-mail).
      await page.goto('about:blank');
      await gotoGame(page, `#run=${broken}`);
      const notice = page.locator('.notice--problem').first();
      await expect(notice.innerText()).resolves.toMatch(
        /(cannot be read|different version of the game).*Nothing on this device was changed/s,
      );
      expect(await page.locator('body').getAttribute('data-screen')).toBe('title');
      expect(await autosaveText(page)).toBe(ownAutosave);
    }
    // Well formed, for this very story, but from a start the story does not have (a knot renamed
    // since, or a name that is no knot at all): said as such, not as a story that failed to download.
    const storyHash = (JSON.parse(ownAutosave!) as { run: { storyHash: string } }).run.storyHash;
    for (const entry of ['old_knot', 'constructor']) {
      await page.goto('about:blank');
      await gotoGame(page, `#run=1-${storyHash}-1a-${entry}-`);
      const notice = page.locator('.notice--problem').first();
      await expect(notice.innerText()).resolves.toMatch(/part of the story that no longer exists.*Nothing on this device was changed/s);
      expect(await page.locator('[data-notice="story-load"]').count()).toBe(0);
      expect(await page.locator('body').getAttribute('data-screen')).toBe('title');
      expect(await autosaveText(page)).toBe(ownAutosave);
    }
    // Continue still goes back to the player's own story.
    await page.getByRole('button', { name: /^Continue/ }).click();
    await waitForStory(page);
    expect(await turn(page)).toBe(1);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
