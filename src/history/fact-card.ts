import { UnknownIdError } from './errors.ts';
import type { FactStatus, Registry, Source, SourceKind } from './registry.ts';

/** What each status means, in plain words for players and students. */
export const STATUS_LABELS: Readonly<Record<FactStatus, string>> = {
  established: 'Established: the sources agree.',
  disputed: 'Disputed: the sources disagree — see the versions.',
  legend: 'Unconfirmed: told by one memoir, one source or a popular account; treat with care.',
};

/** What each kind of source is, in plain words. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  archival_history: 'History based on archives',
  memoir: 'Memoir',
  literary_account: 'Literary account',
  reference_work: 'Encyclopedia or reference work',
  document: 'Document or documentary record',
  testimony: 'Survivor testimony',
  journalism: 'Press or popular writing',
};

/** A source as the reader shows it on a fact card. */
export interface FactCardSource {
  readonly id: string;
  /** Formatted for people, e.g. `Anne Applebaum, Gulag: A History (Doubleday, 2003)`. */
  readonly citation: string;
  readonly kind: SourceKind;
  readonly kindLabel: string;
  /** The page that was read, for web sources. Shown as text; the game never fetches it. */
  readonly address?: string;
  /** What the card should say about the source (e.g. that only a blurb was read). */
  readonly note?: string;
}

/** One source's version of a disputed fact, as the reader shows it. */
export interface FactCardVersion {
  readonly says: string;
  /** Source ids; each is also in {@link FactCard.sources}. */
  readonly sources: readonly string[];
  /** The same sources, formatted for people. */
  readonly citations: readonly string[];
}

/** A plain view model of one fact, for the reader's source card. */
export interface FactCard {
  readonly id: string;
  readonly claim: string;
  readonly status: FactStatus;
  readonly statusLabel: string;
  readonly versions: readonly FactCardVersion[];
  /** Every source the fact and its versions cite, the fact's own first, each once. */
  readonly sources: readonly FactCardSource[];
}

/**
 * Formats a source for people: author, title, then publisher and year in brackets, leaving
 * out whatever the source does not have.
 * @example formatCitation(applebaum) // 'Anne Applebaum, Gulag: A History (Doubleday, 2003)'
 */
export function formatCitation(source: Source): string {
  const head = source.author === undefined ? source.title : `${source.author}, ${source.title}`;
  const details = [source.publisher, source.year?.toString()].filter((part): part is string => part !== undefined);
  return details.length === 0 ? head : `${head} (${details.join(', ')})`;
}

/**
 * The card the reader shows for a fact: its claim, its status in plain words, its versions
 * and its sources, formatted.
 * @throws {UnknownIdError} when no fact has this id.
 * @example factCard(registry, 'assault_date').statusLabel // 'Established: the sources agree.'
 */
export function factCard(registry: Registry, factId: string): FactCard {
  const fact = registry.factsById.get(factId);
  if (!fact) throw new UnknownIdError('fact', factId, 'story/facts.yaml');
  const ids = [...new Set([...fact.sources, ...fact.versions.flatMap((v) => v.sources)])];
  const sources = ids.map((id) => cardSource(registry, id));
  const citationOf = new Map(sources.map((s) => [s.id, s.citation]));
  return {
    id: fact.id,
    claim: fact.claim,
    status: fact.status,
    statusLabel: STATUS_LABELS[fact.status],
    versions: fact.versions.map((version) => ({
      says: version.says,
      sources: version.sources,
      citations: version.sources.map((id) => citationOf.get(id) ?? id),
    })),
    sources,
  };
}

function cardSource(registry: Registry, id: string): FactCardSource {
  const source = registry.sourcesById.get(id);
  // parseRegistry guarantees every cited source exists; a hand-built registry might not.
  if (source === undefined) throw new Error(`Fact card: source "${id}" is not in the registry.`);
  return {
    id: source.id,
    citation: formatCitation(source),
    kind: source.kind,
    kindLabel: SOURCE_KIND_LABELS[source.kind],
    ...(source.address === undefined ? {} : { address: source.address }),
    ...(source.note === undefined ? {} : { note: source.note }),
  };
}
