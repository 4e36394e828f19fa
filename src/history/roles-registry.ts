import { parse } from 'yaml';
import { z } from 'zod';
import type { Registry } from './registry.ts';
import { ROLE_CARD_PARTS, ROLE_PLAYS, type RoleCard, type RoleCardPart, type RolePlayId } from './role-cards.ts';

/** A roles.yaml that cannot be used; the message names the file, the card and the field. */
export class RoleCardsError extends Error {
  override readonly name = 'RoleCardsError';
}

const ID = /^[a-z][a-z0-9_]*$/;
const idField = () => z.string().regex(ID, { error: 'must be snake_case: lowercase letters, digits and _' });
const itemSchema = z.strictObject({
  text: z.string().trim().min(1, { error: 'must not be empty' }),
  facts: z.array(idField()).default([]),
  fiction: z.boolean().default(false),
});
const items = () => z.array(itemSchema).default([]);
const cardSchema = z.strictObject({
  id: idField(),
  roleplay: z.enum(Object.keys(ROLE_PLAYS) as [RolePlayId, ...RolePlayId[]]),
  side: idField(),
  person: idField().optional(),
  invented: z
    .strictObject({
      name: z.string().trim().min(1, { error: 'must not be empty' }),
      stands_for: z.string().trim().min(20, { error: 'must say, in a sentence, whom the invented person stands for' }),
    })
    .optional(),
  who: items(),
  want: items(),
  fear: items(),
  know: items(),
  unknown: items(),
});

/** What the cross-checks need from the registry: the facts and people a card may cite. */
export type RoleCardsRegistry = Pick<Registry, 'factsById' | 'peopleById'>;

/**
 * Parses story/roles.yaml and checks every card against the registry: its role-play and side, its
 * person (in people.yaml) or invented role (never both), the four parts, and every fact id. A
 * historical person's card must rest each point on facts, mark nothing as fiction and say what the
 * sources do not tell; only its want and fear may stay empty, when the sources say nothing.
 * @throws RoleCardsError naming the file, the card and the field of every problem
 * @example parseRoleCards('story/roles.yaml', readFileSync('story/roles.yaml', 'utf8'), registry)
 */
export function parseRoleCards(fileName: string, text: string, registry: RoleCardsRegistry): readonly RoleCard[] {
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (cause) {
    throw new RoleCardsError(`${fileName}: not valid YAML: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  if (!Array.isArray(data)) throw new RoleCardsError(`${fileName}: expected a list of cards`);
  const problems: string[] = [];
  const cards: RoleCard[] = [];
  const ids = new Set<string>();
  data.forEach((raw: unknown, i) => {
    const id = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : `#${i + 1}`;
    const problem = (field: string, message: string) => problems.push(`${fileName}: card "${id}": field "${field}": ${message}`);
    const result = cardSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problem(issue.path.join('.') || '(card)', issue.message);
      return;
    }
    const entry = result.data;
    if (ids.has(entry.id)) problem('id', 'used twice');
    ids.add(entry.id);

    const sides = Object.keys(ROLE_PLAYS[entry.roleplay].sides);
    if (!sides.includes(entry.side)) problem('side', `"${entry.side}" is not a side of ${entry.roleplay} (one of: ${sides.join(', ')})`);

    const person = entry.person === undefined ? undefined : registry.peopleById.get(entry.person);
    if (entry.person !== undefined && entry.invented !== undefined) {
      problem('person', 'a card is either a person from story/people.yaml or an invented role, not both');
    } else if (entry.person === undefined && entry.invented === undefined) {
      problem('person', 'name a person from story/people.yaml, or describe an invented role (invented: name, stands_for)');
    } else if (entry.person !== undefined && !person) {
      problem('person', `"${entry.person}" is not in story/people.yaml`);
    }
    const historical = person?.kind === 'historical';

    for (const part of Object.keys(ROLE_CARD_PARTS) as RoleCardPart[]) {
      const mayBeEmpty = historical && (part === 'want' || part === 'fear');
      if (entry[part].length === 0 && !mayBeEmpty) {
        problem(part, 'needs at least one point (only a historical person’s want and fear may stay empty, when the sources say nothing)');
      }
    }
    if (historical && entry.unknown.length === 0) {
      problem('unknown', 'a historical person’s card says what the sources do not tell (at least one point), so students mark guesses');
    }
    // (A card whose person is missing is reported above; whether it may have this part is unknown.)
    if (!historical && entry.unknown.length > 0 && (person !== undefined || entry.invented !== undefined)) {
      problem('unknown', 'only a historical person’s card has this part: everything about an invented person is invented');
    }

    const parts = [...(Object.keys(ROLE_CARD_PARTS) as RoleCardPart[]), 'unknown'] as const;
    for (const part of parts) {
      entry[part].forEach((item, n) => {
        const at = `${part}.${n}`;
        item.facts.forEach((fact, f) => {
          if (!registry.factsById.has(fact)) problem(`${at}.facts.${f}`, `fact "${fact}" is not in story/facts.yaml`);
        });
        if (!historical) return;
        if (item.fiction) problem(`${at}.fiction`, 'a historical person’s card invents nothing: put a guess under "unknown" instead');
        if (part !== 'unknown' && item.facts.length === 0) {
          problem(
            `${at}.facts`,
            'on a historical person’s card every point rests on facts; what the sources do not say goes under "unknown"',
          );
        }
      });
    }

    cards.push({
      id: entry.id,
      roleplay: entry.roleplay,
      side: entry.side,
      person: entry.person ?? null,
      invented: entry.invented ? { name: entry.invented.name, standsFor: entry.invented.stands_for } : null,
      who: entry.who,
      want: entry.want,
      fear: entry.fear,
      know: entry.know,
      unknown: entry.unknown,
    });
  });
  if (problems.length > 0) throw new RoleCardsError(problems.join('\n'));
  return cards;
}
