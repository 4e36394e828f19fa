/**
 * The one-file game (`npm run build:single`): opened from disk as a teacher would from a USB stick,
 * it plays, saves, resumes and draws its scenes with no server and no request of any kind.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SINGLE_FILE_NAME } from '../../src/cli/vite-plugin-single-file.ts';
import { autosavedSteps, launchBrowser } from './support/browser.ts';

let browser: Browser;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forty-days-single-'));
  await build({
    configFile: resolve('vite.config.ts'),
    mode: 'single',
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true, reportCompressedSize: false },
  });
  file = join(dir, SINGLE_FILE_NAME);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Records every Content-Security-Policy violation in the page. */
const CSP_WATCH = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('the one-file game', () => {
  it('is one self-contained HTML file', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'sha256-/);
    // Nothing is fetched: no script, style sheet, font or module file beside it.
    expect(html).not.toMatch(/<script[^>]+src=|<link rel="(stylesheet|modulepreload|preload)"|url\(\/assets\//);
    expect(statSync(file).size).toBeLessThan(4 * 1024 * 1024);
  });

  it('plays from a file:// address with no request anywhere, saves and resumes, and draws its scenes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await context.addInitScript(CSP_WATCH);
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
    });

    await page.goto(`file://${file}`);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /Daryna Kovalchuk/ }).click();
    await page.locator('[role="log"] p').first().waitFor();
    for (const key of ['1', '2']) {
      const before = (await autosavedSteps(page))?.length ?? 0;
      await page.keyboard.press(key);
      await page.waitForFunction((n) => {
        const text = localStorage.getItem('fortydays:save:auto') ?? localStorage.getItem('fortydays:save:auto:b');
        return text !== null && (JSON.parse(text) as { run: { steps: unknown[] } }).run.steps.length > (n ?? 0);
      }, before);
    }
    expect(await autosavedSteps(page)).toEqual([1, 2]);
    const caption = await page.locator('.story-caption').innerText();
    // The scene layer (Phaser, inlined) starts after the text, as in the served game.
    await page.locator('#scene.has-layer').waitFor({ timeout: 30_000 });

    // Closed and opened again from the stick: Continue goes back to the same place.
    await page.goto('about:blank');
    await page.goto(`file://${file}`);
    await page.getByRole('button', { name: /^Continue/ }).click();
    await page.locator('[role="log"] p').first().waitFor();
    expect(await page.locator('.story-caption').innerText()).toBe(caption);
    expect(await page.locator('.story-echo').innerText()).toMatch(/^You chose:/);

    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
