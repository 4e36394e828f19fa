import { button, h } from '../reader/dom.ts';
import { typeset } from '../reader/text-marks.ts';
import type { Person } from '../history/registry.ts';
import {
  ROLE_CARD_PARTS,
  ROLE_PLAYS,
  roleCardBack,
  roleCardPerson,
  type RoleCard,
  type RoleCardPart,
  type RoleItem,
  type RolePlayId,
} from '../history/role-cards.ts';

/** What the role cards page needs from the reader. */
export interface RoleCardsActions {
  /** The cards of story/roles.yaml, as the build shipped them. */
  readonly cards: readonly RoleCard[];
  readonly peopleById: ReadonlyMap<string, Person>;
  /** Opens the fact cards behind a point. */
  openFacts(factIds: readonly string[], opener: HTMLElement): void;
}

/** A point's text, with a "Source" button when it rests on facts (the button is not printed). */
function point(text: string, facts: readonly string[], actions: RoleCardsActions, tag: 'li' | 'p' = 'li'): HTMLElement {
  const element = h(tag, { text: typeset(text) });
  if (facts.length > 0) {
    element.append(
      ' ',
      button('Source', (event) => actions.openFacts(facts, event.currentTarget as HTMLElement), {
        class: 'source',
        'aria-haspopup': 'dialog',
        'aria-label': 'Source for this point',
      }),
    );
  }
  return element;
}

function part(heading: string, items: readonly RoleItem[], actions: RoleCardsActions, empty: string, className = ''): HTMLElement {
  return h(
    'div',
    { class: `role-card-part ${className}`.trim() },
    h('h5', { text: heading }),
    items.length > 0
      ? h('ul', {}, ...items.map((item) => point(item.text, item.facts, actions)))
      : h('p', { class: 'role-card-none', text: empty }),
  );
}

/**
 * One card: its person and whether they are historical or invented, its role-play and side (so a
 * card cut from the printed sheet still says where it belongs), the four parts, what the sources
 * do not say for a historical person, and, below a separator, what happened to the person.
 */
function card(role: RoleCard, actions: RoleCardsActions): HTMLElement | null {
  const who = roleCardPerson(role, actions.peopleById);
  if (!who) return null;
  const play = ROLE_PLAYS[role.roleplay];
  const side = (play.sides as Record<string, string>)[role.side] ?? role.side;
  const headingId = `role-${role.id}`;
  const back = roleCardBack(role, actions.peopleById);
  const none = 'The sources do not say. Work from what you know, and call anything you add a guess.';
  return h(
    'article',
    { class: `role-card role-card--${who.historical ? 'historical' : 'invented'}`, 'aria-labelledby': headingId },
    h('h4', { id: headingId, class: 'role-card-name', text: typeset(who.name) }),
    h(
      'p',
      { class: 'role-card-meta' },
      h('span', { class: 'role-kind', text: who.historical ? 'historical person' : 'invented person' }),
      ` ${play.title} · ${side}`,
    ),
    h(
      'div',
      { class: 'role-card-parts' },
      ...(Object.entries(ROLE_CARD_PARTS) as [RoleCardPart, string][]).map(([key, heading]) => part(heading, role[key], actions, none)),
      role.unknown.length > 0 ? part('Not in the sources: say when you guess', role.unknown, actions, none, 'role-card-unknown') : null,
    ),
    h('div', { class: 'role-card-back' }, h('h5', { text: 'After the lesson: what happened' }), point(back.text, back.facts, actions, 'p')),
  );
}

/**
 * The role cards page: the cards of both role-plays, grouped by role-play and side, as headings,
 * lists and text. Printed, each card fills half a page inside a dashed cut line, without the page
 * around it (the print stylesheet hides the buttons and the game).
 */
export function buildRoleCards(container: HTMLElement, actions: RoleCardsActions): void {
  const sections = (Object.entries(ROLE_PLAYS) as [RolePlayId, (typeof ROLE_PLAYS)[RolePlayId]][]).map(([id, play]) => {
    const own = actions.cards.filter((c) => c.roleplay === id);
    const headingId = `roles-${id}`;
    return h(
      'section',
      { class: 'role-play', 'aria-labelledby': headingId },
      h('h2', { id: headingId, text: play.title }),
      h('p', { class: 'role-play-setting', text: typeset(play.setting) }),
      ...Object.entries(play.sides).flatMap(([side, label]) => {
        const list = own.filter((c) => c.side === side).map((c) => card(c, actions));
        return [
          h('h3', { class: 'role-side', text: label }),
          h('ul', { class: 'role-cards' }, ...list.map((c) => (c ? h('li', {}, c) : null))),
        ];
      }),
    );
  });
  container.append(
    h('p', {
      class: 'role-cards-intro',
      text: typeset(
        "Cards for the two role-plays of the teacher's guide: who you are, what you want, what you fear, what you know. Give students invented people wherever you can. A historical person's card holds only what the sources say, and lists what they do not, so that anything a student adds is said as a guess.",
      ),
    }),
    h('p', {
      class: 'role-cards-intro',
      text: typeset(
        'Printed, each card fills half a page: cut along the dashed lines. Fold under the part "After the lesson: what happened", or cut it off and keep it for the debrief.',
      ),
    }),
    h(
      'div',
      { class: 'page-actions' },
      button('Print the role cards', () => window.print()),
    ),
    ...sections,
  );
}
