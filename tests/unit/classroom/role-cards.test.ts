import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadRegistryFromDir } from '../../../src/history/load-registry-node.ts';
import { roleCardBack, roleCardPerson } from '../../../src/history/role-cards.ts';
import { parseRoleCards, RoleCardsError } from '../../../src/history/roles-registry.ts';

// A small registry: Kuznetsov (historical, with a fate), Solzhenitsyn (historical, no fate), Daryna (fictional).
const registry = loadRegistryFromDir('tests/fixtures/grounding');
const FILE = 'story/roles.yaml';

const point = (text: string, facts: string[] = []) => ({ text, facts });
const kuznetsov = {
  id: 'talks_kuznetsov',
  roleplay: 'talks_27may',
  side: 'prisoners',
  person: 'kuznetsov',
  who: [point('You chair the commission.', ['kuznetsov_chair'])],
  want: [],
  fear: [],
  know: [point('About 2,000 prisoners will listen.', ['negotiation_may27'])],
  unknown: [point('What you thought in private.')],
};
const delegate = {
  id: 'june_food',
  roleplay: 'june_meeting',
  side: 'go_back',
  invented: { name: 'The head cook', stands_for: 'The women who cooked for the whole camp.' },
  who: [point('You run the kitchen.')],
  want: [point('Bread for everyone.')],
  fear: [point('The empty storeroom.')],
  know: [point('The loudspeakers call everyone back to work.')],
};
const daryna = {
  ...delegate,
  id: 'talks_daryna',
  roleplay: 'talks_27may',
  side: 'prisoners',
  invented: undefined,
  person: 'daryna',
  who: [{ text: 'You are 24.', fiction: true }],
};

const parse = (cards: unknown) => parseRoleCards(FILE, stringify(cards), registry);

function problemsOf(cards: unknown): string {
  try {
    parse(cards);
  } catch (error) {
    expect(error).toBeInstanceOf(RoleCardsError);
    return (error as Error).message;
  }
  throw new Error('expected the cards to be refused');
}

