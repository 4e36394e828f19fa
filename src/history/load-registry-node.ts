import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseRegistry,
  REGISTRY_FILE_NAMES,
  RegistryError,
  type Registry,
  type RegistryFile,
  type RegistryFileKey,
  type RegistryProblem,
} from './registry.ts';

/**
 * Node only: reads `facts.yaml`, `sources.yaml`, `people.yaml` and `glossary.yaml` from `dir`
 * and parses them with {@link parseRegistry}. Error messages name the files as `dir/file`.
 *
 * @throws {RegistryError} when a file is missing or unreadable (with the read error as
 *   `cause`), or when the registry does not pass its checks.
 * @example
 * const registry = loadRegistryFromDir('story');
 * registry.facts.length; // > 60
 */
export function loadRegistryFromDir(dir = 'story'): Registry {
  const problems: RegistryProblem[] = [];
  let cause: unknown;
  const read = (key: RegistryFileKey): RegistryFile => {
    const name = join(dir, REGISTRY_FILE_NAMES[key]);
    try {
      return { name, text: readFileSync(name, 'utf8') };
    } catch (error) {
      cause ??= error;
      problems.push({ file: name, message: `cannot read the file (${(error as Error).message})` });
      return { name, text: '' };
    }
  };
  const files = {
    facts: read('facts'),
    sources: read('sources'),
    people: read('people'),
    glossary: read('glossary'),
  };
  if (problems.length > 0) throw new RegistryError(problems, { cause });
  return parseRegistry(files);
}
