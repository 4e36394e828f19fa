import { describe, expect, it } from 'vitest';
import { compileStoryFile } from '../../src/engine/compile-node.ts';
import { encodeRunCode } from '../../src/engine/run-code.ts';
import { StoryRunner } from '../../src/engine/runner.ts';
import { axeViolations, baseUrl, chooseByKey, gotoGame, openContext, PHONE, sharedBrowser, startNewGame } from './support/browser.ts';

const browser = sharedBrowser();
const storyJson = compileStoryFile('story/main.ink').json ?? '';

/** A run that takes `first` at the first choice and the first option after that, `choices` choices in all. */
function runCode(first: number, choices: number): string {
  const runner = new StoryRunner(storyJson);
  for (let i = 0; i < choices && !runner.current.ended; i++) runner.choose(runner.current.choices[i === 0 ? first : 0]!.index);
  return encodeRunCode(runner.run);
}

describe('comparing two runs', () => {
  it('shows where two runs part and each side after it, from the endings page, with no accessibility violations', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await page.getByRole('button', { name: /^Endings/ }).click();
    await page.getByRole('button', { name: 'Compare two runs side by side' }).click();
    await page.getByLabel('Run A: a run code').fill(runCode(0, 6));
    await page.getByLabel('Run B: a run code').fill(runCode(1, 6));
    await page.getByRole('button', { name: 'Compare the runs' }).click();

    const results = page.getByRole('region', { name: 'Comparison' });
    await results.getByRole('heading', { name: 'Where they part' }).waitFor();
    expect(await results.innerText()).toMatch(/The runs part at the very first choice/);
    const parting = await results.locator('.compare-parting li').allInnerTexts();
    expect(parting).toHaveLength(2);
    expect(parting[0]).not.toEqual(parting[1]);
    for (const name of ['Run A', 'Run B']) {
      const column = results.getByRole('region', { name });
      expect(await column.locator('.compare-beat').count()).toBeGreaterThan(2);
    }
    expect(page.url()).toMatch(/#compare$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('offers this device’s run, and says which code cannot be read without losing what was typed', async () => {
    const game = await openContext(browser(), { viewport: PHONE });
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await chooseByKey(page, 2);
    // A new page load at #compare (only the hash changes, so goto alone would stay on the story).
    await page.goto(`${baseUrl()}#compare`);
    await page.reload();
    await page.getByRole('button', { name: 'Use my current run as Run A' }).click();
    const fieldA = page.getByLabel('Run A: a run code');
    const mine = await fieldA.inputValue();
    expect(mine).toMatch(/^1-[0-9a-f]{14}-/);
    await page.getByLabel('Run B: a run code').fill('1-not-a-real-code');
    await page.getByRole('button', { name: 'Compare the runs' }).click();
    await expect.poll(() => page.locator('.compare-problem').innerText()).toMatch(/^Run B: This run code cannot be read/);
    expect(await fieldA.inputValue()).toBe(mine);

    await page.getByLabel('Run B: a run code').fill(runCode(0, 1));
    await page.getByRole('button', { name: 'Compare the runs' }).click();
    await page.getByRole('heading', { name: 'Where they part' }).waitFor();
    expect(await page.locator('.compare-parting').innerText()).toMatch(/Run A chose: /);
    expect(await axeViolations(page)).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('says so when the page cannot be loaded (offline, no copy), and the game goes on', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await game.context.route(/\/assets\/compare-view-[^/]*\.js$/, (route) => route.abort());
    await gotoGame(page);
    await page.getByRole('button', { name: /^Endings/ }).click();
    await page.getByRole('button', { name: 'Compare two runs side by side' }).click();
    await expect.poll(() => page.locator('.compare').innerText()).toMatch(/could not be loaded/);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.locator('body[data-screen="page"] .endings-list').first().waitFor();
    expect(game.errors.filter((e) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(e))).toEqual([]);
    await game.close();
  });
});
