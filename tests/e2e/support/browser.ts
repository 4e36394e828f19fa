import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../src/cli/chromium.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../src/cli/chromium.ts';

/** Where screenshots go (git-ignored). */
export const ARTIFACTS = join(process.cwd(), 'tests', 'e2e', 'artifacts');

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Launches Debian's Chromium headless, or fails saying how to install it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}: install chromium: apt-get install -y chromium fonts-liberation`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Call it at the top
 * of the file; the getter returns the running browser inside tests.
 * @example const browser = sharedBrowser(); … openContext(browser(), options)
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('sharedBrowser: the browser is used before the tests start');
    return browser;
  };
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export interface OpenOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Emulate prefers-reduced-motion: reduce (no typewriter, still scenes). Default true: fast tests. */
  readonly reducedMotion?: boolean;
  /** Scripts to run before the page's own (e.g. a broken localStorage). */
  readonly initScripts?: readonly string[];
  /** localStorage entries (full keys) to set before the game starts, in a fresh context. */
  readonly storage?: Readonly<Record<string, string>>;
  /**
   * 'stub' (default) serves a tiny scene layer that records what the reader asks of it (in
   * `window.sceneLog`), so the tests do not wait for Phaser to paint; 'real' loads the real one;
   * 'broken' makes its chunk fail to load; 'throwing' is a stand-in that throws from its own timer
   * (as a render loop would, twice for each scene shown) after its first scene.
   */
  readonly scenes?: 'stub' | 'real' | 'broken' | 'throwing';
  /**
   * 'block' (default): no service worker, so every test fetches what it loads (and the scene stub's
   * route sees the request); 'allow' for the tests of the offline copy.
   */
  readonly serviceWorkers?: 'allow' | 'block';
}

/** The stand-in scene layer: it records show() and setMotion() calls. */
const SCENE_STUB = `
const log = (window.sceneLog = window.sceneLog || []);
export const createSceneLayer = async (options) => {
  const parent = options.parent;
  parent.classList.add('scene-stub');
  log.push({ type: 'create', reducedMotion: options.reducedMotion, theme: options.theme });
  return {
    show(knot) {
      log.push({ type: 'show', scene: knot.scene, time: knot.time });
      // Twice, as a render loop throws on every frame until it is stopped.
      if (THROWING) for (let i = 0; i < 2; i++) setTimeout(() => { throw new Error('the stand-in scene layer failed in its loop'); }, 0);
    },
    setMotion(enabled) { log.push({ type: 'motion', enabled }); },
    destroy() { log.push({ type: 'destroy' }); },
  };
};
`;

/** A page in a fresh context, with every page error and console error collected. */
export interface GamePage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openContext(browser: Browser, options: OpenOptions = {}): Promise<GamePage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    acceptDownloads: true,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  if (options.storage) {
    const entries = JSON.stringify(options.storage);
    // Only on the first load of this context, so a reload keeps what the game wrote.
    await context.addInitScript(`(() => {
      try {
        if (!sessionStorage.getItem('e2e-seeded')) {
          sessionStorage.setItem('e2e-seeded', '1');
          const entries = ${entries};
          for (const key of Object.keys(entries)) localStorage.setItem(key, entries[key]);
        }
      } catch (e) {}
    })();`);
  }
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  const chunk = inject('sceneChunk');
  if (options.scenes !== 'real' && chunk) {
    await context.route(
      (url) => url.pathname.endsWith(`/assets/${chunk}`),
      (route) =>
        options.scenes === 'broken'
          ? route.abort()
          : route.fulfill({
              status: 200,
              contentType: 'text/javascript; charset=utf-8',
              body: `const THROWING = ${options.scenes === 'throwing'};\n${SCENE_STUB}`,
            }),
    );
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors, close: () => context.close() };
}

/** Opens the game's title screen. */
export async function gotoGame(page: Page, hash = ''): Promise<void> {
  await page.goto(baseUrl() + hash);
  await page.locator('body[data-screen]').waitFor();
}

/** From the title: New game → content note → the first perspective; waits for the first story text. */
export async function startNewGame(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: /Daryna Kovalchuk — women's section/ }).click();
  await waitForStory(page);
}

/**
 * A game with its text shown at once (no typewriter to wait for), started as Daryna and played by
 * these keys, one choice each; `options.storage` adds to the settings or replaces them.
 */
