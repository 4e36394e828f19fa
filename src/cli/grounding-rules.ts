import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryRule } from '../analysis/story-check.ts';
import { parseClassroom } from '../history/classroom-registry.ts';
import { groundingRules } from '../history/grounding.ts';
import { loadRegistryFromDir } from '../history/load-registry-node.ts';

/**
 * Loads the registries (and classroom.yaml, when present) from `dir` and returns the grounding rules.
 * @throws RegistryError or ClassroomError with file, entry and field when a registry is malformed
 */
export function loadGroundingRules(dir: string, sections: Record<string, unknown>): StoryRule[] {
  const registry = loadRegistryFromDir(dir);
  const classroomFile = join(dir, 'classroom.yaml');
  const classroom = existsSync(classroomFile) ? parseClassroom(classroomFile, readFileSync(classroomFile, 'utf8')) : [];
  return groundingRules(registry, classroom, sections);
}