describe('reading story/roles.yaml', () => {
  it('reads the cards, with their points, persons and invented roles', () => {
    const cards = parse([kuznetsov, delegate, daryna]);
    expect(cards.map((c) => [c.id, c.person, c.invented?.name ?? null])).toEqual([
      ['talks_kuznetsov', 'kuznetsov', null],
      ['june_food', null, 'The head cook'],
      ['talks_daryna', 'daryna', null],
    ]);
    expect(cards[0]!.who).toEqual([{ text: 'You chair the commission.', facts: ['kuznetsov_chair'], fiction: false }]);
    expect(cards[0]!.want).toEqual([]);
    expect(cards[1]!.invented).toEqual({ name: 'The head cook', standsFor: 'The women who cooked for the whole camp.' });
    expect(cards[1]!.unknown).toEqual([]);
    expect(cards[2]!.who[0]).toMatchObject({ fiction: true });
  });

  it('heads each card with its person and whether they are historical', () => {
    const [k, food, d] = parse([kuznetsov, delegate, daryna]);
    expect(roleCardPerson(k!, registry.peopleById)).toEqual({ name: 'Kapiton Kuznetsov', historical: true });
    expect(roleCardPerson(food!, registry.peopleById)).toEqual({ name: 'The head cook', historical: false });
    expect(roleCardPerson(d!, registry.peopleById)).toEqual({ name: 'Daryna Kovalchuk', historical: false });
  });

  it('writes the back from the people registry: a fate, or that the person is invented and whom they stand for', () => {
    const [k, food, d, solzhenitsyn] = parse([kuznetsov, delegate, daryna, { ...kuznetsov, id: 'talks_writer', person: 'solzhenitsyn' }]);
    expect(roleCardBack(k!, registry.peopleById)).toEqual({
      text: 'Sentenced to death, spared, released in 1960.',
      facts: ['kuznetsov_fate'],
    });
    expect(roleCardBack(d!, registry.peopleById).text).toBe(
      'Invented for the game: there was no Daryna Kovalchuk at Kengir. The character stands for young West Ukrainian women prisoners',
    );
    expect(roleCardBack(food!, registry.peopleById).text).toBe(
      'This person is invented for the lesson. The card stands for the women who cooked for the whole camp.',
    );
    expect(roleCardBack(solzhenitsyn!, registry.peopleById)).toEqual({
      text: 'The sources we read do not say what happened to Aleksandr Solzhenitsyn after the uprising.',
      facts: [],
    });
  });

  it.each([
    [
      'a role-play the guide does not have',
      [{ ...delegate, roleplay: 'trial_1955' }],
      /card "june_food": field "roleplay": Invalid option/,
    ],
    [
      'a side of the other role-play',
      [{ ...kuznetsov, side: 'hold_out' }],
      /card "talks_kuznetsov": field "side": "hold_out" is not a side of talks_27may \(one of: prisoners, authorities\)/,
    ],
    [
      'a person not in people.yaml',
      [{ ...kuznetsov, person: 'nobody' }],
      /card "talks_kuznetsov": field "person": "nobody" is not in story\/people\.yaml/,
    ],
    [
      'both a person and an invented role',
      [{ ...delegate, person: 'daryna' }],
      /card "june_food": field "person": a card is either a person from story\/people\.yaml or an invented role, not both/,
    ],
    ['neither a person nor an invented role', [{ ...delegate, invented: undefined }], /card "june_food": field "person": name a person/],
    [
      'a fact not in facts.yaml',
      [{ ...kuznetsov, know: [point('About 2,000 prisoners will listen.', ['negotiation_may27', 'no_such_fact'])] }],
      /card "talks_kuznetsov": field "know\.0\.facts\.1": fact "no_such_fact" is not in story\/facts\.yaml/,
    ],
    ['an empty part on an invented card', [{ ...delegate, fear: [] }], /card "june_food": field "fear": needs at least one point/],
    ['an empty point', [{ ...delegate, want: [point('  ')] }], /card "june_food": field "want\.0\.text": must not be empty/],
    [
      'a historical card that does not say what the sources leave out',
      [{ ...kuznetsov, unknown: [] }],
      /card "talks_kuznetsov": field "unknown": a historical person’s card says what the sources do not tell/,
    ],
    [
      'an invented card with an "unknown" part',
      [{ ...delegate, unknown: [point('Anything.')] }],
      /card "june_food": field "unknown": only a historical person’s card has this part/,
    ],
    [
      'a historical card with a point that cites no fact',
      [{ ...kuznetsov, want: [point('To win.')] }],
      /card "talks_kuznetsov": field "want\.0\.facts": on a historical person’s card every point rests on facts/,
    ],
    [
      'a historical card that invents',
      [{ ...kuznetsov, who: [{ text: 'You are 41.', facts: ['kuznetsov_chair'], fiction: true }] }],
      /card "talks_kuznetsov": field "who\.0\.fiction": a historical person’s card invents nothing/,
    ],
    ['a misspelt field', [{ ...delegate, wants: [] }], /card "june_food": field "\(card\)": Unrecognized key: "wants"/],
    ['an id used twice', [delegate, delegate], /card "june_food": field "id": used twice/],
  ])('refuses %s, naming the file, the card and the field', (_what, cards, message) => {
    const problems = problemsOf(cards);
    expect(problems).toMatch(new RegExp(`^${FILE.replace('.', '\\.')}: `));
    expect(problems).toMatch(message);
  });

  it('lists every problem at once, one per line', () => {
    const problems = problemsOf([
      { ...kuznetsov, side: 'moscow' },
      { ...delegate, fear: [] },
    ]).split('\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^story\/roles\.yaml: card "talks_kuznetsov": field "side"/);
    expect(problems[1]).toMatch(/^story\/roles\.yaml: card "june_food": field "fear"/);
  });

  it('refuses a file that is not a list of cards, or not YAML', () => {
    expect(() => parseRoleCards(FILE, 'id: talks_kuznetsov', registry)).toThrow(`${FILE}: expected a list of cards`);
    expect(() => parseRoleCards(FILE, '- id: [unclosed', registry)).toThrow(/^story\/roles\.yaml: not valid YAML: /);
  });
});
