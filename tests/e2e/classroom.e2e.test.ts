/**
 * The teacher's class results: run codes handed in by students, pasted on the teacher's device,
 * counted there (endings, votes), with nothing stored and nothing sent.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapFrom, storyMap } from '../../src/engine/story-map.ts';
import { realStoryJson } from '../helpers/real-story.ts';
import {
  axeViolations,
  chooseByKey,
  gotoGame,
  sharedBrowser,
  openContext,
  playToEnd,
  startNewGame,
  turn,
  waitForSettled,
} from './support/browser.ts';

const browser = sharedBrowser();

/** Plays a whole run (first choice `first`, then always the first) and returns its run code. */
async function studentRun(first: number): Promise<string> {
  const student = await openContext(browser());
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

    const teacher = await openContext(browser());
    const { page } = teacher;
    await gotoGame(page);
    const before = await storageSnapshot(page);
    await page.getByRole('button', { name: 'For teachers' }).click();
    await page.getByRole('heading', { name: "Teacher's guide", level: 1 }).waitFor();
    await page.getByRole('button', { name: /^Class results/ }).click();
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
    // Both runs are Daryna's: the votes only Fyodor's story reaches are left out.
    const votesInRegistry = readFileSync('story/classroom.yaml', 'utf8').match(/^- kind: vote$/gm)?.length ?? 0;
    const darynasVotes = new Set(mapFrom(storyMap(realStoryJson()), null).scenes.flatMap((scene) => scene.votes));
    expect(darynasVotes.size).toBeGreaterThanOrEqual(7);
    expect(darynasVotes.size).toBeLessThan(votesInRegistry);
    expect(await votes.count()).toBe(darynasVotes.size);
    for (const vote of await votes.all()) {
      const table = vote.getByRole('table');
      if ((await table.count()) === 0) continue;
      const caption = await table.locator('caption').innerText();
      const reached = Number(/(\d+) runs reached/.exec(caption)?.[1]);
      const counts = (await table.locator('tbody td').allInnerTexts()).map((text) => Number(text.split(' ')[0]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(reached);
    }
    await votes.first().getByText('What happened historically').click();

    expect(await axeViolations(page)).toEqual([]);

    // Nothing was stored; a reload keeps the page (a teacher's bookmark) but not the pasted codes.
    expect(await storageSnapshot(page)).toBe(before);
    await page.reload();
    await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Run codes' }).inputValue()).toBe('');
    expect(teacher.errors).toEqual([]);
    await teacher.close();
  });
});

/** How many choices (always the first) lead to the first class vote; set by the first test below. */
let choicesToFirstVote = 0;

