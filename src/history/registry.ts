import { parseDocument } from 'yaml';
import { UnknownIdError } from './errors.ts';
import { z } from 'zod';

/** How sure the sources are of a fact: they agree, they disagree, or only one weak source tells it. */
export const FACT_STATUSES = ['established', 'disputed', 'legend'] as const;
/** One of {@link FACT_STATUSES}. */
export type FactStatus = (typeof FACT_STATUSES)[number];

/** What kind of work a source is; the reader shows it as a plain label. */
export const SOURCE_KINDS = [
  'archival_history',
  'memoir',
  'literary_account',
  'reference_work',
  'document',
  'testimony',
  'journalism',
] as const;
/** One of {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Whether a person in the people registry is a real historical person or an invented one. */
export const PERSON_KINDS = ['historical', 'fictional'] as const;
/** One of {@link PERSON_KINDS}. */
export type PersonKind = (typeof PERSON_KINDS)[number];

/** The four registry files, as the keys of {@link RegistryFiles}, with their usual names in `story/`. */
export const REGISTRY_FILE_NAMES = {
  facts: 'facts.yaml',
  sources: 'sources.yaml',
  people: 'people.yaml',
  glossary: 'glossary.yaml',
} as const;
/** A key of {@link REGISTRY_FILE_NAMES}. */
export type RegistryFileKey = keyof typeof REGISTRY_FILE_NAMES;

/** Every date and number (and, optionally, proper name) a story line may state about a fact. */
export interface FactValues {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a line naming only a year matches any date in that year. */
  readonly dates: readonly string[];
  readonly numbers: readonly number[];
  readonly names: readonly string[];
}

/** One source's version of a disputed fact. */
export interface FactVersion {
  readonly says: string;
  /** Source ids, each in {@link Registry.sourcesById}. */
  readonly sources: readonly string[];
}

/** A historical claim the story may make, with its status, values and sources. */
export interface Fact {
  readonly id: string;
  /** The claim in the project's own plain words. */
  readonly claim: string;
  readonly status: FactStatus;
  readonly values: FactValues;
  /** Source ids, at least one, each in {@link Registry.sourcesById}. */
  readonly sources: readonly string[];
  /** Lowercase cue words; a line citing a disputed or legendary fact must contain one. */
  readonly attribution: readonly string[];
  /** At least two for a disputed fact; may be empty otherwise. */
  readonly versions: readonly FactVersion[];
  /** A caution for writers; not meant for players. */
  readonly note?: string;
}

/** A work that facts cite. */
export interface Source {
  readonly id: string;
  readonly author?: string;
  readonly title: string;
  readonly year?: number;
  readonly publisher?: string;
  /** The page that was read, when the source is a web page. */
  readonly address?: string;
  readonly kind: SourceKind;
  readonly note?: string;
  /** The research brief's short codes (e.g. `APP-302`) that this entry stands for. */
  readonly briefCodes: readonly string[];
}

/** A person the story may name: historical (with what is known of their fate) or fictional. */
export interface Person {
  readonly id: string;
  readonly name: string;
  /** Every spelling the story may use, without the name itself. */
  readonly variants: readonly string[];
  readonly kind: PersonKind;
  /** The person's role in 1954 (for later historians, what they did). */
  readonly role: string;
  /** Whether the person was at Kengir in May–June 1954; `'unknown'` when the sources do not say. */
  readonly atKengir: boolean | 'unknown';
  /** Documented death date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly died?: string;
  readonly fate?: string;
  /** Fact ids that document the fate, each in {@link Registry.factsById}. */
  readonly fateFacts: readonly string[];
  /** Lowercase phrases that contradict the registry on a line naming this person. */
  readonly forbiddenFates: readonly string[];
  /** For fictional people: the documented group the character stands for. */
  readonly compositeOf?: string;
  readonly note?: string;
}

/** A camp word explained in plain words. */
export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly variants: readonly string[];
  readonly russian?: string;
  readonly definition: string;
  /** Source ids, each in {@link Registry.sourcesById}. */
  readonly sources: readonly string[];
}

