import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  glossaryEntriesIn,
  isRegistryDate,
  parseRegistry,
  peopleNamedIn,
  personByName,
  RegistryError,
  requireFact,
  UnknownIdError,
  type RegistryFileKey,
  type RegistryFiles,
  type RegistryProblem,
} from '../../../src/history/registry.ts';
import { loadRegistryFromDir } from '../../../src/history/load-registry-node.ts';

const FIXTURES = 'tests/fixtures/registry';
const KEYS: readonly RegistryFileKey[] = ['facts', 'sources', 'people', 'glossary'];

/** The valid fixture registry, with `replace` swapping one file for a broken copy. */
function fixtureFiles(replace?: { key: RegistryFileKey; fixture: string }): RegistryFiles {
  const files = {} as Record<RegistryFileKey, { name: string; text: string }>;
  for (const key of KEYS) {
    const path = replace?.key === key ? `${FIXTURES}/broken/${replace.fixture}` : `${FIXTURES}/valid/${key}.yaml`;
    files[key] = { name: `story/${key}.yaml`, text: readFileSync(path, 'utf8') };
  }
  return files;
}

function problemsOf(files: RegistryFiles): readonly RegistryProblem[] {
  try {
    parseRegistry(files);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return (error as RegistryError).problems;
  }
  throw new Error('expected parseRegistry to throw a RegistryError');
}

describe('parseRegistry on a valid registry', () => {
  const registry = parseRegistry(fixtureFiles());

  it('returns every entry, in file order, with lookup maps', () => {
    expect(registry.facts.map((f) => f.id)).toEqual(['plain_fact', 'argued_fact', 'told_fact']);
    expect(registry.sourcesById.get('web_page')?.address).toBe('https://example.org/page');
    expect(registry.peopleById.get('invented_person')?.compositeOf).toMatch(/West Ukrainian/);
    expect(registry.glossaryById.get('zek')?.russian).toBe('зэк');
  });

  it('maps snake_case YAML keys to camelCase fields and fills empty lists', () => {
    const person = registry.peopleById.get('real_person')!;
    expect(person).toMatchObject({
      atKengir: true,
      died: '1956-09',
      fateFacts: ['argued_fact'],
      forbiddenFates: ['was released'],
    });
    expect(registry.peopleById.get('other_person')).toMatchObject({ atKengir: 'unknown', variants: [], fateFacts: [] });
    expect(registry.sourcesById.get('book_one')?.briefCodes).toEqual(['BOOK-1']);
    expect(registry.factsById.get('told_fact')).toMatchObject({ values: { dates: [], numbers: [], names: [] }, versions: [] });
  });

  it('leaves out optional fields that the file does not set', () => {
    expect(Object.keys(registry.sourcesById.get('web_page')!)).not.toContain('author');
    expect(Object.keys(registry.factsById.get('plain_fact')!)).not.toContain('note');
  });
});

