import { describe, expect, it } from 'vitest';
import { loadRegistryFromDir } from '../../../src/history/load-registry-node.ts';
import { peopleNamedIn, personByName, type Fact } from '../../../src/history/registry.ts';

// The real registries in story/: they must parse and pass every cross-check.
const registry = loadRegistryFromDir('story');
const fact = (id: string): Fact => {
  const found = registry.factsById.get(id);
  if (found === undefined) throw new Error(`story/facts.yaml has no fact "${id}"`);
  return found;
};

describe('the story registry', () => {
  it('parses and passes every cross-check, with enough facts of every status', () => {
    expect(registry.facts.length).toBeGreaterThanOrEqual(60);
    for (const status of ['established', 'disputed', 'legend'] as const) {
      expect(registry.facts.filter((f) => f.status === status).length).toBeGreaterThan(5);
    }
    expect(registry.sources.length).toBeGreaterThan(20);
  });

  // The brief's section 3: contested points, each a disputed fact with its versions and sources.
  it.each([
    'kengir_lo3_headcount',
    'shooting_may_casualties',
    'uprising_start_date',
    'assault_death_toll',
    'official_killed',
    'prisoner_estimates',
    'kuznetsov_solzh_bio',
    'the_center',
    'executions_date',
  ])('records the contested point %s as disputed, with at least two sourced versions', (id) => {
    const contested = fact(id);
    expect(contested.status).toBe('disputed');
    expect(contested.versions.length).toBeGreaterThanOrEqual(2);
    expect(new Set(contested.versions.flatMap((v) => v.sources)).size).toBeGreaterThanOrEqual(2);
  });

  it('gives the contested death tolls the cues a careful writer uses', () => {
    expect(fact('official_killed').attribution).toContain('official');
    expect(fact('prisoner_estimates').attribution).toEqual(expect.arrayContaining(['survivors', 'former prisoners']));
    expect(fact('assault_death_toll').attribution).toEqual(expect.arrayContaining(['official', 'survivors']));
    expect(fact('kengir_lo3_headcount').attribution).toContain('solzhenitsyn');
    expect(fact('executions_date').values.dates).toEqual(expect.arrayContaining(['1956-09', '1956-09-12', '1956-09-18']));
  });

  it('lets a fact told only by Solzhenitsyn be cited only with his name or an attribution', () => {
    for (const f of registry.facts) {
      if (f.status === 'established' || !f.sources.every((s) => s === 'solzhenitsyn_archipelago')) continue;
      expect(f.attribution, f.id).toContain('solzhenitsyn');
    }
  });

  it('keeps every figure written in a claim or a version among the fact’s values', () => {
    const missing: string[] = [];
    for (const f of registry.facts) {
      const years = new Set(f.values.dates.map((d) => Number(d.slice(0, 4))));
      for (const text of [f.claim, ...f.versions.map((v) => v.says)]) {
        for (const [, digits] of text.matchAll(/(?<![\p{L}\d])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/gu)) {
          const n = Number(digits!.replaceAll(',', ''));
          if (!f.values.numbers.includes(n) && !years.has(n)) missing.push(`${f.id}: ${digits}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists the day of every full date among the numbers, for lines like "on the 16th"', () => {
    const missing = registry.facts.flatMap((f) =>
      f.values.dates.filter((d) => d.length === 10 && !f.values.numbers.includes(Number(d.slice(8)))).map((d) => `${f.id}: ${d}`),
    );
    expect(missing).toEqual([]);
  });

  it('never vouches for the known errors of popular accounts', () => {
    expect(fact('assault_forces').values.numbers).not.toContain(16000);
    expect(fact('official_wounded').values.numbers).not.toContain(109);
    expect(fact('assault_date').values.dates).not.toContain('1954-06-25');
    expect(fact('firearms_claim').status).toBe('legend');
    expect(fact('solzh_casualty_claim').status).toBe('legend');
  });
});

describe('the people registry', () => {
  it.each([
    'kuznetsov',
    'sluchenkov',
    'knopmus',
    'keller',
    'ivashchenko',
    'makeev',
    'semkin',
    'avakyan',
    'sunichuk',
    'mikhailevich',
    'suprun',
    'shimanskaya',
    'bershadskaya',
    'soroka',
    'ryabov_prison',
    'ryabov_viktor',
    'skiruk',
    'kondratas',
    'vakhaev',
    'chechev',
    'yegorov',
    'dolgikh',
    'vavilov',
    'ilyin',
    'bochkov',
    'gubin',
    'samsonov',
    'konovalov',
    'kruglov',
    'beria',
    'stalin',
    'khrushchev',
    'solzhenitsyn',
    'formozov',
    'applebaum',
    'barnes',
    'dedyukin',
    'petrikonis',
    'mamchur',
    'kalimulin',
  ])('has the historical person %s', (id) => {
    expect(registry.peopleById.get(id)?.kind).toBe('historical');
  });

  it('gives the executed leaders September 1956, and spares Kuznetsov', () => {
    for (const id of ['sluchenkov', 'knopmus', 'keller']) {
      const person = registry.peopleById.get(id)!;
      expect(person.died).toBe('1956-09');
      expect(person.fate).toMatch(/September 1956/);
      expect(person.fate).toMatch(/disputed/);
      expect(person.fateFacts).toContain('executions_date');
    }
    const kuznetsov = registry.peopleById.get('kuznetsov')!;
    expect(kuznetsov.died).toBeUndefined();
    expect(kuznetsov.fate).toMatch(/1960/);
    expect(kuznetsov.forbiddenFates).toContain('was executed');
  });

  it('knows who was at Kengir', () => {
    expect(registry.peopleById.get('solzhenitsyn')?.atKengir).toBe(false);
    expect(registry.peopleById.get('kruglov')?.atKengir).toBe(false);
    expect(registry.peopleById.get('yegorov')?.atKengir).toBe(true);
    expect(registry.peopleById.get('kuznetsov')?.atKengir).toBe(true);
  });

  it('finds people by the spellings the sources use', () => {
    expect(personByName(registry, 'Mikhail Keller')?.id).toBe('keller');
    expect(personByName(registry, 'G. I. Keller')?.id).toBe('keller');
    expect(personByName(registry, 'Engels Sluchenkov')?.id).toBe('sluchenkov');
    expect(personByName(registry, 'Knopkus')?.id).toBe('knopmus');
    expect(personByName(registry, 'Egorov')?.id).toBe('yegorov');
    expect(personByName(registry, 'Ivan Ivanovich Dolgikh')).toBeUndefined();
    expect(peopleNamedIn(registry, 'Gleb Sluchenkov and Viktor Ryabov met Kuznetsov.').map((p) => p.id)).toEqual([
      'sluchenkov',
      'ryabov_viktor',
      'kuznetsov',
    ]);
  });
});

describe('the glossary', () => {
  it.each([
    'zek',
    'blatnoi',
    'suka',
    'nadziratel',
    'lagpunkt',
    'lagotdelenie',
    'osoblag',
    'bur',
    'shizo',
    'vakhta',
    'pridurok',
    'obshchie_raboty',
    'norm',
    'naryadshchik',
    'otkazchik',
    'starosta',
    'makhorka',
    'etap',
    'stolypin',
    'katorga',
    'khozdvor',
    'banderovtsy',
    'kvch',
    'vagonki',
    'parasha',
    'balanda',
    'sabantuy',
    'center',
    'article_58',
  ])('explains %s', (id) => {
    expect(registry.glossaryById.get(id)?.definition.length).toBeGreaterThan(5);
  });
});