export async function gameAfter(browser: Browser, keys: readonly number[], options: OpenOptions = {}): Promise<GamePage> {
  const game = await openContext(browser, { ...options, storage: { 'fortydays:settings': '{"textSpeed":"instant"}', ...options.storage } });
  await gotoGame(game.page);
  await startNewGame(game.page);
  for (const key of keys) await chooseByKey(game.page, key);
  return game;
}

/** A speechSynthesis that records what it is asked to do (an init script; the log is `window.speechLog`). */
export const FAKE_SPEECH = `(() => {
  const log = (window.speechLog = []);
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; } };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: { speak(u) { log.push('speak:' + u.text); }, cancel() { log.push('cancel'); }, getVoices() { return []; } },
  });
})();`;

/** The compiled story's chunk in the built game (the module of story/main.ink). */
export const STORY_CHUNK = /\/assets\/main-[^/]*\.js$/;

/**
 * Holds each later fetch of the story's chunk (in a context, or one page of it) until `release()` lets
 * it through (one fetch per call). A release that comes before its fetch lets the next fetch through:
 * the page asks for the story only once its first frame is shown, which on a loaded machine can be
 * after the test has released it.
 */
export async function holdStoryChunk(where: BrowserContext | Page): Promise<{ release(): void }> {
  let releasedAhead = 0;
  const held: (() => void)[] = [];
  await where.route(STORY_CHUNK, async (route) => {
    if (releasedAhead > 0) releasedAhead--;
    else await new Promise<void>((resolve) => held.push(resolve));
    await route.continue();
  });
  return {
    release: () => {
      const next = held.shift();
      if (next) next();
      else releasedAhead++;
    },
  };
}

/** Waits for story text on screen: the autosave's copy of its page may be there before the story is (see waitForStory). */
export async function waitForStoryText(page: Page): Promise<void> {
  await page.locator('body[data-screen="play"] [role="log"] p').first().waitFor();
}

/** Waits for story text on screen and the story itself under it, ready to play. */
export async function waitForStory(page: Page): Promise<void> {
  await waitForStoryText(page);
  await page.waitForFunction(() => (window.fortyDaysDebug?.turn() ?? null) !== null);
}

/** Waits until the registry is in and the beat on screen has been shown with it (speakers, glossary marks). */
export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.fortyDaysDebug?.settled() ?? false);
}

/** The current turn, from the test hook. */
export async function turn(page: Page): Promise<number> {
  return page.evaluate(() => window.fortyDaysDebug?.turn() ?? -1);
}

/** Makes choice `number` (1-based) with the keyboard and waits for the next beat. */
export async function chooseByKey(page: Page, number = 1): Promise<void> {
  const before = await turn(page);
  await page.keyboard.press(String(number));
  await page.waitForFunction((t) => (window.fortyDaysDebug?.turn() ?? -1) > t, before);
}

/** Plays by the first choice until `until` holds for the current knot state, or the story ends. */
export async function playUntil(
  page: Page,
  until: (state: { scene: string | null; time: string | null; ended: boolean }) => boolean,
  limit = 200,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const state = await page.evaluate(() => ({
      scene: window.fortyDaysDebug?.knot()?.scene ?? null,
      time: window.fortyDaysDebug?.knot()?.time ?? null,
      ended: window.fortyDaysDebug?.ended() ?? false,
    }));
    if (until(state) || state.ended) return;
    await chooseByKey(page, 1);
  }
  throw new Error(`playUntil: not reached within ${limit} choices`);
}

export function ensureArtifacts(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/** Plays by the first choice (key 1) to an ending. */
export async function playToEnd(page: Page, limit = 400): Promise<void> {
  await playUntil(page, () => false, limit);
}

/** The text of the story log, as a reader sees it. */
export async function logText(page: Page): Promise<string> {
  return page.locator('[role="log"]').innerText();
}

/** Reads a download's text. */
export async function downloadedText(download: import('playwright-core').Download): Promise<string> {
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return readFileSync(path, 'utf8');
}

/** The autosave's text, from whichever of the slot's two keys holds it; null when there is none. */
export async function autosaveText(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('fortydays:save:auto') ?? localStorage.getItem('fortydays:save:auto:b'));
}

/** The autosave's recorded choices as the keys that made them (index 0 is key 1); null when there is none. */
export async function autosavedSteps(page: Page): Promise<number[] | null> {
  const text = await autosaveText(page);
  return text === null ? null : (JSON.parse(text) as { run: { steps: { index: number }[] } }).run.steps.map((s) => s.index + 1);
}

/** axe-core's WCAG 2.1 A and AA violations on the page as it is, one line each ("rule: targets"). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
