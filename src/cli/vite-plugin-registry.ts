import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseClassroom } from '../history/classroom-registry.ts';
import { loadRegistryFromDir } from '../history/load-registry-node.ts';
import { REGISTRY_FILE_NAMES } from '../history/registry.ts';
import { toRegistryData } from '../history/registry-data.ts';
import { parseRoleCards } from '../history/roles-registry.ts';

const VIRTUAL_ID = 'virtual:registry';
const RESOLVED_ID = '\0virtual:registry';

/**
 * Serves `virtual:registry`: the facts, sources, people, glossary and classroom registries and the
 * role cards of `storyDir`, validated at build time (a malformed entry, or a card citing a fact or
 * person the registry does not have, fails the build naming the file, the entry and the field) and
 * shipped as plain JSON. Edits to any registry file reload the module.
 */
export function registryPlugin(storyDir = 'story'): Plugin {
  const dir = resolve(storyDir);
  const files = [...Object.values(REGISTRY_FILE_NAMES), 'classroom.yaml', 'roles.yaml'].map((name) => join(dir, name));
  return {
    name: 'forty-days:registry',
    resolveId: {
      filter: { id: /^virtual:registry$/ },
      handler: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    },
    load: {
      filter: { id: /^\0virtual:registry$/ },
      handler(id) {
        if (id !== RESOLVED_ID) return null;
        for (const file of files) this.addWatchFile(file);
        try {
          const registry = loadRegistryFromDir(dir);
          const classroomFile = join(dir, 'classroom.yaml');
          const classroom = existsSync(classroomFile) ? parseClassroom('story/classroom.yaml', readFileSync(classroomFile, 'utf8')) : [];
          const rolesFile = join(dir, 'roles.yaml');
          const roles = existsSync(rolesFile) ? parseRoleCards('story/roles.yaml', readFileSync(rolesFile, 'utf8'), registry) : [];
          // As a string for JSON.parse, not an object literal: a JavaScript engine reads JSON text
          // faster than the same data as code, and this is the largest module the game loads after its text.
          return `export default JSON.parse(${JSON.stringify(JSON.stringify(toRegistryData(registry, classroom, roles)))});`;
        } catch (cause) {
          this.error(`the history registry is not valid:\n${cause instanceof Error ? cause.message : String(cause)}`);
        }
      },
    },
  };
}