describe('class vote mode', () => {
  it('shows the vote at a marked decision with the case for each option, a tally, and the history once revealed', async () => {
    const game = await openContext(browser(), { storage: { 'fortydays:settings': '{"classVotes":true}' } });
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    await waitForSettled(page);
    const panel = page.getByRole('region', { name: 'Class vote', exact: true });
    // Play by the first choice until the first marked decision.
    for (let i = 0; i < 60 && (await panel.count()) === 0; i++) {
      await chooseByKey(page, 1);
      await waitForSettled(page);
    }
    await panel.waitFor();
    choicesToFirstVote = await turn(page);
    const question = await panel.locator('.vote-question').innerText();
    expect(question.length).toBeGreaterThan(20);
    const options = panel.locator('.vote-option');
    expect(await options.count()).toBeGreaterThanOrEqual(2);
    expect((await options.first().locator('.vote-case').innerText()).length).toBeGreaterThan(20);

    // A show of hands: 3 for the first option, then one taken back.
    const first = options.first();
    const label = (await first.locator('.vote-option-label').innerText()).replace(/^\d+\s*/, '');
    for (let i = 0; i < 3; i++) await first.getByRole('button', { name: `One vote more for “${label}”` }).click();
    await first.getByRole('button', { name: `One vote fewer for “${label}”` }).click();
    expect(await first.locator('output').innerText()).toBe('2');

    // The history stays hidden until the teacher reveals it.
    const history = panel.locator('.vote-history');
    expect(await history.isVisible()).toBe(false);
    await panel.getByRole('button', { name: 'Reveal what happened historically' }).click();
    expect(await history.isVisible()).toBe(true);
    expect((await history.innerText()).length).toBeGreaterThan(40);

    expect(await axeViolations(page)).toEqual([]);

    // The class's choice is made with the story's own buttons; the vote goes with the page.
    await chooseByKey(page, 1);
    expect(await page.locator('.vote-panel').count()).toBe(0);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('is off by default: a student playing alone sees no vote panel', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await startNewGame(page);
    // The same path as above, to the same marked decision.
    expect(choicesToFirstVote).toBeGreaterThan(0);
    for (let i = 0; i < choicesToFirstVote; i++) await chooseByKey(page, 1);
    await waitForSettled(page);
    expect(await page.locator('.story-choices button').count()).toBeGreaterThan(0);
    expect(await page.locator('.vote-panel, .discuss-note').count()).toBe(0);
    await game.close();
  });
});

describe('the teacher’s guide', () => {
  it('reads as a page with every section, sources behind its history, the bibliography, and a way to the class results', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await page.getByRole('button', { name: 'For teachers' }).click();
    await page.getByRole('heading', { name: "Teacher's guide", level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Rubric', level: 2 }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(14);
    // The vocabulary sheet, from the glossary: every camp word with its meaning.
    await page.getByRole('heading', { name: 'Vocabulary: camp words', level: 2 }).waitFor();
    const words = await page.locator('.guide-vocabulary dt').allInnerTexts();
    expect(words.length).toBeGreaterThanOrEqual(40);
    expect(words.some((word) => word.startsWith('zek'))).toBe(true);

    await page.getByRole('button', { name: 'Source for this paragraph' }).first().click();
    const card = page.getByRole('dialog', { name: 'Source for this line' });
    await card.waitFor();
    expect(await card.locator('.fact-card').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    expect(await axeViolations(page)).toEqual([]);

    // Printing shows the guide, not the game around it.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.bar').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Rubric', level: 2 }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The address #guide opens it directly (a teacher's bookmark).
    await page.goto('about:blank');
    await gotoGame(page, '#guide');
    await page.getByRole('heading', { name: "Teacher's guide", level: 1 }).waitFor();
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

/**
 * The print layout is measured on the narrower of A4 and US Letter (A4: 210 mm, so cards run
 * longest) against half the shorter page (Letter: 279.4 mm), inside the role cards' 8 mm margins
 * and less the 4 mm gap between two cards; 96 CSS pixels to the inch.
 */
const PAGE_WIDTH_PX = Math.floor(((210 - 2 * 8) * 96) / 25.4);
const HALF_PAGE_PX = (((279.4 - 2 * 8 - 4) / 2) * 96) / 25.4;

describe('the role cards', () => {
  it('open from the guide: both role-plays by side, each card with its person, the four parts, sources and the back', async () => {
    const game = await openContext(browser());
    const { page } = game;
    await gotoGame(page);
    await page.getByRole('button', { name: 'For teachers' }).click();
    await page.getByRole('heading', { name: "Teacher's guide", level: 1 }).waitFor();
    await page.getByRole('button', { name: /^Role cards/ }).click();
    await page.getByRole('heading', { name: 'Role cards', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'The talks of 27 May', level: 2 }).waitFor();
    await page.getByRole('heading', { name: /^A commission meeting in June/, level: 2 }).waitFor();
    for (const side of ['The prisoners', 'The authorities', 'For going back to work', 'For holding out']) {
      await page.getByRole('heading', { name: side, level: 3 }).waitFor();
    }

    const cards = page.getByRole('article');
    expect(await cards.count()).toBeGreaterThanOrEqual(12);
    for (const card of await cards.all()) {
      const name = await card.getByRole('heading', { level: 4 }).innerText();
      const parts = await card.getByRole('heading', { level: 5 }).allInnerTexts();
      expect(parts.slice(0, 4), name).toEqual(['Who you are', 'What you want', 'What you fear', 'What you know']);
      expect(parts.at(-1), name).toBe('After the lesson: what happened');
      expect(await card.locator('.role-kind').innerText(), name).toMatch(/^(historical|invented) person$/);
      expect(await card.getByRole('listitem').count(), name).toBeGreaterThanOrEqual(4);
      expect((await card.locator('.role-card-back p').innerText()).length, name).toBeGreaterThan(20);
    }
    // Kuznetsov is historical: what the sources leave out is on his card, and his back is his recorded fate.
    const kuznetsov = cards.filter({ has: page.getByRole('heading', { name: 'Kapiton Ivanovich Kuznetsov', level: 4 }) });
    expect(await kuznetsov.locator('.role-kind').innerText()).toBe('historical person');
    await kuznetsov.getByRole('heading', { name: /^Not in the sources/, level: 5 }).waitFor();
    expect(await kuznetsov.locator('.role-card-back').innerText()).toMatch(/freed in 1960/);
    const daryna = cards.filter({ has: page.getByRole('heading', { name: 'Daryna Kovalchuk', level: 4 }) });
    expect(await daryna.locator('.role-kind').innerText()).toBe('invented person');

    await kuznetsov.getByRole('button', { name: 'Source for this point' }).first().click();
    const sourceCard = page.getByRole('dialog', { name: 'Source for this line' });
    await sourceCard.waitFor();
    expect(await sourceCard.locator('.fact-card').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    expect(await axeViolations(page)).toEqual([]);

    // Printed: the cards alone, no buttons, each inside a dashed cut line and no taller than half a page.
    await page.setViewportSize({ width: PAGE_WIDTH_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print the role cards' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Source for this point' }).first().isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Role cards', level: 1 }).isVisible()).toBe(false);
    const printed = await cards.evaluateAll((elements) =>
      elements.map((e) => ({
        name: e.querySelector('h4')?.textContent ?? '',
        height: e.getBoundingClientRect().height,
        border: getComputedStyle(e).borderTopStyle,
      })),
    );
    expect(printed.filter((c) => c.border !== 'dashed').map((c) => c.name)).toEqual([]);
    expect(printed.filter((c) => c.height > HALF_PAGE_PX).map((c) => `${c.name}: ${Math.round(c.height)}px`)).toEqual([]);
    await page.emulateMedia({ media: 'screen' });

    // The address #roles opens the page directly (a teacher's bookmark); Back leads to the guide.
    await page.goto('about:blank');
    await gotoGame(page, '#roles');
    await page.getByRole('heading', { name: 'Role cards', level: 1 }).waitFor();
    await cards.first().waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: "Teacher's guide", level: 1 }).waitFor();
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
