import type { Person } from './registry.ts';

/**
 * The role cards of story/roles.yaml as data: the two role-plays of the teacher's guide, their
 * sides, and the cards with the four parts classroom.md asks for (who you are, what you want, what
 * you fear, what you know). This file imports no parser, so the browser's role cards page can use
 * it without the YAML parser and the schemas (see roles-registry.ts for the parser).
 */

/** The two role-plays of the guide, in the order the page shows them, each with its sides in order. */
export const ROLE_PLAYS = {
  talks_27may: {
    title: 'The talks of 27 May',
    setting:
      'Each student prepares from a card. The prisoners put their demands, and the authorities answer. Afterwards, compare the class’s demands with the ones Kuznetsov read out.',
    sides: { prisoners: 'The prisoners', authorities: 'The authorities' },
  },
  june_meeting: {
    title: 'A commission meeting in June: go back to work or hold out?',
    setting:
      'Each card argues one case before the commission, and the class decides. The debrief in the guide says what the people of Kengir did.',
    sides: { go_back: 'For going back to work', hold_out: 'For holding out' },
  },
} as const satisfies Record<string, { title: string; setting: string; sides: Record<string, string> }>;

/** A role-play id: a key of {@link ROLE_PLAYS}. */
export type RolePlayId = keyof typeof ROLE_PLAYS;

/** The four parts of every card, in the order a card shows them, with their headings. */
export const ROLE_CARD_PARTS = {
  who: 'Who you are',
  want: 'What you want',
  fear: 'What you fear',
  know: 'What you know',
} as const;

/** A key of {@link ROLE_CARD_PARTS}. */
export type RoleCardPart = keyof typeof ROLE_CARD_PARTS;

/** One point on a card: its text and the facts it rests on. */
export interface RoleItem {
  readonly text: string;
  /** Fact ids, each in the facts registry; empty for a point that states no history. */
  readonly facts: readonly string[];
  /** True when the point's dates and numbers are invented (an invented person's age). */
  readonly fiction: boolean;
}

/** A role that is nobody in people.yaml: an invented delegate standing in for documented people. */
export interface InventedRole {
  readonly name: string;
  /** Who the invented person stands for, in one sentence; the back of the card says it. */
  readonly standsFor: string;
}

/** One role card. Exactly one of `person` and `invented` is set. */
export interface RoleCard extends Readonly<Record<RoleCardPart, readonly RoleItem[]>> {
  readonly id: string;
  readonly roleplay: RolePlayId;
  /** A side of the card's role-play (a key of its `sides` in {@link ROLE_PLAYS}). */
  readonly side: string;
  /** A person id in the people registry, historical or fictional. */
  readonly person: string | null;
  readonly invented: InventedRole | null;
  /** Historical people only: what the sources do not say, so a student marks it as a guess. */
  readonly unknown: readonly RoleItem[];
}

/** The back of a card, for after the lesson: what happened to this person. */
export interface RoleCardBack {
  readonly text: string;
  /** The facts behind the text (a historical person's fate facts); empty for invented people. */
  readonly facts: readonly string[];
}

/** Who a card is about: the name it is headed with, and whether the person is historical. */
export interface RoleCardPerson {
  readonly name: string;
  readonly historical: boolean;
}

/** The card's name and kind; null when its person is not in `peopleById` (a registry that failed the build). */
export function roleCardPerson(card: RoleCard, peopleById: ReadonlyMap<string, Person>): RoleCardPerson | null {
  if (card.invented) return { name: card.invented.name, historical: false };
  const person = card.person === null ? undefined : peopleById.get(card.person);
  return person ? { name: person.name, historical: person.kind === 'historical' } : null;
}

/** "The young women…" reads on inside a sentence as "the young women…". */
function continuing(text: string): string {
  return text.replace(/^(The|A|An) /, (article) => article.toLowerCase());
}

/**
 * The back of a card, generated from the registry and never written by hand: a historical person's
 * fate from people.yaml (or that the sources do not tell it); for an invented person, that they are
 * invented and whom they stand for (people.yaml `composite_of`, or the card's `stands_for`).
 * @example roleCardBack(kuznetsovCard, registry.peopleById).text // 'Arrested after the assault; …'
 */
export function roleCardBack(card: RoleCard, peopleById: ReadonlyMap<string, Person>): RoleCardBack {
  if (card.invented) {
    return { text: `This person is invented for the lesson. The card stands for ${continuing(card.invented.standsFor)}`, facts: [] };
  }
  const person = card.person === null ? undefined : peopleById.get(card.person);
  if (!person) return { text: 'This person is not in the game’s registry of people.', facts: [] };
  if (person.kind === 'fictional') {
    const standsFor = person.compositeOf ? ` The character stands for ${continuing(person.compositeOf)}` : '';
    return { text: `Invented for the game: there was no ${person.name} at Kengir.${standsFor}`, facts: [] };
  }
  if (person.fate) return { text: person.fate, facts: person.fateFacts };
  return { text: `The sources we read do not say what happened to ${person.name} after the uprising.`, facts: [] };
}

/** Every text on a card with the facts it cites and where it stands, for checks and messages. */
export function roleCardTexts(card: RoleCard): { readonly field: string; readonly item: RoleItem }[] {
  const parts: readonly (RoleCardPart | 'unknown')[] = [...(Object.keys(ROLE_CARD_PARTS) as RoleCardPart[]), 'unknown'];
  return parts.flatMap((part) => card[part].map((item, i) => ({ field: `${part}.${i}`, item })));
}
