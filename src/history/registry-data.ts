import type { ClassroomEntry } from './classroom-registry.ts';
import type { Registry } from './registry.ts';
import type { RoleCard } from './role-cards.ts';

/**
 * The registries as plain JSON, as the build ships them to the browser (`virtual:registry`):
 * validated at build time, so the browser carries neither the YAML parser nor the schemas.
 */
export interface RegistryData {
  readonly facts: Registry['facts'];
  readonly sources: Registry['sources'];
  readonly people: Registry['people'];
  readonly glossary: Registry['glossary'];
  readonly classroom: readonly ClassroomEntry[];
  /** The role cards of story/roles.yaml, checked against the facts and people above. */
  readonly roles: readonly RoleCard[];
}

/** Strips the lookup maps for shipping. */
export function toRegistryData(registry: Registry, classroom: readonly ClassroomEntry[], roles: readonly RoleCard[]): RegistryData {
  return { facts: registry.facts, sources: registry.sources, people: registry.people, glossary: registry.glossary, classroom, roles };
}

/** Rebuilds the lookup maps from shipped data. */
export function fromRegistryData(
  data: RegistryData,
): Registry & { readonly classroom: readonly ClassroomEntry[]; readonly roles: readonly RoleCard[] } {
  const byId = <T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> => new Map(list.map((item) => [item.id, item]));
  return {
    ...data,
    factsById: byId(data.facts),
    sourcesById: byId(data.sources),
    peopleById: byId(data.people),
    glossaryById: byId(data.glossary),
  };
}
