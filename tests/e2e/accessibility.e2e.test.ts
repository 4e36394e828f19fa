import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseByKey, gotoGame, sharedBrowser, openContext, playToEnd } from './support/browser.ts';

const browser = sharedBrowser();

/**
 * Axe's violations on the page as it is now, as short readable lines, and any text whose contrast axe
 * could not measure. The high-contrast theme is held to AAA contrast.
 */
async function violations(page: Page, screen: string): Promise<string[]> {
  const aaa = (await page.evaluate(() => document.documentElement.dataset.theme)) === 'contrast';
  const results = await new AxeBuilder({ page }).options({ rules: { 'color-contrast-enhanced': { enabled: aaa } } }).analyze();
  const found = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  );
  // Contrast axe could not measure because of the design (text over a gradient, an image or a pseudo-element)
  // is contrast nobody checked. Other reasons are axe's limits (a modal <dialog> in the browser's top layer, a
  // line cut by the edge of the viewport), not the page's.
  const unmeasured = results.incomplete
    .filter((r) => r.id.startsWith('color-contrast'))
    .flatMap((r) => r.nodes.map((n) => ({ where: n.target.join(' '), why: n.any[0]?.message ?? '' })).map((n) => ({ ...n, id: r.id })))
    .filter((n) => /gradient|image|pseudo/i.test(n.why))
    .map((n) => `${screen}: ${n.id} not measurable at ${n.where}: ${n.why}`);
  return [...found, ...unmeasured];
}

describe.each(['light', 'contrast'] as const)('axe-core in the %s theme', (theme) => {
  it('finds no violations on the title, story, menu, settings, fact card, glossary and an ending', async () => {
    const game = await openContext(browser(), { storage: { 'fortydays:settings': JSON.stringify({ theme }) } });
    const { page } = game;
    const found: string[] = [];
    await gotoGame(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    found.push(...(await violations(page, 'title')));

    await page.getByRole('button', { name: 'New game' }).click();
    found.push(...(await violations(page, 'content note')));
    await page.getByRole('button', { name: 'Continue' }).click();
    found.push(...(await violations(page, 'perspectives')));
    await startFromPerspective(page);
    await chooseByKey(page, 1);
    found.push(...(await violations(page, 'story')));

    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Menu' }).waitFor();
    found.push(...(await violations(page, 'menu')));
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    found.push(...(await violations(page, 'settings')));
    await page.keyboard.press('Escape');

    // The fact card: the first line with a source.
    while ((await page.locator('button.source').count()) === 0 && !(await page.evaluate(() => window.fortyDaysDebug?.ended() ?? true))) {
      await chooseByKey(page, 1);
    }
    await page.getByRole('button', { name: 'Source for this line' }).first().click();
    const card = page.getByRole('dialog', { name: 'Source for this line' });
    await card.waitFor();
    expect(await card.locator('.fact-card').count()).toBeGreaterThan(0);
    found.push(...(await violations(page, 'fact card')));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Glossary' }).click();
    await page.getByRole('dialog', { name: 'Glossary' }).waitFor();
    found.push(...(await violations(page, 'glossary')));
    await page.keyboard.press('Escape');

    await playToEnd(page);
    await page.getByRole('heading', { name: 'The end' }).waitFor();
    found.push(...(await violations(page, 'ending')));
    await page.getByRole('button', { name: 'Hand in this run (run code, transcript)' }).click();
    await page.getByRole('dialog', { name: 'Hand in this run' }).waitFor();
    found.push(...(await violations(page, 'hand in')));

    expect(found).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

async function startFromPerspective(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Daryna Kovalchuk — women's section/ }).click();
  await page.locator('[role="log"] p').first().waitFor();
}