describe('parseRegistry rejects broken files, naming file, entry and field', () => {
  const cases: {
    fixture: string;
    key: RegistryFileKey;
    expected: Partial<RegistryProblem>;
    message: RegExp;
  }[] = [
    {
      fixture: 'missing-field.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', id: 'told_fact', entry: 3, field: 'claim' },
      message: /is required/,
    },
    {
      fixture: 'wrong-status.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', id: 'told_fact', entry: 3, field: 'status' },
      message: /expected one of established, disputed, legend, got the text "confirmed"/,
    },
    {
      fixture: 'unknown-source.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', id: 'told_fact', field: 'sources[0]' },
      message: /unknown source "no_such_source"/,
    },
    {
      fixture: 'uncited-source.sources.yaml',
      key: 'sources',
      expected: { file: 'story/sources.yaml', id: 'lonely_source', entry: 3, field: 'id' },
      message: /not cited by any fact in story\/facts\.yaml/,
    },
    {
      fixture: 'disputed-without-versions.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', id: 'argued_fact', entry: 2, field: 'versions' },
      message: /disputed fact needs at least 2 versions/,
    },
    {
      fixture: 'legend-without-attribution.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', id: 'told_fact', field: 'attribution' },
      message: /legend fact needs attribution cues/,
    },
    {
      fixture: 'duplicate-id.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', id: 'plain_fact', entry: 3, field: 'id' },
      message: /duplicate id: entry #1 has the same id/,
    },
    {
      fixture: 'bad-date.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', id: 'plain_fact', entry: 1, field: 'values.dates[0]' },
      message: /exists in the calendar/,
    },
    {
      fixture: 'unquoted-year.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', id: 'plain_fact', field: 'values.dates[0]' },
      message: /expected a text, got number 1954/,
    },
    {
      fixture: 'unknown-field.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', id: 'told_fact', field: 'sauce' },
      message: /unknown field/,
    },
    {
      fixture: 'missing-id.facts.yaml',
      key: 'facts',
      expected: { file: 'story/facts.yaml', entry: 3, field: 'id' },
      message: /is required/,
    },
    {
      fixture: 'no-publisher-or-address.sources.yaml',
      key: 'sources',
      expected: { file: 'story/sources.yaml', id: 'book_one', field: 'publisher' },
      message: /needs a publisher or an address/,
    },
    {
      fixture: 'bad-address.sources.yaml',
      key: 'sources',
      expected: { file: 'story/sources.yaml', id: 'web_page', field: 'address' },
      message: /http\(s\) address/,
    },
    {
      fixture: 'bad-kind.sources.yaml',
      key: 'sources',
      expected: { file: 'story/sources.yaml', id: 'web_page', field: 'kind' },
      message: /expected one of archival_history, memoir/,
    },
    {
      fixture: 'unknown-fate-fact.people.yaml',
      key: 'people',
      expected: { file: 'story/people.yaml', id: 'real_person', field: 'fate_facts[1]' },
      message: /unknown fact "no_such_fact"/,
    },
    {
      fixture: 'bad-died.people.yaml',
      key: 'people',
      expected: { file: 'story/people.yaml', id: 'real_person', field: 'died' },
      message: /YYYY-MM-DD/,
    },
    {
      fixture: 'fictional-without-composite.people.yaml',
      key: 'people',
      expected: { file: 'story/people.yaml', id: 'invented_person', field: 'composite_of' },
      message: /fictional person needs composite_of/,
    },
    {
      fixture: 'shared-variant.people.yaml',
      key: 'people',
      expected: { file: 'story/people.yaml', id: 'other_person', field: 'variants[0]' },
      message: /"Realov" is already a name of "real_person"/,
    },
    {
      fixture: 'uppercase-forbidden-fate.people.yaml',
      key: 'people',
      expected: { file: 'story/people.yaml', id: 'real_person', field: 'forbidden_fates[0]' },
      message: /must be lowercase/,
    },
    {
      fixture: 'unknown-source.glossary.yaml',
      key: 'glossary',
      expected: { file: 'story/glossary.yaml', id: 'zek', field: 'sources[0]' },
      message: /unknown source "no_such_source"/,
    },
  ];

  it.each(cases)('$fixture', ({ fixture, key, expected, message }) => {
    const problems = problemsOf(fixtureFiles({ key, fixture }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject(expected);
    expect(problems[0]!.message).toMatch(message);
  });

  it('puts file, entry and field in the error message, one line per problem', () => {
    let error: unknown;
    try {
      parseRegistry(fixtureFiles({ key: 'facts', fixture: 'wrong-status.facts.yaml' }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toContain(
      'story/facts.yaml: entry "told_fact" (#3): field "status": expected one of established, disputed, legend, got the text "confirmed"',
    );
  });

  it('names an entry without an id by its position', () => {
    const [problem] = problemsOf(fixtureFiles({ key: 'facts', fixture: 'missing-id.facts.yaml' }));
    expect(formatProblem(problem!)).toBe('story/facts.yaml: entry #3: field "id": is required');
  });

  it('collects every problem instead of stopping at the first', () => {
    const problems = problemsOf(fixtureFiles({ key: 'facts', fixture: 'several-problems.facts.yaml' }));
    expect(problems.map((p) => `${p.id ?? ''}/${p.field ?? ''}`)).toEqual(
      expect.arrayContaining(['plain_fact/id', 'plain_fact/status', 'argued_fact/attribution[0]', 'argued_fact/sources[0]']),
    );
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a YAML syntax error with its line, keeping the parser error as cause', () => {
    const files = fixtureFiles();
    let error: unknown;
    try {
      parseRegistry({ ...files, glossary: { name: 'story/glossary.yaml', text: '- id: zek\n  term: [zek\n' } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RegistryError);
    const registryError = error as RegistryError;
    expect(registryError.problems[0]).toMatchObject({ file: 'story/glossary.yaml', line: expect.any(Number) });
    expect(registryError.problems[0]!.message).toMatch(/YAML syntax error/);
    expect(registryError.cause).toBeInstanceOf(Error);
  });

  it('reports a duplicated key inside one entry as a YAML error', () => {
    const files = fixtureFiles();
    const text = files.glossary.text.replace('  term: zek\n', '  term: zek\n  term: zeks\n');
    const problems = problemsOf({ ...files, glossary: { name: 'story/glossary.yaml', text } });
    expect(problems[0]).toMatchObject({ file: 'story/glossary.yaml', line: expect.any(Number) });
  });

  it('rejects a file that is not a list of entries', () => {
    const files = fixtureFiles();
    const problems = problemsOf({ ...files, people: { name: 'story/people.yaml', text: 'id: kuznetsov\n' } });
    expect(problems).toEqual([{ file: 'story/people.yaml', message: 'expected a list of entries, got a mapping' }]);
  });

  it('does not flood unknown-reference errors when the referenced file cannot be read', () => {
    const files = fixtureFiles();
    const problems = problemsOf({ ...files, sources: { name: 'story/sources.yaml', text: '- id: [broken\n' } });
    expect(problems.every((p) => p.file === 'story/sources.yaml')).toBe(true);
  });
});

describe('isRegistryDate', () => {
  it.each(['1954', '1954-06', '1954-06-26', '1956-02-29'])('accepts %s', (date) => {
    expect(isRegistryDate(date)).toBe(true);
  });
  it.each(['54', '1954-6-26', '1954-13', '1954-02-30', '1955-02-29', '1954-06-26T03:30', ''])('rejects %s', (date) => {
    expect(isRegistryDate(date)).toBe(false);
  });
});

describe('lookups', () => {
  const registry = parseRegistry(fixtureFiles());

  it('requireFact throws UnknownIdError for an unknown id', () => {
    expect(requireFact(registry, 'plain_fact').id).toBe('plain_fact');
    expect(() => requireFact(registry, 'nope')).toThrow(UnknownIdError);
    expect(() => requireFact(registry, 'nope')).toThrow('Unknown fact id "nope"');
  });

  it('personByName matches the name or a variant exactly, ignoring case and spacing', () => {
    expect(personByName(registry, 'realov')?.id).toBe('real_person');
    expect(personByName(registry, '  Ivan   Realov ')?.id).toBe('real_person');
    expect(personByName(registry, 'Viktor Realov')?.id).toBe('other_person');
    expect(personByName(registry, 'Ivan')).toBeUndefined();
  });

  it('peopleNamedIn finds whole names, longest first, in order of appearance', () => {
    const named = peopleNamedIn(registry, 'Viktor Realov spoke to Daryna; Realov listened.');
    expect(named.map((p) => p.id)).toEqual(['other_person', 'invented_person', 'real_person']);
    expect(peopleNamedIn(registry, 'Viktor Realov nodded.').map((p) => p.id)).toEqual(['other_person']);
    expect(peopleNamedIn(registry, 'Realovich and Darynas are not names here.')).toEqual([]);
    expect(peopleNamedIn(registry, "Realov's bunk.").map((p) => p.id)).toEqual(['real_person']);
  });

  it('glossaryEntriesIn finds terms and variants, ignoring case', () => {
    expect(glossaryEntriesIn(registry, 'Two Zeks met at the center.').map((g) => g.id)).toEqual(['zek', 'center']);
  });
});

describe('loadRegistryFromDir', () => {
  it('reads the four files of a directory, naming them dir/file', () => {
    expect(loadRegistryFromDir(`${FIXTURES}/valid`).facts).toHaveLength(3);
  });

  it('throws a RegistryError naming every missing file, with the read error as cause', () => {
    let error: unknown;
    try {
      loadRegistryFromDir(`${FIXTURES}/no-such-dir`);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RegistryError);
    const registryError = error as RegistryError;
    expect(registryError.problems.map((p) => p.file)).toEqual(KEYS.map((key) => `${FIXTURES}/no-such-dir/${key}.yaml`));
    expect((registryError.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});
