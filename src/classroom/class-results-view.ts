import { button, h, uniqueId } from '../reader/dom.ts';
import type { ClassResults, VoteResult } from './class-results.ts';

export { classResults } from './class-results.ts';

/** What the class-results page needs: a way to compute results from pasted text (null when the votes could not be loaded). */
export interface ClassResultsActions {
  compute(pasted: string): ClassResults | null;
}

function percent(count: number, of: number): string {
  return of === 0 ? '0 %' : `${Math.round((count / of) * 100)} %`;
}

/** A count with a bar drawn beside it; the bar is decoration, the number is the fact. */
function countCell(count: number, of: number): HTMLElement {
  const bar = h('span', { class: 'class-bar', 'aria-hidden': 'true' });
  bar.style.setProperty('--share', of === 0 ? '0' : String(count / of));
  return h('td', { class: 'class-count' }, h('span', { text: `${count} (${percent(count, of)})` }), bar);
}

function voteSection(result: VoteResult): HTMLElement {
  const headingId = uniqueId('vote');
  return h(
    'section',
    { class: 'class-vote', 'aria-labelledby': headingId },
    h('h3', { id: headingId, text: result.vote.question }),
    result.reached === 0
      ? h('p', { class: 'setting-hint', text: 'No run reached this decision.' })
      : h(
          'table',
          { class: 'class-table' },
          h('caption', { class: 'sr-only', text: `How the class chose: ${result.reached} runs reached this decision` }),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Choice' }), h('th', { scope: 'col', text: 'Runs' }))),
          h(
            'tbody',
            {},
            ...result.options.map((o) => h('tr', {}, h('th', { scope: 'row', text: o.option.label }), countCell(o.count, result.reached))),
          ),
        ),
    h('details', { class: 'class-history' }, h('summary', { text: 'What happened historically' }), h('p', { text: result.vote.history })),
  );
}

function renderResults(target: HTMLElement, results: ClassResults): void {
  const total = results.runs.length;
  const children: HTMLElement[] = [
    h('h2', { text: 'Results' }),
    h('p', {
      text:
        `${total} run${total === 1 ? '' : 's'} read` +
        (results.unfinished > 0 ? `, of which ${results.unfinished} did not reach an ending yet` : '') +
        (results.unreadable.length > 0 ? `; ${results.unreadable.length} could not be read (listed below)` : '') +
        '.',
    }),
  ];
  const partial = results.runs.filter((run) => run.partial).length;
  if (partial > 0) {
    children.push(
      h('p', {
        class: 'setting-hint',
        text: `${partial} run${partial === 1 ? ' was' : 's were'} made on an earlier version of the story and counted as far as the choices still fit.`,
      }),
    );
  }
  if (results.endings.length > 0) {
    children.push(
      h('h3', { text: 'Endings' }),
      h(
        'table',
        { class: 'class-table' },
        h('caption', { class: 'sr-only', text: 'Endings reached by the class' }),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Ending' }), h('th', { scope: 'col', text: 'Runs' }))),
        h('tbody', {}, ...results.endings.map((e) => h('tr', {}, h('th', { scope: 'row', text: e.summary }), countCell(e.count, total)))),
      ),
    );
  }
  children.push(h('h3', { text: 'The class votes' }), ...results.votes.map(voteSection));
  if (results.unreadable.length > 0) {
    children.push(
      h('h3', { text: 'Codes that could not be read' }),
      h('ul', {}, ...results.unreadable.map((u) => h('li', { text: `Line ${u.line}: ${u.message}` }))),
    );
  }
  target.replaceChildren(...children);
}

/**
 * The teacher's class-results page body: paste the run codes the students handed in, and see the
 * endings and the votes. Everything is computed here; the pasted codes are not kept.
 */
export function buildClassResults(container: HTMLElement, actions: ClassResultsActions): void {
  const fieldId = uniqueId('codes');
  const field = h('textarea', { id: fieldId, class: 'class-codes', rows: 6, spellcheck: 'false', autocomplete: 'off' });
  const results = h('div', { class: 'class-results', role: 'region', 'aria-label': 'Results', 'aria-live': 'polite' });
  const show = (): void => {
    if (field.value.trim() === '') {
      results.replaceChildren(h('p', { text: 'Paste at least one run code first.' }));
      return;
    }
    const computed = actions.compute(field.value);
    if (computed === null) {
      results.replaceChildren(
        h('p', { text: 'The class votes could not be loaded, so there is nothing to count them against. Reload the page and try again.' }),
      );
      return;
    }
    renderResults(results, computed);
  };
  container.append(
    h(
      'p',
      {},
      'Each student hands in a run code (from the menu or at an ending: “Hand in this run”). Paste them here, one or more a line, and the page counts the endings the class reached and how it chose at each class vote. The codes are read on this device only: nothing is saved or sent, and a code holds nothing about the student.',
    ),
    h('label', { for: fieldId, class: 'field-label', text: 'Run codes' }),
    field,
    h('div', { class: 'page-actions' }, button('Show the results', show, { class: 'button--primary' })),
    results,
  );
}
