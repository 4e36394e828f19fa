import { button, h } from './dom.ts';
import { PERSPECTIVES, type Perspective } from '../engine/perspectives.ts';

/** The title screen's actions; `continueLabel` is null when there is nothing to continue. */
export interface TitleActions {
  readonly continueLabel: string | null;
  continueGame(): void;
  newGame(): void;
  load(): void;
  settings(): void;
  about(): void;
  /** The teachers' pages: the guide, and the class results from handed-in runs. */
  teachers(): void;
  /** The endings found on this device. */
  endings(): void;
  /** "Endings (2 of 6 found)". */
  readonly endingsLabel: string;
}

/** The title screen: "Forty Days", "Kengir, 1954", and the way in. */
export function titleScreen(actions: TitleActions): HTMLElement {
  const buttons: HTMLElement[] = [];
  if (actions.continueLabel !== null) {
    buttons.push(
      button(
        h(
          'span',
          {},
          h('span', { class: 'title-button-main', text: 'Continue' }),
          h('span', { class: 'title-button-detail', text: actions.continueLabel }),
        ),
        () => actions.continueGame(),
        {
          class: 'title-button title-button--primary',
        },
      ),
    );
  }
  buttons.push(
    button('New game', () => actions.newGame(), {
      class: actions.continueLabel === null ? 'title-button title-button--primary' : 'title-button',
    }),
    button('Load', () => actions.load(), { class: 'title-button' }),
    button('Settings', () => actions.settings(), { class: 'title-button' }),
    button('About & sources', () => actions.about(), { class: 'title-button' }),
    button(actions.endingsLabel, () => actions.endings(), { class: 'title-button title-button--quiet' }),
    button('For teachers', () => actions.teachers(), { class: 'title-button title-button--quiet' }),
  );
  return h(
    'section',
    { class: 'screen screen--title', 'aria-labelledby': 'title-heading' },
    h(
      'div',
      { class: 'title-card' },
      h(
        'div',
        { class: 'title-block' },
        h('h1', { id: 'title-heading', class: 'title-heading', text: 'Forty Days' }),
        h('p', { class: 'title-subtitle', text: 'Kengir, 1954' }),
        h('p', { class: 'title-lede', text: 'Forty days of freedom inside a Soviet labour camp, seen by one prisoner.' }),
      ),
      h('nav', { class: 'title-menu', 'aria-label': 'Game' }, ...buttons),
    ),
    h('p', { class: 'title-footnote', text: 'An educational story game. Your choices stay on this device.' }),
  );
}

/** The content note before play. */
export function contentNoteScreen(actions: { continue(): void; back(): void }): HTMLElement {
  return h(
    'section',
    { class: 'screen screen--page screen--note', 'aria-labelledby': 'note-heading' },
    h(
      'div',
      { class: 'page' },
      h('h1', { id: 'note-heading', text: 'Before you begin' }),
      h('p', {
        text: 'Forty Days is set in a Soviet prison camp in 1954, during an uprising that was put down by force. The story is built on the historical record; the people closest to you are invented.',
      }),
      h('h2', { text: 'What the story shows' }),
      h(
        'ul',
        { class: 'note-list' },
        h('li', { text: 'Violence by the state: guards shooting at prisoners, beatings, interrogation.' }),
        h('li', { text: 'Death, including the deaths of people you come to know.' }),
        h('li', { text: 'Soldiers and tanks sent against unarmed people.' }),
      ),
      h('p', { text: 'These things are described plainly and without detail. They are never a score or a reward.' }),
      h('p', { text: 'Most scenes are quiet. Before a scene with violence, a short note tells you so.' }),
      h('p', { class: 'note-stop', text: 'You can stop at any time. The game remembers your place at every choice.' }),
      h(
        'div',
        { class: 'page-actions' },
        button('Continue', () => actions.continue(), { class: 'button--primary' }),
        button('Back', () => actions.back()),
      ),
    ),
  );
}

/** Choosing whose story to follow. */
export function perspectiveScreen(actions: {
  choose(perspective: Perspective): void;
  back(): void;
  replacesAutosave: boolean;
}): HTMLElement {
  return h(
    'section',
    { class: 'screen screen--page screen--perspective', 'aria-labelledby': 'perspective-heading' },
    h(
      'div',
      { class: 'page' },
      h('h1', { id: 'perspective-heading', text: 'Whose story' }),
      h(
        'ul',
        { class: 'perspective-list' },
        ...PERSPECTIVES.map((p) => {
          const summaryId = `perspective-${p.id}-summary`;
          return h(
            'li',
            { class: 'perspective' },
            button(`${p.name} — ${p.section}`, () => actions.choose(p), { class: 'perspective-button', 'aria-describedby': summaryId }),
            h('p', { class: 'perspective-summary', id: summaryId, text: p.summary }),
          );
        }),
      ),
      h('p', {
        class: 'setting-hint',
        text: 'Two people who lived through the same forty days on different sides of a wall. Each story stands on its own; play them in any order.',
      }),
      actions.replacesAutosave
        ? h('p', { class: 'setting-hint', text: 'A new game replaces the autosave. Your save slots are kept.' })
        : null,
      h(
        'div',
        { class: 'page-actions' },
        button('Back', () => actions.back()),
      ),
    ),
  );
}

/** A full page reached from the title screen: a heading, its content, and Back. */
export function pageScreen(id: string, title: string, fill: (container: HTMLElement) => void, back: () => void): HTMLElement {
  const content = h('div', { class: id });
  fill(content);
  return h(
    'section',
    { class: `screen screen--page screen--${id}`, 'aria-labelledby': `${id}-heading` },
    h(
      'div',
      { class: 'page page--wide' },
      h('h1', { id: `${id}-heading`, text: title }),
      content,
      h('div', { class: 'page-actions' }, button('Back', back)),
    ),
  );
}

/** A full page for "About & sources" from the title screen. */
export function aboutScreen(fill: (container: HTMLElement) => void, back: () => void): HTMLElement {
  return pageScreen('about', 'About & sources', fill, back);
}
