import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseByKey, FAKE_SPEECH, gotoGame, sharedBrowser, openContext, playToEnd, startNewGame, turn } from './support/browser.ts';

const browser = sharedBrowser();

async function ended(page: Page): Promise<boolean> {
  return page.evaluate(() => window.fortyDaysDebug?.ended() ?? true);
}

async function sceneLog(
  page: Page,
): Promise<{ type: string; scene?: string; time?: string; enabled?: boolean; reducedMotion?: boolean }[]> {
  return page.evaluate(() => (window as unknown as { sceneLog?: [] }).sceneLog ?? []);
}

describe('the reader', () => {
  it('applies settings at once and remembers them', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Extra large').check();
    await dialog.getByLabel('Loose').check();
    await dialog.getByLabel('High contrast').check();
    await dialog.getByLabel('Slow').check();
    await dialog.getByLabel('Dyslexia-friendly font (OpenDyslexic)').check();
    const applied = (): Promise<Record<string, string>> =>
      page.evaluate(() => ({
        theme: document.documentElement.dataset.theme ?? '',
        font: document.documentElement.dataset.font ?? '',
        size: getComputedStyle(document.documentElement).fontSize,
        spacing: document.documentElement.style.getPropertyValue('--story-line-height'),
      }));
    const expected = { theme: 'contrast', font: 'dyslexic', size: '22.4px', spacing: '2' };
    expect(await applied()).toEqual(expected);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('fortydays:settings')))!)).toMatchObject({
      textSize: 'x-large',
      lineSpacing: 'loose',
      theme: 'contrast',
      textSpeed: 'slow',
      dyslexicFont: true,
      readAloud: false,
    });
    await page.reload();
    await page.locator('body[data-screen="title"]').waitFor();
    expect(await applied()).toEqual(expected);
    // Nothing but settings and saves is stored, all under the prefix.
    expect((await page.evaluate(() => Object.keys(localStorage))).every((k) => k.startsWith('fortydays:'))).toBe(true);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('marks sources, speakers and camp words, and shows the sources page', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await page.getByRole('button', { name: 'About & sources' }).click();
    await page.locator('.about-sources .source-citation').first().waitFor();
    expect(await page.locator('.about-sources .source-citation').count()).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Back' }).click();
    await startNewGame(page);

    // The fact card: claim, status in plain words, sources.
    await page.getByRole('button', { name: 'Source for this line' }).first().click();
    const card = page.getByRole('dialog', { name: 'Source for this line' });
    await card.locator('.fact-card').first().waitFor();
    expect(await card.locator('.fact-claim').first().innerText()).not.toBe('');
    expect(await card.locator('.fact-status').first().innerText()).toMatch(/^(Established|Disputed|Unconfirmed):/);
    expect(await card.locator('.source-citation').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    // Speakers are labelled historical or invented; a line's camp word opens the glossary at that word.
    while ((await page.locator('.speaker--historical').count()) === 0 && !(await ended(page))) await chooseByKey(page, 1);
    await expect(page.locator('.speaker--historical .speaker-kind').first().innerText()).resolves.toBe('historical person');
    while ((await page.locator('button.term').count()) === 0 && !(await ended(page))) await chooseByKey(page, 1);
    const term = page.locator('button.term').first();
    const word = (await term.innerText()).trim();
    await term.click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await glossary.waitFor();
    expect(await glossary.locator('.glossary-term').count()).toBeGreaterThan(0);
    expect((await glossary.locator('.glossary-term.is-highlighted').innerText()).toLowerCase()).toContain(word.toLowerCase().slice(0, 3));
    await page.keyboard.press('Escape');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('adds speaker labels and glossary marks in place when the registry arrives late, keeping the page and its focus', async () => {
    const game = await openContext(browser());
    const { page } = game;
    // The registry is held back until the story shows a beat with another person speaking.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await game.context.route(/\/assets\/_virtual_registry-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await gotoGame(page);
    await startNewGame(page);
    const othersSpeaking = (): Promise<number> => page.locator('.story-log p.line[data-speaker]:not([data-speaker="daryna"])').count();
    while ((await othersSpeaking()) === 0 && !(await ended(page))) await chooseByKey(page, 1);
    expect(await othersSpeaking()).toBeGreaterThan(0);
    expect(await page.locator('.story-log .speaker').count()).toBe(0);
    await page.evaluate(() => {
      const log = document.querySelector<HTMLElement>('.story-log')!;
      log.focus();
      Object.assign(window, { linesBefore: [log, ...log.querySelectorAll('p')] });
    });

    release();
    await expect.poll(() => page.evaluate(() => window.fortyDaysDebug?.settled() ?? false), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('.story-log .speaker').count()).toBeGreaterThan(0);
    const kept = await page.evaluate(() => {
      const before = (window as unknown as { linesBefore: Element[] }).linesBefore;
      const log = document.querySelector('.story-log')!;
      return {
        connected: before.every((element) => element.isConnected),
        sameLog: before[0] === log,
        focused: document.activeElement === log,
      };
    });
    expect(kept).toEqual({ connected: true, sameLog: true, focused: true });
    // The log was silent while it changed, and is live again.
    await expect.poll(() => page.locator('.story-log').getAttribute('aria-live')).toBe('polite');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('puts a calm note before a violent scene', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    while ((await page.evaluate(() => window.fortyDaysDebug?.knot()?.intensity)) !== 3 && !(await ended(page))) await chooseByKey(page, 1);
    expect(await page.evaluate(() => document.body.dataset.intensity)).toBe('3');
    const note = page.locator('[role="log"] .intensity-note');
    expect(await note.innerText()).toBe('This scene describes violence.');
    // It stands before the scene's text.
    expect(await note.evaluate((el) => el.nextElementSibling?.classList.contains('line'))).toBe(true);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('drives the scene layer: a scene for every beat, motion only when allowed', async () => {
    const game = await openContext(browser(), { reducedMotion: false, storage: { 'fortydays:settings': '{"textSpeed":"instant"}' } });
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await page.waitForFunction(() => ((window as unknown as { sceneLog?: unknown[] }).sceneLog ?? []).length > 0);
    await chooseByKey(page, 1);
    await chooseByKey(page, 1);
    const log = await sceneLog(page);
    expect(log[0]).toMatchObject({ type: 'create', reducedMotion: false, theme: 'light' });
    const shows = log.filter((e) => e.type === 'show');
    expect(shows.length).toBeGreaterThanOrEqual(3);
    expect(shows.at(-1)).toMatchObject({ scene: await page.evaluate(() => document.body.dataset.scene) });
    expect(log.filter((e) => e.type === 'motion').at(-1)).toMatchObject({ enabled: true });

    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Menu' }).waitFor();
    expect((await sceneLog(page)).filter((e) => e.type === 'motion').at(-1)).toMatchObject({ enabled: false });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog'));
    expect((await sceneLog(page)).filter((e) => e.type === 'motion').at(-1)).toMatchObject({ enabled: true });

    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect((await sceneLog(page)).filter((e) => e.type === 'motion').at(-1)).toMatchObject({ enabled: false });
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.dispatchEvent(new Event('visibilitychange'));
    });

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Reduce motion').check();
    // The contract has no theme setter: a new theme starts the layer again with it.
    await page.getByLabel('Dark').check();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog'));
    await page.waitForFunction(() => ((window as unknown as { sceneLog: { type: string }[] }).sceneLog.at(-1)?.type ?? '') !== 'destroy');
    const after = await sceneLog(page);
    expect(after.filter((e) => e.type === 'destroy')).toHaveLength(1);
    expect(after.filter((e) => e.type === 'create').at(-1)).toMatchObject({ theme: 'dark', reducedMotion: true });
    expect(after.filter((e) => e.type === 'motion').at(-1)).toMatchObject({ enabled: false });
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('plays on without the scene layer when it fails to load', async () => {
    const game = await openContext(browser(), { scenes: 'broken' });
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await chooseByKey(page, 1);
    expect(await turn(page)).toBe(1);
    expect(await page.evaluate(() => window.fortyDaysDebug?.sceneActive())).toBe(false);
    expect(game.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e))).toEqual([]);
    await game.close();
  });

  it('turns off a scene layer that fails in its own loop, and plays on', async () => {
    const game = await openContext(browser(), { scenes: 'throwing' });
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await page.waitForFunction(() =>
      ((window as unknown as { sceneLog?: { type: string }[] }).sceneLog ?? []).some((e) => e.type === 'destroy'),
    );
    await chooseByKey(page, 1);
    expect(await turn(page)).toBe(1);
    expect(await page.evaluate(() => document.body.dataset.screen)).toBe('play');
    expect(await page.evaluate(() => window.fortyDaysDebug?.sceneActive())).toBe(false);
    expect(game.errors.filter((e) => !/stand-in scene layer failed/.test(e))).toEqual([]);
    await game.close();
  });

  it('reads new text aloud when asked, and stops when the player chooses', async () => {
    const game = await openContext(browser(), { initScripts: [FAKE_SPEECH] });
    const { page } = game;
    await gotoGame(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Read new text aloud').check();
    await page.keyboard.press('Escape');
    await startNewGame(page);
    const spoken = (): Promise<string[]> => page.evaluate(() => (window as unknown as { speechLog: string[] }).speechLog);
    const first = await spoken();
    expect(first.filter((e) => e.startsWith('speak:')).length).toBeGreaterThan(1);
    await chooseByKey(page, 1);
    const after = (await spoken()).slice(first.length);
    expect(after[0]).toBe('cancel');
    expect(after.some((e) => e.startsWith('speak:'))).toBe(true);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('remembers the endings found on this device, without spoiling the others', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await page.getByRole('button', { name: 'Endings (0 of 11 found)' }).waitFor();
    await startNewGame(page);
    await playToEnd(page);
    await page.getByRole('button', { name: 'Title screen' }).click();
    await page.getByRole('button', { name: 'Endings (1 of 11 found)' }).click();
    await page.getByRole('heading', { name: 'Endings', level: 1 }).waitFor();
    expect(await page.locator('.ending-found').count()).toBe(1);
    expect(await page.locator('.ending-unfound').allInnerTexts()).toEqual(Array(10).fill('Not found yet'));
    // Only the ending's id is kept.
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('fortydays:endings')))!) as unknown[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^ending_[a-z_]+$/);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
