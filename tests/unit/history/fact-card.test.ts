import { describe, expect, it } from 'vitest';
import { factCard, formatCitation, SOURCE_KIND_LABELS, STATUS_LABELS } from '../../../src/history/fact-card.ts';
import { loadRegistryFromDir } from '../../../src/history/load-registry-node.ts';
import { SOURCE_KINDS, UnknownIdError, type Source } from '../../../src/history/registry.ts';

const fixture = loadRegistryFromDir('tests/fixtures/registry/valid');
const story = loadRegistryFromDir('story');

describe('formatCitation', () => {
  const base: Source = { id: 'x', title: 'A Title', kind: 'memoir', briefCodes: [] };

  it('gives author, title, then publisher and year in brackets', () => {
    expect(formatCitation({ ...base, author: 'Ada Writer', publisher: 'Good Press', year: 2001 })).toBe(
      'Ada Writer, A Title (Good Press, 2001)',
    );
  });

  it('leaves out what the source does not have', () => {
    expect(formatCitation(base)).toBe('A Title');
    expect(formatCitation({ ...base, year: 1975 })).toBe('A Title (1975)');
    expect(formatCitation({ ...base, publisher: 'Wikipedia' })).toBe('A Title (Wikipedia)');
    expect(formatCitation({ ...base, author: 'Someone' })).toBe('Someone, A Title');
  });

  it('formats the real registry’s main book as people expect', () => {
    expect(formatCitation(story.sourcesById.get('applebaum_gulag')!)).toBe('Anne Applebaum, Gulag: A History (Doubleday, 2003)');
  });
});

describe('factCard', () => {
  it('shows an established fact with its status in plain words and its sources formatted', () => {
    const card = factCard(fixture, 'plain_fact');
    expect(card).toEqual({
      id: 'plain_fact',
      claim: 'About 1,700 soldiers took part.',
      status: 'established',
      statusLabel: 'Established: the sources agree.',
      versions: [],
      sources: [
        {
          id: 'book_one',
          citation: 'Ada Writer, A Book: A History (Good Press, 2001)',
          kind: 'archival_history',
          kindLabel: 'History based on archives',
        },
      ],
    });
  });

  it('shows each version of a disputed fact with its own sources, and lists every source once', () => {
    const card = factCard(fixture, 'argued_fact');
    expect(card.statusLabel).toBe('Disputed: the sources disagree — see the versions.');
    expect(card.versions).toEqual([
      { says: 'One version, 37.', sources: ['book_one'], citations: ['Ada Writer, A Book: A History (Good Press, 2001)'] },
      {
        says: 'Another version, 46.',
        sources: ['web_page', 'book_one'],
        citations: ['A Page', 'Ada Writer, A Book: A History (Good Press, 2001)'],
      },
    ]);
    expect(card.sources.map((s) => s.id)).toEqual(['book_one', 'web_page']);
    expect(card.sources[1]).toEqual({
      id: 'web_page',
      citation: 'A Page',
      kind: 'reference_work',
      kindLabel: 'Encyclopedia or reference work',
      address: 'https://example.org/page',
      note: 'Only the opening was read.',
    });
  });

  it('marks a legend as unconfirmed', () => {
    expect(factCard(fixture, 'told_fact').statusLabel).toBe(STATUS_LABELS.legend);
    expect(STATUS_LABELS.legend).toMatch(/^Unconfirmed: /);
  });

  it('throws a clear error for an unknown fact id', () => {
    expect(() => factCard(fixture, 'no_such_fact')).toThrow(UnknownIdError);
    expect(() => factCard(fixture, 'no_such_fact')).toThrow('Unknown fact id "no_such_fact": it is not in story/facts.yaml.');
  });

  it('has a plain label for every source kind', () => {
    for (const kind of SOURCE_KINDS) expect(SOURCE_KIND_LABELS[kind]).toMatch(/^[A-Z]/);
  });

  it('builds a card for every fact of the real registry', () => {
    for (const fact of story.facts) {
      const card = factCard(story, fact.id);
      expect(card.sources.length).toBeGreaterThan(0);
      expect(card.versions.every((v) => v.citations.length === v.sources.length)).toBe(true);
    }
  });

  it('shows the official and the survivors’ death tolls side by side', () => {
    const card = factCard(story, 'assault_death_toll');
    expect(card.status).toBe('disputed');
    expect(card.versions.map((v) => v.says).join(' ')).toMatch(/37.*46.*500 to 700/s);
    expect(card.sources.find((s) => s.id === 'wp_kengir_uprising')).toMatchObject({
      citation: 'Wikipedia contributors, Kengir uprising (English Wikipedia)',
      address: 'https://en.wikipedia.org/wiki/Kengir_uprising',
    });
  });
});
