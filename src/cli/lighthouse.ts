/**
 * Lighthouse on the built game, for `npm run bench`: 12.2.3, the last release that runs on Node 20
 * (see shared/design/toolchain.md), through its Node API against Debian's Chromium.
 *
 * Lighthouse's default settings are kept: a mid-range phone emulated, with simulated throttling
 * (the page loads at full speed and Lighthouse re-times the load as on slow 4G with a CPU 4× slower).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/** Lighthouse's defaults, described above, as the bench reports them. */
export const LIGHTHOUSE_SETTINGS = 'mobile, simulated throttling';

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices' } as const;

/** An audit in one of the three categories that did not score 1. */
export interface LighthouseAudit {
  category: string;
  id: string;
  title: string;
  /** `null` when the audit itself failed to run. */
  score: number | null;
  /** How much it counts in its category's score; 0 for diagnostics. */
  weight: number;
  /** Lighthouse's short summary (a time, a saving), or why the audit failed to run. */
  detail: string;
}

export interface LighthouseScores {
  /** 0–100, as Lighthouse shows them. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  failing: LighthouseAudit[];
}

/**
 * One Lighthouse run on `url` in a fresh Chromium profile. `seed`, if given, is run in a page of the
 * same origin first: Lighthouse cannot install an init script, but it leaves localStorage alone, so
 * an autosave put there opens the story page as it opens for a returning player.
 */
export async function lighthouseScores(url: string, seed?: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // CHROMIUM_ARGS resolve no host name but 127.0.0.1, so nothing leaves this machine.
    chromeFlags: [...CHROMIUM_ARGS, '--headless'],
    logLevel: 'silent',
  });
  try {
    if (seed) {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const page = await browser.contexts()[0]!.newPage();
      // A page of the origin that is not the game, so that nothing of the game runs before Lighthouse.
      await page.goto(new URL('/lighthouse-seed', url).href);
      await page.evaluate(seed);
      await page.close();
      await browser.close();
    }
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: Object.values(CATEGORIES),
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    const score = (category: string) => {
      const value = lhr.categories[category]?.score;
      if (value === null || value === undefined) throw new Error(`Lighthouse on ${url}: no ${category} score`);
      return Math.round(value * 100);
    };
    const failing = Object.values(CATEGORIES).flatMap((category) =>
      lhr.categories[category]!.auditRefs.flatMap(({ id, weight }) => {
        const audit = lhr.audits[id]!;
        // Not applicable, manual checks and plain information have no score to fall short of.
        if (!['binary', 'numeric', 'metricSavings', 'error'].includes(audit.scoreDisplayMode) || audit.score === 1) return [];
        return [{ category, id, title: audit.title, score: audit.score, weight, detail: audit.displayValue ?? audit.errorMessage ?? '' }];
      }),
    );
    return {
      performance: score(CATEGORIES.performance),
      accessibility: score(CATEGORIES.accessibility),
      bestPractices: score(CATEGORIES.bestPractices),
      failing,
    };
  } finally {
    chrome.kill();
  }
}