/** The four registries, validated and cross-checked, with lookup maps by id. */
export interface Registry {
  readonly facts: readonly Fact[];
  readonly sources: readonly Source[];
  readonly people: readonly Person[];
  readonly glossary: readonly GlossaryEntry[];
  readonly factsById: ReadonlyMap<string, Fact>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly peopleById: ReadonlyMap<string, Person>;
  readonly glossaryById: ReadonlyMap<string, GlossaryEntry>;
}

/** One registry file's text, with the name to use in error messages (e.g. `story/facts.yaml`). */
export interface RegistryFile {
  readonly name: string;
  readonly text: string;
}

/** The texts of the four registry files. */
export type RegistryFiles = Readonly<Record<RegistryFileKey, RegistryFile>>;

/** One problem found in a registry file. */
export interface RegistryProblem {
  /** The file name as given in {@link RegistryFiles}. */
  readonly file: string;
  /** 1-based position of the entry in the file's list, when the problem is in an entry. */
  readonly entry?: number;
  /** The entry's id, when it has a string id. */
  readonly id?: string;
  /** The YAML field, e.g. `status` or `versions[1].sources[0]`. */
  readonly field?: string;
  /** 1-based line, for YAML syntax errors. */
  readonly line?: number;
  readonly message: string;
}

/**
 * Formats a problem as one line naming the file, the entry and the field, e.g.
 * `story/facts.yaml: entry "assault_forces" (#12): field "status": expected one of established, disputed, legend`.
 */
export function formatProblem(problem: RegistryProblem): string {
  const parts = [problem.file];
  if (problem.line !== undefined) parts.push(`line ${problem.line}`);
  if (problem.entry !== undefined) {
    parts.push(problem.id === undefined ? `entry #${problem.entry}` : `entry "${problem.id}" (#${problem.entry})`);
  }
  if (problem.field !== undefined) parts.push(`field "${problem.field}"`);
  parts.push(problem.message);
  return parts.join(': ');
}

