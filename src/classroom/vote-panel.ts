import type { StoryChoice } from '../engine/runner.ts';
import type { ClassVote } from '../history/classroom-registry.ts';
import { button, h, uniqueId } from '../reader/dom.ts';

/** What the vote panel asks of the reader. */
export interface VotePanelActions {
  /** Opens the fact cards behind the historical reveal. */
  openFacts(factIds: readonly string[], opener: HTMLElement): void;
}

/**
 * The projector's class vote at a marked decision, as the prisoners' elected commission voted:
 * each option with the strongest case for it as people then could see it, a tally the teacher
 * keeps by a show of hands, and, once the class has voted, what the people of Kengir did. The
 * tally lives only on the screen; the class's choice is made with the story's own choice buttons.
 */
export function buildVotePanel(vote: ClassVote, choices: readonly StoryChoice[], actions: VotePanelActions): HTMLElement {
  const headingId = uniqueId('class-vote');
  const options = vote.options
    .map((option) => ({ option, choice: choices.find((c) => c.tags.vote?.decision === vote.id && c.tags.vote.option === option.key) }))
    .filter((entry) => entry.choice !== undefined);
  const history = h(
    'div',
    { class: 'vote-history', hidden: true },
    h('h3', { text: 'What the people of Kengir did' }),
    h('p', { text: vote.history }),
    vote.facts.length > 0
      ? button('Sources', (event) => actions.openFacts(vote.facts, event.currentTarget as HTMLElement), {
          class: 'source',
          'aria-haspopup': 'dialog',
        })
      : null,
  );
  const reveal = button(
    'Reveal what happened historically',
    () => {
      history.hidden = false;
      reveal.hidden = true;
      history.querySelector('h3')?.setAttribute('tabindex', '-1');
      history.querySelector<HTMLElement>('h3')?.focus();
    },
    { class: 'vote-reveal' },
  );
  return h(
    'section',
    { class: 'vote-panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId, class: 'vote-heading', text: 'Class vote' }),
    h('p', { class: 'vote-question', text: vote.question }),
    h(
      'ul',
      { class: 'vote-options' },
      ...options.map(({ option, choice }) => {
        let count = 0;
        const shown = h('output', { class: 'vote-count', 'aria-live': 'polite', text: '0' });
        const change = (by: number): void => {
          count = Math.max(0, count + by);
          shown.textContent = String(count);
        };
        const number = choices.indexOf(choice!) + 1;
        return h(
          'li',
          { class: 'vote-option' },
          h(
            'h3',
            { class: 'vote-option-label' },
            h('span', { class: 'choice-number', 'aria-hidden': 'true', text: `${number}` }),
            option.label,
          ),
          h('p', { class: 'vote-case', text: option.case }),
          h(
            'div',
            { class: 'vote-tally', role: 'group', 'aria-label': `Votes for “${option.label}”` },
            button('−', () => change(-1), { 'aria-label': `One vote fewer for “${option.label}”` }),
            shown,
            button('+', () => change(1), { 'aria-label': `One vote more for “${option.label}”` }),
          ),
        );
      }),
    ),
    h('p', {
      class: 'setting-hint',
      text: 'Count the hands for each option, then make the class’s choice below. Reveal the history after the vote.',
    }),
    reveal,
    history,
  );
}

/** A discussion prompt shown with the choices it belongs to. */
export function buildDiscussionNote(prompt: string): HTMLElement {
  const headingId = uniqueId('discuss');
  return h(
    'aside',
    { class: 'discuss-note', 'aria-labelledby': headingId },
    h('h2', { id: headingId, class: 'vote-heading', text: 'Talk about it' }),
    h('p', { text: prompt }),
  );
}
