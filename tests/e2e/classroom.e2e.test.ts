/**
 * The teacher's class results: run codes handed in by students, pasted on the teacher's device,
 * counted there (endings, votes), with nothing stored and nothing sent.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseByKey, gotoGame, launchBrowser, openContext, playToEnd, startNewGame } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Plays a whole run (first choice `first`, then always the first) and returns its run code. */
async function studentRun(first: number): Promise<string> {
  const student = await openContext(browser);
  const { page } = student;
  await gotoGame(page);
  await startNewGame(page);
  await chooseByKey(page, first);
  await playToEnd(page);
  await page.getByRole('button', { name: 'Hand in this run (run code, transcript)' }).click();
  const code = await page.getByRole('dialog', { name: 'Hand in this run' }).getByRole('textbox', { name: 'Run code' }).inputValue();
  expect(student.errors).toEqual([]);
  await student.close();
  return code;
}

async function storageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify(Object.entries(localStorage).toSorted()));
}

describe('class results', () => {
  it('counts the endings and the votes of handed-in runs on the teacher’s device, and lists codes it cannot read', async () => {
    const codes = [await studentRun(1), await studentRun(2)];

    const teacher = await openContext(browser);
    const { page } = teacher;
    await gotoGame(page);
    const before = await storageSnapshot(page);
    await page.getByRole('button', { name: 'Class results (for teachers)' }).click();
    await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Run codes' }).fill(`${codes[0]}\n${codes[1]}\nthis-is-not-a-code`);
    await page.getByRole('button', { name: 'Show the results' }).click();

    const results = page.getByRole('region', { name: 'Results', exact: true });
    await expect(results.innerText()).resolves.toContain('2 runs read; 1 could not be read');
    await expect(results.getByRole('listitem').first().innerText()).resolves.toMatch(
      /^Line 3: This run code cannot be read \(it does not begin like a run code\)/,
    );

    // Every run reached an ending, so the endings table counts both.
    const endingRows = results.getByRole('table', { name: 'Endings reached by the class' }).locator('tbody tr');
    const endingCounts = await endingRows.locator('td').allInnerTexts();
    expect(endingCounts.map((text) => Number(text.split(' ')[0])).reduce((a, b) => a + b, 0)).toBe(2);

    // One section for each class vote in story/classroom.yaml, with its counts adding up to the runs that reached it.
    const votes = results.locator('.class-vote');
    expect(await votes.count()).toBe(7);
    for (const vote of await votes.all()) {
      const table = vote.getByRole('table');
      if ((await table.count()) === 0) continue;
      const caption = await table.locator('caption').innerText();
      const reached = Number(/(\d+) runs reached/.exec(caption)?.[1]);
      const counts = (await table.locator('tbody td').allInnerTexts()).map((text) => Number(text.split(' ')[0]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(reached);
    }
    await votes.first().getByText('What happened historically').click();

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Nothing was stored; a reload keeps the page (a teacher's bookmark) but not the pasted codes.
    expect(await storageSnapshot(page)).toBe(before);
    await page.reload();
    await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Run codes' }).inputValue()).toBe('');
    expect(teacher.errors).toEqual([]);
    await teacher.close();
  });
});