/**
 * Thrown when the registry files do not parse or do not pass the cross-checks. The message
 * lists every problem, one per line; {@link RegistryError.problems} has them as data.
 */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  readonly problems: readonly RegistryProblem[];

  constructor(problems: readonly RegistryProblem[], options?: { cause?: unknown }) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The history registry has ${count}:\n${problems.map(formatProblem).join('\n')}`, options);
    this.problems = problems;
  }
}

/** Thrown by the lookups that require an id to exist (e.g. {@link requireFact}). */

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Whether `text` is a registry date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date.
 * @example isRegistryDate('1954-06-26') // true; isRegistryDate('1954-02-30') // false
 */
export function isRegistryDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const year = Number(match[1]);
  const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const nonEmpty = () => z.string().trim().min(1, { error: 'must not be empty' });
const idField = () => z.string().regex(ID_PATTERN, { error: 'must be snake_case: lowercase letters, digits and _' });
const dateField = () =>
  z.string().refine(isRegistryDate, {
    error: 'must be a quoted date "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists in the calendar',
  });
const lowercaseCue = () => nonEmpty().refine((value) => value === value.toLowerCase(), { error: 'must be lowercase' });
const idList = () => z.array(idField());

const factSchema = z.strictObject({
  id: idField(),
  claim: nonEmpty(),
  status: z.enum(FACT_STATUSES),
  values: z
    .strictObject({
      dates: z.array(dateField()).optional(),
      numbers: z.array(z.number()).optional(),
      names: z.array(nonEmpty()).optional(),
    })
    .optional(),
  sources: idList().min(1, { error: 'needs at least one source' }),
  attribution: z.array(lowercaseCue()).optional(),
  versions: z
    .array(
      z.strictObject({
        says: nonEmpty(),
        sources: idList().min(1, { error: 'needs at least one source' }),
      }),
    )
    .optional(),
  note: nonEmpty().optional(),
});

const sourceSchema = z
  .strictObject({
    id: idField(),
    author: nonEmpty().optional(),
    title: nonEmpty(),
    year: z.int().min(1000).max(2100).optional(),
    publisher: nonEmpty().optional(),
    address: nonEmpty().refine(isWebAddress, { error: 'must be an http(s) address' }).optional(),
    kind: z.enum(SOURCE_KINDS),
    note: nonEmpty().optional(),
    brief_codes: z.array(nonEmpty()).optional(),
  })
  .refine((source) => source.publisher !== undefined || source.address !== undefined, {
    error: 'a source needs a publisher or an address (or both)',
    path: ['publisher'],
  });

const personSchema = z.strictObject({
  id: idField(),
  name: nonEmpty(),
  variants: z.array(nonEmpty()).optional(),
  kind: z.enum(PERSON_KINDS),
  role: nonEmpty(),
  at_kengir: z.union([z.boolean(), z.literal('unknown')], {
    error: 'expected true, false or unknown',
  }),
  died: dateField().optional(),
  fate: nonEmpty().optional(),
  fate_facts: idList().optional(),
  forbidden_fates: z.array(lowercaseCue()).optional(),
  composite_of: nonEmpty().optional(),
  note: nonEmpty().optional(),
});

const glossarySchema = z.strictObject({
  id: idField(),
  term: nonEmpty(),
  variants: z.array(nonEmpty()).optional(),
  russian: nonEmpty().optional(),
  definition: nonEmpty(),
  sources: idList().optional(),
});

type RawFact = z.infer<typeof factSchema>;
type RawSource = z.infer<typeof sourceSchema>;
type RawPerson = z.infer<typeof personSchema>;
type RawGlossaryEntry = z.infer<typeof glossarySchema>;

function toFact(raw: RawFact): Fact {
  return {
    id: raw.id,
    claim: raw.claim,
    status: raw.status,
    values: {
      dates: raw.values?.dates ?? [],
      numbers: raw.values?.numbers ?? [],
      names: raw.values?.names ?? [],
    },
    sources: raw.sources,
    attribution: raw.attribution ?? [],
    versions: raw.versions ?? [],
    ...(raw.note === undefined ? {} : { note: raw.note }),
  };
}

function toSource(raw: RawSource): Source {
  const { brief_codes: briefCodes, ...rest } = raw;
  return { ...dropUndefined(rest), briefCodes: briefCodes ?? [] };
}

function toPerson(raw: RawPerson): Person {
  const { at_kengir: atKengir, fate_facts: fateFacts, forbidden_fates: forbiddenFates, composite_of: compositeOf, variants, ...rest } = raw;
  return {
    ...dropUndefined(rest),
    variants: variants ?? [],
    atKengir,
    fateFacts: fateFacts ?? [],
    forbiddenFates: forbiddenFates ?? [],
    ...(compositeOf === undefined ? {} : { compositeOf }),
  };
}

function toGlossaryEntry(raw: RawGlossaryEntry): GlossaryEntry {
  const { variants, sources, ...rest } = raw;
  return { ...dropUndefined(rest), variants: variants ?? [], sources: sources ?? [] };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

/** Turns one zod issue into messages in the registry's own words (one per unknown key). */
function issueMessages(issue: z.core.$ZodIssue, entry: unknown): { field: string; message: string }[] {
  const field = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: field === '' ? key : `${field}.${key}`,
        message: 'unknown field',
      }));
    case 'invalid_value':
      return [
        {
          field,
          message: `expected one of ${issue.values.map(String).join(', ')}, got ${describe(valueAt(entry, issue.path))}`,
        },
      ];
    case 'invalid_type': {
      const got = valueAt(entry, issue.path);
      if (got === undefined) return [{ field, message: 'is required' }];
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      return [{ field, message: `expected ${expected}, got ${describe(got)}` }];
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return [{ field, message: issue.message.startsWith('needs') ? issue.message : `needs at least ${String(issue.minimum)} entries` }];
      }
      return [{ field, message: issue.message }];
    default:
      return [{ field, message: issue.message }];
  }
}

interface Checked<T> {
  /** Entries that passed their schema, with their 1-based position. */
  readonly entries: { readonly entry: number; readonly value: T }[];
  /** Every entry that is a mapping, valid or not, for best-effort reference checks. */
  readonly mappings: { readonly entry: number; readonly id?: string; readonly item: Record<string, unknown> }[];
  /** Ids of every entry with a string id, valid or not (for reference checks). */
  readonly ids: Set<string>;
  /** False when the file itself could not be read as a list. */
  readonly readable: boolean;
}

function checkFile<Raw, T>(
  file: RegistryFile,
  schema: z.ZodType<Raw>,
  convert: (raw: Raw) => T,
  problems: RegistryProblem[],
  causes: unknown[],
): Checked<T> {
  const entries: { entry: number; value: T }[] = [];
  const mappings: { entry: number; id?: string; item: Record<string, unknown> }[] = [];
  const ids = new Set<string>();
  const document = parseDocument(file.text, { uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      causes.push(error);
      const line = error.linePos?.[0].line;
      problems.push({
        file: file.name,
        ...(line === undefined ? {} : { line }),
        message: `YAML syntax error: ${error.message.split('\n')[0] ?? error.code}`,
      });
    }
    return { entries, mappings, ids, readable: false };
  }
  const data: unknown = document.toJS();
  if (!Array.isArray(data)) {
    problems.push({ file: file.name, message: `expected a list of entries, got ${describe(data)}` });
    return { entries, mappings, ids, readable: false };
  }
  const firstPosition = new Map<string, number>();
  data.forEach((item: unknown, index) => {
    const entry = index + 1;
    const rawId = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
    const where = { file: file.name, entry, ...(id === undefined ? {} : { id }) };
    if (id !== undefined) {
      ids.add(id);
      const first = firstPosition.get(id);
      if (first === undefined) firstPosition.set(id, entry);
      else problems.push({ ...where, field: 'id', message: `duplicate id: entry #${first} has the same id` });
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ ...where, message: `expected a mapping of fields, got ${describe(item)}` });
      return;
    }
    mappings.push({ entry, ...(id === undefined ? {} : { id }), item: item as Record<string, unknown> });
    const result = schema.safeParse(item);
    if (result.success) {
      entries.push({ entry, value: convert(result.data) });
      return;
    }
    for (const issue of result.error.issues) {
      for (const { field, message } of issueMessages(issue, item)) {
        problems.push({ ...where, ...(field === '' ? {} : { field }), message });
      }
    }
  });
  return { entries, mappings, ids, readable: true };
}

