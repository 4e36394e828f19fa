import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fleschKincaid } from '../../src/analysis/readability.ts';
import { textGroundingProblems } from '../../src/history/grounding.ts';
import { loadRegistryFromDir } from '../../src/history/load-registry-node.ts';
import { peopleNamedIn, type Person } from '../../src/history/registry.ts';
import { ROLE_PLAYS, roleCardBack, roleCardTexts, type RolePlayId } from '../../src/history/role-cards.ts';
import { parseRoleCards } from '../../src/history/roles-registry.ts';

/**
 * The role cards are held to the story's own standard: every point that states history cites
 * registry facts, its dates and numbers are the facts' values, disputed and legendary facts say who
 * says them, and no historical person is given a fate they did not have. Each message names the
 * card and the field.
 */
const FILE = 'story/roles.yaml';
const registry = loadRegistryFromDir('story');
const cards = parseRoleCards(FILE, readFileSync(FILE, 'utf8'), registry);

/** Whole words, as the story's people rule reads them ("was shot", not "was shoti…"). */
function says(text: string, phrase: string): boolean {
  const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text.toLowerCase());
}

function forbiddenFatesIn(person: Person, text: string): string[] {
  return person.forbiddenFates.filter((phrase) => says(text, phrase));
}

describe('the role cards', () => {
  it('ground every point in the registry (ids, dates and numbers, attribution)', () => {
    const problems = cards.flatMap((card) =>
      roleCardTexts(card).flatMap(({ field, item }) =>
        textGroundingProblems(registry, item.text, item.facts, item.fiction).map(
          (p) => `${FILE}: card "${card.id}": field "${field}" [${p.rule}] ${p.message}`,
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('say of every invented role whom it stands for, with no history the card does not source', () => {
    const problems = cards.flatMap((card) =>
      card.invented
        ? textGroundingProblems(registry, card.invented.standsFor, []).map(
            (p) => `${FILE}: card "${card.id}": field "invented.stands_for" [${p.rule}] ${p.message}`,
          )
        : [],
    );
    expect(problems).toEqual([]);
  });

  it('give each historical person only what the registry says: no forbidden fate, on the card or its back, and a person who was at Kengir', () => {
    const problems: string[] = [];
    for (const card of cards) {
      const person = card.person ? registry.peopleById.get(card.person) : undefined;
      const texts = roleCardTexts(card);
      if (person?.kind === 'historical') {
        if (person.atKengir !== true) problems.push(`card "${card.id}": ${person.name} was not at Kengir, by the registry`);
        const back = roleCardBack(card, registry.peopleById).text;
        for (const { field, item } of [...texts, { field: 'back', item: { text: back } }]) {
          for (const phrase of forbiddenFatesIn(person, item.text)) problems.push(`card "${card.id}": field "${field}" says "${phrase}"`);
        }
      }
      // Other historical people a point names are held to their fates too, as a story line would be.
      for (const { field, item } of texts) {
        for (const named of peopleNamedIn(registry, item.text).filter((p) => p.kind === 'historical' && p !== person)) {
          for (const phrase of forbiddenFatesIn(named, item.text)) {
            problems.push(`card "${card.id}": field "${field}" names ${named.name} and says "${phrase}"`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('print each historical person’s fate on the back as people.yaml records it, grounded in its fate facts', () => {
    const problems = cards.flatMap((card) => {
      const person = card.person ? registry.peopleById.get(card.person) : undefined;
      if (person?.kind !== 'historical') return [];
      const back = roleCardBack(card, registry.peopleById);
      if (person.fate) expect(back).toEqual({ text: person.fate, facts: person.fateFacts });
      return textGroundingProblems(registry, back.text, back.facts).map((p) => `card "${card.id}": back [${p.rule}] ${p.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('give both role-plays cards for both sides, mostly invented people, as the guide asks', () => {
    for (const [roleplay, { sides }] of Object.entries(ROLE_PLAYS) as [RolePlayId, (typeof ROLE_PLAYS)[RolePlayId]][]) {
      const own = cards.filter((card) => card.roleplay === roleplay);
      for (const side of Object.keys(sides)) {
        expect(own.filter((card) => card.side === side).length, `${roleplay}: cards for "${side}"`).toBeGreaterThanOrEqual(2);
      }
      const invented = own.filter((card) => card.invented || registry.peopleById.get(card.person ?? '')?.kind === 'fictional');
      expect(invented.length * 2, `${roleplay}: at least half the cards are invented people`).toBeGreaterThanOrEqual(own.length);
    }
  });

  it('give Kuznetsov both his Soviet file and his own account, as the guide promises', () => {
    const card = cards.find((c) => c.person === 'kuznetsov');
    expect(card, 'a card for Kuznetsov at the talks').toBeDefined();
    const facts = new Set(roleCardTexts(card!).flatMap(({ item }) => item.facts));
    for (const id of ['kuznetsov_chair', 'kuznetsov_official_bio', 'kuznetsov_solzh_bio', 'kuznetsov_self_account']) {
      expect(facts.has(id), `Kuznetsov's card cites ${id}`).toBe(true);
    }
  });

  it('read at grade 7–10, like the story', () => {
    const grade = fleschKincaid(cards.flatMap((card) => roleCardTexts(card).map(({ item }) => item.text))).grade;
    expect(grade).toBeLessThanOrEqual(10);
  });
});