/** The strings of a list field of a raw entry; anything else is the schema's to report. */
function stringsAt(item: unknown, key: string): string[] {
  if (item === null || typeof item !== 'object') return [];
  const list = (item as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.map((ref) => (typeof ref === 'string' ? ref : '')) : [];
}

function reportUnknownIds(
  list: readonly string[],
  known: Set<string>,
  readable: boolean,
  what: string,
  where: { file: string; entry: number; id?: string },
  field: string,
  problems: RegistryProblem[],
): void {
  if (!readable) return;
  list.forEach((ref, index) => {
    // An empty slot stands for a non-string, which the schema reports.
    if (ref !== '' && !known.has(ref)) problems.push({ ...where, field: `${field}[${index}]`, message: `unknown ${what} "${ref}"` });
  });
}

/**
 * Parses, validates and cross-checks the four registry files (facts, sources, people,
 * glossary) and returns them with lookup maps.
 *
 * Checks, beyond each entry's schema (strict: unknown fields are errors): ids are unique in
 * each file; every source a fact, a version or a glossary entry cites exists; every source is
 * cited by at least one fact (or one of its versions); disputed and legendary facts have
 * attribution cues; disputed facts have at least two versions; people's `fate_facts` exist;
 * fictional people have `composite_of` and historical people do not; no two people share a
 * name or variant; no two glossary entries share a term or variant; dates are real.
 *
 * Pure: no file system, no DOM; safe in node and in the browser.
 *
 * @throws {RegistryError} listing every problem found, each naming the file, the entry (id
 *   and position) and the field; `cause` is the first YAML syntax error, if any.
 * @example
 * const registry = parseRegistry({
 *   facts: { name: 'story/facts.yaml', text: factsYaml },
 *   sources: { name: 'story/sources.yaml', text: sourcesYaml },
 *   people: { name: 'story/people.yaml', text: peopleYaml },
 *   glossary: { name: 'story/glossary.yaml', text: glossaryYaml },
 * });
 * registry.factsById.get('assault_date')?.values.dates; // ['1954-06-26']
 */
export function parseRegistry(files: RegistryFiles): Registry {
  const problems: RegistryProblem[] = [];
  const causes: unknown[] = [];
  const facts = checkFile(files.facts, factSchema, toFact, problems, causes);
  const sources = checkFile(files.sources, sourceSchema, toSource, problems, causes);
  const people = checkFile(files.people, personSchema, toPerson, problems, causes);
  const glossary = checkFile(files.glossary, glossarySchema, toGlossaryEntry, problems, causes);

  // References are checked on every entry that is a mapping, even one with other problems,
  // so that fixing one problem does not reveal the next.
  const cited = new Set<string>();
  for (const { entry, id, item } of facts.mappings) {
    const where = { file: files.facts.name, entry, ...(id === undefined ? {} : { id }) };
    const refs = stringsAt(item, 'sources');
    reportUnknownIds(refs, sources.ids, sources.readable, 'source', where, 'sources', problems);
    refs.forEach((ref) => cited.add(ref));
    const versions = Array.isArray(item.versions) ? (item.versions as unknown[]) : [];
    versions.forEach((version, index) => {
      const versionRefs = stringsAt(version, 'sources');
      reportUnknownIds(versionRefs, sources.ids, sources.readable, 'source', where, `versions[${index}].sources`, problems);
      versionRefs.forEach((ref) => cited.add(ref));
    });
  }
  for (const { entry, value: fact } of facts.entries) {
    const where = { file: files.facts.name, entry, id: fact.id };
    if (fact.status !== 'established' && fact.attribution.length === 0) {
      problems.push({
        ...where,
        field: 'attribution',
        message: `a ${fact.status} fact needs attribution cues (e.g. "according to", "solzhenitsyn", "official")`,
      });
    }
    if (fact.status === 'disputed' && fact.versions.length < 2) {
      problems.push({
        ...where,
        field: 'versions',
        message: `a disputed fact needs at least 2 versions, each with its sources (has ${fact.versions.length})`,
      });
    }
  }

  if (facts.readable) {
    for (const { entry, value: source } of sources.entries) {
      if (!cited.has(source.id)) {
        problems.push({
          file: files.sources.name,
          entry,
          id: source.id,
          field: 'id',
          message: `source is not cited by any fact in ${files.facts.name}`,
        });
      }
    }
  }

  const personNames = new Map<string, string>();
  for (const { entry, id, item } of people.mappings) {
    const where = { file: files.people.name, entry, ...(id === undefined ? {} : { id }) };
    reportUnknownIds(stringsAt(item, 'fate_facts'), facts.ids, facts.readable, 'fact', where, 'fate_facts', problems);
  }
  for (const { entry, value: person } of people.entries) {
    const where = { file: files.people.name, entry, id: person.id };
    if (person.kind === 'fictional' && person.compositeOf === undefined) {
      problems.push({ ...where, field: 'composite_of', message: 'a fictional person needs composite_of' });
    }
    if (person.kind === 'historical' && person.compositeOf !== undefined) {
      problems.push({ ...where, field: 'composite_of', message: 'only fictional people have composite_of' });
    }
    [person.name, ...person.variants].forEach((name, index) => {
      const key = normalizeName(name);
      const owner = personNames.get(key);
      if (owner !== undefined && owner !== person.id) {
        problems.push({
          ...where,
          field: index === 0 ? 'name' : `variants[${index - 1}]`,
          message: `"${name}" is already a name of "${owner}"`,
        });
      } else personNames.set(key, person.id);
    });
  }

  const terms = new Map<string, string>();
  for (const { entry, id, item } of glossary.mappings) {
    const where = { file: files.glossary.name, entry, ...(id === undefined ? {} : { id }) };
    reportUnknownIds(stringsAt(item, 'sources'), sources.ids, sources.readable, 'source', where, 'sources', problems);
  }
  for (const { entry, value: term } of glossary.entries) {
    const where = { file: files.glossary.name, entry, id: term.id };
    [term.term, ...term.variants].forEach((word, index) => {
      const key = normalizeName(word);
      const owner = terms.get(key);
      if (owner !== undefined && owner !== term.id) {
        problems.push({
          ...where,
          field: index === 0 ? 'term' : `variants[${index - 1}]`,
          message: `"${word}" is already a term of "${owner}"`,
        });
      } else terms.set(key, term.id);
    });
  }

  if (problems.length > 0) {
    throw new RegistryError(problems, causes.length > 0 ? { cause: causes[0] } : undefined);
  }

  const values = <T>(checked: Checked<T>): readonly T[] => checked.entries.map((e) => e.value);
  const byId = <T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> => new Map(list.map((item) => [item.id, item]));
  const factList = values(facts);
  const sourceList = values(sources);
  const personList = values(people);
  const glossaryList = values(glossary);
  return {
    facts: factList,
    sources: sourceList,
    people: personList,
    glossary: glossaryList,
    factsById: byId(factList),
    sourcesById: byId(sourceList),
    peopleById: byId(personList),
    glossaryById: byId(glossaryList),
  };
}

function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The fact with this id, or `undefined`. */
export function factById(registry: Registry, id: string): Fact | undefined {
  return registry.factsById.get(id);
}

/**
 * The fact with this id.
 * @throws {UnknownIdError} when no fact has this id.
 */
export function requireFact(registry: Registry, id: string): Fact {
  const fact = registry.factsById.get(id);
  if (fact === undefined) throw new UnknownIdError('fact', id, 'story/facts.yaml');
  return fact;
}

/** The source with this id, or `undefined`. */
export function sourceById(registry: Registry, id: string): Source | undefined {
  return registry.sourcesById.get(id);
}

/** The person with this id, or `undefined`. */
export function personById(registry: Registry, id: string): Person | undefined {
  return registry.peopleById.get(id);
}

/**
 * The person whose name or one of whose variants is exactly `name` (ignoring case and
 * repeated spaces), or `undefined`. Names are unique across people, so there is at most one.
 * @example personByName(registry, 'Gleb Sluchenkov')?.id // 'sluchenkov'
 */
export function personByName(registry: Registry, name: string): Person | undefined {
  const key = normalizeName(name);
  return registry.people.find((person) => [person.name, ...person.variants].some((candidate) => normalizeName(candidate) === key));
}

interface Match<T> {
  readonly item: T;
  readonly start: number;
  readonly end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds whole-word occurrences of the items' names in `text`. Longer names win over the
 * shorter names inside them ("Viktor Ryabov" is one match, not also "Ryabov"). Results are in
 * order of first appearance, each item once.
 */
function findNamed<T>(items: readonly T[], namesOf: (item: T) => readonly string[], text: string, flags: string): T[] {
  const candidates = items
    .flatMap((item) => namesOf(item).map((name) => ({ item, name: name.normalize('NFC') })))
    .toSorted((a, b) => b.name.length - a.name.length);
  const haystack = text.normalize('NFC');
  const taken: Match<T>[] = [];
  for (const { item, name } of candidates) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, `g${flags}u`);
    for (const found of haystack.matchAll(pattern)) {
      const start = found.index;
      const end = start + found[0].length;
      if (!taken.some((m) => start < m.end && end > m.start)) taken.push({ item, start, end });
    }
  }
  const seen = new Set<T>();
  return taken
    .toSorted((a, b) => a.start - b.start)
    .map((m) => m.item)
    .filter((item) => (seen.has(item) ? false : (seen.add(item), true)));
}

/**
 * The people named in a line of story text (by name or variant, as whole words, case-sensitive),
 * in order of first appearance. Use it to find which historical people a line names.
 * @example peopleNamedIn(registry, 'Kuznetsov and Keller argued.').map((p) => p.id) // ['kuznetsov', 'keller']
 */
export function peopleNamedIn(registry: Registry, text: string): Person[] {
  return findNamed(registry.people, (person) => [person.name, ...person.variants], text, '');
}

/**
 * The glossary entries whose term or variants appear in `text` (whole words, ignoring case),
 * in order of first appearance.
 */
export function glossaryEntriesIn(registry: Registry, text: string): GlossaryEntry[] {
  return findNamed(registry.glossary, (entry) => [entry.term, ...entry.variants], text, 'i');
}

export { UnknownIdError };
